#pragma once

#include <stdexcept>

#include <QString>

namespace candist {

// Where in a user's file an error was found; line and column are 1-based, 0 when unknown.
struct ErrorLocation
{
    QString file;
    qint64 line = 0;
    qint64 column = 0;

    bool isEmpty() const { return file.isEmpty(); }
    // "file", "file:line" or "file:line:column": the form editors and terminals jump to.
    QString toString() const;
};

// The one exception type core/ throws for expected failures. Its message is meant for the user:
// it names the file, line and what was expected. Boundaries (CLI main, GUI workers) catch it and
// act on its kind; inside core it lets RAII roll transactions back and close files.
class Error : public std::runtime_error
{
public:
    enum class Kind
    {
        BadInput,   // the user's data or options: fix the input and run again
        FileSystem, // a file could not be read or written (permissions, a full disk)
        Database,   // the project file: SQL failed, wrong schema, corrupt
        Network,    // an endpoint could not be reached or refused the request
        Busy,       // another process holds the project: wait or close it
        Cancelled,  // the user asked to stop: an outcome, not a failure (see Cancelled)
    };

    explicit Error(const QString &message, Kind kind = Kind::BadInput);
    // The message reads "<location>: <what>".
    Error(Kind kind, const ErrorLocation &where, const QString &what);

    const QString &message() const { return m_message; }
    Kind kind() const { return m_kind; }
    // Empty unless the error is tied to a place in a file.
    const ErrorLocation &location() const { return m_location; }

private:
    QString m_message;
    Kind m_kind;
    ErrorLocation m_location;
};

// Thrown when a cancellation flag stops a job. Whatever the job wrote is rolled back; the CLI
// exits with 130 (as after SIGINT) and the window reports it without a warning dialog.
class Cancelled : public Error
{
public:
    explicit Cancelled(const QString &message) : Error(message, Kind::Cancelled) {}
    Cancelled(const ErrorLocation &where, const QString &what) : Error(Kind::Cancelled, where, what)
    {}
};

} // namespace candist
