#include "teacher/batch_results_importer.h"

#include <map>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "io/jsonl_reader.h"
#include "model/error.h"
#include "store/project_store.h"
#include "teacher/answer_parser.h"
#include "teacher/batch_request_file.h"
#include "teacher/candidate_decision.h"
#include "teacher/chat_completion.h"
#include "teacher/teacher_run.h"
#include "teacher/teacher_settings.h"
#include "teacher/teacher_settings_resolution.h"
#include "teacher/teacher_text.h"

namespace candist {

using teacher::Teacher;

namespace {

struct ResultLine
{
    qint64 line = 0;
    BatchCustomId id;
    QByteArray body; // the chat completion, when the request succeeded
    std::optional<ChatCompletion> completion;
    QString failure; // why it did not
};

QString where(const QString &path, qint64 line)
{
    return QStringLiteral("%1:%2").arg(path).arg(line);
}

// The reason an error line or a non-200 answer gives.
QString failureOf(const QJsonObject &object, const QJsonObject &response)
{
    const QJsonObject error = object.value(QStringLiteral("error")).toObject();
    if (!error.isEmpty()) {
        return QStringLiteral("%1: %2").arg(error.value(QStringLiteral("code")).toString(),
                                            error.value(QStringLiteral("message")).toString());
    }
    const QByteArray body =
        QJsonDocument(response.value(QStringLiteral("body")).toObject()).toJson();
    return Teacher::tr("HTTP %1: %2")
        .arg(response.value(QStringLiteral("status_code")).toInt())
        .arg(errorBodySummary(body));
}

ResultLine readLine(const JsonlRecord &record, const QString &path)
{
    ResultLine result;
    result.line = record.line;
    const QString at = where(path, record.line);
    const QJsonValue customId = record.object.value(QStringLiteral("custom_id"));
    if (!customId.isString()) {
        throw Error(
            Teacher::tr("%1: expected a \"custom_id\" string (is this a Batch API output file?)")
                .arg(at));
    }
    const std::optional<BatchCustomId> id = BatchCustomId::parse(customId.toString());
    if (!id) {
        throw Error(
            Teacher::tr("%1: custom_id \"%2\" was not written by teach --batch-file (expected "
                        "<sample id>#<slot>#<16 hex digits>)")
                .arg(at, customId.toString()));
    }
    result.id = *id;
    const QJsonValue response = record.object.value(QStringLiteral("response"));
    const QJsonValue error = record.object.value(QStringLiteral("error"));
    if (!response.isObject() && !(error.isObject() && response.isNull())) {
        throw Error(Teacher::tr("%1: expected a \"response\" object, or \"response\": null with an "
                                "\"error\" object")
                        .arg(at));
    }
    const QJsonObject responseObject = response.toObject();
    if (response.isObject() && !responseObject.value(QStringLiteral("status_code")).isDouble())
        throw Error(
            Teacher::tr("%1: expected \"response\".\"status_code\" to be a number").arg(at));
    if (response.isObject() && responseObject.value(QStringLiteral("status_code")).toInt() == 200) {
        const QJsonValue body = responseObject.value(QStringLiteral("body"));
        if (!body.isObject())
            throw Error(
                Teacher::tr("%1: expected \"response\".\"body\" to be a JSON object").arg(at));
        result.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        QString parseError;
        result.completion = parseChatCompletion(result.body, &parseError);
        if (!result.completion) {
            throw Error(Teacher::tr("%1: the response body is not a chat completion: %2")
                            .arg(at, parseError));
        }
        return result;
    }
    result.failure = failureOf(record.object, responseObject);
    return result;
}

QString rawResponseOf(const QStringList &answers)
{
    return answers.size() == 1
               ? answers.first()
               : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(answers))
                                       .toJson(QJsonDocument::Compact));
}

} // namespace

BatchResultsReport BatchResultsImporter::run(ProjectStore &store, const QString &path,
                                             const ProgressCallback &progress,
                                             const CancellationFlag *cancel)
{
    if (!hasStoredTeacherSettings(store)) {
        throw Error(
            Teacher::tr("%1: the project has no teacher settings; the results must come from a "
                        "request file written by teach --batch-file for this project")
                .arg(store.path()));
    }
    const TeacherSettings settings = TeacherSettings::load(store);
    BatchResultsReport report;
    ProgressMeter meter(progress);

    // 1. Read and check every line before anything is written.
    JsonlReader reader(path);
    meter.setTotal(reader.totalBytes());
    std::map<SampleRow, std::vector<ResultLine>> bySample;
    QHash<QString, qint64> seen; // custom_id -> line
    QHash<QString, SampleRow> rowOfId;
    JsonlRecord record;
    while (reader.next(record)) {
        if (cancel && cancel->isCancelled())
            throw Cancelled(
                Teacher::tr("%1: import cancelled; the project is unchanged").arg(path));
        ++report.lines;
        ResultLine line = readLine(record, path);
        const QString customId = line.id.toString();
        if (const auto earlier = seen.constFind(customId); earlier != seen.constEnd()) {
            throw Error(Teacher::tr("%1: custom_id \"%2\" was already answered on line %3")
                            .arg(where(path, line.line), customId)
                            .arg(*earlier));
        }
        seen.insert(customId, line.line);
        auto row = rowOfId.constFind(line.id.sampleId);
        if (row == rowOfId.constEnd()) {
            const std::optional<SampleRow> found = store.rowForId(line.id.sampleId);
            if (!found) {
                throw Error(
                    Teacher::tr("%1: custom_id \"%2\" names sample \"%3\", which is not in %4 "
                                "(a results file of another project?)")
                        .arg(where(path, line.line), customId, line.id.sampleId, store.path()));
            }
            row = rowOfId.insert(line.id.sampleId, *found);
        }
        bySample[*row].push_back(std::move(line));
        meter.report(reader.bytesRead());
    }

    // 2. The requests the project would send for these samples now: the guards must match.
    QVector<Sample> samples;
    for (const auto &entry : bySample)
        samples << *store.sample(entry.first);
    // Only the keys are kept: the messages of 100,000 few-shot prompts would not fit in memory.
    QHash<QString, QString> planned; // cache key by "<sample id>#<slot>"
    TeacherRun::planRequests(
        store, settings,
        [&](const PlannedChatRequest &request) {
            planned.insert(request.sample.id + QLatin1Char('#') + QString::number(request.slot),
                           request.cacheKey);
        },
        &samples);

    const AnswerParser parser(store.labelSchema());
    const QString strategy = teacherStrategyName(settings.strategy);
    QVector<TeacherResult> results;
    std::vector<std::pair<QString, CachedResponse>> cacheEntries;
    for (const auto &[row, lines] : bySample) {
        const QString sampleId = lines.front().id.sampleId;
        int slotsWanted = 0;
        for (const ResultLine &line : lines) {
            const auto request = planned.constFind(line.id.sampleId + QLatin1Char('#') +
                                                   QString::number(line.id.slot));
            if (request == planned.constEnd()) {
                throw Error(
                    Teacher::tr("%1: sample \"%2\" has no request with slot %3 under the project's "
                                "teacher settings (%4 answers per sample, n %5)")
                        .arg(where(path, line.line), sampleId)
                        .arg(line.id.slot)
                        .arg(settings.samples)
                        .arg(settings.useN ? Teacher::tr("on") : Teacher::tr("off")));
            }
            if (BatchCustomId::guardOf(*request) != line.id.guard) {
                throw Error(
                    Teacher::tr("%1: custom_id \"%2\" was written for another prompt than the "
                                "project builds now for sample \"%3\" (teacher settings, "
                                "templates, few-shot pool or the sample's text changed); write a "
                                "new request file with teach --batch-file")
                        .arg(where(path, line.line), line.id.toString(), sampleId));
            }
            slotsWanted = settings.samples > 1 && settings.useN ? 1 : settings.samples;
        }

        TeacherResult result;
        result.row = row;
        result.strategy = strategy;
        QVector<QVector<int>> answers;
        QStringList rawAnswers;
        QString failure;
        for (const ResultLine &line : lines) {
            if (!line.completion) {
                failure = line.failure;
                continue;
            }
            cacheEntries.emplace_back(
                planned.value(line.id.sampleId + QLatin1Char('#') + QString::number(line.id.slot)),
                CachedResponse{QString::fromUtf8(line.body), line.completion->promptTokens,
                               line.completion->completionTokens});
            result.promptTokens += line.completion->promptTokens;
            result.completionTokens += line.completion->completionTokens;
            for (const QString &content : line.completion->contents) {
                rawAnswers << content;
                answers << parser.parse(content);
            }
        }
        report.promptTokens += result.promptTokens;
        report.completionTokens += result.completionTokens;
        if (!failure.isEmpty()) {
            result.status = TeacherStatus::TransportFailed;
            result.rawResponse = failure;
            ++report.transportFailed;
        } else if (qsizetype(lines.size()) < slotsWanted) {
            ++report.incomplete; // its cached answers make the missing requests the only cost
            continue;
        } else {
            const CandidateDecision decision =
                decideCandidates(settings.strategy, settings.scTop, answers, false);
            result.candidates = decision.candidates;
            result.votes = decision.votes;
            result.status = decision.status;
            result.rawResponse = rawResponseOf(rawAnswers);
            ++(decision.readable ? report.annotated : report.parseFailed);
        }
        results << result;
    }

    // 3. One transaction: the cache and the results together, or nothing.
    ProjectStore::Transaction transaction(store);
    for (const auto &[key, response] : cacheEntries)
        store.cacheResponse(key, response);
    store.saveTeacherResults(results);
    transaction.commit();
    report.cachedAnswers = qint64(cacheEntries.size());
    report.cost = settings.costOf(report.promptTokens, report.completionTokens);
    meter.report(reader.totalBytes(), {}, true);
    return report;
}

bool BatchResultsImporter::isResultsHeader(const QStringList &keys)
{
    return keys.contains(QStringLiteral("custom_id")) && keys.contains(QStringLiteral("response"));
}

} // namespace candist
