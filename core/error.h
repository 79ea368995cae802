#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace fa {

// What went wrong, as a value: a stable code for programs and a translated message for people.
struct Error {
    enum class Code {
        None,
        // Files
        FileNotFound,
        FileUnreadable,
        NotSqlite,
        ForeignSqlite,
        NewerVersion,
        Corrupt,
        TooLarge,
        UntrustedSchema,
        ReadOnly,
        StaleWal,
        WriteFailed,
        Busy,       // another program holds the document for longer than the busy timeout
        DiskFull,
        // Content
        BadAddress,
        DerivedCell,
        BadCode,
        BadAmount,
        BadJson,
        UnknownKey,
        BadValue,
        Overflow,
    };
    Code code = Code::None;
    QString message;

    Error() = default;
    Error(Code c, QString m) : code(c), message(std::move(m)) {}
};

// A value or an error.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_v); }
    const T &value() const { return std::get<0>(m_v); }
    T &operator*() { return value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// For operations that return nothing but may fail.
using Status = std::optional<Error>;

} // namespace fa
