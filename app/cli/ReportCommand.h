#pragma once

#include "VaultCommand.h"

// lanyard-cli report: a report as an A4 PDF, the same as the window prints.
class ReportCommand final : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)
public:
    ReportCommand();
    bool needsFonts() const override { return true; }

protected:
    int execute(const QStringList& arguments) override;
};
