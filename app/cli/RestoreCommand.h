#pragma once

#include "VaultCommand.h"

// lanyard-cli restore: a checked backup put in place of the vault.
class RestoreCommand final : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)
public:
    RestoreCommand();

protected:
    int execute(const QStringList& arguments) override;
};
