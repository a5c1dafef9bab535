#pragma once

#include <stdexcept>

#include <QString>

namespace candist {

// The one exception type core/ throws for expected failures (bad input, I/O, SQL). Its message is
// meant for the user: it names the file, line and what was expected. Boundaries (CLI main, GUI
// workers) catch it; inside core it lets RAII roll transactions back and close files.
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message)
        : std::runtime_error(message.toStdString()), m_message(message)
    {}

    const QString &message() const { return m_message; }

private:
    QString m_message;
};

} // namespace candist
