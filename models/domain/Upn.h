#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

// The DfE Unique Pupil Number: a check letter, then LA code (3 digits), establishment (4), year
// allocated (2), serial (2), and a final digit, or a letter for a temporary UPN.
class Upn final
{
    Q_DECLARE_TR_FUNCTIONS(Upn)
public:
    static QString normalised(const QString& text);                 // trimmed, spaces removed, upper case
    static std::optional<QChar> checkLetterFor(QStringView last12); // nullopt if the 12 chars are malformed
    static QString withCheckLetter(QStringView last12); // "" if malformed; used by the demo generator
    // Takes normalised input. The error says which rule failed, in words for the school office.
    static bool isValid(const QString& upn, QString* error = nullptr);
};
