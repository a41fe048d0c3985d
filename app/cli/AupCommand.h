#pragma once

#include "VaultCommand.h"

class AgreementStore;

// lanyard-cli aup: the year's acceptable use agreements, issued, returned and listed.
class AupCommand final : public VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(AupCommand)
public:
    AupCommand();

protected:
    int execute(const QStringList& arguments) override;

private:
    int issue(AgreementStore& store, const AcademicYear& year);
    int recordReturn(AgreementStore& store, const QString& code, const AcademicYear& year);
    int list(Vault& vault, const AcademicYear& year);
    int staffSigned(Vault& vault, const QString& staff, const AcademicYear& year, const QDate& signedOn);
    // The member of staff a number or "Surname, Forename" names; nullopt, with the refusal printed,
    // for nobody or more than one.
    std::optional<qint64> staffNumber(Vault& vault, const QString& staff);
};
