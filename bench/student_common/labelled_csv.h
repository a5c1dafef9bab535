#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace candist::bench {

// A data set from ../shared/data (read at run time, never committed): header + RFC-4180 rows.
struct CsvTable
{
    QStringList header;
    QVector<QStringList> rows;

    int column(const QString &name) const; // throws Error naming the file when missing
    QStringList values(const QString &name) const;
    QString path;
};

// Reads a whole CSV file with core's CsvReader (errors name file, line and column).
CsvTable readCsv(const QString &path);

// The shared data folder: $CANDIST_SHARED_DATA, else ../shared/data beside the source tree.
QString sharedDataPath(const QString &relative);

} // namespace candist::bench
