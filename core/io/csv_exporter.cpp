#include "io/csv_exporter.h"

#include <cstring>
#include <vector>

#include <QSaveFile>
#include <QSqlQuery>

#include "io/csv_writer.h"
#include "model/error.h"
#include "model/file_errors.h"
#include "store/project_files.h"
#include "store/project_store.h"
#include "store/sql_helpers.h"

namespace candist {

namespace {

constexpr int kBatch = 1000;

QString formatNumber(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

QString CsvExporter::spreadsheetSafe(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return QLatin1Char('\'') + cell;
    default:
        return cell;
    }
}

ExportReport CsvExporter::run(ProjectStore &store, const ExportOptions &options,
                              const ProgressCallback &progress, const CancellationFlag *cancel)
{
    const LabelSchema schema = store.labelSchema();
    const bool withGold = store.hasGold();
    const QStringList names = schema.names();
    const auto labelName = [&](const QVariant &value) {
        if (value.isNull())
            return QString();
        const int index = value.toInt();
        return index >= 0 && index < names.size() ? names[index] : QString::number(index);
    };

    refuseProjectFileAsOutput(options.outputPath, store.path(), QStringLiteral("the export"));

    ExportReport report;
    report.columns = QStringList{QStringLiteral("id"),         QStringLiteral("text"),
                                 QStringLiteral("label"),      QStringLiteral("source"),
                                 QStringLiteral("confidence"), QStringLiteral("candidates")};
    if (withGold)
        report.columns << QStringLiteral("gold");
    if (options.probabilities) {
        for (const QString &name : names)
            report.columns << QStringLiteral("p_") + name;
    }

    const QString where =
        options.onlyResolved ? QStringLiteral(" WHERE f.label IS NOT NULL") : QString();
    const qint64 total =
        sql::scalar(store.database(), QStringLiteral("SELECT count(*) FROM final_labels f") + where)
            .toLongLong();

    QSaveFile file(options.outputPath);
    // Unbuffered: CsvWriter buffers, and each of its writes then reports a failure itself
    // rather than leaving it to a flush inside commit() that cannot say why.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        throw Error(
            QStringLiteral("%1: cannot write: %2").arg(options.outputPath, file.errorString()));
    CsvWriter writer(&file);
    writer.writeRow(report.columns);

    QSqlQuery query(store.database());
    query.setForwardOnly(true); // streams: SQLite hands out one row at a time
    const QString statement =
        QStringLiteral("SELECT s.ext_id, s.text, f.label, f.source, f.confidence, t.candidates, "
                       "%1, %2 FROM samples s JOIN final_labels f ON f.sample_row = s.row "
                       "LEFT JOIN teacher_results t ON t.sample_row = s.row "
                       "%3 %4 %5 ORDER BY s.row")
            .arg(withGold ? QStringLiteral("g.label") : QStringLiteral("NULL"),
                 options.probabilities ? QStringLiteral("st.probabilities")
                                       : QStringLiteral("NULL"),
                 withGold ? QStringLiteral("LEFT JOIN gold_labels g ON g.sample_row = s.row")
                          : QString(),
                 options.probabilities
                     ? QStringLiteral("LEFT JOIN student_results st ON st.sample_row = s.row")
                     : QString(),
                 where);
    if (!query.prepare(statement))
        sql::exec(store.database(), statement); // throws with the driver's message
    sql::exec(query);

    ProgressMeter meter(progress, total);
    QStringList row;
    std::vector<float> probabilities;
    while (query.next()) {
        row.clear();
        row << query.value(0).toString() << query.value(1).toString() << labelName(query.value(2));
        const auto source = LabelSource(query.value(3).toInt());
        row << labelSourceName(source);
        row << (query.value(4).isNull() ? QString() : formatNumber(query.value(4).toDouble()));
        QStringList candidates;
        for (int index : decodeIndexList(query.value(5).toString()))
            candidates << labelName(index);
        row << candidates.join(QLatin1Char('|'));
        if (withGold)
            row << labelName(query.value(6));
        if (options.probabilities) {
            const QByteArray blob = query.value(7).toByteArray();
            probabilities.assign(size_t(blob.size()) / sizeof(float), 0.f);
            if (!probabilities.empty())
                std::memcpy(probabilities.data(), blob.constData(),
                            probabilities.size() * sizeof(float));
            for (int i = 0; i < names.size(); ++i)
                row << (size_t(i) < probabilities.size() ? formatNumber(probabilities[size_t(i)])
                                                         : QString());
        }
        if (options.spreadsheetSafe) {
            for (QString &cell : row)
                cell = spreadsheetSafe(cell);
        }
        writer.writeRow(row);
        if (++report.rows % kBatch == 0) {
            if (cancel && cancel->isCancelled()) {
                file.cancelWriting();
                throw Error(QStringLiteral("%1: export cancelled; nothing was written")
                                .arg(options.outputPath));
            }
            meter.report(report.rows);
        }
    }
    writer.flush();
    if (!file.commit())
        throw Error(
            QStringLiteral("%1: cannot write: %2").arg(options.outputPath, fileWriteError(file)));
    meter.report(report.rows, {}, true);
    return report;
}

} // namespace candist
