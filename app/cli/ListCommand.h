#pragma once

#include "VaultCommand.h"
#include "domain/YearGroup.h"

// lanyard-cli list: the roll or the staff, as a table or CSV.
class ListCommand final : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)
public:
    ListCommand();

protected:
    int execute(const QStringList& arguments) override;

private:
    Result<QList<QStringList>> pupils(Vault& vault, const std::optional<YearGroup>& year);
    Result<QList<QStringList>> staff(Vault& vault);
};
