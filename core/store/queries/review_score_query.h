#pragma once

#include <functional>
#include <memory>

#include <QString>

#include "store/project_store.h"

namespace candist::review_score_query {

// The review queue's scores as stored in the project (table review_scores, schema 3), so that
// the queue opens as an ordered index scan instead of ranking every sample at each opening.
// core/review computes them (ReviewRanker); the store keeps them with a stamp of what they were
// computed from: the weights, the number of labels and the samples. Saving teacher or student
// results drops the stamp in the same transaction; human decisions leave the scores as they are
// (a score does not depend on them: the queue leaves decided samples out when it is read).
struct StoredScore
{
    SampleRow row = 0;
    double score = 0;
    int reason = 0;
    int suggestedLabel = -1;
    bool skipped = false; // when read: a human looked and skipped
};

// The statement that creates the index the queue is read in (schema 3 and every rewrite).
const QString &scoreIndexStatement();

// Whether the stored scores were computed for `weightsKey` (the ranker's own description of its
// weights) and for the project's current samples, labels and results.
bool scoresAreCurrent(const ProjectStore &store, const QString &weightsKey);

// Marks the stored scores stale; the store's writers of teacher and student results call it in
// their transaction.
void markStale(ProjectStore &store);

// Replaces every stored score in one transaction; commit() records the stamp for `weightsKey`.
class ScoreWriter
{
public:
    ScoreWriter(ProjectStore &store, const QString &weightsKey);
    ~ScoreWriter();
    ScoreWriter(const ScoreWriter &) = delete;
    ScoreWriter &operator=(const ScoreWriter &) = delete;

    void add(const StoredScore &score);
    void commit();

private:
    struct State;
    std::unique_ptr<State> m_state;
};

// The queue in stored order: the samples without a decision, best score first (ties by row),
// then the skipped ones the same way.
void forEachQueued(const ProjectStore &store,
                   const std::function<void(const StoredScore &)> &visit);

} // namespace candist::review_score_query
