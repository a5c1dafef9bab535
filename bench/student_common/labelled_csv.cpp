#include "labelled_csv.h"

#include <QDir>

#include "io/csv_reader.h"
#include "model/error.h"

namespace candist::bench {

int CsvTable::column(const QString &name) const
{
    const int index = int(header.indexOf(name));
    if (index < 0)
        throw Error(QStringLiteral("%1:1: no column \"%2\" (columns: %3)")
                        .arg(path, name, header.join(QStringLiteral(", "))));
    return index;
}

QStringList CsvTable::values(const QString &name) const
{
    const int index = column(name);
    QStringList out;
    for (const QStringList &row : rows)
        out << row.value(index);
    return out;
}

CsvTable readCsv(const QString &path)
{
    CsvReader reader(path);
    CsvTable table;
    table.path = path;
    table.header = reader.header();
    CsvRecord record;
    while (reader.next(record))
        table.rows.push_back(record.fields);
    return table;
}

QString sharedDataPath(const QString &relative)
{
    QString root = qEnvironmentVariable("CANDIST_SHARED_DATA");
    if (root.isEmpty())
        root = QStringLiteral(CANDIST_SOURCE_DIR "/../shared/data");
    return QDir(root).filePath(relative);
}

} // namespace candist::bench
