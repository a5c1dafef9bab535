#include "store/schema_migrations.h"

#include <QStringList>

#include "model/annotation.h"
#include "model/error.h"
#include "store/queries/review_score_query.h"
#include "store/sql_helpers.h"
#include "store/store_text.h"

namespace candist {

namespace {

// "CAND" in ASCII: lets `file` and our own open() tell a project from any other SQLite file.
constexpr int kApplicationId = 0x43414E44;

const QStringList kMigrationV1 = {
    QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
    QStringLiteral(
        "CREATE TABLE project_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE labels ("
                   " idx INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                   " description TEXT NOT NULL DEFAULT '', aliases TEXT NOT NULL DEFAULT '[]',"
                   " hotkey TEXT NOT NULL DEFAULT '', color TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE samples ("
                   " row INTEGER PRIMARY KEY, ext_id TEXT NOT NULL UNIQUE, text TEXT NOT NULL,"
                   " metadata TEXT)"),
    // Gold is kept out of `samples` so that nothing the teacher or student reads can include it.
    QStringLiteral("CREATE TABLE gold_labels ("
                   " sample_row INTEGER PRIMARY KEY REFERENCES samples(row) ON DELETE CASCADE,"
                   " label INTEGER NOT NULL)"),
    QStringLiteral("CREATE TABLE teacher_results ("
                   " sample_row INTEGER PRIMARY KEY REFERENCES samples(row) ON DELETE CASCADE,"
                   " strategy TEXT NOT NULL, status INTEGER NOT NULL,"
                   " candidates TEXT NOT NULL DEFAULT '', first_candidate INTEGER,"
                   " set_size INTEGER NOT NULL DEFAULT 0, votes TEXT NOT NULL DEFAULT '',"
                   " confidence REAL, raw_response TEXT NOT NULL DEFAULT '',"
                   " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                   " completion_tokens INTEGER NOT NULL DEFAULT 0,"
                   " latency_ms INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX teacher_results_by_status ON teacher_results(status)"),
    QStringLiteral("CREATE TABLE response_cache ("
                   " key TEXT PRIMARY KEY, response TEXT NOT NULL,"
                   " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                   " completion_tokens INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)"
                   " WITHOUT ROWID"),
    QStringLiteral("CREATE TABLE distillation_runs ("
                   " id INTEGER PRIMARY KEY, method TEXT NOT NULL, parameters TEXT NOT NULL,"
                   " status TEXT NOT NULL, started_at INTEGER NOT NULL, finished_at INTEGER,"
                   " summary TEXT NOT NULL DEFAULT '{}')"),
    QStringLiteral("CREATE TABLE run_epochs ("
                   " run_id INTEGER NOT NULL REFERENCES distillation_runs(id) ON DELETE CASCADE,"
                   " epoch INTEGER NOT NULL, metrics TEXT NOT NULL, PRIMARY KEY (run_id, epoch))"
                   " WITHOUT ROWID"),
    // margin and entropy are derived from `probabilities` at write time so that a 1M-row table
    // can sort and filter by them in SQL.
    QStringLiteral("CREATE TABLE student_results ("
                   " sample_row INTEGER PRIMARY KEY REFERENCES samples(row) ON DELETE CASCADE,"
                   " run_id INTEGER NOT NULL, probabilities BLOB NOT NULL,"
                   " predicted INTEGER NOT NULL, confidence REAL NOT NULL,"
                   " margin REAL NOT NULL, entropy REAL NOT NULL, flags INTEGER NOT NULL)"),
    QStringLiteral("CREATE TABLE human_labels ("
                   " sample_row INTEGER PRIMARY KEY REFERENCES samples(row) ON DELETE CASCADE,"
                   " action INTEGER NOT NULL, label INTEGER, decided_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE TABLE human_log ("
                   " id INTEGER PRIMARY KEY, sample_row INTEGER NOT NULL, action INTEGER NOT NULL,"
                   " label INTEGER, decided_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE INDEX human_log_by_sample ON human_log(sample_row)"),
    // Provenance order: a human decision beats the student, which beats the teacher's first
    // candidate. Skips (action 1) keep the machine label. A view cannot bind parameters and its
    // text is stored in every project file, so the enum values are written as numbers here and
    // pinned by the static_asserts below.
    QStringLiteral(
        "CREATE VIEW final_labels AS SELECT s.row AS sample_row,"
        " CASE WHEN h.action = 0 THEN h.label WHEN st.predicted IS NOT NULL THEN st.predicted"
        "      WHEN t.status = 1 THEN t.first_candidate END AS label,"
        " CASE WHEN h.action = 0 THEN 3 WHEN st.predicted IS NOT NULL THEN 2"
        "      WHEN t.status = 1 THEN 1 ELSE 0 END AS source,"
        " CASE WHEN h.action = 0 THEN 1.0 WHEN st.predicted IS NOT NULL THEN st.confidence"
        "      WHEN t.status = 1 THEN t.confidence END AS confidence"
        " FROM samples s"
        " LEFT JOIN human_labels h ON h.sample_row = s.row"
        " LEFT JOIN student_results st ON st.sample_row = s.row"
        " LEFT JOIN teacher_results t ON t.sample_row = s.row"),
};

// The numbers the final_labels view (and so every project file) stores.
static_assert(int(HumanAction::Label) == 0 && int(HumanAction::Skip) == 1);
static_assert(int(TeacherStatus::Ok) == 1);
static_assert(int(LabelSource::None) == 0 && int(LabelSource::Teacher) == 1 &&
              int(LabelSource::Student) == 2 && int(LabelSource::Human) == 3);

// Spot checks (docs/label-quality.md): a uniform random sample of the samples without a human
// label, answered by a human, estimates how often the machine's labels are right.
const QStringList kMigrationV2 = {
    // Who decided: the CLI's resolve records an annotator name, the window leaves it empty.
    QStringLiteral("ALTER TABLE human_labels ADD COLUMN annotator TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE human_log ADD COLUMN annotator TEXT NOT NULL DEFAULT ''"),
    // `position` is the draw order, itself random: the order a blind review shows them in.
    // `draw` groups one spot-check command, whose seed it keeps so that a draw can be repeated.
    QStringLiteral("CREATE TABLE spot_checks ("
                   " sample_row INTEGER PRIMARY KEY REFERENCES samples(row) ON DELETE CASCADE,"
                   " position INTEGER NOT NULL UNIQUE, draw INTEGER NOT NULL,"
                   " seed INTEGER NOT NULL, drawn_at INTEGER NOT NULL)"),
    // The label a sample would leave with if no human had decided it: what the spot checks
    // estimate the accuracy of. final_labels is this with the human decision on top; it keeps its
    // own text because the million-row table queries are planned against it as it is.
    QStringLiteral(
        "CREATE VIEW machine_labels AS SELECT s.row AS sample_row,"
        " CASE WHEN st.predicted IS NOT NULL THEN st.predicted"
        "      WHEN t.status = 1 THEN t.first_candidate END AS label,"
        " CASE WHEN st.predicted IS NOT NULL THEN 2 WHEN t.status = 1 THEN 1 ELSE 0 END AS source,"
        " CASE WHEN st.predicted IS NOT NULL THEN st.confidence"
        "      WHEN t.status = 1 THEN t.confidence END AS confidence"
        " FROM samples s"
        " LEFT JOIN student_results st ON st.sample_row = s.row"
        " LEFT JOIN teacher_results t ON t.sample_row = s.row"),
};

// Million-sample speed (issue 17): every order the sample table offers is an index scan, and the
// review queue is read in the stored order of its scores instead of being ranked at each opening.
const QStringList kMigrationV3 = {
    // student_results and teacher_results key on sample_row (the rowid), so each index below
    // orders (value, sample row): ascending and descending scans need no sort.
    SchemaMigrations::studentResultIndexes().at(0).second,
    SchemaMigrations::studentResultIndexes().at(1).second,
    SchemaMigrations::studentResultIndexes().at(2).second,
    SchemaMigrations::studentResultIndexes().at(3).second,
    QStringLiteral("CREATE INDEX teacher_results_by_set_size ON teacher_results(set_size)"),
    // core/review's score of every sample for the weights recorded in project meta
    // "review.scores_for" (store/queries/review_score_query.h). Human decisions do not change a
    // score, so deciding and undoing never rewrite this table; the queue filters them out.
    QStringLiteral("CREATE TABLE review_scores ("
                   " sample_row INTEGER PRIMARY KEY REFERENCES samples(row) ON DELETE CASCADE,"
                   " score REAL NOT NULL, reason INTEGER NOT NULL, suggested INTEGER NOT NULL)"),
    review_score_query::scoreIndexStatement(),
};

// Flags and comments (issue 15): an annotator marks a sample for discussion, as bad text or as a
// gap in the schema, and may comment on it. A sample without either has no row, so the table
// stays as small as the notes people write.
const QStringList kMigrationV4 = {
    QStringLiteral("CREATE TABLE sample_notes ("
                   " sample_row INTEGER PRIMARY KEY REFERENCES samples(row) ON DELETE CASCADE,"
                   " flags INTEGER NOT NULL DEFAULT 0, comment TEXT NOT NULL DEFAULT '',"
                   " updated_at INTEGER NOT NULL, CHECK (flags != 0 OR comment != ''))"),
    // Orders (flags, sample row): the table's sort by flags is an index scan, and a flag filter
    // reads the notes, never the million samples.
    QStringLiteral("CREATE INDEX sample_notes_by_flags ON sample_notes(flags)"),
};

const QVector<QStringList> &migrations()
{
    static const QVector<QStringList> all = {kMigrationV1, kMigrationV2, kMigrationV3,
                                             kMigrationV4};
    return all;
}

} // namespace

const QVector<QPair<QString, QString>> &SchemaMigrations::studentResultIndexes()
{
    // A function's static: the migrations' statement lists are built during static
    // initialisation and read these.
    static const QVector<QPair<QString, QString>> indexes = [] {
        QVector<QPair<QString, QString>> result;
        for (const char *column : {"confidence", "margin", "entropy", "predicted"}) {
            const QString name = QStringLiteral("student_results_by_%1").arg(QLatin1String(column));
            result.append({name, QStringLiteral("CREATE INDEX %1 ON student_results(%2)")
                                     .arg(name, QLatin1String(column))});
        }
        return result;
    }();
    return indexes;
}

int SchemaMigrations::latestVersion()
{
    return int(migrations().size());
}

int SchemaMigrations::currentVersion(const QSqlDatabase &database, const QString &path)
{
    const int tableCount =
        sql::scalar(database, QStringLiteral("SELECT count(*) FROM sqlite_schema")).toInt();
    if (tableCount == 0)
        return 0;
    const int applicationId =
        sql::scalar(database, QStringLiteral("PRAGMA application_id")).toInt();
    const bool hasVersionTable =
        sql::scalar(database,
                    QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                                   "name = 'schema_version'"))
            .toInt() == 1;
    if (applicationId != kApplicationId || !hasVersionTable) {
        throw Error(
            Error::Kind::Database, {path},
            StoreText::tr("not a CanDist project (an SQLite database of another application)"));
    }
    return sql::scalar(database, QStringLiteral("SELECT max(version) FROM schema_version")).toInt();
}

void SchemaMigrations::migrate(const QSqlDatabase &database, const QString &path)
{
    const int version = currentVersion(database, path);
    if (version > latestVersion()) {
        throw Error(
            Error::Kind::Database, {path},
            StoreText::tr("written by a newer CanDist Workbench (project schema %1; this "
                          "version reads schemas up to %2). Update the workbench to open it.")
                .arg(version)
                .arg(latestVersion()));
    }
    if (version == latestVersion())
        return;
    if (version == 0)
        sql::exec(database, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
    for (int next = version + 1; next <= latestVersion(); ++next) {
        for (const QString &statement : migrations().at(next - 1))
            sql::exec(database, statement);
    }
    sql::exec(database, QStringLiteral("DELETE FROM schema_version"));
    sql::exec(database, QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"),
              {latestVersion()});
}

} // namespace candist
