#pragma once

#include <QFile>
#include <QJsonObject>
#include <QString>

namespace candist {

struct JsonlRecord
{
    QJsonObject object;
    qint64 line = 0; // 1-based
};

// Reads JSON Lines: one JSON object per line, UTF-8 with or without a BOM, LF or CRLF; blank
// lines are skipped. Errors name "<path>:<line>:<column>: <what was expected>".
class JsonlReader
{
public:
    // Throws Error("<path>: ...") when the file cannot be read.
    explicit JsonlReader(const QString &path);

    const QString &path() const { return m_path; }
    // Next object; false at the end. Throws Error on invalid UTF-8, invalid JSON or a line that
    // is not an object.
    bool next(JsonlRecord &record);

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }

private:
    QString m_path;
    QFile m_file;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
};

} // namespace candist
