#pragma once

#include <optional>
#include <vector>

#include <QJsonObject>
#include <QString>
#include <QVector>

#include "model/annotation.h"

namespace candist {

class ProjectStore;

// Why a sample is worth a human's time (candist-method.md §5), strongest first.
enum class ReviewReason : int
{
    Disagreement = 0,    // the student disagrees with the teacher and is unsure, or the label
                         // stays within the teacher's candidates against the student's choice
    NarrowMargin = 1,    // several candidates and a small margin between the student's top two
    StudentOverrule = 2, // D_hc: the student overrules the teacher with high confidence
    ParseFailure = 3,    // the teacher gave no usable label (or no teacher answer at all)
    Uncertain = 4,       // none of the above; ranked by the student's entropy alone
};

QString reviewReasonName(ReviewReason reason);

struct ReviewWeights
{
    // Each signal contributes weight × strength (strength in [0, 1]); the weights order the
    // signals against each other, the strengths order samples within a signal.
    //
    // The defaults lead with the stored probabilities' entropy and the label kept against the
    // student: the stored probabilities are the posterior that already weighs the teacher's
    // candidates by the teacher's fitted reliability, so its spread is the best gold-free
    // measure of doubt, and the candidate-set signals counted twice what it holds (measured in
    // docs/label-quality.md, "The review queue's top 5 %": the top 5 % of the queue held wrong
    // labels at 2.14–3.28 times the base rate on weak simulated teachers with the earlier
    // 4 / 2 / 1 / 3 / 0.5 weights, 3.5–5.8 with these). The other signals break ties.
    double disagreement = 0.25;
    double margin = 0.1;
    double overrule = 0.1;
    double parseFailure = 3.0;
    double entropy = 8.0;
    // The student's own (out-of-fold) choice lies outside the teacher's candidates (flag InOut),
    // but the label stays within them: the two witnesses disagree and the teacher's side won
    // only through its prior. Strength 1 where the student was confident (InHc), else 0.5.
    double labelAgainstStudent = 2.0;
    // A margin at or above this no longer counts as narrow.
    double narrowMargin = 0.3;

    QJsonObject toJson() const;
    static ReviewWeights fromJson(const QJsonObject &json);
    // The project's weights (project meta "review.weights"), the defaults where it has none.
    static ReviewWeights ofProject(const ProjectStore &store);
};

struct ReviewItem
{
    SampleRow row = 0;
    double score = 0;
    ReviewReason reason = ReviewReason::Uncertain; // the signal that contributed most
    QString explanation;                           // one line for people: numbers included
    int suggestedLabel = -1;                       // what Enter accepts: the student's label
    bool skipped = false;                          // a human looked and was unsure
};

// What the numbers alone do not say about a sample to score (ReviewRanker::score).
struct ReviewContext
{
    // Why `candidates` is empty: ParseFailed (no usable label), TransportFailed (not reached)
    // or Pending (never sent); only an unreadable answer is a review signal.
    TeacherStatus teacherStatus = TeacherStatus::ParseFailed;
    // The student's stored label, which its final-label policy may take from the candidates
    // rather than its argmax; -1: the argmax.
    int studentLabel = -1;
};

// Orders the samples without a human label by how much a human answer is worth, best first.
// Skipped samples come last (in the same order among themselves). Streams the project once, so
// a 1,000,000-sample project ranks in seconds, in a worker thread.
class ReviewRanker
{
public:
    explicit ReviewRanker(ReviewWeights weights = {});

    // Items carry an explanation when `limit` >= 0 (a bounded list for people); an unbounded
    // queue leaves them empty to stay compact, and a view explains the rows it shows via
    // explain().
    //
    // The order comes from the scores stored in the project (store/queries/review_score_query.h)
    // when they are current for these weights: an index scan instead of scoring every sample.
    // Otherwise this overload streams and scores the project, as fast as it can without writing.
    QVector<ReviewItem> rank(const ProjectStore &store, int limit = -1) const;
    // The same, but first stores the scores when they are stale (new teacher or student results,
    // other weights, new samples or labels), so that later rankings and the table's review
    // order read them. One write of every sample's score after results land, none after a
    // human decision.
    QVector<ReviewItem> rank(ProjectStore &store, int limit = -1) const;
    // Scores every sample (decided ones too, so that an undo finds its score) and stores the
    // scores for these weights, in one transaction.
    void storeScores(ProjectStore &store) const;
    // Whether the project's stored scores are those of these weights and its current results.
    bool storedScoresAreCurrent(const ProjectStore &store) const;
    // Stores the scores when they are stale; true when they are current afterwards.
    bool ensureStoredScores(ProjectStore &store) const;

    // The scored item for one sample, with its explanation; std::nullopt for an unknown row.
    std::optional<ReviewItem> explain(const ProjectStore &store, SampleRow row) const;

    // Scores one sample. `candidates` empty means the teacher gave no usable answer (see
    // ReviewContext::teacherStatus); `probabilities` empty means no student output yet. The
    // suggestion is the student's label, else the teacher's first candidate.
    ReviewItem score(SampleRow row, const QVector<int> &candidates,
                     const std::vector<float> &probabilities, quint8 studentFlags,
                     const QStringList &labelNames, bool withExplanation = true,
                     const ReviewContext &context = {}) const;

private:
    // What the stored scores record as computed for: the weights, exactly.
    QString weightsKey() const;

    ReviewWeights m_weights;
};

} // namespace candist
