#include "labelled_csv.h"

#include <QDir>
#include <QFile>

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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    const QString text = QString::fromUtf8(file.readAll());
    CsvTable table;
    table.path = path;
    QStringList record;
    QString field;
    bool quoted = false;
    int line = 1;
    int recordLine = 1;
    const auto endRecord = [&] {
        record << field;
        field.clear();
        if (table.header.isEmpty())
            table.header = record;
        else if (!(record.size() == 1 && record.front().isEmpty()))
            table.rows.push_back(record);
        record.clear();
        recordLine = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    if (quoted)
        throw Error(QStringLiteral("%1:%2: unterminated quoted field").arg(path).arg(recordLine));
    if (!field.isEmpty() || !record.isEmpty())
        endRecord();
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
