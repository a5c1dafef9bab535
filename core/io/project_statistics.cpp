#include "io/project_statistics.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include "io/label_quality_estimate.h"
#include "store/project_store.h"
#include "store/queries/sample_note_query.h"
#include "store/queries/spot_check_query.h"
#include "store/queries/statistics_query.h"

namespace candist {

namespace {

QString percent(const QJsonValue &value)
{
    return QStringLiteral("%1 %").arg(value.toDouble() * 100, 0, 'f', 2);
}

} // namespace

QJsonObject ProjectStatistics::compute(const ProjectStore &store)
{
    const LabelSchema schema = store.labelSchema();
    const int labelCount = schema.size();
    const statistics_query::ProjectCounts counts =
        statistics_query::projectCounts(store, labelCount);

    QJsonObject result;
    result.insert(QStringLiteral("samples"), counts.samples);
    result.insert(QStringLiteral("labels"), labelCount);
    result.insert(QStringLiteral("label_names"), QJsonArray::fromStringList(schema.names()));

    // Gold
    QJsonObject gold;
    qint64 goldSamples = 0;
    QJsonObject goldCounts;
    for (auto it = counts.goldByLabel.constBegin(); it != counts.goldByLabel.constEnd(); ++it) {
        const int label = it.key();
        goldSamples += it.value();
        goldCounts.insert(label < labelCount ? schema.at(label).name : QString::number(label),
                          it.value());
    }
    gold.insert(QStringLiteral("samples"), goldSamples);
    gold.insert(QStringLiteral("counts"), goldCounts);
    result.insert(QStringLiteral("gold"), gold);

    // Teacher
    QJsonObject teacher;
    teacher.insert(QStringLiteral("annotated"), counts.teacher.ok);
    // Samples without any teacher row are pending too.
    teacher.insert(QStringLiteral("pending"),
                   counts.teacher.pending + (counts.samples - counts.teacher.withResult));
    teacher.insert(QStringLiteral("parse_failed"), counts.teacher.parseFailed);
    teacher.insert(QStringLiteral("transport_failed"), counts.teacher.transportFailed);
    teacher.insert(QStringLiteral("prompt_tokens"), counts.teacher.promptTokens);
    teacher.insert(QStringLiteral("completion_tokens"), counts.teacher.completionTokens);
    teacher.insert(QStringLiteral("tokens"),
                   counts.teacher.promptTokens + counts.teacher.completionTokens);
    if (counts.teacherOnGold) {
        const qint64 evaluated = counts.teacherOnGold->evaluated;
        teacher.insert(QStringLiteral("evaluated"), evaluated);
        if (evaluated > 0) {
            const double single = counts.teacherOnGold->firstCandidateRight / evaluated;
            const double coverage = counts.teacherOnGold->covered / evaluated;
            const double meanSetSize = counts.teacherOnGold->setSizeSum / evaluated;
            teacher.insert(QStringLiteral("single_accuracy"), single);
            teacher.insert(QStringLiteral("coverage"), coverage);
            teacher.insert(QStringLiteral("mean_set_size"), meanSetSize);
            if (labelCount > 1) {
                // Method reference: F1 = 2(1-a)b / ((1-a)+b), b = (C - #La) / (C - 1).
                const double beta = (labelCount - meanSetSize) / (labelCount - 1);
                teacher.insert(QStringLiteral("f1"),
                               coverage + beta > 0 ? 2 * coverage * beta / (coverage + beta) : 0.0);
            }
        }
    }
    result.insert(QStringLiteral("teacher"), teacher);

    // Student
    QJsonObject student;
    student.insert(QStringLiteral("samples"), counts.student.samples);
    if (counts.student.latestRun)
        student.insert(QStringLiteral("latest_run"), *counts.student.latestRun);
    // The name of the pretrained word vectors the latest run used, null for none.
    const QJsonValue vectors = QJsonDocument::fromJson(counts.student.latestRunParameters.toUtf8())
                                   .object()
                                   .value(QStringLiteral("bag"))
                                   .toObject()
                                   .value(QStringLiteral("word_vectors"))
                                   .toObject()
                                   .value(QStringLiteral("name"));
    student.insert(QStringLiteral("word_vectors"),
                   vectors.isString() ? vectors : QJsonValue(QJsonValue::Null));
    if (counts.student.withGold > 0)
        student.insert(QStringLiteral("pool_accuracy"),
                       counts.student.right / double(counts.student.withGold));
    result.insert(QStringLiteral("student"), student);

    // Final labels
    QJsonObject resolved;
    const auto bySource = [&](LabelSource source) {
        return counts.finalBySource.value(int(source), 0);
    };
    resolved.insert(QStringLiteral("by_teacher"), bySource(LabelSource::Teacher));
    resolved.insert(QStringLiteral("by_student"), bySource(LabelSource::Student));
    resolved.insert(QStringLiteral("by_human"), bySource(LabelSource::Human));
    resolved.insert(QStringLiteral("unresolved"), bySource(LabelSource::None));
    if (counts.finalOnGold && counts.finalOnGold->labelled > 0)
        resolved.insert(QStringLiteral("accuracy"),
                        counts.finalOnGold->right / double(counts.finalOnGold->labelled));
    result.insert(QStringLiteral("resolved"), resolved);

    QJsonObject human;
    human.insert(QStringLiteral("labelled"), counts.humanLabelled);
    human.insert(QStringLiteral("skipped"), counts.humanSkipped);
    result.insert(QStringLiteral("human"), human);

    // The annotators' flags and comments (issue 15): what is left to discuss or to fix.
    const sample_note_query::Counts notes = sample_note_query::counts(store);
    result.insert(QStringLiteral("notes"),
                  QJsonObject{{QStringLiteral("flagged"), notes.flagged},
                              {QStringLiteral("discuss"), notes.discuss},
                              {QStringLiteral("bad_text"), notes.badText},
                              {QStringLiteral("schema_gap"), notes.schemaGap},
                              {QStringLiteral("commented"), notes.commented}});

    result.insert(QStringLiteral("estimates"),
                  LabelQualityEstimate::fromEvidence(spot_check_query::evidence(store)).toJson());
    return result;
}

QString ProjectStatistics::toText(const QJsonObject &statistics)
{
    QStringList lines;
    const auto line = [&](const QString &name, const QString &value) {
        lines << QStringLiteral("%1 %2").arg(name + QLatin1Char(':'), -26).arg(value);
    };
    const auto count = [](const QJsonValue &value) { return QString::number(value.toInteger()); };
    const QJsonObject teacher = statistics.value(QStringLiteral("teacher")).toObject();
    const QJsonObject student = statistics.value(QStringLiteral("student")).toObject();
    const QJsonObject resolved = statistics.value(QStringLiteral("resolved")).toObject();
    const QJsonObject human = statistics.value(QStringLiteral("human")).toObject();
    const QJsonObject gold = statistics.value(QStringLiteral("gold")).toObject();
    QStringList names;
    for (const QJsonValue &name : statistics.value(QStringLiteral("label_names")).toArray())
        names << name.toString();

    line(QStringLiteral("samples"), count(statistics.value(QStringLiteral("samples"))));
    line(QStringLiteral("labels"),
         QStringLiteral("%1 (%2)").arg(count(statistics.value(QStringLiteral("labels"))),
                                       names.join(QStringLiteral(", "))));
    line(QStringLiteral("gold"), count(gold.value(QStringLiteral("samples"))));
    line(QStringLiteral("teacher annotated"), count(teacher.value(QStringLiteral("annotated"))));
    line(QStringLiteral("teacher pending"), count(teacher.value(QStringLiteral("pending"))));
    line(QStringLiteral("teacher parse failed"),
         count(teacher.value(QStringLiteral("parse_failed"))));
    line(QStringLiteral("teacher transport failed"),
         count(teacher.value(QStringLiteral("transport_failed"))));
    line(QStringLiteral("teacher tokens"),
         QStringLiteral("%1 (prompt %2, completion %3)")
             .arg(count(teacher.value(QStringLiteral("tokens"))),
                  count(teacher.value(QStringLiteral("prompt_tokens"))),
                  count(teacher.value(QStringLiteral("completion_tokens")))));
    if (teacher.contains(QStringLiteral("single_accuracy"))) {
        line(QStringLiteral("teacher single accuracy"),
             percent(teacher.value(QStringLiteral("single_accuracy"))));
        line(QStringLiteral("teacher coverage"),
             percent(teacher.value(QStringLiteral("coverage"))));
        line(QStringLiteral("teacher mean set size"),
             QString::number(teacher.value(QStringLiteral("mean_set_size")).toDouble(), 'f', 3));
        if (teacher.contains(QStringLiteral("f1")))
            line(QStringLiteral("teacher F1"), percent(teacher.value(QStringLiteral("f1"))));
    }
    line(QStringLiteral("student samples"), count(student.value(QStringLiteral("samples"))));
    if (student.contains(QStringLiteral("latest_run")))
        line(QStringLiteral("student word vectors"),
             student.value(QStringLiteral("word_vectors")).toString(QStringLiteral("none")));
    if (student.contains(QStringLiteral("pool_accuracy")))
        line(QStringLiteral("student pool accuracy"),
             percent(student.value(QStringLiteral("pool_accuracy"))));
    line(QStringLiteral("human labelled"), count(human.value(QStringLiteral("labelled"))));
    const QJsonObject notes = statistics.value(QStringLiteral("notes")).toObject();
    line(QStringLiteral("flagged samples"),
         QStringLiteral("%1 (discuss %2, bad text %3, schema gap %4)")
             .arg(count(notes.value(QStringLiteral("flagged"))),
                  count(notes.value(QStringLiteral("discuss"))),
                  count(notes.value(QStringLiteral("bad_text"))),
                  count(notes.value(QStringLiteral("schema_gap")))));
    line(QStringLiteral("commented samples"), count(notes.value(QStringLiteral("commented"))));
    line(QStringLiteral("resolved by teacher"),
         count(resolved.value(QStringLiteral("by_teacher"))));
    line(QStringLiteral("resolved by student"),
         count(resolved.value(QStringLiteral("by_student"))));
    line(QStringLiteral("resolved by human"), count(resolved.value(QStringLiteral("by_human"))));
    line(QStringLiteral("unresolved"), count(resolved.value(QStringLiteral("unresolved"))));
    if (resolved.contains(QStringLiteral("accuracy")))
        line(QStringLiteral("final label accuracy"),
             percent(resolved.value(QStringLiteral("accuracy"))));
    const QJsonObject spotChecks = statistics.value(QStringLiteral("estimates"))
                                       .toObject()
                                       .value(QStringLiteral("spot_checks"))
                                       .toObject();
    line(QStringLiteral("spot checks"),
         QStringLiteral("%1 drawn, %2 answered")
             .arg(count(spotChecks.value(QStringLiteral("drawn"))),
                  count(spotChecks.value(QStringLiteral("answered")))));
    lines << LabelQualityEstimate::describe(
        statistics.value(QStringLiteral("estimates")).toObject());
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace candist
