#include "AcademicYear.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Four-digit years keep name() and parse() unambiguous.
constexpr int MinStartYear = 1000;
constexpr int MaxStartYear = 9998;

constexpr int FirstMonth = 9; // September

// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
QDate easterSunday(int year)
{
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

QString longDate(const QDate& date)
{
    return QLocale().toString(date, u"d MMMM yyyy"_s);
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

bool Term::contains(const QDate& d) const
{
    return d.isValid() && start.isValid() && end.isValid() && start <= d && d <= end;
}

AcademicYear::AcademicYear(int startYear)
    : m_startYear(startYear >= MinStartYear && startYear <= MaxStartYear ? startYear : 0)
{
}

AcademicYear AcademicYear::containing(const QDate& date)
{
    if (!date.isValid())
        return {};
    return AcademicYear(date.month() >= FirstMonth ? date.year() : date.year() - 1);
}

std::optional<AcademicYear> AcademicYear::parse(const QString& text)
{
    // [0-9] rather than \d: QRegularExpression matches any Unicode digit with \d.
    static const QRegularExpression pattern(u"^([0-9]{4}) ?[/\\-\u2013\u2014] ?([0-9]{2}|[0-9]{4})$"_s);
    const QRegularExpressionMatch match = pattern.match(text.simplified());
    if (!match.hasMatch())
        return std::nullopt;
    const int start = match.captured(1).toInt();
    const QString endText = match.captured(2);
    const int end = endText.toInt();
    const bool consecutive = endText.size() == 2 ? end == (start + 1) % 100 : end == start + 1;
    const AcademicYear year(start);
    if (!consecutive || !year.isValid())
        return std::nullopt;
    return year;
}

bool AcademicYear::isValid() const
{
    return m_startYear != 0;
}

int AcademicYear::startYear() const
{
    return m_startYear;
}

QString AcademicYear::name() const
{
    if (!isValid())
        return {};
    return u"%1/%2"_s.arg(m_startYear).arg((m_startYear + 1) % 100, 2, 10, QChar(u'0'));
}

QDate AcademicYear::firstDay() const
{
    return isValid() ? QDate(m_startYear, FirstMonth, 1) : QDate();
}

QDate AcademicYear::lastDay() const
{
    return isValid() ? QDate(m_startYear + 1, 8, 31) : QDate();
}

bool AcademicYear::contains(const QDate& date) const
{
    return isValid() && date.isValid() && firstDay() <= date && date <= lastDay();
}

AcademicYear AcademicYear::next() const
{
    return isValid() ? AcademicYear(m_startYear + 1) : AcademicYear();
}

QList<Term> AcademicYear::defaultTerms() const
{
    if (!isValid())
        return {};
    const QDate easter = easterSunday(m_startYear + 1);
    return {
        Term{tr("Michaelmas"), firstDay(), QDate(m_startYear, 12, 31)},
        Term{tr("Lent"), QDate(m_startYear + 1, 1, 1), easter},
        Term{tr("Summer"), easter.addDays(1), lastDay()},
    };
}

std::optional<Term> AcademicYear::termAt(const QList<Term>& terms, const QDate& date)
{
    const auto found =
        std::find_if(terms.cbegin(), terms.cend(), [&](const Term& t) { return t.contains(date); });
    if (found == terms.cend())
        return std::nullopt;
    return *found;
}

bool AcademicYear::validateTerms(const QList<Term>& terms, QString* error) const
{
    if (!isValid()) {
        setError(error, tr("Please choose the academic year before entering its terms."));
        return false;
    }
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const Term& term = terms[i];
        const QString termName = term.name.trimmed();
        if (termName.isEmpty()) {
            setError(error,
                     tr("Term %1 has no name: please give it one, such as \"Autumn\" or \"Michaelmas\".")
                         .arg(i + 1));
            return false;
        }
        if (!term.start.isValid() || !term.end.isValid()) {
            setError(error, tr("The term \"%1\" needs both a start date and an end date.").arg(termName));
            return false;
        }
        if (term.end < term.start) {
            setError(error, tr("The term \"%1\" ends on %2, before it starts on %3: please check the dates.")
                                .arg(termName, longDate(term.end), longDate(term.start)));
            return false;
        }
        if (!contains(term.start) || !contains(term.end)) {
            setError(error,
                     tr("The term \"%1\" must fall within the %2 school year, which runs from %3 to %4.")
                         .arg(termName, name(), longDate(firstDay()), longDate(lastDay())));
            return false;
        }
        if (i == 0)
            continue;
        const Term& previous = terms[i - 1];
        const QString previousName = previous.name.trimmed();
        if (term.start < previous.start) {
            setError(error, tr("The term \"%1\" starts before the term \"%2\": please list the terms in "
                               "date order.")
                                .arg(termName, previousName));
            return false;
        }
        if (term.start <= previous.end) {
            setError(error, tr("The term \"%1\" starts on %2, before the term \"%3\" ends on %4: terms "
                               "must not overlap.")
                                .arg(termName, longDate(term.start), previousName, longDate(previous.end)));
            return false;
        }
    }
    return true;
}
