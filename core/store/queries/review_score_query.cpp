#include "store/queries/review_score_query.h"

#include "store/sql_helpers.h"

namespace candist::review_score_query {

namespace {

const QString kStampKey = QStringLiteral("review.scores_for");

QString stampFor(const ProjectStore &store, const QString &weightsKey)
{
    const QString inputs =
        sql::scalar(store.database(),
                    QStringLiteral("SELECT (SELECT count(*) FROM labels) || ' labels, samples to ' "
                                   "|| coalesce((SELECT max(row) FROM samples), 0)"))
            .toString();
    return weightsKey + QStringLiteral(" / ") + inputs;
}

void readStoredScore(const sql::NativeStatement &query, StoredScore &out, bool skipped)
{
    out.row = query.int64(0);
    out.score = query.real(1);
    out.reason = int(query.int64(2));
    out.suggestedLabel = int(query.int64(3));
    out.skipped = skipped;
}

} // namespace

const QString &scoreIndexStatement()
{
    // Covering: the queue reads score, reason and suggestion from the index alone, in its order;
    // looking each row up in the table would cost more than scoring it again. (A function's
    // static: the schema's statement lists are built during static initialisation.)
    // sample_row comes second: ties go by row without a sort of each run of equal scores.
    static const QString statement =
        QStringLiteral("CREATE INDEX review_scores_by_score ON review_scores(score DESC, "
                       "sample_row, reason, suggested)");
    return statement;
}

bool scoresAreCurrent(const ProjectStore &store, const QString &weightsKey)
{
    const QString stored = store.metaValue(kStampKey);
    return !stored.isEmpty() && stored == stampFor(store, weightsKey);
}

void markStale(ProjectStore &store)
{
    sql::exec(store.database(), QStringLiteral("DELETE FROM project_meta WHERE key = ?"),
              {kStampKey});
}

struct ScoreWriter::State
{
    State(ProjectStore &store, const QString &weightsKey)
        : store(store), transaction(store), weightsKey(weightsKey)
    {}
    ProjectStore &store;
    ProjectStore::Transaction transaction;
    QString weightsKey;
    std::unique_ptr<sql::NativeStatement> insert;
};

ScoreWriter::ScoreWriter(ProjectStore &store, const QString &weightsKey)
    : m_state(std::make_unique<State>(store, weightsKey))
{
    markStale(store);
    sql::exec(store.database(), QStringLiteral("DELETE FROM review_scores"));
    // Filling the table in row order and indexing it once costs less than keeping the score
    // index sorted through a million random inserts.
    sql::exec(store.database(), QStringLiteral("DROP INDEX IF EXISTS review_scores_by_score"));
    m_state->insert = std::make_unique<sql::NativeStatement>(
        store.database(), QStringLiteral("INSERT INTO review_scores (sample_row, score, reason, "
                                         "suggested) VALUES (?, ?, ?, ?)"));
}

ScoreWriter::~ScoreWriter() = default;

void ScoreWriter::add(const StoredScore &score)
{
    sql::NativeStatement &insert = *m_state->insert;
    insert.bindInt64(1, score.row);
    insert.bindDouble(2, score.score);
    insert.bindInt64(3, score.reason);
    insert.bindInt64(4, score.suggestedLabel);
    insert.run();
}

void ScoreWriter::commit()
{
    ProjectStore &store = m_state->store;
    sql::exec(store.database(), scoreIndexStatement());
    store.setMetaValue(kStampKey, stampFor(store, m_state->weightsKey));
    m_state->transaction.commit();
}

void forEachQueued(const ProjectStore &store, const std::function<void(const StoredScore &)> &visit)
{
    // The undecided samples as an ordered scan of review_scores_by_score with a lookup of their
    // (absent) decision; then the few skipped ones from the decisions outwards (CROSS JOIN fixes
    // that order: scanning every score again for them cost 0.25 s at a million samples).
    const QString columns = QStringLiteral("SELECT r.sample_row, r.score, r.reason, r.suggested");
    const QString order = QStringLiteral(" ORDER BY r.score DESC, r.sample_row");
    StoredScore score;
    sql::NativeStatement undecided(
        store.database(),
        columns +
            QStringLiteral(" FROM review_scores r LEFT JOIN human_labels h ON h.sample_row = "
                           "r.sample_row WHERE h.sample_row IS NULL") +
            order);
    while (undecided.next()) {
        readStoredScore(undecided, score, false);
        visit(score);
    }
    sql::NativeStatement skipped(
        store.database(),
        columns +
            QStringLiteral(" FROM human_labels h CROSS JOIN review_scores r ON r.sample_row = "
                           "h.sample_row WHERE h.action = ?") +
            order);
    skipped.bindInt64(1, int(HumanAction::Skip));
    while (skipped.next()) {
        readStoredScore(skipped, score, true);
        visit(score);
    }
}

} // namespace candist::review_score_query
