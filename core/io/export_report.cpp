#include "io/export_report.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>

#include "io/label_quality_estimate.h"
#include "store/project_store.h"
#include "store/queries/spot_check_query.h"
#include "store/queries/statistics_query.h"

namespace candist {

namespace {

QJsonValue isoTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue studentRun(const ProjectStore &store)
{
    const std::optional<qint64> latest = store.latestStudentRun();
    if (!latest)
        return QJsonValue(QJsonValue::Null);
    for (const DistillationRunInfo &run : store.runs()) {
        if (run.id != *latest)
            continue;
        return QJsonObject{{QStringLiteral("id"), run.id},
                           {QStringLiteral("method"), run.method},
                           {QStringLiteral("status"), run.status},
                           {QStringLiteral("started"), isoTime(run.startedAt)},
                           {QStringLiteral("finished"), isoTime(run.finishedAt)},
                           {QStringLiteral("parameters"), run.parameters}};
    }
    return QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject ExportQualityReport::build(const ProjectStore &store, const ExportOptions &options,
                                       const ExportReport &exported)
{
    const statistics_query::ProjectCounts counts =
        statistics_query::projectCounts(store, store.labelSchema().size());
    const auto bySource = [&](LabelSource source) {
        return counts.finalBySource.value(int(source), 0);
    };
    const QJsonObject exportObject{
        {QStringLiteral("path"), QFileInfo(options.outputPath).absoluteFilePath()},
        {QStringLiteral("rows"), exported.rows},
        {QStringLiteral("columns"), QJsonArray::fromStringList(exported.columns)},
        {QStringLiteral("only_resolved"), options.onlyResolved},
        {QStringLiteral("spreadsheet_safe"), options.spreadsheetSafe},
        {QStringLiteral("probabilities"), options.probabilities}};
    const QJsonObject sources{{QStringLiteral("human"), bySource(LabelSource::Human)},
                              {QStringLiteral("student"), bySource(LabelSource::Student)},
                              {QStringLiteral("teacher"), bySource(LabelSource::Teacher)},
                              {QStringLiteral("unresolved"), bySource(LabelSource::None)}};
    return {{QStringLiteral("format"), QStringLiteral("candist-export-report")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("created"), isoTime(QDateTime::currentDateTimeUtc())},
            {QStringLiteral("project"), QFileInfo(store.path()).absoluteFilePath()},
            {QStringLiteral("export"), exportObject},
            {QStringLiteral("counts_by_source"), sources},
            {QStringLiteral("estimates"),
             LabelQualityEstimate::fromEvidence(spot_check_query::evidence(store)).toJson()},
            {QStringLiteral("student_run"), studentRun(store)}};
}

} // namespace candist
