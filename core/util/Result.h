#pragma once

#include "util/ErrorCode.h"
#include "util/ExitCode.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace hattama {

// An error as core reports it: the exit status, a stable code (ErrorCode) with its arguments,
// and the English message and hint built from them for the log. The GUI and the command line
// show ErrorText::message/hint/text(error), which render the code in the user's language;
// Generic errors (made with usageError/environmentError/failure) only have their English text.
struct Error {
    Error() = default;
    // A Generic error: English only (kept so Error{ExitCode::Usage, message, hint} still works).
    Error(ExitCode exit, QString text, QString what = {})
        : code(exit)
        , message(std::move(text))
        , hint(std::move(what))
    {
    }

    ExitCode code = ExitCode::Failed;
    QString message; // what is wrong, e.g. "segment part-01/seg-00003.mkv is altered"
    QString hint; // what to do, e.g. "restore the hearing folder from the archive copy"
    ErrorCode kind = ErrorCode::Generic;
    QStringList args; // the code's arguments (paths, device names, numbers, details), in order

    // English, for logs and tests: "message (hint)".
    QString text() const
    {
        return hint.isEmpty() ? message : message + QStringLiteral(" (") + hint + QStringLiteral(")");
    }

    // An error with a code: exit status and English message and hint from the catalogue
    // (util/ErrorCatalogue.cpp), %1… filled with args.
    static Error of(ErrorCode kind, QStringList args = {});
};

inline Error usageError(QString message, QString hint = {})
{
    return Error { ExitCode::Usage, std::move(message), std::move(hint) };
}
inline Error environmentError(QString message, QString hint = {})
{
    return Error { ExitCode::Environment, std::move(message), std::move(hint) };
}
inline Error failure(QString message, QString hint = {})
{
    return Error { ExitCode::Failed, std::move(message), std::move(hint) };
}

// Result<T>: a value or an Error. No exceptions cross module or thread boundaries.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {
    }
    Result(Error error)
        : m_data(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() { return std::get<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace hattama
