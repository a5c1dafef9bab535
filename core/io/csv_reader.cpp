#include "io/csv_reader.h"

#include <cstring>

#include <QSet>

#include "io/data_file_text.h"
#include "io/text_position.h"
#include "model/error.h"

namespace candist {

namespace {

constexpr qsizetype kChunkSize = 1 << 20;

// The first byte of [p, end) that ends an unquoted field or is not allowed in one (the
// delimiter, a line break, a quote), or end. Tests eight bytes at a time (a word has a byte equal
// to c when word ^ c has a zero byte): plain text is most of a file, and a byte-by-byte loop
// was the reader's largest cost.
const char *findFieldBreak(const char *p, const char *end, char delimiter)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHighs = 0x8080808080808080ULL;
    const auto hasZeroByte = [](quint64 v) { return (v - kOnes) & ~v & kHighs; };
    const quint64 delimiters = kOnes * quint8(delimiter);
    const quint64 newlines = kOnes * quint8('\n');
    const quint64 returns = kOnes * quint8('\r');
    const quint64 quotes = kOnes * quint8('"');
    while (end - p >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        if (hasZeroByte(word ^ delimiters) | hasZeroByte(word ^ newlines) |
            hasZeroByte(word ^ returns) | hasZeroByte(word ^ quotes))
            break;
        p += 8;
    }
    while (p < end && *p != delimiter && *p != '\n' && *p != '\r' && *p != '"')
        ++p;
    return p;
}

} // namespace

CsvReader::CsvReader(const QString &path) : m_path(path), m_file(path)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::FileSystem, {path},
                    DataFiles::tr("cannot read: %1").arg(m_file.errorString()));
    m_totalBytes = m_file.size();
    while (!m_eof && m_buffer.size() < 3)
        readMore();
    if (m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    m_delimiter = detectDelimiter();

    Parse parsed;
    while ((parsed = parseRecord()) == Parse::NeedMore)
        readMore();
    if (parsed == Parse::End)
        throw Error(Error::Kind::BadInput, {path},
                    DataFiles::tr("the file is empty; expected a header line"));
    Utf8Record header;
    fillFields(header);
    QSet<QString> seen;
    for (size_t i = 0; i < header.fields.size(); ++i) {
        QString name = decodeUtf8(header.fields[i].data(), header.fields[i].size());
        // pandas writes its unnamed index column with an empty header.
        if (name.trimmed().isEmpty())
            name = QStringLiteral("column%1").arg(i + 1);
        if (seen.contains(name)) {
            fail(m_fieldStarts[i],
                 DataFiles::tr("column \"%1\" appears twice in the header").arg(name));
        }
        seen.insert(name);
        m_header << name;
    }
    consumeRecord();
}

CsvReader::~CsvReader() = default;

int CsvReader::columnIndex(const QString &name) const
{
    const int exact = int(m_header.indexOf(name));
    if (exact >= 0)
        return exact;
    const QString wanted = name.trimmed();
    for (int i = 0; i < m_header.size(); ++i) {
        if (m_header[i].trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool CsvReader::readMore()
{
    if (m_eof)
        return false;
    // Drop what is consumed; grow the read when one record outgrows the buffer, so a huge
    // record costs linear, not quadratic, time.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_bufferFileOffset += m_pos;
        m_recordEnd -= m_pos;
        m_pos = 0;
    }
    const qsizetype want = std::max(kChunkSize, m_buffer.size());
    const qsizetype oldSize = m_buffer.size();
    m_buffer.resize(oldSize + want);
    const qint64 got = m_file.read(m_buffer.data() + oldSize, want);
    if (got < 0)
        throw Error(Error::Kind::FileSystem, {m_path},
                    DataFiles::tr("read error: %1").arg(m_file.errorString()));
    m_buffer.resize(oldSize + got);
    if (got == 0)
        m_eof = true;
    return got > 0;
}

char CsvReader::detectDelimiter()
{
    // Read until the first line is complete (or 4 MiB, for a pathological header).
    while (!m_eof && m_buffer.indexOf('\n', m_pos) < 0 && m_buffer.size() < 4 * kChunkSize)
        readMore();
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (qsizetype i = m_pos; i < m_buffer.size(); ++i) {
        const char c = m_buffer.at(i);
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return '\t';
    if (semicolons > commas && semicolons > tabs)
        return ';';
    return ',';
}

void CsvReader::fail(qsizetype bufferOffset, const QString &what) const
{
    // Errors are rare: find the line and column by rescanning from the record's start.
    qint64 line = m_line;
    qsizetype lineStart = m_pos;
    for (qsizetype i = m_pos; i < bufferOffset && i < m_buffer.size(); ++i) {
        if (m_buffer.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    throw Error(
        Error::Kind::BadInput,
        {m_path, line, characterColumn(m_buffer.constData() + lineStart, bufferOffset - lineStart)},
        what);
}

CsvReader::Parse CsvReader::parseRecord()
{
    const char *const data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    // Skip blank lines.
    while (m_pos < size && (data[m_pos] == '\n' || data[m_pos] == '\r')) {
        if (data[m_pos] == '\r') {
            if (m_pos + 1 >= size && !m_eof)
                return Parse::NeedMore;
            if (m_pos + 1 < size && data[m_pos + 1] == '\n')
                ++m_pos;
        }
        ++m_pos;
        ++m_line;
    }
    if (m_pos >= size)
        return m_eof ? Parse::End : Parse::NeedMore;

    m_fields.clear();
    m_fieldStarts.clear();
    m_scratch.resize(0); // keeps the capacity
    const char delimiter = m_delimiter;
    qsizetype p = m_pos;
    qint64 lineBreaks = 0;
    while (true) {
        m_fieldStarts.push_back(p);
        FieldSpan field{p, 0, false};
        const qsizetype rawStart = p;
        if (data[p] == '"') {
            const qsizetype openQuote = p;
            ++p;
            qsizetype segmentStart = p;
            const qsizetype scratchStart = m_scratch.size();
            bool escaped = false;
            while (true) {
                const void *found = std::memchr(data + p, '"', size_t(size - p));
                if (!found) {
                    if (!m_eof)
                        return Parse::NeedMore;
                    fail(openQuote, DataFiles::tr("unterminated quoted field: expected a closing "
                                                  "'\"' before the end of the file"));
                }
                const qsizetype quote = static_cast<const char *>(found) - data;
                if (quote + 1 >= size && !m_eof)
                    return Parse::NeedMore;
                if (quote + 1 < size && data[quote + 1] == '"') {
                    m_scratch.append(data + segmentStart, quote + 1 - segmentStart);
                    escaped = true;
                    p = quote + 2;
                    segmentStart = p;
                    continue;
                }
                if (escaped) {
                    m_scratch.append(data + segmentStart, quote - segmentStart);
                    field = {scratchStart, m_scratch.size() - scratchStart, true};
                } else {
                    field = {segmentStart, quote - segmentStart, false};
                }
                p = quote + 1;
                break;
            }
            for (const char *c = data + rawStart; c < data + p; ++c)
                lineBreaks += *c == '\n';
            if (p < size && data[p] != delimiter && data[p] != '\n' && data[p] != '\r') {
                fail(p, DataFiles::tr("unexpected character after a closing quote: expected the "
                                      "delimiter '%1' or the end of the line (a quote inside a "
                                      "quoted field is written as \"\")")
                            .arg(delimiter == '\t' ? QStringLiteral("\\t")
                                                   : QString(QLatin1Char(delimiter))));
            }
        } else {
            p = findFieldBreak(data + p, data + size, delimiter) - data;
            if (p < size && data[p] == '"') {
                fail(p, DataFiles::tr("stray quote in an unquoted field: quote the whole "
                                      "field and write the quote as \"\""));
            }
            if (p >= size && !m_eof)
                return Parse::NeedMore;
            field.size = p - rawStart;
        }
        const qsizetype invalid = findInvalidUtf8(data + rawStart, p - rawStart);
        if (invalid >= 0)
            fail(rawStart + invalid, DataFiles::tr("invalid UTF-8 byte sequence (the file must "
                                                   "be UTF-8 encoded)"));
        m_fields.push_back(field);

        if (p >= size) // end of file without a final line break
            break;
        if (data[p] == delimiter) {
            ++p;
            if (p >= size && !m_eof)
                return Parse::NeedMore;
            if (p >= size) { // trailing delimiter at end of file: one more empty field
                m_fieldStarts.push_back(p);
                m_fields.push_back({p, 0, false});
                break;
            }
            continue;
        }
        if (data[p] == '\r') {
            if (p + 1 >= size && !m_eof)
                return Parse::NeedMore;
            if (p + 1 < size && data[p + 1] == '\n')
                ++p;
        }
        ++p; // the line break
        ++lineBreaks;
        break;
    }
    m_recordLine = m_line;
    m_recordEnd = p;
    m_recordLineBreaks = lineBreaks;
    return Parse::Record;
}

void CsvReader::fillFields(Utf8Record &record) const
{
    // Views are made once the record is complete: m_scratch may have grown under earlier ones.
    record.fields.resize(m_fields.size());
    for (size_t i = 0; i < m_fields.size(); ++i) {
        const FieldSpan &field = m_fields[i];
        const char *base = field.inScratch ? m_scratch.constData() : m_buffer.constData();
        record.fields[i] = QByteArrayView(base + field.offset, field.size);
    }
    record.line = m_recordLine;
}

bool CsvReader::next(CsvRecord &record)
{
    Utf8Record &bytes = m_utf8;
    if (!next(bytes))
        return false;
    record.fields.clear();
    record.fields.reserve(qsizetype(bytes.fields.size()));
    for (const QByteArrayView field : bytes.fields)
        record.fields.append(decodeUtf8(field.data(), field.size()));
    record.line = bytes.line;
    return true;
}

bool CsvReader::next(Utf8Record &record)
{
    Parse parsed;
    while ((parsed = parseRecord()) == Parse::NeedMore)
        readMore();
    if (parsed == Parse::End)
        return false;
    const qsizetype expected = m_header.size();
    const qsizetype found = qsizetype(m_fields.size());
    if (found != expected) {
        const qsizetype at = found > expected ? m_fieldStarts[size_t(expected)] : m_recordEnd;
        // The end of a short row is its line break; point at it, not past it.
        qsizetype where = at;
        if (found < expected) {
            while (where > m_pos &&
                   (m_buffer.at(where - 1) == '\n' || m_buffer.at(where - 1) == '\r'))
                --where;
        }
        fail(where, DataFiles::tr("expected %1 fields as in the header, found %2")
                        .arg(expected)
                        .arg(found));
    }
    fillFields(record);
    consumeRecord();
    return true;
}

void CsvReader::consumeRecord()
{
    m_pos = m_recordEnd;
    m_line += m_recordLineBreaks;
    m_recordLineBreaks = 0;
}

} // namespace candist
