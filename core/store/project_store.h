#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include "model/annotation.h"
#include "model/label_schema.h"

QT_BEGIN_NAMESPACE
class QSqlDatabase;
QT_END_NAMESPACE

namespace candist {

struct DistillationRunInfo
{
    qint64 id = 0;
    QString method;
    QJsonObject parameters;
    QString status; // running, finished, cancelled, failed, interrupted (its process died)
    QDateTime startedAt;
    QDateTime finishedAt;
    QJsonObject summary;
    // The project's teacher results or human labels changed while the run trained (summary
    // "stale", recorded by the distiller): its student labels reflect neither state.
    bool stale = false;
};

struct CachedResponse
{
    QString response;
    int promptTokens = 0;
    int completionTokens = 0;
};

// One open project file (*.candist): an SQLite database in WAL mode.
//
// A ProjectStore owns one connection and is used from one thread at a time; other threads open
// their own ProjectStore on the same path (WAL lets readers run beside the single writer, and a
// busy timeout serialises writers). Every method throws candist::Error on failure.
//
// Durability: human decisions commit at once; bulk writers wrap batches in a Transaction. With
// WAL and synchronous=NORMAL a killed process loses at most the uncommitted batch and the file
// stays consistent (a power cut may additionally lose the last commits, never consistency).
class ProjectStore
{
public:
    enum class OpenMode
    {
        OpenExisting,   // fail when the file does not exist
        CreateIfMissing // create and initialise an empty project when missing
    };

    explicit ProjectStore(const QString &path, OpenMode mode = OpenMode::OpenExisting);
    ~ProjectStore();
    ProjectStore(const ProjectStore &) = delete;
    ProjectStore &operator=(const ProjectStore &) = delete;

    const QString &path() const { return m_path; }
    bool wasCreated() const { return m_wasCreated; }
    int schemaVersion() const;

    // The connection, for specialised read queries in core (export, statistics, table models).
    QSqlDatabase database() const;

    // RAII transaction; nests (only the outermost one commits). Destroyed without commit(), it
    // rolls the whole outermost transaction back.
    class Transaction
    {
    public:
        explicit Transaction(ProjectStore &store);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        void commit();

    private:
        ProjectStore &m_store;
        bool m_done = false;
    };

    // -- Project settings (never secrets: API keys stay in the environment or keychain) --------
    QString metaValue(const QString &key, const QString &fallback = {}) const;
    void setMetaValue(const QString &key, const QString &value);

    // -- Label schema ---------------------------------------------------------------------------
    LabelSchema labelSchema() const;
    // Replaces the schema. Renaming, recolouring and adding labels is always allowed; removing
    // labels is refused once annotations refer to label indices.
    void setLabelSchema(const LabelSchema &schema);

    // -- Samples --------------------------------------------------------------------------------
    qint64 sampleCount() const;
    std::optional<SampleRow> rowForId(const QString &id) const;
    std::optional<SampleRow> rowForText(const QString &text) const;
    std::optional<Sample> sample(SampleRow row) const;
    // Keyset pagination in row order: samples with row > afterRow, at most `limit`.
    QVector<Sample> samples(SampleRow afterRow, int limit) const;
    // Streams every sample in row order without holding them all in memory.
    void forEachSample(const std::function<void(const Sample &)> &visit) const;

    // Appends samples; reuse one inserter for a whole import inside a Transaction. Throws Error
    // "duplicate sample id ..." when the id is taken.
    class SampleInserter
    {
    public:
        explicit SampleInserter(ProjectStore &store);
        ~SampleInserter();
        SampleRow insert(const QString &id, const QString &text, const QString &metadata,
                         std::optional<int> gold);
        // The same from UTF-8 bytes without gold (empty metadata is NULL), for an importer that
        // reads bytes and writes gold at the end (import_query::insertGoldLabels).
        SampleRow insertUtf8(QByteArrayView id, QByteArrayView text, QByteArrayView metadata);

        // kBatchRows samples in one statement: SQLite's cost per statement is larger than a
        // row's. All or none: when one fails (a taken id) none is inserted and Error is thrown;
        // insertUtf8 them one at a time to find which. Returns the first's row; the others
        // follow it one by one.
        struct Utf8Sample
        {
            QByteArrayView id;
            QByteArrayView text;
            QByteArrayView metadata;
        };
        static constexpr size_t kBatchRows = 64;
        SampleRow insertUtf8Batch(const std::vector<Utf8Sample> &samples);

    private:
        struct Statements;
        std::unique_ptr<Statements> m_statements;
    };

    // -- Gold (evaluation only) -----------------------------------------------------------------
    bool hasGold() const;
    std::optional<int> goldLabel(SampleRow row) const;
    std::vector<std::pair<SampleRow, int>> goldLabels() const;

    // -- Teacher --------------------------------------------------------------------------------
    void saveTeacherResults(const QVector<TeacherResult> &results); // one transaction
    std::optional<TeacherResult> teacherResult(SampleRow row) const;
    void forEachTeacherResult(const std::function<void(const TeacherResult &)> &visit) const;
    qint64 teacherResultCount(std::optional<TeacherStatus> status = std::nullopt) const;
    // Samples the teacher still owes an answer (no result, or Pending / TransportFailed), in row
    // order with keyset pagination like samples().
    QVector<Sample> samplesAwaitingTeacher(SampleRow afterRow, int limit) const;
    // Counts them; `upToRow`: only rows up to it (a run's snapshot).
    qint64 samplesAwaitingTeacherCount(std::optional<SampleRow> upToRow = std::nullopt) const;
    // The highest sample row (0 when there are none): rows only grow, so it marks a snapshot.
    SampleRow lastSampleRow() const;

    std::optional<CachedResponse> cachedResponse(const QString &key) const;
    void cacheResponse(const QString &key, const CachedResponse &response);

    // -- Annotation revision ----------------------------------------------------------------------
    // Grows with every change to teacher results or human labels (in the same transaction), so
    // that a distillation run can tell whether its inputs changed under it.
    qint64 annotationRevision() const;

    // -- Student --------------------------------------------------------------------------------
    // Records the annotation revision it starts from with the parameters
    // ("annotation_revision").
    qint64 beginRun(const QString &method, const QJsonObject &parameters);
    void saveEpoch(qint64 runId, int epoch, const QJsonObject &metrics);
    void finishRun(qint64 runId, const QString &status, const QJsonObject &summary);
    // Marks an interrupted run as running again (resumed); its epochs and parameters stay.
    void reopenRun(qint64 runId);
    // Marks every "running" run "interrupted"; for a caller that knows no run is alive (it holds
    // the distillation lock). Returns how many were marked.
    int markRunningRunsInterrupted();
    QVector<DistillationRunInfo> runs() const;
    QVector<QJsonObject> runEpochs(qint64 runId) const;
    // Replaces the current student output of the given samples; one transaction.
    void saveStudentResults(qint64 runId, const QVector<StudentResult> &results);
    std::optional<StudentResult> studentResult(SampleRow row) const;
    std::optional<qint64> latestStudentRun() const;

    // -- Human ----------------------------------------------------------------------------------
    // Records the decision and commits it before returning (unless called inside a Transaction).
    void recordHumanDecision(const HumanDecision &decision);
    // A decision without its time and annotator: 16 bytes, for bulk changes of a million rows.
    struct DecisionChange
    {
        SampleRow row = 0;
        HumanAction action = HumanAction::Label;
        int label = -1; // valid only for HumanAction::Label
    };
    // Records every change (human_labels and human_log, as recordHumanDecision) in ONE
    // transaction: all or none. `progress(done)` is called every few thousand rows.
    void recordHumanDecisions(const QVector<DecisionChange> &changes,
                              const std::function<void(qint64 done)> &progress = {});
    std::optional<HumanDecision> humanDecision(SampleRow row) const;
    QVector<HumanDecision> humanHistory(SampleRow row) const;
    // Samples whose current decision is a label, spot checks included.
    std::vector<std::pair<SampleRow, int>> humanLabels() const;

    // -- Spot checks (docs/label-quality.md) ------------------------------------------------------
    // Appends `rows`, in the given (random) order, as one draw made with `seed`; one transaction.
    // Returns the draw's number (1 for the first).
    int addSpotChecks(const QVector<SampleRow> &rows, qint64 seed);
    // The project's spot-check samples in draw order.
    QVector<SampleRow> spotCheckRows() const;

    // -- Final labels ---------------------------------------------------------------------------
    FinalLabel finalLabel(SampleRow row) const;

private:
    void bumpAnnotationRevision();
    void beginTransaction();
    void commitTransaction();
    void rollbackTransaction();

    QString m_path;
    QString m_connectionName;
    bool m_wasCreated = false;
    int m_transactionDepth = 0;
    bool m_rollbackPending = false;
};

} // namespace candist
