#include "UserCommand.h"

#include "records/UserStore.h"
#include "storage/SafeguardingAccess.h"

using namespace Qt::StringLiterals;

namespace {
const QString RoleOption = u"role"_s;
const QString DisplayNameOption = u"display-name"_s;
const QString NewPassphraseFileOption = u"new-passphrase-file"_s;
} // namespace

UserCommand::UserCommand()
    : VaultCommand(
          u"user"_s,
          {{u"user add VAULT NAME --role ROLE"_s, tr("add a user (administrators)")},
           {u"user remove|disable|enable VAULT NAME"_s,
            tr("remove, disable or enable a user (administrators)")},
           {u"user passwd VAULT NAME"_s, tr("set a user's passphrase")},
           {u"user list VAULT"_s, tr("the users and their roles (administrators)")},
           {u"user grant-safeguarding VAULT NAME"_s,
            tr("give a DSL or the head the safeguarding key (a DSL or head who holds it)")},
           {u"user rekey VAULT"_s, tr("change the vault key and the recovery key (administrators)")}},
          tr("Manage the people who may sign in. A new user, or one whose passphrase an\n"
             "administrator has set, must choose their own passphrase when they next sign\n"
             "in. The new passphrase comes from --new-passphrase-file,\n"
             "LANYARD_NEW_PASSPHRASE or a prompt. Disabling or removing a user changes the\n"
             "vault key, and with it the recovery key, which is printed once."))
{
    addOption({RoleOption, tr("The new user's role: administrator, office, dsl, head, it or governor (add)."),
               tr("role")});
    addOption(
        {DisplayNameOption, tr("The new user's full name; their user name if not given (add)."), tr("name")});
    addOption({NewPassphraseFileOption,
               tr("Read the new passphrase from the first line of a file (add, passwd)."), tr("file")});
    addArgument(u"ACTION"_s, tr("add, remove, disable, enable, passwd, list, grant-safeguarding or rekey."));
    addVaultArgument();
    addOptionalArgument(u"NAME"_s, tr("The user's name: the one they sign in with."));
}

int UserCommand::execute(const QStringList& arguments)
{
    const QString action = arguments[0], path = arguments[1], name = arguments.value(2);
    const qsizetype expected = action == u"list"_s || action == u"rekey"_s ? 2 : 3;
    const QStringList actions{
        u"add"_s,  u"remove"_s, u"disable"_s, u"enable"_s, u"passwd"_s, u"list"_s, u"grant-safeguarding"_s,
        u"rekey"_s};
    if (!actions.contains(action) || arguments.size() != expected)
        return usage(tr("user add|remove|disable|enable|passwd|grant-safeguarding VAULT NAME, or user "
                        "list|rekey VAULT."));
    std::optional<Role> role;
    if (action == u"add"_s && !(role = Roles::fromCode(m_parser.value(RoleOption))))
        return usage(tr("user add needs --role: administrator, office, dsl, head, it or governor."));

    int code = Ok;
    auto vault = openVault(path, &code, action == u"passwd"_s);
    if (!vault)
        return code;
    UserStore users(*vault);
    if (action == u"list"_s)
        return list(users);
    if (action == u"grant-safeguarding"_s)
        return grantSafeguarding(*vault, name);
    if (action == u"rekey"_s) {
        SecureBytes recoveryKey;
        QString error;
        const bool changed = vault->changeKey(&recoveryKey, &error);
        showRecoveryKey(recoveryKey);
        return changed ? Ok : refuse(error);
    }
    if (action != u"add"_s && action != u"passwd"_s)
        return setDisabledOrRemove(users, action, name);
    // Refuse before asking for a passphrase that would only be thrown away.
    if (!vault->can(Permission::ManageUsers) &&
        (action == u"add"_s || name.compare(vault->user().name, Qt::CaseInsensitive) != 0))
        return refuse(Roles::refusal(vault->user().role, Permission::ManageUsers));
    return action == u"add"_s ? add(users, name, *role) : setPassphrase(*vault, name);
}

int UserCommand::list(UserStore& users)
{
    const auto accounts = users.list();
    if (!accounts)
        return refuse(accounts.error());
    QList<QStringList> rows;
    for (const UserAccount& a : *accounts)
        rows << QStringList{a.name, a.displayName, Roles::code(a.role),
                            a.disabled               ? tr("disabled")
                            : a.mustChangePassphrase ? tr("must change passphrase")
                                                     : tr("active")};
    printTable({tr("user"), tr("name"), tr("role"), tr("status")}, rows);
    return Ok;
}

std::optional<QByteArray> UserCommand::newPassphrase(const QString& name)
{
    return secret(NewPassphraseFileOption, "LANYARD_NEW_PASSPHRASE", tr("New passphrase for %1:").arg(name),
                  true);
}

int UserCommand::add(UserStore& users, const QString& name, Role role)
{
    const auto passphrase = newPassphrase(name);
    if (!passphrase)
        return Refused;
    UserAccount account;
    account.name = name;
    account.displayName = m_parser.isSet(DisplayNameOption) ? m_parser.value(DisplayNameOption) : name;
    account.role = role;
    QString error;
    if (!users.add(account, *passphrase, KdfLimits::defaults(), &error))
        return refuse(error);
    m_out << (role == Role::Governor
                  ? tr("Added %1 as %2: their passphrase opens the governors' figures, never the vault.")
                  : tr("Added %1 as %2. They must choose their own passphrase when they first sign in."))
                 .arg(name, Roles::displayName(role))
          << '\n';
    return Ok;
}

int UserCommand::setPassphrase(Vault& vault, const QString& name)
{
    const auto passphrase = newPassphrase(name);
    if (!passphrase)
        return Refused;
    QString error;
    if (!vault.setPassphrase(name, *passphrase, KdfLimits::defaults(), &error))
        return refuse(error);
    m_out << tr("The passphrase for %1 has been changed.").arg(name) << '\n';
    return Ok;
}

int UserCommand::setDisabledOrRemove(UserStore& users, const QString& action, const QString& name)
{
    QString error;
    SecureBytes recoveryKey;
    const bool ok = action == u"remove"_s
                        ? users.remove(name, &recoveryKey, &error)
                        : users.setDisabled(name, action == u"disable"_s, &recoveryKey, &error);
    showRecoveryKey(recoveryKey);
    if (!ok)
        return refuse(error);
    m_out
        << (action == u"remove"_s ? tr("Removed %1.").arg(name)
            : action == u"disable"_s
                ? tr("Disabled %1: they can no longer sign in.").arg(name)
                : tr("Enabled %1. Set a passphrase for them with user passwd before they sign in.").arg(name))
        << '\n';
    return Ok;
}

void UserCommand::showRecoveryKey(const SecureBytes& recoveryKey)
{
    if (recoveryKey.isEmpty())
        return;
    m_out << tr("The vault key has been changed. The new recovery key is:") << '\n'
          << Vault::formatRecoveryKey(recoveryKey) << '\n'
          << tr("Print a new recovery sheet and keep it safe: the old recovery key and sheet no longer open "
                "the vault.")
          << '\n';
}

int UserCommand::grantSafeguarding(Vault& vault, const QString& name)
{
    QString error;
    if (!SafeguardingAccess(vault).grant(name, &error))
        return refuse(error);
    m_out << tr("%1 now holds the safeguarding key.").arg(name) << '\n';
    return Ok;
}
