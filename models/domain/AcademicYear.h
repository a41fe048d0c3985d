#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <compare>
#include <optional>

// A school term, both dates inclusive.
struct Term
{
    QString name;
    QDate start;
    QDate end;

    bool contains(const QDate& d) const;
    friend bool operator==(const Term&, const Term&) = default;
};

// An English school year, 1 September to 31 August, named "2026/27".
class AcademicYear final
{
    Q_DECLARE_TR_FUNCTIONS(AcademicYear)
public:
    AcademicYear() = default;             // invalid (startYear 0)
    explicit AcademicYear(int startYear); // a year outside 1000..9998 gives an invalid AcademicYear
    static AcademicYear containing(const QDate& date); // invalid for an invalid date
    // "2026/27", "2026-27", "2026/2027", "2026\u201327" (en dash); refuses "2026/28".
    static std::optional<AcademicYear> parse(const QString& text);

    bool isValid() const;
    int startYear() const;
    QString name() const;   // "2026/27"; "" when invalid
    QDate firstDay() const; // 1 September
    QDate lastDay() const;  // 31 August
    bool contains(const QDate& date) const;
    AcademicYear next() const;

    // Michaelmas 1 Sep-31 Dec, Lent 1 Jan-Easter Sunday, Summer Easter Monday-31 Aug: contiguous, so
    // every day of the year falls in a term until the school enters its own dates.
    QList<Term> defaultTerms() const;
    static std::optional<Term> termAt(const QList<Term>& terms, const QDate& date); // nullopt in a gap
    // Each name non-empty, start <= end, inside this year, in order, not overlapping. The error names
    // the term and the problem.
    bool validateTerms(const QList<Term>& terms, QString* error = nullptr) const;

    friend auto operator<=>(const AcademicYear&, const AcademicYear&) = default;
    friend bool operator==(const AcademicYear&, const AcademicYear&) = default;

private:
    int m_startYear = 0;
};
