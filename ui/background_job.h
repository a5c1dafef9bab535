#pragma once

#include <functional>
#include <memory>

#include <QObject>
#include <QString>

#include "model/progress.h"

class QThread;

namespace candist {

class ProjectStore;

// One long job (import, export, teacher, distillation) in its own thread with its own
// ProjectStore connection, so the table keeps reading while the job writes. The work function is
// the core's synchronous entry point; it reports through the ProgressCallback and polls the
// CancellationFlag. Progress reaches the GUI thread queued; a job's errors (candist::Error)
// become finished(false, false, ...), its cancellation finished(..., true, ...).
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    // Returns a one-line summary for the status bar.
    using Work = std::function<QString(ProjectStore &store, const ProgressCallback &progress,
                                       const CancellationFlag &cancel)>;

    BackgroundJob(QString title, QString projectPath, Work work, QObject *parent = nullptr);
    ~BackgroundJob() override;

    const QString &title() const { return m_title; }
    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelRequested() const { return m_cancel.isCancelled(); }

Q_SIGNALS:
    void progressed(const candist::ProgressUpdate &update);
    // ok: the work returned; cancelled: it stopped at a cancel request, by returning early or
    // by rolling back (Cancelled, then ok is false). A failure is neither ok nor cancelled.
    void finished(bool ok, bool cancelled, const QString &message);

private:
    QString m_title;
    QString m_projectPath;
    Work m_work;
    CancellationFlag m_cancel;
    QThread *m_thread = nullptr;
    bool m_running = false;
};

} // namespace candist
