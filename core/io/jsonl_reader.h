#pragma once

#include <QFile>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include "model/progress.h"

namespace candist {

struct JsonlRecord
{
    QJsonObject object; // only when the reader builds objects (JsonlReader::Values::Object)
    // The object's keys in order (as Qt orders them: by code point) and each value as text:
    // strings as they are, integers exactly as written (also beyond 2^53), other numbers in
    // their shortest exact form, true/false, null as empty, arrays and objects as compact JSON.
    QStringList keys;
    QStringList texts;
    qint64 line = 0; // 1-based
};

// Reads JSON Lines: one JSON object per line (RFC 8259), UTF-8 with or without a BOM, LF or
// CRLF; blank lines are skipped. Strict: unknown escapes ("\x41"), unpaired surrogates, raw
// control characters (NUL included) and duplicate keys are errors, named
// "<path>:<line>:<column>: <what was expected>".
class JsonlReader
{
public:
    enum class Values
    {
        Object, // JsonlRecord::object as well as keys and texts
        Text,   // only keys and texts (what a table import needs; cheaper)
    };

    // Throws Error("<path>: ...") when the file cannot be read. `cancel`, when set, is polled
    // while a line is parsed, so a huge line does not hold a cancellation up.
    explicit JsonlReader(const QString &path, Values values = Values::Object,
                         const CancellationFlag *cancel = nullptr);

    const QString &path() const { return m_path; }
    // Next object; false at the end. Throws Error on invalid UTF-8, invalid JSON or a line that
    // is not an object.
    bool next(JsonlRecord &record);

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 totalBytes() const { return m_totalBytes; }

private:
    QString m_path;
    QFile m_file;
    Values m_values;
    const CancellationFlag *m_cancel;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
};

} // namespace candist
