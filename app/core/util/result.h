#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace digest {

// An error for people: it names the thing that failed and what happened, ready to show as is.
struct Error
{
    QString message;

    bool operator==(const Error&) const = default;
};

// The outcome of an operation that can fail: a value, or an Error the caller has to look at.
template <typename T> class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const QString& errorMessage() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that produce nothing but can fail.
struct Done
{
    bool operator==(const Done&) const = default;
};
using Status = Result<Done>;

} // namespace digest
