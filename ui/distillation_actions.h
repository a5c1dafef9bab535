#pragma once

#include <QObject>

#include "student/distiller.h"

class QAction;

namespace candist {

class BackgroundJob;
class MainWindow;
class ProjectStore;

// Run › Distil: the dialog and the background Distiller run; the Distillation view shows each
// epoch as the student finishes it.
class DistillationActions : public QObject
{
    Q_OBJECT
public:
    explicit DistillationActions(MainWindow *window);
    QAction *runAction() const { return m_run; }
    QAction *redistillAction() const { return m_redistill; }
    // Enabled while the project has a run that was cancelled, failed or killed after its first
    // resume checkpoint.
    QAction *resumeAction() const { return m_resume; }

    // `showCurves` switches to the Distillation view (off for re-distilling from the review).
    BackgroundJob *startRun(const DistillationOptions &options, bool showCurves = true);
    // Continues the latest resumable run from its checkpoint, with its stored options.
    BackgroundJob *startResume();

Q_SIGNALS:
    void epochFinished(int epoch);

private:
    void runInteractive();
    // Runs again with the last run's parameters (human labels enter as singleton sets), staying
    // in the current view; the review queue re-ranks when the run ends.
    void redistillNow();
    // Asks the database thread whether a run can be resumed and enables the action accordingly.
    void refreshResumable();
    // Tells the user why no run starts (`problem`: Distiller::readinessProblem's message).
    void refuse(const QString &problem, bool noSamples);
    BackgroundJob *
    startJob(std::function<DistillationSummary(ProjectStore &, const EpochCallback &,
                                               const ProgressCallback &, const CancellationFlag &)>
                 distil,
             bool showCurves);

    MainWindow *m_window;
    QAction *m_run;
    QAction *m_redistill;
    QAction *m_resume;
};

} // namespace candist
