#include "Upn.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype Length = 13;

// The DfE check-letter table: I, O and S are left out so they cannot be mistaken for 1, 0 and 5.
constexpr QStringView CheckLetters = u"ABCDEFGHJKLMNPQRTUVWXYZ";

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Position 13's value in the weighted sum: a digit counts as itself, a temporary UPN's letter as its
// place in the check-letter table.
std::optional<int> lastCharacterValue(QChar c)
{
    if (isAsciiDigit(c))
        return c.unicode() - u'0';
    const qsizetype index = CheckLetters.indexOf(c);
    if (index < 0)
        return std::nullopt;
    return int(index);
}

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

} // namespace

QString Upn::normalised(const QString& text)
{
    QString result = text.trimmed().toUpper();
    result.removeIf([](QChar c) { return c.isSpace(); });
    return result;
}

std::optional<QChar> Upn::checkLetterFor(QStringView last12)
{
    if (last12.size() != Length - 1)
        return std::nullopt;
    int sum = 0;
    for (qsizetype i = 0; i < last12.size(); ++i) {
        const int weight = int(i) + 2; // last12[0] is the UPN's second character
        std::optional<int> value;
        if (i == last12.size() - 1)
            value = lastCharacterValue(last12[i]);
        else if (isAsciiDigit(last12[i]))
            value = last12[i].unicode() - u'0';
        if (!value)
            return std::nullopt;
        sum += *value * weight;
    }
    return CheckLetters[sum % CheckLetters.size()];
}

QString Upn::withCheckLetter(QStringView last12)
{
    const std::optional<QChar> letter = checkLetterFor(last12);
    if (!letter)
        return {};
    return *letter + last12.toString();
}

bool Upn::isValid(const QString& upn, QString* error)
{
    if (upn.isEmpty()) {
        setError(error,
                 tr("Please enter the pupil's UPN: it is 13 characters long and starts with a letter."));
        return false;
    }
    if (upn.size() != Length) {
        setError(error, tr("A UPN has 13 characters, but this one has %n: please check the number against "
                           "the pupil's records.",
                           nullptr, int(upn.size())));
        return false;
    }
    if (!CheckLetters.contains(upn[0])) {
        setError(error, tr("A UPN starts with a capital letter (any except I, O or S), not \"%1\": please "
                           "check the number against the pupil's records.")
                            .arg(upn[0]));
        return false;
    }
    for (qsizetype i = 1; i < Length - 1; ++i) {
        if (!isAsciiDigit(upn[i])) {
            setError(error, tr("Characters 2 to 12 of a UPN are all digits, but character %1 is \"%2\": "
                               "please check the number against the pupil's records.")
                                .arg(i + 1)
                                .arg(upn[i]));
            return false;
        }
    }
    if (!lastCharacterValue(upn[Length - 1])) {
        setError(error, tr("The last character of a UPN is a digit, or a capital letter (any except I, O or "
                           "S) for a temporary UPN, not \"%1\": please check the number against the "
                           "pupil's records.")
                            .arg(upn[Length - 1]));
        return false;
    }
    const QChar expected = *checkLetterFor(QStringView(upn).sliced(1));
    if (upn[0] != expected) {
        setError(error, tr("The UPN's check letter should be %1, not %2: please check the number against "
                           "the pupil's records.")
                            .arg(expected)
                            .arg(upn[0]));
        return false;
    }
    return true;
}
