#include <QJsonArray>
#include <QJsonDocument>

#include "cli_support.h"
#include "review/review_ranker.h"
#include "store/project_store.h"

namespace candist::cli {

namespace {

ReviewWeights weightsFor(const ProjectStore &store, const QCommandLineParser &parser)
{
    ReviewWeights weights = ReviewWeights::fromJson(
        QJsonDocument::fromJson(store.metaValue(QStringLiteral("review.weights")).toUtf8())
            .object());
    weights.disagreement =
        doubleValue(parser, QStringLiteral("weight-disagreement"), weights.disagreement, 0, 1000);
    weights.margin = doubleValue(parser, QStringLiteral("weight-margin"), weights.margin, 0, 1000);
    weights.overrule =
        doubleValue(parser, QStringLiteral("weight-overrule"), weights.overrule, 0, 1000);
    weights.parseFailure =
        doubleValue(parser, QStringLiteral("weight-parse-failure"), weights.parseFailure, 0, 1000);
    weights.entropy =
        doubleValue(parser, QStringLiteral("weight-entropy"), weights.entropy, 0, 1000);
    weights.narrowMargin =
        doubleValue(parser, QStringLiteral("narrow-margin"), weights.narrowMargin, 0, 1);
    return weights;
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
        {QStringLiteral("narrow-margin"),
         QStringLiteral("Margins below this count as narrow (default 0.3)."), QStringLiteral("M")},
    });
    parseArguments(parser, arguments, 1);
    const int limit = intValue(parser, QStringLiteral("limit"), 20, 1, 100000000);

    const ProjectStore store(parser.positionalArguments().first());
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
                     .arg(sample.id, text, item.explanation, labelName(item.suggestedLabel),
                          item.skipped ? QStringLiteral(" (skipped before)") : QString());
    }
    return 0;
}

} // namespace candist::cli
