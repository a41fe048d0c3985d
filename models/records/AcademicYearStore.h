#pragma once

#include "domain/AcademicYear.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Vault;

// The school's academic years and the names and dates of their terms.
class AcademicYearStore final
{
    Q_DECLARE_TR_FUNCTIONS(AcademicYearStore)
public:
    explicit AcademicYearStore(Vault& vault);

    // Anyone signed in: the calendar is not personal.
    Result<QList<AcademicYear>> list() const;
    Result<QList<Term>> terms(const AcademicYear& year) const;
    // The term a date falls in; none when the date is in a holiday.
    Result<std::optional<Term>> termAt(const QDate& date) const;
    // ManageSettings. Adds the year, or replaces its terms when it exists. The terms are validated
    // as a whole.
    bool save(const AcademicYear& year, const QList<Term>& terms, QString* error = nullptr);
    // ManageSettings. Adds the year with default terms if it is new.
    bool ensure(const AcademicYear& year, QString* error = nullptr);

private:
    Vault& m_vault;
};
