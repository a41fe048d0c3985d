#pragma once

#include "Command.h"

// lanyard-cli init: a new vault for a school, with its first user as administrator.
class InitCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)
public:
    InitCommand();

protected:
    int execute(const QStringList& arguments) override;
};
