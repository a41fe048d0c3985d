#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

// How fromCode() compares text with the codes.
enum class CodeMatch
{
    Exact, // as stored, to the letter
    Loose, // case and surrounding spaces forgiven, as people and other programs type them
};

template <typename Enum> struct CodeEntry
{
    Enum value{};
    QStringView code;
};

// One enum's codes, as the vault stores them and files carry them. The first entry for a value
// gives the code written for it; later entries for the same value are other spellings that are
// read as it ("Girl" for F). Build one with codeTable().
template <typename Enum, std::size_t N> class CodeTable final
{
public:
    constexpr CodeTable(const CodeEntry<Enum> (&entries)[N], CodeMatch match)
        : m_match(match)
    {
        for (std::size_t i = 0; i < N; ++i)
            m_entries[i] = entries[i];
    }

    // Empty for a value the table does not hold.
    QString code(Enum value) const
    {
        for (const CodeEntry<Enum>& entry : m_entries)
            if (entry.value == value)
                return QString::fromRawData(reinterpret_cast<const QChar*>(entry.code.utf16()),
                                            entry.code.size());
        return {};
    }

    std::optional<Enum> fromCode(QStringView text) const
    {
        const QStringView wanted = m_match == CodeMatch::Loose ? text.trimmed() : text;
        const Qt::CaseSensitivity cs = m_match == CodeMatch::Loose ? Qt::CaseInsensitive : Qt::CaseSensitive;
        for (const CodeEntry<Enum>& entry : m_entries)
            if (entry.code.compare(wanted, cs) == 0)
                return entry.value;
        return std::nullopt;
    }

    // Every value once, in the order of the table.
    QList<Enum> values() const
    {
        QList<Enum> result;
        for (const CodeEntry<Enum>& entry : m_entries)
            if (!result.contains(entry.value))
                result.append(entry.value);
        return result;
    }

private:
    std::array<CodeEntry<Enum>, N> m_entries{};
    CodeMatch m_match;
};

// constexpr auto Genders = codeTable<Gender>({{Gender::Female, u"F"}, {Gender::Female, u"Girl"}, ...});
template <typename Enum, std::size_t N>
constexpr CodeTable<Enum, N> codeTable(const CodeEntry<Enum> (&entries)[N],
                                       CodeMatch match = CodeMatch::Loose)
{
    return CodeTable<Enum, N>(entries, match);
}
