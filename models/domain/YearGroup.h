#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <compare>
#include <optional>

enum class KeyStage
{
    EarlyYears,
    KS1,
    KS2,
    KS3,
    KS4,
    KS5
};

// A national curriculum year group, Nursery to Year 13. Stored and exported by code().
class YearGroup final
{
    Q_DECLARE_TR_FUNCTIONS(YearGroup)
public:
    static constexpr int Nursery = -1, Reception = 0, First = -1, Last = 13;

    YearGroup() = default;                                    // invalid
    static std::optional<YearGroup> fromOrdinal(int ordinal); // -1 N, 0 R, 1..13
    // Case-insensitive, trimmed: "N", "Nursery", "NUR", "R", "Reception", "Rec", "YR", "Year R",
    // "Year 3", "Y3", "Yr3", "Yr 3", "3", "03".
    static std::optional<YearGroup> parse(const QString& label);
    // Reception is the academic year (1 Sep-31 Aug) in which the child turns 5; nullopt outside N..13.
    static std::optional<YearGroup> expectedFor(const QDate& dateOfBirth, int academicStartYear);
    static QList<YearGroup> all(); // N, R, 1..13 in order

    bool isValid() const;
    int ordinal() const;
    QString code() const;        // "N", "R", "1".."13"; "" when invalid
    QString displayName() const; // "Nursery", "Reception", "Year 3"; "" when invalid
    KeyStage keyStage() const;   // EarlyYears when invalid
    static QString keyStageName(KeyStage stage);
    std::optional<YearGroup> next() const; // Year 13 -> nullopt

    friend auto operator<=>(const YearGroup&, const YearGroup&) = default;
    friend bool operator==(const YearGroup&, const YearGroup&) = default;

private:
    explicit YearGroup(int ordinal)
        : m_ordinal(ordinal)
    {
    }

    int m_ordinal = -2;
};
