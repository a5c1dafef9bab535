#include <QJsonArray>
#include <QJsonDocument>

#include "cli_support.h"
#include "model/project_meta_keys.h"
#include "review/agreement_report.h"
#include "review/review_ranker.h"
#include "store/project_store.h"

namespace candist::cli {

namespace {

ReviewWeights weightsFor(const ProjectStore &store, const QCommandLineParser &parser)
{
    ReviewWeights weights = ReviewWeights::fromJson(
        QJsonDocument::fromJson(store.metaValue(meta::kReviewWeights).toUtf8()).object());
    weights.disagreement =
        doubleValue(parser, QStringLiteral("weight-disagreement"), weights.disagreement, 0, 1000);
    weights.margin = doubleValue(parser, QStringLiteral("weight-margin"), weights.margin, 0, 1000);
    weights.overrule =
        doubleValue(parser, QStringLiteral("weight-overrule"), weights.overrule, 0, 1000);
    weights.parseFailure =
        doubleValue(parser, QStringLiteral("weight-parse-failure"), weights.parseFailure, 0, 1000);
    weights.entropy =
        doubleValue(parser, QStringLiteral("weight-entropy"), weights.entropy, 0, 1000);
    weights.labelAgainstStudent =
        doubleValue(parser, QStringLiteral("weight-label-against-student"),
                    weights.labelAgainstStudent, 0, 1000);
    weights.narrowMargin =
        doubleValue(parser, QStringLiteral("narrow-margin"), weights.narrowMargin, 0, 1);
    return weights;
}

int printAgreement(const AgreementReport &report, bool json)
{
    if (json) {
        out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
        return 0;
    }
    out() << QStringLiteral("%1 samples have a human label.\n").arg(report.humanLabelled);
    const auto machineLine = [&](const char *name, const AgreementReport::Machine &machine) {
        out() << QStringLiteral("%1 agrees with the human on %2 of %3 (%4%)\n")
                     .arg(QLatin1String(name))
                     .arg(machine.agreed)
                     .arg(machine.compared)
                     .arg(machine.accuracy() * 100, 0, 'f', 1);
    };
    machineLine("teacher", report.teacher);
    machineLine("student", report.student);
    out() << QStringLiteral("Where teacher and student disagree, the human sided with the teacher "
                            "%1 times, with the student %2 times, with neither %3 times.\n")
                 .arg(report.humanSidedWithTeacher)
                 .arg(report.humanSidedWithStudent)
                 .arg(report.allThreeDiffer);
    out() << QStringLiteral("\n%1 %2 %3\n")
                 .arg(QStringLiteral("label"), -24)
                 .arg(QStringLiteral("teacher"), 8)
                 .arg(QStringLiteral("student"), 8);
    for (int i = 0; i < report.labels.size(); ++i) {
        const auto cell = [](double accuracy) {
            return accuracy < 0 ? QStringLiteral("-")
                                : QString::number(accuracy * 100, 'f', 1) + QLatin1Char('%');
        };
        out() << QStringLiteral("%1 %2 %3\n")
                     .arg(report.labels.at(i), -24)
                     .arg(cell(report.teacher.perLabelAccuracy.at(i)), 8)
                     .arg(cell(report.student.perLabelAccuracy.at(i)), 8);
    }
    return 0;
}

} // namespace

int runReview(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists the samples most worth a human's time, best first, with the reason."));
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("The .candist project."));
    parser.addOptions({
        {QStringLiteral("list"), QStringLiteral("List the review queue (the default action).")},
        {QStringLiteral("agreement"),
         QStringLiteral("Report where human, teacher and student disagree instead.")},
        {QStringLiteral("limit"), QStringLiteral("Show at most N samples (default 20)."),
         QStringLiteral("N")},
        {QStringLiteral("json"), QStringLiteral("Print a JSON array.")},
        {QStringLiteral("weight-disagreement"),
         QStringLiteral("Weight of teacher/student disagreement."), QStringLiteral("W")},
        {QStringLiteral("weight-margin"),
         QStringLiteral("Weight of a narrow margin between candidates."), QStringLiteral("W")},
        {QStringLiteral("weight-overrule"),
         QStringLiteral("Weight of a confident student overrule."), QStringLiteral("W")},
        {QStringLiteral("weight-parse-failure"),
         QStringLiteral("Weight of an unusable teacher answer."), QStringLiteral("W")},
        {QStringLiteral("weight-entropy"), QStringLiteral("Weight of the student's entropy."),
         QStringLiteral("W")},
        {QStringLiteral("weight-label-against-student"),
         QStringLiteral("Weight of a label kept within the teacher's candidates against the "
                        "student's choice outside them."),
         QStringLiteral("W")},
        {QStringLiteral("narrow-margin"),
         QStringLiteral("Margins below this count as narrow (default 0.3)."), QStringLiteral("M")},
    });
    parseArguments(parser, arguments, 1);
    const int limit = intValue(parser, QStringLiteral("limit"), 20, 1, 100000000);

    const ProjectStore store(parser.positionalArguments().first());
    if (parser.isSet(QStringLiteral("agreement")))
        return printAgreement(AgreementReport::compute(store),
                              parser.isSet(QStringLiteral("json")));
    const ReviewRanker ranker(weightsFor(store, parser));
    const QVector<ReviewItem> queue = ranker.rank(store, limit);
    const LabelSchema schema = store.labelSchema();
    const auto labelName = [&](int label) {
        return label >= 0 && label < schema.size() ? schema.at(label).name : QString();
    };

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const ReviewItem &item : queue) {
            items.append(
                QJsonObject{{QStringLiteral("id"), store.sample(item.row)->id},
                            {QStringLiteral("score"), item.score},
                            {QStringLiteral("reason"), reviewReasonName(item.reason)},
                            {QStringLiteral("explanation"), item.explanation},
                            {QStringLiteral("suggested_label"), labelName(item.suggestedLabel)},
                            {QStringLiteral("skipped"), item.skipped}});
        }
        out() << QJsonDocument(items).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (queue.isEmpty()) {
        out() << "Nothing to review: every sample has a human label.\n";
        return 0;
    }
    for (int i = 0; i < queue.size(); ++i) {
        const ReviewItem &item = queue.at(i);
        const Sample sample = *store.sample(item.row);
        QString text = sample.text.simplified();
        if (text.size() > 70)
            text = text.left(69) + QChar(0x2026);
        out() << QStringLiteral("%1. [%2] %3  %4\n    %5 -> suggest %6%7\n")
                     .arg(i + 1)
                     .arg(item.score, 0, 'f', 2)
                     .arg(sample.id, text, item.explanation,
                          item.suggestedLabel >= 0 ? labelName(item.suggestedLabel)
                                                   : QStringLiteral("(no suggestion)"),
                          item.skipped ? QStringLiteral(" (skipped before)") : QString());
    }
    return 0;
}

} // namespace candist::cli
