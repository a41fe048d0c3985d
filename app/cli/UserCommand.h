#pragma once

#include "VaultCommand.h"

class UserStore;

// lanyard-cli user: the people who may sign in, their roles and their passphrases.
class UserCommand final : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(UserCommand)
public:
    UserCommand();

protected:
    int execute(const QStringList& arguments) override;

private:
    int list(UserStore& users);
    int add(UserStore& users, const QString& name, Role role);
    int setPassphrase(Vault& vault, const QString& name);
    int setDisabledOrRemove(UserStore& users, const QString& action, const QString& name);
    int grantSafeguarding(Vault& vault, const QString& name);
    void showRecoveryKey(const SecureBytes& recoveryKey);
    std::optional<QByteArray> newPassphrase(const QString& name);
};
