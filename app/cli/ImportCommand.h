#pragma once

#include "VaultCommand.h"

// lanyard-cli import: the roll or the staff from a CSV file exported by the MIS.
class ImportCommand final : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    ImportCommand();

protected:
    int execute(const QStringList& arguments) override;
};
