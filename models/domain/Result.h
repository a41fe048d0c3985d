#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

// Why something could not be read, in words a school secretary can act on. Converts to any
// Result<T>, so a read can `return Failure{tr("…")};`.
struct Failure
{
    QString message;
};

// What every read returns: the value, or a Failure saying why there is none. An empty list is a
// value; a list that could not be read is a failure, so no caller has to guess from an empty result
// or from an error string left empty.
template <typename T> class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(Failure failure)
        : m_state(std::move(failure))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    // Empty when ok().
    QString error() const { return ok() ? QString() : std::get<Failure>(m_state).message; }

    // For a caller that has already shown error() and carries on with nothing.
    T valueOr(T fallback) const& { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Failure> m_state;
};

// The first of several reads that failed, if any: for a caller that needs them all.
template <typename... T> std::optional<Failure> firstFailure(const Result<T>&... results)
{
    std::optional<Failure> first;
    ((first = first ? first : results ? std::nullopt : std::optional(Failure{results.error()})), ...);
    return first;
}
