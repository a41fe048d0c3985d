#pragma once

#include "VaultCommand.h"

// lanyard-cli demo: a generated school in an empty vault, for trying Lanyard out and for training.
class DemoCommand final : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    DemoCommand();

protected:
    int execute(const QStringList& arguments) override;
};
