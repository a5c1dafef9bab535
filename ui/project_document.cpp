#include "project_document.h"

#include <algorithm>
#include <climits>

#include "note_flag_texts.h"
#include "store/queries/project_summary_query.h"
#include "undo_commands.h"

namespace candist {

ProjectDocument::ProjectDocument(QObject *parent) : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this] { Q_EMIT savedChanged(isSaved()); });
    m_streamTimer = new QTimer(this);
    m_streamTimer->setInterval(1000);
    // The visible rows are refetched, not re-ordered: the ordering query does not re-run under
    // the user's feet while results land in batches.
    connect(m_streamTimer, &QTimer::timeout, this, [this] { Q_EMIT samplesChanged({}); });
}

ProjectDocument::~ProjectDocument()
{
    stopLongJob();
    stopThread();
}

BackgroundJob *ProjectDocument::startLongJob(const QString &title, BackgroundJob::Work work,
                                             LongJobFinished finished)
{
    if (m_longJob || !m_open)
        return nullptr;
    auto *job = new BackgroundJob(title, m_path, std::move(work), this);
    m_longJob = job;
    connect(job, &BackgroundJob::finished, this,
            [this, job, title, finished = std::move(finished)](bool ok, bool cancelled,
                                                               const QString &message) {
                m_streamTimer->stop();
                m_longJob = nullptr;
                reload(); // every view follows reloaded()
                if (finished)
                    finished(ok, cancelled, message);
                Q_EMIT longJobFinished(title, ok, cancelled, message);
                job->deleteLater();
            });
    Q_EMIT longJobStarted(job);
    m_streamTimer->start();
    job->start();
    return job;
}

void ProjectDocument::stopLongJob()
{
    if (!m_longJob)
        return;
    m_streamTimer->stop();
    BackgroundJob *job = m_longJob;
    m_longJob = nullptr;
    job->disconnect(this);
    job->cancel();
    delete job; // waits for the job's thread
}

void ProjectDocument::stopThread()
{
    if (!m_thread)
        return;
    StoreWorker *worker = m_worker;
    QThread *thread = m_thread;
    // The quit request queues behind every job already posted: each write lands before the
    // store closes (QThread::quit() from here could leave queued writes unprocessed).
    QMetaObject::invokeMethod(
        worker,
        [worker, thread] {
            worker->closeStore();
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    // Replies of this session still queued for the GUI thread belong to a closed project.
    ++m_session;
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    m_pendingJobs = m_pendingWrites = 0;
}

void ProjectDocument::open(const QString &path, bool create)
{
    close();
    m_path = path;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("candist-store"));
    m_worker = new StoreWorker(path, create ? ProjectStore::OpenMode::CreateIfMissing
                                            : ProjectStore::OpenMode::OpenExisting);
    m_worker->moveToThread(m_thread);
    StoreWorker *closing = m_worker;
    connect(
        m_thread, &QThread::finished, closing, [closing] { closing->closeStore(); },
        Qt::DirectConnection);
    m_thread->start();

    StoreWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [this, worker]() {
            Summary summary;
            QString error;
            try {
                summary = readSummary(worker->store());
            } catch (const Error &e) {
                error = e.message();
            }
            QMetaObject::invokeMethod(
                this,
                [this, summary, error]() {
                    if (!error.isEmpty()) {
                        stopThread();
                        m_path.clear();
                        Q_EMIT openFailed(error);
                        return;
                    }
                    m_open = true;
                    applySummary(summary);
                    Q_EMIT opened();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ProjectDocument::close()
{
    if (!m_thread)
        return;
    const bool wasOpen = m_open;
    const bool hadLabels = m_schema.size() > 0;
    stopLongJob();
    stopThread();
    m_undoStack.clear();
    m_open = false;
    m_path.clear();
    m_schema = LabelSchema();
    m_sampleCount = 0;
    m_labelsInUse = false;
    if (wasOpen)
        Q_EMIT closed();
    // The views build their label buttons, bars and hotkeys from schemaChanged: without it they
    // kept the closed project's labels, and so did a new project's (its schema is empty, so
    // opening it changes nothing).
    if (hadLabels)
        Q_EMIT schemaChanged();
    Q_EMIT busyChanged(false);
    Q_EMIT savedChanged(true);
}

ProjectDocument::Summary ProjectDocument::readSummary(ProjectStore &store)
{
    Summary summary;
    summary.schema = store.labelSchema();
    summary.sampleCount = store.sampleCount();
    summary.labelsInUse = project_summary_query::labelsInUse(store);
    return summary;
}

void ProjectDocument::applySummary(const Summary &summary)
{
    const bool schemaDiffers = summary.schema != m_schema;
    m_schema = summary.schema;
    m_sampleCount = summary.sampleCount;
    m_labelsInUse = summary.labelsInUse;
    if (schemaDiffers)
        Q_EMIT schemaChanged();
    Q_EMIT countsChanged();
}

void ProjectDocument::reload()
{
    post<Summary>(
        this, [](ProjectStore &store) { return readSummary(store); },
        [this](const Summary &summary) {
            applySummary(summary);
            Q_EMIT samplesChanged({});
        });
    // Emitted now, so that the views' reads queue behind the summary's in the database thread.
    Q_EMIT reloaded();
}

void ProjectDocument::jobStarted(bool isWrite)
{
    const bool wasSaved = isSaved();
    if (m_pendingJobs++ == 0)
        Q_EMIT busyChanged(true);
    if (isWrite)
        ++m_pendingWrites;
    if (wasSaved != isSaved())
        Q_EMIT savedChanged(isSaved());
}

void ProjectDocument::jobFinished(bool isWrite)
{
    const bool wasSaved = isSaved();
    if (--m_pendingJobs == 0)
        Q_EMIT busyChanged(false);
    if (isWrite)
        --m_pendingWrites;
    if (wasSaved != isSaved())
        Q_EMIT savedChanged(isSaved());
}

void ProjectDocument::postWrite(std::function<void(ProjectStore &)> job, std::function<void()> done)
{
    post<bool>(
        this,
        [job = std::move(job)](ProjectStore &store) {
            job(store);
            return true;
        },
        [done = std::move(done)](const bool &) {
            if (done)
                done();
        },
        true);
}

void ProjectDocument::decide(SampleRow row, HumanAction action, int label,
                             const std::optional<HumanDecision> &previous)
{
    QString text;
    switch (action) {
    case HumanAction::Label:
        text = tr("Label sample as %1")
                   .arg(label >= 0 && label < m_schema.size() ? m_schema.at(label).name
                                                              : QString::number(label));
        break;
    case HumanAction::Skip:
        text = tr("Skip sample");
        break;
    case HumanAction::Clear:
        text = tr("Clear decision");
        break;
    }
    m_undoStack.push(new HumanDecisionCommand(this, row, action, label, previous, text));
}

void ProjectDocument::editLabelSchema(const LabelSchema &schema)
{
    if (schema == m_schema)
        return;
    m_undoStack.push(new LabelSchemaCommand(this, m_schema, schema));
}

void ProjectDocument::applyHumanDecision(SampleRow row, HumanAction action, int label)
{
    postWrite(
        [row, action, label](ProjectStore &store) {
            store.recordHumanDecision(HumanDecision{row, action, label, {}});
        },
        [this, row] {
            m_labelsInUse = true;
            Q_EMIT samplesChanged({row});
        });
}

void ProjectDocument::planBulkDecision(
    const QVector<SampleRow> &rows, bulk_decision_query::Target target, QObject *receiver,
    std::function<void(const bulk_decision_query::Plan &)> planned)
{
    post<bulk_decision_query::Plan>(
        receiver,
        [rows, target](ProjectStore &store) {
            return bulk_decision_query::plan(store, rows, target);
        },
        std::move(planned));
}

void ProjectDocument::decideInBulk(const bulk_decision_query::Plan &plan,
                                   bulk_decision_query::Target target)
{
    if (plan.apply.isEmpty())
        return;
    const int count = int(std::min<qsizetype>(plan.apply.size(), INT_MAX));
    QString text;
    switch (target) {
    case bulk_decision_query::Target::StudentLabel:
        text = tr("Accept the student's label for %n sample(s)", nullptr, count);
        break;
    case bulk_decision_query::Target::TeacherFirstCandidate:
        text = tr("Accept the teacher's first candidate for %n sample(s)", nullptr, count);
        break;
    case bulk_decision_query::Target::Clear:
        text = tr("Clear the decisions of %n sample(s)", nullptr, count);
        break;
    }
    m_undoStack.push(new BulkDecisionCommand(this, plan, text));
}

SampleNote ProjectDocument::editNote(const SampleNote &before, const SampleNote &after)
{
    if (before.sameContent(after))
        return before;
    QString text;
    const quint32 added = after.flags & ~before.flags;
    const quint32 removed = before.flags & ~after.flags;
    if (before.comment != after.comment) {
        text = after.comment.isEmpty() ? tr("Remove comment") : tr("Edit comment");
    } else {
        for (const SampleNote::Flag flag : sampleNoteFlags()) {
            if (added == quint32(flag))
                text = tr("Flag sample: %1").arg(noteFlagChipText(flag));
            else if (removed == quint32(flag))
                text = tr("Unflag sample: %1").arg(noteFlagChipText(flag));
        }
        if (text.isEmpty())
            text = tr("Change flags");
    }
    SampleNote next = after;
    next.row = before.row;
    // Stamped here, not by the store: the caller can show the note as written at once, and a
    // later edit's undo then restores this exact note, time included.
    next.updatedAt = QDateTime::currentDateTime();
    m_undoStack.push(new SampleNoteCommand(this, {before}, {next}, text));
    return next;
}

void ProjectDocument::planNoteFlag(const QVector<SampleRow> &rows, SampleNote::Flag flag,
                                   QObject *receiver,
                                   std::function<void(const sample_note_query::FlagPlan &)> planned)
{
    post<sample_note_query::FlagPlan>(
        receiver,
        [rows, flag](ProjectStore &store) {
            return sample_note_query::planFlag(store, rows, flag);
        },
        std::move(planned));
}

void ProjectDocument::flagInBulk(const sample_note_query::FlagPlan &plan)
{
    if (plan.apply.isEmpty())
        return;
    const int count = int(std::min<qsizetype>(plan.apply.size(), INT_MAX));
    const QString name = noteFlagChipText(plan.flag);
    const QString text = plan.set ? tr("Flag %n sample(s): %1", nullptr, count).arg(name)
                                  : tr("Unflag %n sample(s): %1", nullptr, count).arg(name);
    m_undoStack.push(new SampleNoteCommand(this, plan.restore, plan.apply, text));
}

void ProjectDocument::applySampleNotes(const QVector<SampleNote> &notes)
{
    // A few rows are refetched where they show; a large selection refreshes what is on screen.
    constexpr qsizetype kAnnouncedRows = 1000;
    QVector<qint64> rows;
    if (notes.size() <= kAnnouncedRows) {
        for (const SampleNote &note : notes)
            rows << note.row;
    }
    postWrite([notes](ProjectStore &store) { sample_note_query::save(store, notes); },
              [this, rows] { Q_EMIT samplesChanged(rows); });
}

void ProjectDocument::applyHumanDecisions(const QVector<ProjectStore::DecisionChange> &changes)
{
    const qint64 total = changes.size();
    const quint64 session = m_session;
    postWrite(
        [this, changes, total, session](ProjectStore &store) {
            // Runs in the database thread: the progress travels to the GUI thread queued.
            store.recordHumanDecisions(changes, [this, total, session](qint64 done) {
                QMetaObject::invokeMethod(
                    this,
                    [this, done, total, session] {
                        if (session == m_session)
                            Q_EMIT bulkProgress(done, total);
                    },
                    Qt::QueuedConnection);
            });
        },
        [this] {
            m_labelsInUse = true;
            Q_EMIT samplesChanged({});
        });
}

void ProjectDocument::applyLabelSchema(const LabelSchema &schema)
{
    // The schema is applied to the views at once so that undo/redo feel instant; the store
    // follows in order, and a refused write reloads the stored schema.
    m_schema = schema;
    Q_EMIT schemaChanged();
    post<bool>(
        this,
        [schema](ProjectStore &store) {
            store.setLabelSchema(schema);
            return true;
        },
        [this](const bool &) { Q_EMIT samplesChanged({}); }, true);
}

} // namespace candist
