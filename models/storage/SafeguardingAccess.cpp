#include "SafeguardingAccess.h"

#include "AuditLog.h"
#include "KeyRing.h"
#include "StoreSupport.h"
#include "Vault.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {
const QString Granted = u"grant_safeguarding"_s;
const QString Declined = u"decline_safeguarding"_s;
} // namespace

SafeguardingAccess::SafeguardingAccess(Vault& vault)
    : m_vault(vault)
{
}

Result<QList<SafeguardingAccess::Candidate>> SafeguardingAccess::waiting() const
{
    if (auto refused = m_vault.refused(Permission::ReadSafeguarding))
        return *refused;
    QList<Candidate> result;
    if (m_vault.safeguardingSecretKey().isEmpty())
        return result;
    KeyRing ring;
    if (!ring.load(KeyRing::pathFor(m_vault.path())))
        return Failure{tr("The key ring cannot be read, so nobody can be given safeguarding access now.")};
    // Whoever added the account, and when: the account's first entry in the trail.
    QSqlQuery q(m_vault.database());
    q.prepare(
        u"SELECT u.id, u.name, u.display_name, u.role, "
        u"  (SELECT a.user_name FROM audit_log a WHERE a.entity = 'users' AND a.entity_id = u.id "
        u"   ORDER BY a.id LIMIT 1), "
        u"  (SELECT a.at FROM audit_log a WHERE a.entity = 'users' AND a.entity_id = u.id "
        u"   ORDER BY a.id LIMIT 1) "
        u"FROM users u WHERE u.disabled = 0 AND u.role IN (?, ?) AND NOT EXISTS "
        u"  (SELECT 1 FROM audit_log d WHERE d.action = ? AND d.entity = 'users' AND d.entity_id = u.id) "
        u"ORDER BY u.display_name"_s);
    q.addBindValue(Roles::code(Role::Dsl));
    q.addBindValue(Roles::code(Role::Head));
    q.addBindValue(Declined);
    if (!q.exec())
        return StoreSupport::readFailed(q, Q_FUNC_INFO);
    const AuditLog audit(m_vault);
    while (q.next()) {
        Candidate c{q.value(0).toLongLong(), q.value(1).toString(),
                    q.value(2).toString(),   Roles::fromCode(q.value(3).toString()).value_or(Role::Dsl),
                    q.value(4).toString(),   QDateTime::fromString(q.value(5).toString(), Qt::ISODate)};
        if (ring.hasSlot(c.name) && !ring.holdsSafeguarding(c.name) &&
            audit.matchesTrail(u"users"_s, c.userId))
            result.append(c);
    }
    return result;
}

Result<SafeguardingAccess::Candidate> SafeguardingAccess::candidate(const QString& userName) const
{
    const auto waiting = this->waiting();
    if (!waiting)
        return Failure{waiting.error()};
    for (const Candidate& c : *waiting)
        if (c.name.compare(userName.trimmed(), Qt::CaseInsensitive) == 0)
            return c;
    return Failure{tr("%1 cannot be given safeguarding access: the account must be an enabled DSL or head, "
                      "not holding it already, and unchanged since Lanyard last recorded it.")
                       .arg(userName.trimmed())};
}

bool SafeguardingAccess::grant(const QString& userName, QString* error)
{
    if (!m_vault.require(Permission::ReadSafeguarding, error))
        return false;
    if (m_vault.safeguardingSecretKey().isEmpty())
        return StoreSupport::refuse(error, tr("You do not hold the safeguarding key, so you cannot give it. "
                                              "Ask a DSL or the head who does."));
    const auto who = candidate(userName);
    if (!who)
        return StoreSupport::refuse(error, who.error());
    KeyRing ring;
    const QString ringPath = KeyRing::pathFor(m_vault.path());
    QString message;
    if (!ring.load(ringPath, &message) || !ring.grantSafeguarding(who->name, m_vault.safeguardingSecretKey()))
        return StoreSupport::refuse(error,
                                    message.isEmpty() ? tr("The key ring could not be changed.") : message);
    // The entry first: a grant the trail cannot show is not made.
    StoreSupport::Transaction transaction(m_vault.database());
    if (!AuditLog(m_vault).recordEvent(Granted, Roles::code(who->role), u"users"_s, who->userId, error))
        return false;
    if (!ring.save(ringPath, &message))
        return StoreSupport::refuse(error, message);
    return transaction.commit() ||
           StoreSupport::refuse(error, tr("The grant was made but could not be recorded; make it again."));
}

bool SafeguardingAccess::decline(const QString& userName, QString* error)
{
    if (!m_vault.require(Permission::ReadSafeguarding, error))
        return false;
    const auto who = candidate(userName);
    if (!who)
        return StoreSupport::refuse(error, who.error());
    return AuditLog(m_vault).recordEvent(Declined, Roles::code(who->role), u"users"_s, who->userId, error);
}
