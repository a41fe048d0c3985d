#include "UserStore.h"

#include "storage/AuditLog.h"
#include "storage/StoreSupport.h"
#include "storage/Vault.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace StoreSupport;

namespace {
const QString Select =
    u"SELECT id, name, display_name, role, must_change_passphrase, disabled, created_at FROM users"_s;

UserAccount fromQuery(const QSqlQuery& q)
{
    return UserAccount{q.value(0).toLongLong(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       Roles::fromCode(q.value(3).toString()).value_or(Role::Governor),
                       q.value(4).toBool(),
                       q.value(5).toBool(),
                       QDateTime::fromString(q.value(6).toString(), Qt::ISODate)};
}
} // namespace

UserStore::UserStore(Vault& vault)
    : m_vault(vault)
{
}

bool UserStore::validate(const UserAccount& account, QString* error)
{
    static const QRegularExpression name(u"^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$"_s);
    if (!name.match(account.name.trimmed()).hasMatch())
        return refuse(error,
                      tr("A user name is 2 to 32 letters, digits, dots, hyphens or underscores, such as "
                         "j.evans."));
    if (account.displayName.trimmed().isEmpty())
        return refuse(error, tr("Enter the person's full name."));
    return true;
}

Result<UserAccount> UserStore::find(const QString& name) const
{
    QSqlQuery q(m_vault.database());
    q.prepare(Select + u" WHERE name = ?"_s);
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return readFailed(q, Q_FUNC_INFO);
    if (!q.next())
        return Failure{tr("There is no user called %1.").arg(name.trimmed())};
    return fromQuery(q);
}

bool UserStore::leavesAnAdministrator(const UserAccount& account, QString* error) const
{
    if (account.role != Role::Administrator || account.disabled)
        return true;
    QSqlQuery q(m_vault.database());
    q.prepare(u"SELECT count(*) FROM users WHERE role = ? AND disabled = 0 AND id <> ?"_s);
    q.addBindValue(Roles::code(Role::Administrator));
    q.addBindValue(account.id);
    if (!q.exec() || !q.next())
        return sqlFailed(q, Q_FUNC_INFO, error);
    if (q.value(0).toInt() == 0)
        return refuse(error,
                      tr("%1 is the last administrator. Add another administrator first, so that someone "
                         "can still manage users.")
                          .arg(account.name));
    return true;
}

bool UserStore::add(UserAccount& account, QByteArrayView firstPassphrase, const KdfLimits& limits,
                    QString* error)
{
    if (!m_vault.require(Permission::ManageUsers, error) || !validate(account, error))
        return false;
    if (firstPassphrase.size() < 8)
        return refuse(error, tr("The passphrase must be at least 8 characters long."));
    if (find(account.name))
        return refuse(error, tr("There is already a user called %1.").arg(account.name.trimmed()));

    Transaction transaction(m_vault.database());
    QSqlQuery q(m_vault.database());
    q.prepare(u"INSERT INTO users (name, display_name, role, must_change_passphrase, disabled, created_at) "
              u"VALUES (?, ?, ?, 1, 0, ?)"_s);
    q.addBindValue(account.name.trimmed());
    q.addBindValue(account.displayName.trimmed());
    q.addBindValue(Roles::code(account.role));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!transaction.isActive() || !q.exec())
        return sqlFailed(q, Q_FUNC_INFO, error);
    account.id = q.lastInsertId().toLongLong();
    // The key slot is written last: if it fails, the user row is rolled back with it.
    if (!AuditLog(m_vault).recordChange(u"users"_s, account.id, u"insert"_s, error) ||
        !m_vault.writeSlot(account.name.trimmed(), account.role, firstPassphrase, limits, error))
        return false;
    if (!transaction.commit()) {
        m_vault.deleteSlot(account.name.trimmed());
        return refuse(error, tr("The new user could not be saved; nothing was kept."));
    }
    account.mustChangePassphrase = true;
    account.disabled = false;
    return true;
}

bool UserStore::setDisabled(const QString& name, bool disabled, SecureBytes* recoveryKey, QString* error)
{
    if (!m_vault.require(Permission::ManageUsers, error))
        return false;
    const auto account = find(name);
    if (!account)
        return refuse(error, account.error());
    if (disabled && !leavesAnAdministrator(*account, error))
        return false;
    Transaction transaction(m_vault.database());
    QSqlQuery q(m_vault.database());
    q.prepare(u"UPDATE users SET disabled = ? WHERE id = ?"_s);
    q.addBindValue(disabled ? 1 : 0);
    q.addBindValue(account->id);
    if (!q.exec())
        return sqlFailed(q, Q_FUNC_INFO, error);
    if (!AuditLog(m_vault).recordChange(u"users"_s, account->id, u"update"_s, error) ||
        (disabled && !m_vault.deleteSlot(account->name, error)))
        return false;
    if (!transaction.commit())
        return refuse(error, tr("The change could not be saved."));
    return !disabled || (m_vault.changeKey(recoveryKey, error) && leftSafeguarding(*account, error));
}

bool UserStore::remove(const QString& name, SecureBytes* recoveryKey, QString* error)
{
    if (!m_vault.require(Permission::ManageUsers, error))
        return false;
    const auto account = find(name);
    if (!account)
        return refuse(error, account.error());
    if (!leavesAnAdministrator(*account, error))
        return false;
    Transaction transaction(m_vault.database());
    if (!removeWithCascade(m_vault, u"users"_s, account->id, {}, error) ||
        !m_vault.deleteSlot(account->name, error))
        return false;
    if (!transaction.commit())
        return refuse(error, tr("The user could not be removed."));
    return m_vault.changeKey(recoveryKey, error) && leftSafeguarding(*account, error);
}

bool UserStore::leftSafeguarding(const UserAccount& account, QString* error)
{
    if (account.role != Role::Dsl && account.role != Role::Head)
        return true;
    return m_vault.rotateSafeguardingKey(error);
}

bool UserStore::mayRemoveOrDisable(const QString& name, QString* error) const
{
    if (!m_vault.require(Permission::ManageUsers, error))
        return false;
    const auto account = find(name);
    if (!account)
        return refuse(error, account.error());
    return leavesAnAdministrator(*account, error);
}

Result<QList<UserAccount>> UserStore::list() const
{
    if (auto refused = m_vault.refused(Permission::ManageUsers))
        return *refused;
    QList<UserAccount> result;
    QSqlQuery q(m_vault.database());
    if (!q.exec(Select + u" ORDER BY name COLLATE NOCASE"_s))
        return readFailed(q, Q_FUNC_INFO);
    while (q.next())
        result.append(fromQuery(q));
    return result;
}
