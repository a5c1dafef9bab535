#pragma once

#include <vector>

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QStringList>

namespace candist {

struct CsvRecord
{
    QStringList fields;
    qint64 line = 0; // 1-based physical line where the record starts
};

// A record as validated UTF-8 bytes, for a bulk import that would otherwise turn every field
// into a QString and back. The views stay valid until the reader's next call.
struct Utf8Record
{
    std::vector<QByteArrayView> fields;
    qint64 line = 0;
};

// Streaming RFC 4180 reader: quoted fields with embedded delimiters, quotes ("") and newlines;
// CRLF, LF or CR line ends; UTF-8 with or without a BOM; ',' ';' or tab detected from the header.
// Reads the file in large chunks and hands out each field as one span of validated UTF-8, so a
// million rows cost a pass over the bytes (and one QString per field for CsvRecord). Blank lines
// are skipped.
class CsvReader
{
public:
    // Opens `path`, skips a UTF-8 BOM, detects the delimiter and reads the header.
    // Throws Error("<path>: ...") when the file cannot be read or has no header.
    explicit CsvReader(const QString &path);
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    const QString &path() const { return m_path; }
    const QStringList &header() const { return m_header; }
    QChar delimiter() const { return QLatin1Char(m_delimiter); }
    // Exact name first, then a case-insensitive match ignoring surrounding spaces; -1 when absent.
    int columnIndex(const QString &name) const;

    // Next record; false at the end. Throws Error "<path>:<line>:<column>: <what was expected>"
    // on an unterminated quote, a stray quote, invalid UTF-8, or a ragged row.
    bool next(CsvRecord &record);
    // The same record as UTF-8 bytes (no QString), with the same checks and errors.
    bool next(Utf8Record &record);

    qint64 bytesRead() const { return m_bufferFileOffset + m_pos; }
    qint64 totalBytes() const { return m_totalBytes; }

private:
    enum class Parse
    {
        Record,
        NeedMore,
        End
    };

    // Where a parsed field's bytes are: in m_buffer, or in m_scratch when quotes were unescaped.
    struct FieldSpan
    {
        qsizetype offset;
        qsizetype size;
        bool inScratch;
    };

    Parse parseRecord();
    bool readMore();
    void fillFields(Utf8Record &record) const;
    void consumeRecord();
    char detectDelimiter();
    [[noreturn]] void fail(qsizetype bufferOffset, const QString &what) const;

    QString m_path;
    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;           // start of the unconsumed data in m_buffer
    qint64 m_bufferFileOffset = 0; // file offset of m_buffer[0]
    qint64 m_line = 1;             // physical line at m_pos
    qint64 m_totalBytes = 0;
    bool m_eof = false;
    char m_delimiter = ',';
    QStringList m_header;
    QByteArray m_scratch;                 // the last record's unescaped quoted fields
    std::vector<FieldSpan> m_fields;      // the last record's fields
    std::vector<qsizetype> m_fieldStarts; // buffer offsets, for ragged-row columns
    qint64 m_recordLine = 0;              // physical line where the last record starts
    Utf8Record m_utf8;                    // reused by next(CsvRecord &)
    qsizetype m_recordEnd = 0;            // buffer offset where the last record's bytes end
    qint64 m_recordLineBreaks = 0;        // line breaks inside the last record
};

} // namespace candist
