#include "model/error.h"

namespace candist {

QString ErrorLocation::toString() const
{
    if (line <= 0)
        return file;
    if (column <= 0)
        return QStringLiteral("%1:%2").arg(file).arg(line);
    return QStringLiteral("%1:%2:%3").arg(file).arg(line).arg(column);
}

Error::Error(const QString &message, Kind kind)
    : std::runtime_error(message.toStdString()), m_message(message), m_kind(kind)
{}

Error::Error(Kind kind, const ErrorLocation &where, const QString &what)
    : Error(where.isEmpty() ? what : where.toString() + QStringLiteral(": ") + what, kind)
{
    m_location = where;
}

} // namespace candist
