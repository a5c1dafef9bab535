#include "io/tabular_input.h"

#include <algorithm>

#include <QFileInfo>

#include "io/data_file_text.h"
#include "io/jsonl_reader.h"
#include "model/error.h"

namespace candist {

InputFormat inputFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") ||
        suffix == QLatin1String("json"))
        return InputFormat::Jsonl;
    return InputFormat::Csv;
}

QString inputFormatName(InputFormat format)
{
    return format == InputFormat::Jsonl ? QStringLiteral("jsonl") : QStringLiteral("csv");
}

TabularInput::TabularInput(const QString &path, const CancellationFlag *cancel)
    : m_path(path), m_format(inputFormatForPath(path))
{
    if (m_format == InputFormat::Csv) {
        m_csv = std::make_unique<CsvReader>(path);
        return;
    }
    m_jsonl = std::make_unique<JsonlReader>(path, JsonlReader::Values::Text, cancel);
    JsonlRecord first;
    if (!m_jsonl->next(first))
        throw Error(Error::Kind::BadInput, {path},
                    DataFiles::tr("the file is empty; expected one JSON object per line"));
    m_jsonColumns = first.keys;
    m_jsonColumnIndex.reserve(m_jsonColumns.size());
    for (int i = 0; i < m_jsonColumns.size(); ++i)
        m_jsonColumnIndex.insert(m_jsonColumns[i], i);
    convert(first, m_pending);
    m_hasPending = true;
}

TabularInput::~TabularInput() = default;

QChar TabularInput::delimiter() const
{
    return m_csv ? m_csv->delimiter() : QLatin1Char(',');
}

const QStringList &TabularInput::columns() const
{
    return m_csv ? m_csv->header() : m_jsonColumns;
}

int TabularInput::columnIndex(const QString &name) const
{
    if (m_csv)
        return m_csv->columnIndex(name);
    return int(m_jsonColumns.indexOf(name));
}

int TabularInput::requireColumn(const QString &name, const QString &option) const
{
    const int index = columnIndex(name);
    if (index < 0) {
        QStringList quoted;
        for (const QString &column : columns())
            quoted << QLatin1Char('"') + column + QLatin1Char('"');
        throw Error(Error::Kind::BadInput, {m_path},
                    DataFiles::tr("no column \"%1\" (given by %2); the %3 columns are: %4")
                        .arg(name, option, m_jsonl ? QStringLiteral("JSON") : QStringLiteral("CSV"),
                             quoted.join(QStringLiteral(", "))));
    }
    return index;
}

bool TabularInput::convert(const JsonlRecord &json, CsvRecord &record) const
{
    record.line = json.line;
    record.fields.fill(QString(), m_jsonColumns.size());
    for (qsizetype i = 0; i < json.keys.size(); ++i) {
        const auto column = m_jsonColumnIndex.constFind(json.keys[i]);
        if (column == m_jsonColumnIndex.constEnd()) {
            throw Error(Error::Kind::BadInput, {m_path, json.line, 1},
                        DataFiles::tr("unexpected key \"%1\": every object may only use the keys "
                                      "of the first line (%2)")
                            .arg(json.keys[i], m_jsonColumns.join(QStringLiteral(", "))));
        }
        record.fields[*column] = json.texts[i];
    }
    return true;
}

bool TabularInput::next(CsvRecord &record)
{
    if (m_csv)
        return m_csv->next(record);
    if (m_hasPending) {
        m_hasPending = false;
        record = std::move(m_pending);
        return true;
    }
    JsonlRecord json;
    if (!m_jsonl->next(json))
        return false;
    return convert(json, record);
}

bool TabularInput::next(Utf8Record &record)
{
    if (m_csv)
        return m_csv->next(record);
    if (!next(m_jsonRecord))
        return false;
    const size_t count = size_t(m_jsonRecord.fields.size());
    m_jsonUtf8.resize(count);
    record.fields.resize(count);
    for (size_t i = 0; i < count; ++i) {
        m_jsonUtf8[i] = m_jsonRecord.fields[qsizetype(i)].toUtf8();
        record.fields[i] = m_jsonUtf8[i];
    }
    record.line = m_jsonRecord.line;
    return true;
}

void TabularInput::reportProgress(ProgressMeter &meter, qint64 rows, bool final) const
{
    const qint64 read = bytesRead();
    const qint64 total = totalBytes();
    qint64 estimate = rows;
    if (!final && read > 0 && total > read)
        estimate = qint64(double(rows) * double(total) / double(read));
    meter.setTotal(std::max(estimate, rows));
    constexpr double kMiB = 1024.0 * 1024.0;
    meter.report(rows,
                 QStringLiteral("%1/%2 MiB read")
                     .arg(final ? total / kMiB : read / kMiB, 0, 'f', 1)
                     .arg(total / kMiB, 0, 'f', 1),
                 final);
}

qint64 TabularInput::bytesRead() const
{
    return m_csv ? m_csv->bytesRead() : m_jsonl->bytesRead();
}

qint64 TabularInput::totalBytes() const
{
    return m_csv ? m_csv->totalBytes() : m_jsonl->totalBytes();
}

} // namespace candist
