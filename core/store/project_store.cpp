#include "store/project_store.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <utility>

#include <QAtomicInteger>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>

#include "model/error.h"
#include "store/queries/review_score_query.h"
#include "store/schema_migrations.h"
#include "store/sql_helpers.h"
#include "store/store_text.h"

namespace candist {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong());
}

qint64 nowMsecs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// QtSql binds a null QString as SQL NULL; NOT NULL text columns want ''.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QByteArray encodeProbabilities(const std::vector<float> &probabilities)
{
    return QByteArray(reinterpret_cast<const char *>(probabilities.data()),
                      qsizetype(probabilities.size() * sizeof(float)));
}

std::vector<float> decodeProbabilities(const QByteArray &blob)
{
    std::vector<float> probabilities(size_t(blob.size()) / sizeof(float));
    std::memcpy(probabilities.data(), blob.constData(), probabilities.size() * sizeof(float));
    return probabilities;
}

const QString kTeacherColumns =
    QStringLiteral("sample_row, strategy, status, candidates, votes, raw_response, prompt_tokens, "
                   "completion_tokens, latency_ms");

TeacherResult teacherResultFromQuery(const QSqlQuery &query)
{
    TeacherResult result;
    result.row = query.value(0).toLongLong();
    result.strategy = query.value(1).toString();
    result.status = TeacherStatus(query.value(2).toInt());
    result.candidates = decodeIndexList(query.value(3).toString());
    result.votes = decodeIndexList(query.value(4).toString());
    result.rawResponse = query.value(5).toString();
    result.promptTokens = query.value(6).toInt();
    result.completionTokens = query.value(7).toInt();
    result.latencyMs = query.value(8).toInt();
    return result;
}

Sample sampleFromQuery(const QSqlQuery &query)
{
    return Sample{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                  query.value(3).toString()};
}

} // namespace

// -- Lifetime -------------------------------------------------------------------------------------

namespace {

// Student results written in one transaction from which rebuilding the sort indexes at the end
// beats maintaining them row by row (measured on 1,000,000 rows: docs/architecture.md).
constexpr qint64 kRebuildIndexesFromRows = 50000;

// What each store's open transaction wrote of student results, and whether it dropped their sort
// indexes (rebuilt before it commits). Kept beside the stores rather than in them so that
// project_store.h, which nearly every file includes, stays as it is.
struct StudentWrites
{
    qint64 rows = 0;
    bool indexesDropped = false;
};

class StudentWriteBook
{
public:
    StudentWrites take(const ProjectStore *store)
    {
        const QMutexLocker lock(&m_mutex);
        return m_writes.take(store);
    }
    StudentWrites add(const ProjectStore *store, qint64 rows)
    {
        const QMutexLocker lock(&m_mutex);
        StudentWrites &writes = m_writes[store];
        writes.rows += rows;
        return writes;
    }
    void markDropped(const ProjectStore *store)
    {
        const QMutexLocker lock(&m_mutex);
        m_writes[store].indexesDropped = true;
    }

private:
    QMutex m_mutex;
    QHash<const ProjectStore *, StudentWrites> m_writes;
};

StudentWriteBook &studentWrites()
{
    static StudentWriteBook book;
    return book;
}

} // namespace

ProjectStore::ProjectStore(const QString &path, OpenMode mode)
    : m_path(path), m_connectionName(QStringLiteral("candist-store-%1").arg(++g_connectionCounter))
{
    const QFileInfo info(path);
    if (!info.exists() && mode == OpenMode::OpenExisting)
        throw Error(Error::Kind::FileSystem, {path}, StoreText::tr("no such project file"));
    if (info.exists() && !info.isFile())
        throw Error(Error::Kind::FileSystem, {path}, StoreText::tr("is not a file"));
    m_wasCreated = !info.exists();

    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(path);
    // Writers from other threads or processes wait instead of failing at once.
    database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!database.open()) {
        const QString reason = database.lastError().text();
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw Error(Error::Kind::FileSystem, {path},
                    StoreText::tr("cannot open project: %1").arg(reason));
    }
    try {
        // Reading the schema is the first real I/O: a non-SQLite file fails here.
        QSqlQuery probe(database);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
            throw Error(
                Error::Kind::Database, {path},
                StoreText::tr("not a CanDist project (%1)").arg(probe.lastError().databaseText()));
        }
        probe.finish();
        const QString journal =
            sql::scalar(database, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
        if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            throw Error(Error::Kind::Database, {path},
                        StoreText::tr("cannot switch the project to WAL mode"));
        sql::exec(database, QStringLiteral("PRAGMA synchronous = NORMAL"));
        sql::exec(database, QStringLiteral("PRAGMA foreign_keys = ON"));
        sql::exec(database, QStringLiteral("PRAGMA cache_size = -65536")); // 64 MiB
        sql::exec(database, QStringLiteral("PRAGMA temp_store = MEMORY"));
        Transaction transaction(*this);
        SchemaMigrations::migrate(database, path);
        transaction.commit();
    } catch (...) {
        database.close();
        database = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

ProjectStore::~ProjectStore()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        if (m_transactionDepth > 0)
            sql::exec(database, QStringLiteral("ROLLBACK"));
        database.close();
        studentWrites().take(this);
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase ProjectStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int ProjectStore::schemaVersion() const
{
    return SchemaMigrations::currentVersion(database(), m_path);
}

// -- Transactions ---------------------------------------------------------------------------------

void ProjectStore::beginTransaction()
{
    if (m_transactionDepth == 0) {
        // IMMEDIATE takes the write lock up front, so two writers queue on the busy timeout
        // instead of deadlocking on a read-to-write upgrade.
        sql::exec(database(), QStringLiteral("BEGIN IMMEDIATE"));
        m_rollbackPending = false;
        studentWrites().take(this);
    }
    ++m_transactionDepth;
}

void ProjectStore::commitTransaction()
{
    if (--m_transactionDepth > 0)
        return;
    if (m_rollbackPending) {
        sql::exec(database(), QStringLiteral("ROLLBACK"));
        m_rollbackPending = false;
        throw Error(Error::Kind::Database, {m_path},
                    StoreText::tr("changes were rolled back after an earlier failure"));
    }
    if (studentWrites().take(this).indexesDropped) {
        try {
            for (const auto &[name, statement] : SchemaMigrations::studentResultIndexes())
                sql::exec(database(), statement);
        } catch (const Error &) {
            QSqlQuery(database()).exec(QStringLiteral("ROLLBACK"));
            throw;
        }
    }
    sql::exec(database(), QStringLiteral("COMMIT"));
}

void ProjectStore::rollbackTransaction()
{
    if (--m_transactionDepth > 0) {
        m_rollbackPending = true;
        return;
    }
    m_rollbackPending = false;
    studentWrites().take(this); // the rollback restores the indexes
    QSqlQuery query(database());
    query.exec(QStringLiteral("ROLLBACK")); // never throws: runs from destructors
}

ProjectStore::Transaction::Transaction(ProjectStore &store) : m_store(store)
{
    m_store.beginTransaction();
}

ProjectStore::Transaction::~Transaction()
{
    if (!m_done)
        m_store.rollbackTransaction();
}

void ProjectStore::Transaction::commit()
{
    m_done = true;
    m_store.commitTransaction();
}

// -- Meta -----------------------------------------------------------------------------------------

QString ProjectStore::metaValue(const QString &key, const QString &fallback) const
{
    const QVariant value = sql::scalar(
        database(), QStringLiteral("SELECT value FROM project_meta WHERE key = ?"), {key});
    return value.isValid() ? value.toString() : fallback;
}

void ProjectStore::setMetaValue(const QString &key, const QString &value)
{
    sql::exec(database(),
              QStringLiteral("INSERT INTO project_meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {key, value});
}

// -- Labels ---------------------------------------------------------------------------------------

LabelSchema ProjectStore::labelSchema() const
{
    QVector<Label> labels;
    QSqlQuery query =
        sql::exec(database(),
                  QStringLiteral(
                      "SELECT name, description, aliases, hotkey, color FROM labels ORDER BY idx"));
    while (query.next()) {
        Label label;
        label.name = query.value(0).toString();
        label.description = query.value(1).toString();
        for (const QJsonValue &alias :
             QJsonDocument::fromJson(query.value(2).toString().toUtf8()).array())
            label.aliases << alias.toString();
        label.hotkey = query.value(3).toString();
        label.color = query.value(4).toString();
        labels << label;
    }
    return LabelSchema(labels);
}

void ProjectStore::setLabelSchema(const LabelSchema &schema)
{
    schema.validate(m_path);
    Transaction transaction(*this);
    const int oldSize =
        sql::scalar(database(), QStringLiteral("SELECT count(*) FROM labels")).toInt();
    if (schema.size() < oldSize) {
        const qint64 references =
            sql::scalar(database(), QStringLiteral("SELECT (SELECT count(*) FROM gold_labels) + "
                                                   "(SELECT count(*) FROM teacher_results) + "
                                                   "(SELECT count(*) FROM student_results) + "
                                                   "(SELECT count(*) FROM human_labels)"))
                .toLongLong();
        if (references > 0) {
            throw Error(
                Error::Kind::BadInput, {m_path},
                StoreText::tr("labels cannot be removed once samples are annotated (%1 annotations "
                              "refer to them); rename them instead")
                    .arg(references));
        }
    }
    sql::exec(database(), QStringLiteral("DELETE FROM labels"));
    QSqlQuery insert = sql::prepare(database(), QStringLiteral("INSERT INTO labels (idx, name, "
                                                               "description, aliases, hotkey, "
                                                               "color) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < schema.size(); ++i) {
        const Label &label = schema.at(i);
        insert.bindValue(0, i);
        insert.bindValue(1, text(label.name));
        insert.bindValue(2, text(label.description));
        insert.bindValue(3,
                         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(label.aliases))
                                               .toJson(QJsonDocument::Compact)));
        insert.bindValue(4, text(label.hotkey));
        insert.bindValue(5, text(label.color));
        sql::exec(insert);
    }
    transaction.commit();
}

// -- Samples --------------------------------------------------------------------------------------

qint64 ProjectStore::sampleCount() const
{
    return sql::scalar(database(), QStringLiteral("SELECT count(*) FROM samples")).toLongLong();
}

std::optional<SampleRow> ProjectStore::rowForId(const QString &id) const
{
    const QVariant row = sql::scalar(
        database(), QStringLiteral("SELECT row FROM samples WHERE ext_id = CAST(? AS TEXT)"),
        {sql::text(id)});
    return row.isValid() ? std::optional<SampleRow>(row.toLongLong()) : std::nullopt;
}

std::optional<SampleRow> ProjectStore::rowForText(const QString &text) const
{
    const QVariant row = sql::scalar(
        database(),
        QStringLiteral("SELECT row FROM samples WHERE text = CAST(? AS TEXT) ORDER BY row LIMIT 1"),
        {sql::text(text)});
    return row.isValid() ? std::optional<SampleRow>(row.toLongLong()) : std::nullopt;
}

std::optional<Sample> ProjectStore::sample(SampleRow row) const
{
    QSqlQuery query = sql::exec(
        database(), QStringLiteral("SELECT row, ext_id, text, metadata FROM samples WHERE row = ?"),
        {row});
    if (!query.next())
        return std::nullopt;
    return sampleFromQuery(query);
}

QVector<Sample> ProjectStore::samples(SampleRow afterRow, int limit) const
{
    QVector<Sample> result;
    QSqlQuery query = sql::exec(database(),
                                QStringLiteral("SELECT row, ext_id, text, metadata FROM samples "
                                               "WHERE row > ? ORDER BY row LIMIT ?"),
                                {afterRow, limit});
    while (query.next())
        result << sampleFromQuery(query);
    return result;
}

void ProjectStore::forEachSample(const std::function<void(const Sample &)> &visit) const
{
    QSqlQuery query = sql::exec(
        database(), QStringLiteral("SELECT row, ext_id, text, metadata FROM samples ORDER BY row"));
    while (query.next())
        visit(sampleFromQuery(query));
}

// Native statements: an import runs them a million times (see sql::NativeStatement).
struct ProjectStore::SampleInserter::Statements
{
    QSqlDatabase database;
    sql::NativeStatement sample;
    sql::NativeStatement gold;
    std::unique_ptr<sql::NativeStatement> batch; // prepared on first use
};

namespace {

QString insertSamplesStatement(size_t rows)
{
    QString statement =
        QStringLiteral("INSERT INTO samples (ext_id, text, metadata) VALUES (?, ?, ?)");
    for (size_t i = 1; i < rows; ++i)
        statement += QStringLiteral(", (?, ?, ?)");
    return statement;
}

void bindSample(sql::NativeStatement &statement, int first, QByteArrayView id, QByteArrayView text,
                QByteArrayView metadata)
{
    statement.bindText(first, id);
    statement.bindText(first + 1, text);
    if (metadata.isEmpty())
        statement.bindNull(first + 2);
    else
        statement.bindText(first + 2, metadata);
}

} // namespace

ProjectStore::SampleInserter::SampleInserter(ProjectStore &store)
    : m_statements(new Statements{
          store.database(),
          {store.database(), insertSamplesStatement(1)},
          {store.database(),
           QStringLiteral("INSERT INTO gold_labels (sample_row, label) VALUES (?, ?)")},
          {}})
{}

ProjectStore::SampleInserter::~SampleInserter() = default;

SampleRow ProjectStore::SampleInserter::insert(const QString &id, const QString &text,
                                               const QString &metadata, std::optional<int> gold)
{
    // UTF-8 keeps a leading U+FEFF (SQLite drops it from UTF-16 input as a byte order mark).
    const SampleRow row = insertUtf8(id.toUtf8(), text.toUtf8(), metadata.toUtf8());
    if (gold) {
        m_statements->gold.bindInt64(1, row);
        m_statements->gold.bindInt64(2, *gold);
        m_statements->gold.run();
    }
    return row;
}

SampleRow ProjectStore::SampleInserter::insertUtf8(QByteArrayView id, QByteArrayView text,
                                                   QByteArrayView metadata)
{
    sql::NativeStatement &insertSample = m_statements->sample;
    bindSample(insertSample, 1, id, text, metadata);
    try {
        insertSample.run();
    } catch (const Error &) {
        if (insertSample.failedOnUniqueConstraint())
            throw Error(StoreText::tr("duplicate sample id \"%1\"").arg(QString::fromUtf8(id)));
        throw;
    }
    return insertSample.lastInsertRowId();
}

SampleRow ProjectStore::SampleInserter::insertUtf8Batch(const std::vector<Utf8Sample> &samples)
{
    if (samples.size() != kBatchRows)
        throw Error(QStringLiteral("a sample batch has %1 rows, not %2")
                        .arg(samples.size())
                        .arg(kBatchRows));
    if (!m_statements->batch) {
        m_statements->batch = std::make_unique<sql::NativeStatement>(
            m_statements->database, insertSamplesStatement(kBatchRows));
    }
    sql::NativeStatement &batch = *m_statements->batch;
    for (size_t i = 0; i < samples.size(); ++i)
        bindSample(batch, int(3 * i + 1), samples[i].id, samples[i].text, samples[i].metadata);
    // A failed statement undoes its own rows (SQLite's statement journal).
    batch.run();
    // Each row takes the largest rowid plus one, so the batch's rows are consecutive.
    return batch.lastInsertRowId() - SampleRow(samples.size()) + 1;
}

// -- Gold -----------------------------------------------------------------------------------------

bool ProjectStore::hasGold() const
{
    return sql::scalar(database(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM gold_labels)"))
        .toBool();
}

std::optional<int> ProjectStore::goldLabel(SampleRow row) const
{
    const QVariant label = sql::scalar(
        database(), QStringLiteral("SELECT label FROM gold_labels WHERE sample_row = ?"), {row});
    return label.isValid() ? std::optional<int>(label.toInt()) : std::nullopt;
}

std::vector<std::pair<SampleRow, int>> ProjectStore::goldLabels() const
{
    std::vector<std::pair<SampleRow, int>> result;
    QSqlQuery query =
        sql::exec(database(),
                  QStringLiteral("SELECT sample_row, label FROM gold_labels ORDER BY sample_row"));
    while (query.next())
        result.emplace_back(query.value(0).toLongLong(), query.value(1).toInt());
    return result;
}

// -- Teacher --------------------------------------------------------------------------------------

void ProjectStore::saveTeacherResults(const QVector<TeacherResult> &results)
{
    Transaction transaction(*this);
    QSqlQuery upsert = sql::prepare(
        database(),
        QStringLiteral("INSERT OR REPLACE INTO teacher_results (sample_row, strategy, status, "
                       "candidates, first_candidate, set_size, votes, confidence, raw_response, "
                       "prompt_tokens, completion_tokens, latency_ms, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const qint64 now = nowMsecs();
    for (const TeacherResult &result : results) {
        upsert.bindValue(0, result.row);
        upsert.bindValue(1, text(result.strategy));
        upsert.bindValue(2, int(result.status));
        upsert.bindValue(3, encodeIndexList(result.candidates));
        upsert.bindValue(4, optionalInt(result.candidates.isEmpty()
                                            ? std::nullopt
                                            : std::optional<int>(result.candidates.first())));
        upsert.bindValue(5, int(result.candidates.size()));
        upsert.bindValue(6, encodeIndexList(result.votes));
        upsert.bindValue(7, optionalDouble(result.confidence()));
        upsert.bindValue(8, text(result.rawResponse));
        upsert.bindValue(9, result.promptTokens);
        upsert.bindValue(10, result.completionTokens);
        upsert.bindValue(11, result.latencyMs);
        upsert.bindValue(12, now);
        sql::exec(upsert);
    }
    if (!results.isEmpty()) {
        bumpAnnotationRevision();
        review_score_query::markStale(*this);
    }
    transaction.commit();
}

qint64 ProjectStore::annotationRevision() const
{
    return metaValue(QStringLiteral("annotations.revision"), QStringLiteral("0")).toLongLong();
}

void ProjectStore::bumpAnnotationRevision()
{
    sql::exec(database(),
              QStringLiteral("INSERT INTO project_meta (key, value) VALUES "
                             "('annotations.revision', '1') ON CONFLICT (key) DO UPDATE SET "
                             "value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)"));
}

std::optional<TeacherResult> ProjectStore::teacherResult(SampleRow row) const
{
    QSqlQuery query = sql::exec(
        database(),
        QStringLiteral("SELECT %1 FROM teacher_results WHERE sample_row = ?").arg(kTeacherColumns),
        {row});
    if (!query.next())
        return std::nullopt;
    return teacherResultFromQuery(query);
}

void ProjectStore::forEachTeacherResult(
    const std::function<void(const TeacherResult &)> &visit) const
{
    QSqlQuery query = sql::exec(
        database(),
        QStringLiteral("SELECT %1 FROM teacher_results ORDER BY sample_row").arg(kTeacherColumns));
    while (query.next())
        visit(teacherResultFromQuery(query));
}

qint64 ProjectStore::teacherResultCount(std::optional<TeacherStatus> status) const
{
    if (!status)
        return sql::scalar(database(), QStringLiteral("SELECT count(*) FROM teacher_results"))
            .toLongLong();
    return sql::scalar(database(),
                       QStringLiteral("SELECT count(*) FROM teacher_results WHERE status = ?"),
                       {int(*status)})
        .toLongLong();
}

QVector<Sample> ProjectStore::samplesAwaitingTeacher(SampleRow afterRow, int limit) const
{
    QVector<Sample> result;
    QSqlQuery query = sql::exec(
        database(),
        QStringLiteral("SELECT s.row, s.ext_id, s.text, s.metadata FROM samples s "
                       "LEFT JOIN teacher_results t ON t.sample_row = s.row "
                       "WHERE s.row > ? AND (t.status IS NULL OR t.status IN (?, ?)) "
                       "ORDER BY s.row LIMIT ?"),
        {afterRow, int(TeacherStatus::Pending), int(TeacherStatus::TransportFailed), limit});
    while (query.next())
        result << sampleFromQuery(query);
    return result;
}

qint64 ProjectStore::samplesAwaitingTeacherCount(std::optional<SampleRow> upToRow) const
{
    return sql::scalar(database(),
                       QStringLiteral("SELECT count(*) FROM samples s "
                                      "LEFT JOIN teacher_results t ON t.sample_row = s.row "
                                      "WHERE (t.status IS NULL OR t.status IN (?, ?)) "
                                      "AND s.row <= ?"),
                       {int(TeacherStatus::Pending), int(TeacherStatus::TransportFailed),
                        upToRow ? QVariant(qint64(*upToRow))
                                : QVariant(std::numeric_limits<qint64>::max())})
        .toLongLong();
}

SampleRow ProjectStore::lastSampleRow() const
{
    return SampleRow(
        sql::scalar(database(), QStringLiteral("SELECT coalesce(max(row), 0) FROM samples"))
            .toLongLong());
}

std::optional<CachedResponse> ProjectStore::cachedResponse(const QString &key) const
{
    QSqlQuery query = sql::exec(database(),
                                QStringLiteral("SELECT response, prompt_tokens, completion_tokens "
                                               "FROM response_cache WHERE key = ?"),
                                {key});
    if (!query.next())
        return std::nullopt;
    return CachedResponse{query.value(0).toString(), query.value(1).toInt(),
                          query.value(2).toInt()};
}

void ProjectStore::cacheResponse(const QString &key, const CachedResponse &response)
{
    sql::exec(
        database(),
        QStringLiteral("INSERT OR REPLACE INTO response_cache (key, response, prompt_tokens, "
                       "completion_tokens, created_at) VALUES (?, ?, ?, ?, ?)"),
        {key, response.response, response.promptTokens, response.completionTokens, nowMsecs()});
}

// -- Student --------------------------------------------------------------------------------------

qint64 ProjectStore::beginRun(const QString &method, const QJsonObject &parameters)
{
    QJsonObject recorded = parameters;
    recorded.insert(QStringLiteral("annotation_revision"), annotationRevision());
    QSqlQuery query = sql::exec(database(),
                                QStringLiteral("INSERT INTO distillation_runs (method, parameters, "
                                               "status, started_at) VALUES (?, ?, 'running', ?)"),
                                {method, toJsonText(recorded), nowMsecs()});
    return query.lastInsertId().toLongLong();
}

void ProjectStore::saveEpoch(qint64 runId, int epoch, const QJsonObject &metrics)
{
    sql::exec(database(),
              QStringLiteral("INSERT OR REPLACE INTO run_epochs (run_id, epoch, metrics) "
                             "VALUES (?, ?, ?)"),
              {runId, epoch, toJsonText(metrics)});
}

void ProjectStore::finishRun(qint64 runId, const QString &status, const QJsonObject &summary)
{
    sql::exec(
        database(),
        QStringLiteral("UPDATE distillation_runs SET status = ?, finished_at = ?, summary = ? "
                       "WHERE id = ?"),
        {status, nowMsecs(), toJsonText(summary), runId});
}

int ProjectStore::markRunningRunsInterrupted()
{
    QSqlQuery query = sql::exec(database(),
                                QStringLiteral("UPDATE distillation_runs SET status = "
                                               "'interrupted', finished_at = ? WHERE status = "
                                               "'running'"),
                                {nowMsecs()});
    return query.numRowsAffected();
}

void ProjectStore::reopenRun(qint64 runId)
{
    sql::exec(database(),
              QStringLiteral("UPDATE distillation_runs SET status = 'running', finished_at = NULL "
                             "WHERE id = ?"),
              {runId});
}

QVector<DistillationRunInfo> ProjectStore::runs() const
{
    QVector<DistillationRunInfo> result;
    QSqlQuery query =
        sql::exec(database(), QStringLiteral("SELECT id, method, parameters, status, started_at, "
                                             "finished_at, summary FROM distillation_runs "
                                             "ORDER BY id"));
    while (query.next()) {
        result << DistillationRunInfo{query.value(0).toLongLong(),
                                      query.value(1).toString(),
                                      fromJsonText(query.value(2).toString()),
                                      query.value(3).toString(),
                                      fromMsecs(query.value(4)),
                                      fromMsecs(query.value(5)),
                                      fromJsonText(query.value(6).toString())};
        result.last().stale = result.last().summary.value(QLatin1String("stale")).toBool();
    }
    return result;
}

QVector<QJsonObject> ProjectStore::runEpochs(qint64 runId) const
{
    QVector<QJsonObject> result;
    QSqlQuery query = sql::exec(
        database(),
        QStringLiteral("SELECT metrics FROM run_epochs WHERE run_id = ? ORDER BY epoch"), {runId});
    while (query.next())
        result << fromJsonText(query.value(0).toString());
    return result;
}

void ProjectStore::saveStudentResults(qint64 runId, const QVector<StudentResult> &results)
{
    Transaction transaction(*this);
    // A distillation replaces every result in one transaction. Keeping the four sort indexes
    // sorted through a million random updates cost 18x the write itself; dropping them and
    // building each once before the commit costs a fraction of that.
    const StudentWrites writes = studentWrites().add(this, results.size());
    if (!writes.indexesDropped && writes.rows >= kRebuildIndexesFromRows) {
        for (const auto &[name, statement] : SchemaMigrations::studentResultIndexes())
            sql::exec(database(), QStringLiteral("DROP INDEX IF EXISTS %1").arg(name));
        studentWrites().markDropped(this);
    }
    QSqlQuery upsert = sql::prepare(
        database(), QStringLiteral("INSERT OR REPLACE INTO student_results (sample_row, run_id, "
                                   "probabilities, predicted, confidence, margin, entropy, flags) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const StudentResult &result : results) {
        std::vector<float> sorted = result.probabilities;
        std::sort(sorted.begin(), sorted.end(), std::greater<float>());
        const double margin =
            sorted.size() >= 2 ? double(sorted[0]) - sorted[1] : (sorted.empty() ? 0.0 : sorted[0]);
        double entropy = 0;
        for (float p : result.probabilities) {
            if (p > 0)
                entropy -= double(p) * std::log(double(p));
        }
        upsert.bindValue(0, result.row);
        upsert.bindValue(1, runId);
        upsert.bindValue(2, encodeProbabilities(result.probabilities));
        upsert.bindValue(3, result.predicted);
        upsert.bindValue(4, double(result.confidence));
        upsert.bindValue(5, margin);
        upsert.bindValue(6, entropy);
        upsert.bindValue(7, int(result.flags));
        sql::exec(upsert);
    }
    if (!results.isEmpty())
        review_score_query::markStale(*this);
    transaction.commit();
}

std::optional<StudentResult> ProjectStore::studentResult(SampleRow row) const
{
    QSqlQuery query = sql::exec(database(),
                                QStringLiteral("SELECT probabilities, predicted, confidence, flags "
                                               "FROM student_results WHERE sample_row = ?"),
                                {row});
    if (!query.next())
        return std::nullopt;
    StudentResult result;
    result.row = row;
    result.probabilities = decodeProbabilities(query.value(0).toByteArray());
    result.predicted = query.value(1).toInt();
    result.confidence = query.value(2).toFloat();
    result.flags = quint8(query.value(3).toInt());
    return result;
}

std::optional<qint64> ProjectStore::latestStudentRun() const
{
    const QVariant run =
        sql::scalar(database(), QStringLiteral("SELECT max(run_id) FROM student_results"));
    return run.isNull() || !run.isValid() ? std::nullopt : std::optional<qint64>(run.toLongLong());
}

// -- Human ----------------------------------------------------------------------------------------

void ProjectStore::recordHumanDecision(const HumanDecision &decision)
{
    if (decision.action == HumanAction::Label &&
        (decision.label < 0 ||
         decision.label >=
             sql::scalar(database(), QStringLiteral("SELECT count(*) FROM labels")).toInt())) {
        throw Error(StoreText::tr("label index %1 is not in the project's label schema")
                        .arg(decision.label));
    }
    const qint64 at =
        decision.decidedAt.isValid() ? decision.decidedAt.toMSecsSinceEpoch() : nowMsecs();
    const QVariant label = decision.action == HumanAction::Label
                               ? QVariant(decision.label)
                               : QVariant(QMetaType(QMetaType::Int));
    Transaction transaction(*this);
    if (decision.action == HumanAction::Clear) {
        sql::exec(database(), QStringLiteral("DELETE FROM human_labels WHERE sample_row = ?"),
                  {decision.row});
    } else {
        sql::exec(database(),
                  QStringLiteral("INSERT OR REPLACE INTO human_labels (sample_row, action, label, "
                                 "decided_at, annotator) VALUES (?, ?, ?, ?, ?)"),
                  {decision.row, int(decision.action), label, at, text(decision.annotator)});
    }
    sql::exec(database(),
              QStringLiteral("INSERT INTO human_log (sample_row, action, label, decided_at, "
                             "annotator) VALUES (?, ?, ?, ?, ?)"),
              {decision.row, int(decision.action), label, at, text(decision.annotator)});
    bumpAnnotationRevision();
    transaction.commit();
}

void ProjectStore::recordHumanDecisions(const QVector<DecisionChange> &changes,
                                        const std::function<void(qint64 done)> &progress)
{
    if (changes.isEmpty())
        return;
    const int labelCount =
        sql::scalar(database(), QStringLiteral("SELECT count(*) FROM labels")).toInt();
    for (const DecisionChange &change : changes) {
        if (change.action == HumanAction::Label && (change.label < 0 || change.label >= labelCount))
            throw Error(StoreText::tr("label index %1 for sample row %2 is not in the project's "
                                      "label schema")
                            .arg(change.label)
                            .arg(change.row));
    }
    // One statement compiled once per kind: a million QSqlQuery executions would cost more than
    // SQLite's own work (see sql::NativeStatement).
    sql::NativeStatement remove(database(),
                                QStringLiteral("DELETE FROM human_labels WHERE sample_row = ?"));
    sql::NativeStatement replace(
        database(),
        QStringLiteral("INSERT OR REPLACE INTO human_labels (sample_row, action, label, "
                       "decided_at, annotator) VALUES (?, ?, ?, ?, '')"));
    sql::NativeStatement log(database(),
                             QStringLiteral("INSERT INTO human_log (sample_row, action, label, "
                                            "decided_at, annotator) VALUES (?, ?, ?, ?, '')"));
    const qint64 at = nowMsecs();
    const auto bind = [at](sql::NativeStatement &statement, const DecisionChange &change) {
        statement.bindInt64(1, change.row);
        statement.bindInt64(2, int(change.action));
        if (change.action == HumanAction::Label)
            statement.bindInt64(3, change.label);
        else
            statement.bindNull(3);
        statement.bindInt64(4, at);
    };
    constexpr qint64 kProgressEvery = 4096;
    Transaction transaction(*this);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const DecisionChange &change = changes.at(i);
        if (change.action == HumanAction::Clear) {
            remove.bindInt64(1, change.row);
            remove.run();
        } else {
            bind(replace, change);
            replace.run();
        }
        bind(log, change);
        log.run();
        if (progress && (i + 1) % kProgressEvery == 0)
            progress(i + 1);
    }
    bumpAnnotationRevision();
    transaction.commit();
    if (progress)
        progress(changes.size());
}

std::optional<HumanDecision> ProjectStore::humanDecision(SampleRow row) const
{
    QSqlQuery query = sql::exec(
        database(),
        QStringLiteral(
            "SELECT action, label, decided_at, annotator FROM human_labels WHERE sample_row = ?"),
        {row});
    if (!query.next())
        return std::nullopt;
    return HumanDecision{row, HumanAction(query.value(0).toInt()),
                         query.value(1).isNull() ? -1 : query.value(1).toInt(),
                         fromMsecs(query.value(2)), query.value(3).toString()};
}

QVector<HumanDecision> ProjectStore::humanHistory(SampleRow row) const
{
    QVector<HumanDecision> history;
    QSqlQuery query = sql::exec(database(),
                                QStringLiteral("SELECT action, label, decided_at, annotator "
                                               "FROM human_log WHERE sample_row = ? ORDER BY id"),
                                {row});
    while (query.next()) {
        history << HumanDecision{row, HumanAction(query.value(0).toInt()),
                                 query.value(1).isNull() ? -1 : query.value(1).toInt(),
                                 fromMsecs(query.value(2)), query.value(3).toString()};
    }
    return history;
}

std::vector<std::pair<SampleRow, int>> ProjectStore::humanLabels() const
{
    std::vector<std::pair<SampleRow, int>> result;
    QSqlQuery query = sql::exec(database(),
                                QStringLiteral("SELECT sample_row, label FROM human_labels "
                                               "WHERE action = ? ORDER BY sample_row"),
                                {int(HumanAction::Label)});
    while (query.next())
        result.emplace_back(query.value(0).toLongLong(), query.value(1).toInt());
    return result;
}

// -- Spot checks ----------------------------------------------------------------------------------

int ProjectStore::addSpotChecks(const QVector<SampleRow> &rows, qint64 seed)
{
    Transaction transaction(*this);
    const int draw =
        sql::scalar(database(),
                    QStringLiteral("SELECT coalesce(max(draw), 0) + 1 FROM spot_checks"))
            .toInt();
    qint64 position =
        sql::scalar(database(),
                    QStringLiteral("SELECT coalesce(max(position), 0) FROM spot_checks"))
            .toLongLong();
    const qint64 at = nowMsecs();
    QSqlQuery insert = sql::prepare(
        database(), QStringLiteral("INSERT INTO spot_checks (sample_row, position, draw, seed, "
                                   "drawn_at) VALUES (?, ?, ?, ?, ?)"));
    for (const SampleRow row : rows) {
        insert.bindValue(0, row);
        insert.bindValue(1, ++position);
        insert.bindValue(2, draw);
        insert.bindValue(3, seed);
        insert.bindValue(4, at);
        sql::exec(insert);
    }
    transaction.commit();
    return draw;
}

QVector<SampleRow> ProjectStore::spotCheckRows() const
{
    QVector<SampleRow> rows;
    QSqlQuery query = sql::exec(
        database(), QStringLiteral("SELECT sample_row FROM spot_checks ORDER BY position"));
    while (query.next())
        rows << query.value(0).toLongLong();
    return rows;
}

// -- Final labels ---------------------------------------------------------------------------------

FinalLabel ProjectStore::finalLabel(SampleRow row) const
{
    QSqlQuery query = sql::exec(
        database(),
        QStringLiteral("SELECT label, source, confidence FROM final_labels WHERE sample_row = ?"),
        {row});
    FinalLabel result;
    result.row = row;
    if (query.next()) {
        result.label = query.value(0).isNull() ? -1 : query.value(0).toInt();
        result.source = LabelSource(query.value(1).toInt());
        if (!query.value(2).isNull())
            result.confidence = query.value(2).toDouble();
    }
    return result;
}

} // namespace candist
