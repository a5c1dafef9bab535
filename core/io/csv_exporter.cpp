#include "io/csv_exporter.h"

#include <cstring>
#include <optional>
#include <vector>

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

#include "io/csv_writer.h"
#include "io/export_report.h"
#include "model/error.h"
#include "model/file_errors.h"
#include "model/sample_note.h"
#include "store/project_files.h"
#include "store/project_store.h"
#include "store/queries/export_query.h"

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
    const auto labelName = [&](std::optional<int> value) {
        if (!value)
            return QString();
        const int index = *value;
        return index >= 0 && index < names.size() ? names[index] : QString::number(index);
    };

    refuseProjectFileAsOutput(options.outputPath, store.path(), QStringLiteral("the export"));
    if (!options.reportPath.isEmpty()) {
        refuseProjectFileAsOutput(options.reportPath, store.path(),
                                  QStringLiteral("the export report"));
        if (QFileInfo(options.reportPath).absoluteFilePath() ==
            QFileInfo(options.outputPath).absoluteFilePath())
            throw Error(QStringLiteral("%1: the export report needs a file of its own, not the "
                                       "CSV's")
                            .arg(options.reportPath));
    }

    ExportReport report;
    report.columns = QStringList{QStringLiteral("id"),         QStringLiteral("text"),
                                 QStringLiteral("label"),      QStringLiteral("source"),
                                 QStringLiteral("confidence"), QStringLiteral("candidates"),
                                 QStringLiteral("flags"),      QStringLiteral("comment")};
    if (withGold)
        report.columns << QStringLiteral("gold");
    if (options.probabilities) {
        for (const QString &name : names)
            report.columns << QStringLiteral("p_") + name;
    }

    // Opened first so that a report that cannot be written stops the export before the CSV.
    std::optional<QSaveFile> reportFile;
    if (!options.reportPath.isEmpty()) {
        reportFile.emplace(options.reportPath);
        if (!reportFile->open(QIODevice::WriteOnly))
            throw Error(QStringLiteral("%1: cannot write the export report: %2")
                            .arg(options.reportPath, reportFile->errorString()));
    }

    const export_query::Columns columns{withGold, options.probabilities, options.onlyResolved};
    const qint64 total = export_query::rowCount(store, columns);

    QSaveFile file(options.outputPath);
    // Unbuffered: CsvWriter buffers, and each of its writes then reports a failure itself
    // rather than leaving it to a flush inside commit() that cannot say why.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        throw Error(
            QStringLiteral("%1: cannot write: %2").arg(options.outputPath, file.errorString()));
    CsvWriter writer(&file);
    writer.writeRow(report.columns);

    ProgressMeter meter(progress, total);
    QStringList row;
    std::vector<float> probabilities;
    export_query::forEachRow(store, columns, [&](const export_query::Row &sample) {
        row.clear();
        row << sample.id << sample.text << labelName(sample.label);
        row << labelSourceName(sample.source);
        row << (sample.confidence ? formatNumber(*sample.confidence) : QString());
        QStringList candidates;
        for (int index : decodeIndexList(sample.candidates))
            candidates << labelName(index);
        row << candidates.join(QLatin1Char('|'));
        row << sampleNoteFlagNames(sample.noteFlags).join(QLatin1Char('|')) << sample.comment;
        if (withGold)
            row << labelName(sample.gold);
        if (options.probabilities) {
            const QByteArray &blob = sample.probabilities;
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
                throw Cancelled(QStringLiteral("%1: export cancelled; nothing was written")
                                    .arg(options.outputPath));
            }
            meter.report(report.rows);
        }
    });
    writer.flush();
    if (!file.commit())
        throw Error(
            QStringLiteral("%1: cannot write: %2").arg(options.outputPath, fileWriteError(file)));
    if (reportFile) {
        reportFile->write(QJsonDocument(ExportQualityReport::build(store, options, report))
                              .toJson(QJsonDocument::Indented));
        if (!reportFile->commit())
            throw Error(QStringLiteral("%1: cannot write the export report: %2")
                            .arg(options.reportPath, fileWriteError(*reportFile)));
    }
    meter.report(report.rows, {}, true);
    return report;
}

} // namespace candist
