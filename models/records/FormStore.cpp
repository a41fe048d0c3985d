#include "FormStore.h"

#include "storage/StoreSupport.h"
#include "storage/Vault.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace StoreSupport;

namespace {
Form fromQuery(const QSqlQuery& q)
{
    return Form{q.value(0).toLongLong(), q.value(1).toString(),
                YearGroup::fromOrdinal(q.value(2).toInt()).value_or(YearGroup()), q.value(3).toLongLong()};
}
} // namespace

FormStore::FormStore(Vault& vault)
    : m_vault(vault)
{
}

bool FormStore::validate(const Form& form, QString* error)
{
    if (form.name.trimmed().isEmpty())
        return refuse(error, tr("Enter the form's name, such as 3B or Oak."));
    if (!form.yearGroup.isValid())
        return refuse(error, tr("Choose the form's year group."));
    return true;
}

bool FormStore::save(Form& form, QString* error)
{
    if (!m_vault.require(Permission::WritePeople, error))
        return false;
    if (!validate(form, error))
        return false;
    if (const auto other = findByName(form.name); other && other->id != form.id)
        return refuse(error, tr("There is already a form called %1.").arg(other->name));
    Transaction transaction(m_vault.database());
    QSqlQuery q(m_vault.database());
    if (form.id > 0)
        q.prepare(u"UPDATE forms SET name = ?, year_group = ?, tutor_id = ? WHERE id = ?"_s);
    else
        q.prepare(u"INSERT INTO forms (name, year_group, tutor_id) VALUES (?, ?, ?)"_s);
    q.addBindValue(form.name.trimmed());
    q.addBindValue(form.yearGroup.ordinal());
    q.addBindValue(idOrNull(form.tutorId));
    if (form.id > 0)
        q.addBindValue(form.id);
    if (!q.exec())
        return sqlFailed(q, Q_FUNC_INFO, error);
    const bool inserted = form.id <= 0;
    const qint64 id = inserted ? q.lastInsertId().toLongLong() : form.id;
    if (!audit(m_vault, u"forms"_s, id, inserted ? u"insert"_s : u"update"_s, error) || !transaction.commit())
        return false;
    form.id = id;
    return true;
}

Result<Form> FormStore::find(qint64 id) const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT id, name, year_group, tutor_id FROM forms WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    if (!q.next())
        return Failure{tr("That form is no longer in the vault.")};
    return fromQuery(q);
}

Result<Form> FormStore::findByName(const QString& name) const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT id, name, year_group, tutor_id FROM forms WHERE name = ?"_s);
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    if (!q.next())
        return Failure{tr("There is no form called %1.").arg(name.trimmed())};
    return fromQuery(q);
}

Result<QList<Form>> FormStore::list() const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    QList<Form> result;
    QSqlQuery q(m_vault.database());
    if (!q.exec(
            u"SELECT id, name, year_group, tutor_id FROM forms ORDER BY year_group, name COLLATE NOCASE"_s))
        return readFailed(q, Q_FUNC_INFO);
    while (q.next())
        result.append(fromQuery(q));
    return result;
}
