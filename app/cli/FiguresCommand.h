#pragma once

#include "VaultCommand.h"

// lanyard-cli figures: the governors' figures bundle, published by a head, DSL or administrator
// and read by a governor, whose passphrase never opens the vault.
class FiguresCommand final : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(FiguresCommand)
public:
    FiguresCommand();

protected:
    int execute(const QStringList& arguments) override;

private:
    int publish(const QString& path);
    int show(const QString& path);
};
