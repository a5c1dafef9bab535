#pragma once

#include <exception>
#include <functional>
#include <optional>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QTimer>
#include <QUndoStack>
#include <QVector>

#include "background_job.h"
#include "model/annotation.h"
#include "model/error.h"
#include "model/label_schema.h"
#include "store/queries/bulk_decision_query.h"
#include "store/queries/sample_note_query.h"
#include "store_worker.h"

namespace candist {

// The open project (Tiled's "document"): owns the database thread with its StoreWorker, the
// undo stack, and the few facts every view needs at once (path, schema, sample count). Every
// user edit goes through an undo command that calls one of the apply*() methods; the store
// commits each write at once, so the document is "saved" whenever no write is in flight.
class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    // Opens (or creates) the project in the database thread; emits opened() or openFailed().
    void open(const QString &path, bool create = false);
    void close();

    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    const LabelSchema &schema() const { return m_schema; }
    qint64 sampleCount() const { return m_sampleCount; }
    // True once any annotation refers to label indices: labels can then no longer be removed.
    bool labelsInUse() const { return m_labelsInUse; }
    bool isSaved() const { return m_pendingWrites == 0; }
    bool isBusy() const { return m_pendingJobs > 0; }
    QUndoStack *undoStack() { return &m_undoStack; }

    // Runs `job` in the database thread, then `done` with its result in the GUI thread unless
    // `receiver` is gone by then. Errors (candidate::Error) become errorOccurred().
    template<typename Result>
    void post(QObject *receiver, std::function<Result(ProjectStore &)> job,
              std::function<void(const Result &)> done, bool isWrite = false);
    void postWrite(std::function<void(ProjectStore &)> job, std::function<void()> done = {});

    // Undoable edits.
    void decide(SampleRow row, HumanAction action, int label,
                const std::optional<HumanDecision> &previous);
    void editLabelSchema(const LabelSchema &schema);
    // Bulk decisions in two steps, so that the window can ask before a large change: the plan is
    // read in the database thread and handed to `planned`; decideInBulk() then pushes it as one
    // undo step (nothing to change: no step).
    void planBulkDecision(const QVector<SampleRow> &rows, bulk_decision_query::Target target,
                          QObject *receiver,
                          std::function<void(const bulk_decision_query::Plan &)> planned);
    void decideInBulk(const bulk_decision_query::Plan &plan, bulk_decision_query::Target target);
    // The annotators' note of one sample: `before` as the caller shows it (with its time, which
    // undo restores), `after` the new flags and comment. Returns the note as it is written, time
    // stamped now (redo writes the same); same content: no step, and `before` comes back.
    SampleNote editNote(const SampleNote &before, const SampleNote &after);
    // A flag over a selection, in two steps like the bulk decisions: the plan is read in the
    // database thread, flagInBulk() pushes it as one undo step (nothing to change: no step).
    void planNoteFlag(const QVector<SampleRow> &rows, SampleNote::Flag flag, QObject *receiver,
                      std::function<void(const sample_note_query::FlagPlan &)> planned);
    void flagInBulk(const sample_note_query::FlagPlan &plan);

    // What the undo commands call.
    void applyHumanDecision(SampleRow row, HumanAction action, int label);
    // One transaction for all of them; bulkProgress() reports how far it got.
    void applyHumanDecisions(const QVector<ProjectStore::DecisionChange> &changes);
    void applyLabelSchema(const LabelSchema &schema);
    // One transaction for all of them (sample_note_query::save).
    void applySampleNotes(const QVector<SampleNote> &notes);

    // The one long job at a time (import, export, teacher, distillation) runs in its own thread
    // with its own connection, owned by the document like every other change to the project.
    // While it writes, the views hear samplesChanged({}) once a second, so results stream into
    // the table; when it ends the document reloads, calls `finished`, then announces
    // longJobFinished(). Null while another long job runs or no project is open.
    using LongJobFinished = std::function<void(bool ok, bool cancelled, const QString &message)>;
    BackgroundJob *startLongJob(const QString &title, BackgroundJob::Work work,
                                LongJobFinished finished = {});
    BackgroundJob *longJob() const { return m_longJob; }
    // Stops the running long job after its current batch and waits for it: what it finished is
    // saved, the rest is rolled back. Its end is not announced (the caller is closing).
    void stopLongJob();

    // Re-reads the counts and schema after an external job (teacher, student, import) wrote,
    // and announces reloaded() so that every view re-reads what it shows.
    void reload();

Q_SIGNALS:
    void opened();
    void openFailed(const QString &message);
    void closed();
    void schemaChanged();
    void countsChanged();
    // Rows whose annotations changed; an empty vector means "possibly all".
    void samplesChanged(const QVector<qint64> &rows);
    // The project was changed outside the document (a job, F5): views re-read everything they
    // show (orders, curves, the review queue), not only the annotations of some rows.
    void reloaded();
    void savedChanged(bool saved);
    void busyChanged(bool busy);
    void errorOccurred(const QString &message);
    // A bulk write in the database thread has recorded `done` of `total` decisions.
    void bulkProgress(qint64 done, qint64 total);
    void longJobStarted(candist::BackgroundJob *job);
    void longJobFinished(const QString &title, bool ok, bool cancelled, const QString &message);

private:
    struct Summary
    {
        LabelSchema schema;
        qint64 sampleCount = 0;
        bool labelsInUse = false;
    };
    static Summary readSummary(ProjectStore &store);
    void applySummary(const Summary &summary);
    void jobStarted(bool isWrite);
    void jobFinished(bool isWrite);
    void stopThread();

    QThread *m_thread = nullptr;
    StoreWorker *m_worker = nullptr;
    QPointer<BackgroundJob> m_longJob;
    QTimer *m_streamTimer;
    QUndoStack m_undoStack;
    QString m_path;
    LabelSchema m_schema;
    qint64 m_sampleCount = 0;
    bool m_labelsInUse = false;
    bool m_open = false;
    int m_pendingJobs = 0;
    int m_pendingWrites = 0;
    quint64 m_session = 0; // bumped at every close: late replies of an earlier session are dropped
};

template<typename Result>
void ProjectDocument::post(QObject *receiver, std::function<Result(ProjectStore &)> job,
                           std::function<void(const Result &)> done, bool isWrite)
{
    if (!m_worker)
        return;
    jobStarted(isWrite);
    QPointer<QObject> guard(receiver);
    StoreWorker *worker = m_worker;
    // The document joins the thread before it dies, so `this` outlives every job; Qt drops
    // the queued reply if the document is gone anyway.
    QMetaObject::invokeMethod(
        worker,
        [this, worker, guard, job = std::move(job), done = std::move(done), isWrite,
         session = m_session]() {
            std::optional<Result> result;
            QString error;
            try {
                result = job(worker->store());
            } catch (const Error &e) {
                error = e.message();
            } catch (const std::exception &e) {
                error = QString::fromLocal8Bit(e.what());
            }
            QMetaObject::invokeMethod(
                this,
                [this, guard, done, result = std::move(result), error, isWrite, session]() {
                    if (session != m_session)
                        return;
                    jobFinished(isWrite);
                    if (!error.isEmpty()) {
                        Q_EMIT errorOccurred(error);
                        return;
                    }
                    if (guard && done)
                        done(*result);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace candist
