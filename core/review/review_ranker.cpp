#include "review/review_ranker.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

#include <QCoreApplication>
#include <QJsonDocument>

#include "model/error.h"
#include "model/project_meta_keys.h"
#include "store/project_store.h"
#include "store/queries/review_query.h"
#include "store/queries/review_score_query.h"

namespace candist {

namespace {

// Reasons are shown in the GUI: translated in the context "ReviewRanker", declared so that
// lupdate files them under the same context.
class ReviewRankerText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewRanker)
};

QString percent(double probability)
{
    return QString::number(probability * 100.0, 'f', 0) + QLatin1Char('%');
}

// Normalised entropy from which the student counts as unsure in an explanation (a uniform
// distribution is 1; 0.95 over three labels with the rest even is about 0.2).
constexpr double kUnsureEntropy = 0.5;

struct Contribution
{
    ReviewReason reason;
    double value;
};

} // namespace

QString reviewReasonName(ReviewReason reason)
{
    switch (reason) {
    case ReviewReason::Disagreement:
        return QStringLiteral("disagreement");
    case ReviewReason::NarrowMargin:
        return QStringLiteral("narrow-margin");
    case ReviewReason::StudentOverrule:
        return QStringLiteral("student-overrule");
    case ReviewReason::ParseFailure:
        return QStringLiteral("parse-failure");
    case ReviewReason::Uncertain:
        return QStringLiteral("uncertain");
    }
    return {};
}

QJsonObject ReviewWeights::toJson() const
{
    return {{QStringLiteral("disagreement"), disagreement},
            {QStringLiteral("margin"), margin},
            {QStringLiteral("overrule"), overrule},
            {QStringLiteral("parse_failure"), parseFailure},
            {QStringLiteral("entropy"), entropy},
            {QStringLiteral("label_against_student"), labelAgainstStudent},
            {QStringLiteral("narrow_margin"), narrowMargin}};
}

ReviewWeights ReviewWeights::fromJson(const QJsonObject &json)
{
    ReviewWeights weights;
    weights.disagreement =
        json.value(QStringLiteral("disagreement")).toDouble(weights.disagreement);
    weights.margin = json.value(QStringLiteral("margin")).toDouble(weights.margin);
    weights.overrule = json.value(QStringLiteral("overrule")).toDouble(weights.overrule);
    weights.parseFailure =
        json.value(QStringLiteral("parse_failure")).toDouble(weights.parseFailure);
    weights.entropy = json.value(QStringLiteral("entropy")).toDouble(weights.entropy);
    weights.labelAgainstStudent =
        json.value(QStringLiteral("label_against_student")).toDouble(weights.labelAgainstStudent);
    weights.narrowMargin =
        json.value(QStringLiteral("narrow_margin")).toDouble(weights.narrowMargin);
    return weights;
}

ReviewWeights ReviewWeights::ofProject(const ProjectStore &store)
{
    return fromJson(
        QJsonDocument::fromJson(store.metaValue(meta::kReviewWeights).toUtf8()).object());
}

ReviewRanker::ReviewRanker(ReviewWeights weights) : m_weights(weights) {}

QString ReviewRanker::weightsKey() const
{
    return QString::fromUtf8(QJsonDocument(m_weights.toJson()).toJson(QJsonDocument::Compact));
}

ReviewItem ReviewRanker::score(SampleRow row, const QVector<int> &candidates,
                               const std::vector<float> &probabilities, quint8 studentFlags,
                               const QStringList &labelNames, bool withExplanation,
                               const ReviewContext &context) const
{
    ReviewItem item;
    item.row = row;
    const auto name = [&](int label) {
        return label >= 0 && label < labelNames.size() ? labelNames.at(label)
                                                       : QString::number(label);
    };
    QVector<Contribution> contributions;
    QStringList explanations;
    // Building strings dominates the cost of ranking a million rows; only do it on request.
    const auto addExplanation = [&](const auto &makeText) {
        if (withExplanation)
            explanations << makeText();
    };

    // No usable teacher answer: the method treats the set as "all labels".
    QVector<int> candidateSet = candidates;
    if (candidateSet.isEmpty()) {
        for (int label = 0; label < labelNames.size(); ++label)
            candidateSet << label;
    }

    const bool unreadable =
        candidates.isEmpty() && context.teacherStatus == TeacherStatus::ParseFailed;
    // An empty set that is no unreadable answer: say why, since no signal will.
    const auto explainMissingAnswer = [&] {
        if (!candidates.isEmpty() || unreadable)
            return;
        addExplanation([&] {
            return context.teacherStatus == TeacherStatus::TransportFailed
                       ? ReviewRankerText::tr("the teacher could not be reached for this "
                                              "sample; its next run asks again")
                       : ReviewRankerText::tr("the teacher has not been asked yet");
        });
    };

    if (probabilities.empty()) {
        // Before any distillation only the teacher's own ambiguity is known.
        item.suggestedLabel = candidates.isEmpty() ? -1 : candidates.first();
        explainMissingAnswer();
        if (unreadable) {
            contributions.append({ReviewReason::ParseFailure, m_weights.parseFailure});
            addExplanation(
                [&] { return ReviewRankerText::tr("the teacher gave no usable label"); });
        } else if (candidates.size() == 1) {
            addExplanation([&] {
                return ReviewRankerText::tr("the teacher names one label, %1; no student yet")
                    .arg(name(candidates.first()));
            });
        } else if (candidates.size() > 1) {
            const double strength = 1.0 - 1.0 / candidates.size();
            contributions.append({ReviewReason::NarrowMargin, m_weights.margin * strength});
            addExplanation([&] {
                return ReviewRankerText::tr("the teacher is unsure between %1 labels")
                    .arg(candidates.size());
            });
        }
    } else {
        const int predicted = int(std::max_element(probabilities.begin(), probabilities.end()) -
                                  probabilities.begin());
        const double confidence = probabilities[size_t(predicted)];
        // Enter accepts what the table shows as the student's label: its final-label policy
        // may have taken the best candidate over an argmax outside the set.
        const int studentLabel =
            context.studentLabel >= 0 && context.studentLabel < int(probabilities.size())
                ? context.studentLabel
                : predicted;
        item.suggestedLabel = studentLabel;
        const bool inCandidates = candidateSet.contains(predicted);

        explainMissingAnswer();
        if (unreadable) {
            const double strength = 1.0 - 0.5 * confidence;
            contributions.append({ReviewReason::ParseFailure, m_weights.parseFailure * strength});
            addExplanation([&] {
                return ReviewRankerText::tr(
                           "the teacher gave no usable label; the student says %1 (%2)")
                    .arg(name(predicted), percent(confidence));
            });
        }
        if (!candidates.isEmpty() && !inCandidates && !(studentFlags & InHc)) {
            const double strength = 0.5 + 0.5 * (1.0 - confidence);
            contributions.append({ReviewReason::Disagreement, m_weights.disagreement * strength});
            addExplanation([&] {
                QString text = ReviewRankerText::tr(
                                   "the student says %1 (%2), outside the teacher's candidates")
                                   .arg(name(predicted), percent(confidence));
                if (studentLabel != predicted)
                    text +=
                        QStringLiteral("; ") +
                        ReviewRankerText::tr("its label among them is %1 (%2)")
                            .arg(name(studentLabel), percent(probabilities[size_t(studentLabel)]));
                return text;
            });
        } else if (!candidates.isEmpty() && inCandidates && predicted != candidates.first()) {
            const double strength = 0.5 * (1.0 - confidence);
            contributions.append({ReviewReason::Disagreement, m_weights.disagreement * strength});
            addExplanation([&] {
                return ReviewRankerText::tr("the teacher prefers %1, the student %2 (%3)")
                    .arg(name(candidates.first()), name(predicted), percent(confidence));
            });
        }
        if (candidateSet.size() > 1) {
            float first = -1.f;
            float second = -1.f;
            int firstLabel = -1;
            int secondLabel = -1;
            for (int label : candidateSet) {
                const float p =
                    label < int(probabilities.size()) ? probabilities[size_t(label)] : 0.f;
                if (p > first) {
                    second = first;
                    secondLabel = firstLabel;
                    first = p;
                    firstLabel = label;
                } else if (p > second) {
                    second = p;
                    secondLabel = label;
                }
            }
            const double margin = double(first) - double(second);
            if (margin < m_weights.narrowMargin) {
                const double strength = 1.0 - margin / m_weights.narrowMargin;
                contributions.append({ReviewReason::NarrowMargin, m_weights.margin * strength});
                addExplanation([&] {
                    return ReviewRankerText::tr("%1 vs %2: margin %3")
                        .arg(name(firstLabel), name(secondLabel))
                        .arg(margin, 0, 'f', 2);
                });
            }
        }
        // The flags keep the student's own opinion, the stored label may be the posterior's:
        // a confident student outside the set overrules the teacher only where the label left
        // the set with it; where the label stayed within, the teacher's prior won against it.
        const bool labelInCandidates = !candidates.isEmpty() && candidates.contains(studentLabel);
        if ((studentFlags & InHc) && !labelInCandidates) {
            contributions.append({ReviewReason::StudentOverrule, m_weights.overrule * confidence});
            addExplanation([&] {
                return ReviewRankerText::tr("the student overrules the teacher with %1 (%2)")
                    .arg(name(predicted), percent(confidence));
            });
        }
        if ((studentFlags & InOut) && labelInCandidates) {
            const double strength = (studentFlags & InHc) ? 1.0 : 0.5;
            contributions.append(
                {ReviewReason::Disagreement, m_weights.labelAgainstStudent * strength});
            addExplanation([&] {
                return (studentFlags & InHc)
                           ? ReviewRankerText::tr("the student was sure of a label outside the "
                                                  "teacher's candidates; %1 stays")
                                 .arg(name(studentLabel))
                           : ReviewRankerText::tr("the student leant to a label outside the "
                                                  "teacher's candidates; %1 stays")
                                 .arg(name(studentLabel));
            });
        }
        double normalisedEntropy = 0;
        if (labelNames.size() > 1) {
            double entropy = 0;
            for (float p : probabilities) {
                if (p > 0)
                    entropy -= double(p) * std::log(double(p));
            }
            normalisedEntropy = entropy / std::log(double(labelNames.size()));
            contributions.append({ReviewReason::Uncertain, m_weights.entropy * normalisedEntropy});
        }
        // Without a stronger signal the numbers themselves are the reason: "unsure" only when
        // the student's probabilities are spread out.
        if (withExplanation && explanations.isEmpty()) {
            const QString says =
                ReviewRankerText::tr("the student says %1 (%2)")
                    .arg(name(studentLabel), percent(probabilities[size_t(studentLabel)]));
            if (normalisedEntropy >= kUnsureEntropy)
                explanations << ReviewRankerText::tr("the student is unsure") +
                                    QStringLiteral(": ") + says;
            else if (!candidates.isEmpty() && studentLabel == candidates.first())
                explanations << ReviewRankerText::tr(
                                    "the student agrees with the teacher on %1 (%2)")
                                    .arg(name(studentLabel),
                                         percent(probabilities[size_t(studentLabel)]));
            else
                explanations << says;
        }
    }

    for (const Contribution &contribution : contributions)
        item.score += contribution.value;
    const auto strongest = std::max_element(
        contributions.begin(), contributions.end(),
        [](const Contribution &a, const Contribution &b) { return a.value < b.value; });
    if (strongest != contributions.end())
        item.reason = strongest->reason;
    if (withExplanation)
        item.explanation = explanations.join(QStringLiteral("; "));
    return item;
}

// Scores one review_query row.
static ReviewItem scoreRow(const ReviewRanker &ranker, const review_query::ReviewRow &row,
                           const QStringList &labelNames, std::vector<float> &probabilities,
                           bool withExplanation)
{
    const QVector<int> candidates =
        row.teacherOk ? decodeIndexList(row.candidates) : QVector<int>();
    probabilities.resize(size_t(row.probabilities.size()) / sizeof(float));
    std::memcpy(probabilities.data(), row.probabilities.constData(),
                probabilities.size() * sizeof(float));
    ReviewItem item = ranker.score(row.row, candidates, probabilities, row.studentFlags, labelNames,
                                   withExplanation, {row.teacherStatus, row.studentLabel});
    item.skipped = row.skipped;
    return item;
}

// Scores one sample with its explanation through `reader`, so that explaining many rows
// prepares the query and reads the schema once.
static std::optional<ReviewItem> explainRow(const ReviewRanker &ranker,
                                            review_query::RowReader &reader, SampleRow row,
                                            const QStringList &labelNames)
{
    const std::optional<review_query::ReviewRow> read = reader.read(row);
    if (!read)
        return std::nullopt;
    std::vector<float> probabilities;
    return scoreRow(ranker, *read, labelNames, probabilities, true);
}

std::optional<ReviewItem> ReviewRanker::explain(const ProjectStore &store, SampleRow row) const
{
    review_query::RowReader reader(store);
    return explainRow(*this, reader, row, store.labelSchema().names());
}

QVector<ReviewItem> ReviewRanker::rank(const ProjectStore &store, int limit) const
{
    const QStringList labelNames = store.labelSchema().names();
    QVector<ReviewItem> items;
    if (storedScoresAreCurrent(store)) {
        review_score_query::forEachQueued(store, [&](const review_score_query::StoredScore &score) {
            ReviewItem item;
            item.row = score.row;
            item.score = score.score;
            item.reason = ReviewReason(score.reason);
            item.suggestedLabel = score.suggestedLabel;
            item.skipped = score.skipped;
            items.append(item);
        });
    } else {
        QVector<ReviewItem> skipped;
        std::vector<float> probabilities;
        review_query::forEachUndecided(store, [&](const review_query::ReviewRow &row) {
            const ReviewItem item = scoreRow(*this, row, labelNames, probabilities, false);
            (item.skipped ? skipped : items).append(item);
        });
        const auto byScore = [](const ReviewItem &a, const ReviewItem &b) {
            return a.score != b.score ? a.score > b.score : a.row < b.row;
        };
        std::sort(items.begin(), items.end(), byScore);
        std::sort(skipped.begin(), skipped.end(), byScore);
        items += skipped;
    }
    if (limit >= 0) {
        if (items.size() > limit)
            items.resize(limit);
        review_query::RowReader reader(store);
        for (ReviewItem &item : items)
            item.explanation = explainRow(*this, reader, item.row, labelNames)->explanation;
    }
    return items;
}

QVector<ReviewItem> ReviewRanker::rank(ProjectStore &store, int limit) const
{
    ensureStoredScores(store);
    return rank(std::as_const(store), limit);
}

void ReviewRanker::storeScores(ProjectStore &store) const
{
    const QStringList labelNames = store.labelSchema().names();
    review_score_query::ScoreWriter writer(store, weightsKey());
    std::vector<float> probabilities;
    review_query::forEachSample(store, [&](const review_query::ReviewRow &row) {
        const ReviewItem item = scoreRow(*this, row, labelNames, probabilities, false);
        writer.add({item.row, item.score, int(item.reason), item.suggestedLabel, false});
    });
    writer.commit();
}

bool ReviewRanker::storedScoresAreCurrent(const ProjectStore &store) const
{
    return review_score_query::scoresAreCurrent(store, weightsKey());
}

bool ReviewRanker::ensureStoredScores(ProjectStore &store) const
{
    if (storedScoresAreCurrent(store))
        return true;
    try {
        storeScores(store);
        return true;
    } catch (const Error &) {
        // The stored scores are a cache: when they cannot be written (another connection holds
        // the write lock past the busy timeout, a read-only file), ranking streams instead and
        // gives the same order.
        return false;
    }
}

} // namespace candist
