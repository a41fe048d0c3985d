#pragma once

#include "VaultCommand.h"

// lanyard-cli verify: the audit trail, the records and the file checked against each other.
class VerifyCommand final : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)
public:
    VerifyCommand();

protected:
    int execute(const QStringList& arguments) override;
};
