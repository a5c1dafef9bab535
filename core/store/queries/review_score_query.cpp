#include "store/queries/review_score_query.h"

#include <algorithm>
#include <cstdint>
#include <vector>

#include "model/annotation.h"
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
    // One scan of the covering score index, with the decisions held beside it as a byte per
    // row: a join looked up every row's (mostly absent) decision in human_labels, which tripled
    // the scan (0.34 s of CPU against 0.10 s at a million samples). Skipped samples are kept
    // aside in score order and come after the undecided ones.
    enum : std::uint8_t
    {
        Undecided = 0,
        Labelled = 1,
        Skipped = 2
    };
    std::vector<std::uint8_t> decided;
    sql::NativeStatement decisions(store.database(),
                                   QStringLiteral("SELECT sample_row, action FROM human_labels"));
    while (decisions.next()) {
        const qint64 row = decisions.int64(0);
        if (row < 0)
            continue;
        if (size_t(row) >= decided.size())
            decided.resize(std::max(size_t(row) + 1, decided.size() * 2), Undecided);
        decided[size_t(row)] = decisions.int64(1) == int(HumanAction::Skip) ? Skipped : Labelled;
    }
    sql::NativeStatement scores(
        store.database(),
        QStringLiteral("SELECT sample_row, score, reason, suggested FROM review_scores "
                       "ORDER BY score DESC, sample_row"));
    StoredScore score;
    std::vector<StoredScore> skipped;
    while (scores.next()) {
        const qint64 row = scores.int64(0);
        const std::uint8_t state =
            row >= 0 && size_t(row) < decided.size() ? decided[size_t(row)] : Undecided;
        if (state == Labelled)
            continue;
        readStoredScore(scores, score, state == Skipped);
        if (state == Skipped)
            skipped.push_back(score);
        else
            visit(score);
    }
    for (const StoredScore &later : skipped)
        visit(later);
}

} // namespace candist::review_score_query
