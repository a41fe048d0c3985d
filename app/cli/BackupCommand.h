#pragma once

#include "VaultCommand.h"

// lanyard-cli backup: one backup file, for a scheduled job or a USB stick.
class BackupCommand final : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)
public:
    BackupCommand();

protected:
    int execute(const QStringList& arguments) override;
};
