#include "io/csv_writer.h"

#include <QFileDevice>

#include "io/data_file_text.h"
#include "model/error.h"
#include "model/file_errors.h"

namespace candist {

namespace {

constexpr qsizetype kFlushSize = 1 << 20;

} // namespace

CsvWriter::CsvWriter(QIODevice *device, char delimiter) : m_device(device), m_delimiter(delimiter)
{
    m_buffer.reserve(kFlushSize + 4096);
}

CsvWriter::~CsvWriter()
{
    // Destructors must not throw; a caller that cares about errors calls flush() itself.
    if (!m_buffer.isEmpty())
        m_device->write(m_buffer);
}

void CsvWriter::appendField(const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
    bool needsQuotes = false;
    for (const char c : utf8) {
        if (c == m_delimiter || c == '"' || c == '\n' || c == '\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes) {
        m_buffer += utf8;
        return;
    }
    m_buffer += '"';
    qsizetype start = 0;
    for (qsizetype quote; (quote = utf8.indexOf('"', start)) >= 0; start = quote + 1) {
        m_buffer.append(utf8.constData() + start, quote + 1 - start);
        m_buffer += '"';
    }
    m_buffer.append(utf8.constData() + start, utf8.size() - start);
    m_buffer += '"';
}

void CsvWriter::writeRow(const QStringList &fields)
{
    if (fields.size() == 1 && fields.first().isEmpty()) {
        m_buffer += "\"\"\n";
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                m_buffer += m_delimiter;
            appendField(fields[i]);
        }
        m_buffer += '\n';
    }
    if (m_buffer.size() >= kFlushSize)
        flush();
}

void CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    // Taken out first: after a failure the destructor must not try the same bytes again.
    QByteArray pending;
    pending.swap(m_buffer);
    m_buffer.reserve(kFlushSize + 4096);
    if (auto *file = qobject_cast<QFileDevice *>(m_device)) {
        writeAll(*file, pending, file->fileName()); // a QSaveFile names its final file
        return;
    }
    if (m_device->write(pending) != pending.size())
        throw Error(DataFiles::tr("output: cannot write: %1").arg(m_device->errorString()),
                    Error::Kind::FileSystem);
}

} // namespace candist
