#pragma once

#include <QString>

#include <utility>
#include <variant>

// Why a storage call failed, as a sentence a person can act on (what went wrong and what to do next).
struct ErrorMessage
{
    QString message;
};

// A value or an ErrorMessage: what store calls return instead of a `QString *error` out-parameter beside a sentinel
// (0, -1, an empty string) that could also be a real answer. Construct it from a T or from an ErrorMessage{…}:
//
//     Result<qint64> n = ledger.plannedRemaining(run);
//     if (!n)
//         return fail(n.error());
//     use(*n);
template<class T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {
    }
    Result(ErrorMessage error)
        : m_v(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }
    // The same, handing the error on to a caller that still takes a `QString *error` (nullptr: dropped).
    T valueOr(T fallback, QString *error) const
    {
        report(error);
        return valueOr(std::move(fallback));
    }

    // Only when !ok().
    const QString &error() const { return std::get<1>(m_v).message; }

    // Hands the error on to a caller that still takes a `QString *error` (nullptr: dropped); true when ok().
    bool report(QString *error) const
    {
        if (!ok() && error)
            *error = this->error();
        return ok();
    }

private:
    std::variant<T, ErrorMessage> m_v;
};

// Success or an ErrorMessage, for calls with nothing to return.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(ErrorMessage error)
        : m_error(std::move(error.message))
        , m_failed(true)
    {
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    bool report(QString *error) const
    {
        if (!ok() && error)
            *error = m_error;
        return ok();
    }

private:
    QString m_error;
    bool m_failed = false;
};
