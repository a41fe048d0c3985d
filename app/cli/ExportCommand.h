#pragma once

#include "VaultCommand.h"

// lanyard-cli export: the roll or the staff as a CSV file, in the shape import reads back.
class ExportCommand final : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    ExportCommand();

protected:
    int execute(const QStringList& arguments) override;
};
