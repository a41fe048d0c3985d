#include "StaffStore.h"

#include "domain/CodeTable.h"
#include "storage/StoreSupport.h"
#include "storage/Vault.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace StoreSupport;

namespace {
constexpr auto Categories = codeTable<StaffCategory>({
    {StaffCategory::Teaching, u"teaching"},
    {StaffCategory::Support, u"support"},
    {StaffCategory::Governor, u"governor"},
    {StaffCategory::Volunteer, u"volunteer"},
    {StaffCategory::Supply, u"supply"},
    {StaffCategory::Contractor, u"contractor"},
    {StaffCategory::Visitor, u"visitor"},
});

const QString Columns = u"id, title, forename, surname, email, category, roles, starts_on, leaves_on"_s;

StaffMember fromQuery(const QSqlQuery& q)
{
    return StaffMember{q.value(0).toLongLong(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       q.value(3).toString(),
                       q.value(4).toString(),
                       StaffStore::categoryFromCode(q.value(5).toString()).value_or(StaffCategory::Support),
                       StaffRoles::fromInt(q.value(6).toInt()),
                       toDate(q.value(7)),
                       toDate(q.value(8))};
}
} // namespace

QString StaffMember::fullName() const
{
    return QStringList{title, forename, surname}.filter(QRegularExpression(u"\\S"_s)).join(u' ');
}

bool StaffMember::isCurrent(const QDate& on) const
{
    return (!startsOn.isValid() || startsOn <= on) && (!leavesOn.isValid() || leavesOn >= on);
}

StaffStore::StaffStore(Vault& vault)
    : m_vault(vault)
{
}

QList<StaffCategory> StaffStore::categories()
{
    return Categories.values();
}

QString StaffStore::categoryCode(StaffCategory category)
{
    return Categories.code(category);
}

std::optional<StaffCategory> StaffStore::categoryFromCode(const QString& code)
{
    return Categories.fromCode(code);
}

QString StaffStore::categoryName(StaffCategory category)
{
    switch (category) {
    case StaffCategory::Teaching:
        return tr("Teaching staff");
    case StaffCategory::Support:
        return tr("Support staff");
    case StaffCategory::Governor:
        return tr("Governor");
    case StaffCategory::Volunteer:
        return tr("Volunteer");
    case StaffCategory::Supply:
        return tr("Supply staff");
    case StaffCategory::Contractor:
        return tr("Contractor");
    case StaffCategory::Visitor:
        return tr("Visitor");
    }
    return {};
}

QList<StaffRole> StaffStore::roles()
{
    return {StaffRole::Dsl, StaffRole::DeputyDsl, StaffRole::OnlineSafetyCoordinator, StaffRole::Head,
            StaffRole::It};
}

QString StaffStore::roleName(StaffRole role)
{
    switch (role) {
    case StaffRole::Dsl:
        return tr("DSL");
    case StaffRole::DeputyDsl:
        return tr("Deputy DSL");
    case StaffRole::OnlineSafetyCoordinator:
        return tr("Online safety coordinator");
    case StaffRole::Head:
        return tr("Head");
    case StaffRole::It:
        return tr("IT");
    case StaffRole::None:
        break;
    }
    return {};
}

QString StaffStore::rolesText(StaffRoles flags)
{
    QStringList names;
    for (StaffRole role : roles())
        if (flags.testFlag(role))
            names << roleName(role);
    return names.join(u", "_s);
}

bool StaffStore::validate(const StaffMember& m, QString* error)
{
    if (m.forename.trimmed().isEmpty())
        return refuse(error, tr("Enter the forename."));
    if (m.surname.trimmed().isEmpty())
        return refuse(error, tr("Enter the surname."));
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!m.email.trimmed().isEmpty() && !email.match(m.email.trimmed()).hasMatch())
        return refuse(error, tr("“%1” is not an email address.").arg(m.email.trimmed()));
    if (m.startsOn.isValid() && m.leavesOn.isValid() && m.leavesOn < m.startsOn)
        return refuse(error, tr("The leaving date is before the start date."));
    if (m.roles.testFlag(StaffRole::Dsl) && m.roles.testFlag(StaffRole::DeputyDsl))
        return refuse(error, tr("Someone is either the DSL or a deputy DSL, not both."));
    return true;
}

bool StaffStore::save(StaffMember& m, QString* error)
{
    if (!m_vault.require(Permission::WritePeople, error))
        return false;
    if (!validate(m, error))
        return false;
    Transaction transaction(m_vault.database());
    QSqlQuery q(m_vault.database());
    if (m.id > 0)
        q.prepare(
            u"UPDATE staff SET title = ?, forename = ?, surname = ?, email = ?, category = ?, roles = ?, "
            u"starts_on = ?, leaves_on = ? WHERE id = ?"_s);
    else
        q.prepare(
            u"INSERT INTO staff (title, forename, surname, email, category, roles, starts_on, leaves_on) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(textOrNull(m.title));
    q.addBindValue(m.forename.trimmed());
    q.addBindValue(m.surname.trimmed());
    q.addBindValue(textOrNull(m.email));
    q.addBindValue(categoryCode(m.category));
    q.addBindValue(m.roles.toInt());
    q.addBindValue(dateOrNull(m.startsOn));
    q.addBindValue(dateOrNull(m.leavesOn));
    if (m.id > 0)
        q.addBindValue(m.id);
    if (!q.exec())
        return sqlFailed(q, Q_FUNC_INFO, error);
    if (m.id > 0 && q.numRowsAffected() == 0)
        return refuse(error, tr("This member of staff is no longer in the vault."));
    const bool inserted = m.id <= 0;
    const qint64 id = inserted ? q.lastInsertId().toLongLong() : m.id;
    if (!audit(m_vault, u"staff"_s, id, inserted ? u"insert"_s : u"update"_s, error) || !transaction.commit())
        return false;
    m.id = id;
    return true;
}

bool StaffStore::remove(qint64 id, QString* error)
{
    if (!m_vault.require(Permission::WritePeople, error))
        return false;
    Transaction transaction(m_vault.database());
    // Their forms lose their tutor; their AUP agreements go with them.
    return removeWithCascade(m_vault, u"staff"_s, id,
                             {{u"forms"_s, u"tutor_id"_s, Dependent::OnDelete::SetNull},
                              {u"aup_agreements"_s, u"staff_id"_s}},
                             error) &&
           transaction.commit();
}

Result<StaffMember> StaffStore::find(qint64 id) const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT "_s + Columns + u" FROM staff WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    if (!q.next())
        return Failure{tr("This member of staff is no longer in the vault.")};
    return fromQuery(q);
}

Result<QList<StaffMember>> StaffStore::list(bool includeLeavers) const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    QList<StaffMember> result;
    QSqlQuery q(m_vault.database());
    QString sql = u"SELECT "_s + Columns + u" FROM staff"_s;
    if (!includeLeavers)
        sql += u" WHERE leaves_on IS NULL OR leaves_on >= date('now')"_s;
    if (!q.exec(sql + u" ORDER BY surname COLLATE NOCASE, forename COLLATE NOCASE"_s))
        return readFailed(q, Q_FUNC_INFO);
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

Result<int> StaffStore::count() const
{
    if (auto refused = m_vault.refused(Permission::ReadPeople))
        return *refused;
    QSqlQuery q(m_vault.database());
    if (!q.exec(u"SELECT count(*) FROM staff"_s) || !q.next())
        return readFailed(q, Q_FUNC_INFO);
    return q.value(0).toInt();
}
