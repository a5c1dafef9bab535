#include "io/jsonl_reader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include "io/text_position.h"
#include "model/error.h"

namespace candist {

JsonlReader::JsonlReader(const QString &path) : m_path(path), m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot read: %2").arg(path, m_file.errorString()));
    m_totalBytes = m_file.size();
}

bool JsonlReader::next(JsonlRecord &record)
{
    while (true) {
        if (m_file.atEnd())
            return false;
        // QFile buffers internally, so readLine() is one memchr per line, not a syscall.
        QByteArray line = m_file.readLine();
        if (line.isEmpty() && !m_file.atEnd())
            throw Error(QStringLiteral("%1: read error: %2").arg(m_path, m_file.errorString()));
        m_bytesRead += line.size();
        ++m_line;
        qsizetype start = 0;
        if (m_line == 1 && line.startsWith("\xEF\xBB\xBF"))
            start = 3;
        qsizetype end = line.size();
        while (end > start && (line.at(end - 1) == '\n' || line.at(end - 1) == '\r'))
            --end;
        const char *text = line.constData() + start;
        const qsizetype size = end - start;
        bool blank = true;
        for (qsizetype i = 0; i < size && blank; ++i)
            blank = text[i] == ' ' || text[i] == '\t';
        if (blank)
            continue;

        const auto fail = [&](qsizetype offset, const QString &what) {
            throw Error(
                QStringLiteral("%1:%2:%3: %4")
                    .arg(m_path)
                    .arg(m_line)
                    .arg(characterColumn(line.constData(), start + offset) - (start > 0 ? 1 : 0))
                    .arg(what));
        };
        const qsizetype invalid = findInvalidUtf8(text, size);
        if (invalid >= 0)
            fail(invalid, QStringLiteral("invalid UTF-8 byte sequence (the file must be UTF-8 "
                                         "encoded)"));
        QJsonParseError error;
        const QJsonDocument document =
            QJsonDocument::fromJson(QByteArray::fromRawData(text, size), &error);
        if (error.error != QJsonParseError::NoError)
            fail(error.offset, QStringLiteral("invalid JSON: %1").arg(error.errorString()));
        if (!document.isObject())
            fail(0, QStringLiteral("expected a JSON object {...} on each line"));
        record.object = document.object();
        record.line = m_line;
        return true;
    }
}

} // namespace candist
