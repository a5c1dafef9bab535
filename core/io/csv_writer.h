#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

namespace candist {

// Streams RFC 4180 rows to a device. A field is quoted exactly when it holds the delimiter, a
// quote, CR or LF (or is the only, empty field of a row, which would otherwise read back as a
// blank line); nothing else is touched, so every text reads back byte for byte. Rows end in LF.
// Output is buffered; call flush() (or destroy the writer) before committing the device.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device, char delimiter = ',');
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void writeRow(const QStringList &fields);
    // Throws Error when the device refuses the data (disk full, closed pipe).
    void flush();

private:
    void appendField(const QString &field);

    QIODevice *m_device;
    char m_delimiter;
    QByteArray m_buffer;
};

} // namespace candist
