#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace stridewell::core {

// What a caller may act on beyond the words (nobody branches on an error's wording).
enum class ErrorKind {
    Other,
    DiskFull,   // the log's disk (or its size limit) is full: every later write fails alike
    LogFailure, // the log itself cannot be read or written (I/O error, read-only, damaged)
};

// An error the user can act on: says what failed and why (file, line, reason).
struct Error
{
    QString message;
    ErrorKind kind = ErrorKind::Other;
};

// A value or an Error; a small stand-in for std::expected (C++23).
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    template <typename U> T value_or(U&& fallback) const&
    {
        return ok() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

    const Error& error() const { return std::get<1>(m_state); }
    const QString& message() const { return error().message; }

private:
    std::variant<T, Error> m_state;
};

struct Ok
{};
using Status = Result<Ok>;

inline Error fail(QString message)
{
    return Error{std::move(message)};
}

} // namespace stridewell::core
