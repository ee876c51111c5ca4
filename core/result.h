#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Accordo {

/// A failure that a user can read: what went wrong and where (file, line, field, record).
struct Error
{
    QString message;
    /// Someone else saved the record first: the caller may offer to reload or compare.
    bool conflict = false;
};

/// Either a value or an Error, in the spirit of C++23 std::expected.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : mData(std::move(value)) {}
    Result(Error error) : mData(std::move(error)) {}

    bool ok() const { return mData.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(mData); }
    T &value() & { return std::get<0>(mData); }
    T &&value() && { return std::get<0>(std::move(mData)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(mData); }
    QString errorString() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> mData;
};

/// Result of an operation that produces no value.
template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : mError(std::move(error)) {}

    bool ok() const { return !mError.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *mError; }
    QString errorString() const { return ok() ? QString() : mError->message; }

private:
    std::optional<Error> mError;
};

} // namespace Accordo
