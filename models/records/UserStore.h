#pragma once

#include "domain/Result.h"
#include "domain/Role.h"
#include "storage/KeyRing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Vault;

struct UserAccount
{
    qint64 id = 0;
    QString name; // what they sign in with
    QString displayName;
    Role role = Role::Office;
    bool mustChangePassphrase = true;
    bool disabled = false;
    QDateTime createdAt;
};

// The people who may sign in to Lanyard, each with a key slot of their own. Only an
// administrator manages them; the last administrator cannot be removed or disabled.
class UserStore final
{
    Q_DECLARE_TR_FUNCTIONS(UserStore)
public:
    explicit UserStore(Vault& vault);

    static bool validate(const UserAccount& account, QString* error = nullptr);
    // ManageUsers, like every method here. The first passphrase is the administrator's to give;
    // the user must change it at first sign-in.
    bool add(UserAccount& account, QByteArrayView firstPassphrase,
             const KdfLimits& limits = KdfLimits::defaults(), QString* error = nullptr);
    // Disabling or removing someone withdraws their key slot and changes the vault key
    // (Vault::changeKey), so that nothing they kept opens the vault again. The new recovery key is
    // written to *recoveryKey, to be shown to the administrator once, whenever the key changed,
    // even if something after it failed. An enabled user needs a passphrase set before they can
    // sign in again.
    bool setDisabled(const QString& name, bool disabled, SecureBytes* recoveryKey, QString* error = nullptr);
    bool remove(const QString& name, SecureBytes* recoveryKey, QString* error = nullptr);
    // The check remove() and disabling in setDisabled() make, asked first, so that a screen can
    // leave unoffered what would be refused and say why (the last administrator).
    bool mayRemoveOrDisable(const QString& name, QString* error = nullptr) const;
    Result<QList<UserAccount>> list() const;

private:
    Result<UserAccount> find(const QString& name) const;
    bool leavesAnAdministrator(const UserAccount& account, QString* error) const;
    // A DSL or head who leaves may have kept the safeguarding key: it is replaced.
    bool leftSafeguarding(const UserAccount& account, QString* error);

    Vault& m_vault;
};
