#include "ParentStore.h"

#include "storage/StoreSupport.h"
#include "storage/Vault.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace StoreSupport;

QString Parent::fullName() const
{
    return QStringList{title, forename, surname}.filter(QRegularExpression(u"\\S"_s)).join(u' ');
}

ParentStore::ParentStore(Vault& vault)
    : m_vault(vault)
{
}

bool ParentStore::validate(const Parent& p, QString* error)
{
    if (p.pupilId <= 0)
        return refuse(error, tr("Choose the pupil this parent or carer belongs to."));
    if (p.surname.trimmed().isEmpty())
        return refuse(error, tr("Enter the parent or carer's surname."));
    if (p.relationship.trimmed().isEmpty())
        return refuse(error, tr("Enter the relationship to the pupil, such as Mother or Foster carer."));
    static const QRegularExpression phone(u"^\\+?[0-9 ()-]{10,16}$"_s);
    if (!p.phone.trimmed().isEmpty() && !phone.match(p.phone.trimmed()).hasMatch())
        return refuse(error, tr("“%1” is not a telephone number.").arg(p.phone.trimmed()));
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!p.email.trimmed().isEmpty() && !email.match(p.email.trimmed()).hasMatch())
        return refuse(error, tr("“%1” is not an email address.").arg(p.email.trimmed()));
    return true;
}

bool ParentStore::save(Parent& p, QString* error)
{
    if (!m_vault.require(Permission::WritePeople, error))
        return false;
    if (!validate(p, error))
        return false;
    Transaction transaction(m_vault.database());
    QSqlQuery q(m_vault.database());
    if (p.id > 0)
        q.prepare(u"UPDATE parents SET pupil_id = ?, title = ?, forename = ?, surname = ?, relationship = ?, "
                  u"parental_responsibility = ?, phone = ?, email = ? WHERE id = ?"_s);
    else
        q.prepare(u"INSERT INTO parents (pupil_id, title, forename, surname, relationship, "
                  u"parental_responsibility, "
                  u"phone, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(p.pupilId);
    q.addBindValue(textOrNull(p.title));
    q.addBindValue(textOrNull(p.forename));
    q.addBindValue(p.surname.trimmed());
    q.addBindValue(p.relationship.trimmed());
    q.addBindValue(p.parentalResponsibility ? 1 : 0);
    q.addBindValue(textOrNull(p.phone));
    q.addBindValue(textOrNull(p.email));
    if (p.id > 0)
        q.addBindValue(p.id);
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == u"787"_s) // SQLITE_CONSTRAINT_FOREIGNKEY
            return refuse(error, tr("The pupil this parent or carer belongs to is no longer in the vault."));
        return sqlFailed(q, Q_FUNC_INFO, error);
    }
    const bool inserted = p.id <= 0;
    const qint64 id = inserted ? q.lastInsertId().toLongLong() : p.id;
    if (!audit(m_vault, u"parents"_s, id, inserted ? u"insert"_s : u"update"_s, error) ||
        !transaction.commit())
        return false;
    p.id = id;
    return true;
}

bool ParentStore::remove(qint64 id, QString* error)
{
    if (!m_vault.require(Permission::WritePeople, error))
        return false;
    Transaction transaction(m_vault.database());
    return removeWithCascade(m_vault, u"parents"_s, id, {}, error) && transaction.commit();
}

Result<QList<Parent>> ParentStore::list(qint64 pupilId) const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    QList<Parent> result;
    QSqlQuery q(m_vault.database());
    q.prepare(
        u"SELECT id, pupil_id, title, forename, surname, relationship, parental_responsibility, phone, email "
        u"FROM parents WHERE pupil_id = ? ORDER BY parental_responsibility DESC, id"_s);
    q.addBindValue(pupilId);
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    while (q.next())
        result.append(Parent{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                             q.value(6).toBool(), q.value(7).toString(), q.value(8).toString()});
    return result;
}
