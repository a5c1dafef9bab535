#pragma once

#include <memory>

#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include "io/csv_reader.h"
#include "model/progress.h"

namespace candist {

class JsonlReader;
struct JsonlRecord;

enum class InputFormat
{
    Csv,
    Jsonl
};

// By file name: *.jsonl, *.ndjson and *.json are JSON Lines, everything else is CSV.
InputFormat inputFormatForPath(const QString &path);
QString inputFormatName(InputFormat format);

// One row-and-column view over a CSV or JSONL file, so that importers are written once.
// For JSONL the columns are the keys of the first object (Qt orders them alphabetically); a later
// object may leave keys out (read as empty) but may not add keys. Values become text: strings as
// they are, numbers in their shortest exact form, true/false, null as empty, arrays and objects
// as compact JSON.
class TabularInput
{
public:
    // `cancel`, when set, is also polled inside a (huge) JSONL line.
    explicit TabularInput(const QString &path, const CancellationFlag *cancel = nullptr);
    ~TabularInput();

    const QString &path() const { return m_path; }
    InputFormat format() const { return m_format; }
    QChar delimiter() const; // ',' for JSONL
    const QStringList &columns() const;
    int columnIndex(const QString &name) const; // -1 when absent
    // The index of `name`; throws Error naming `option`, the file and the available columns.
    int requireColumn(const QString &name, const QString &option) const;

    // Next row with one field per column; false at the end. Throws Error on malformed input.
    bool next(CsvRecord &record);
    // The same row as UTF-8 bytes, valid until the next call: CSV fields straight from the
    // file, JSONL values encoded from their text.
    bool next(Utf8Record &record);

    qint64 bytesRead() const;
    qint64 totalBytes() const;

    // Reports `rows` done out of a total row count estimated from the bytes read so far (exact
    // once the file is read), so progress reads in rows with a rate and an ETA, and says how far
    // through the file it is in the detail. `final` reports unconditionally with total = rows.
    void reportProgress(ProgressMeter &meter, qint64 rows, bool final = false) const;

private:
    bool convert(const JsonlRecord &json, CsvRecord &record) const;

    QString m_path;
    InputFormat m_format;
    std::unique_ptr<CsvReader> m_csv;
    std::unique_ptr<JsonlReader> m_jsonl;
    QStringList m_jsonColumns;
    QHash<QString, int> m_jsonColumnIndex;
    bool m_hasPending = false;
    CsvRecord m_pending;
    CsvRecord m_jsonRecord;             // the row next(Utf8Record &) encodes
    std::vector<QByteArray> m_jsonUtf8; // its fields' bytes
};

} // namespace candist
