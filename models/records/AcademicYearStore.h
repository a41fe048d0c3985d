#pragma once

#include "domain/AcademicYear.h"

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

    QList<AcademicYear> years(QString* error = nullptr) const;
    QList<Term> terms(const AcademicYear& year, QString* error = nullptr) const;
    // Adds the year, or replaces its terms when it exists. The terms are validated as a whole.
    bool save(const AcademicYear& year, const QList<Term>& terms, QString* error = nullptr);
    bool ensure(const AcademicYear& year, QString* error = nullptr); // with default terms if new
    // The year and term a date falls in; no term when the date is in a holiday.
    std::optional<Term> termAt(const QDate& date, QString* error = nullptr) const;

private:
    Vault& m_vault;
};
