#pragma once

#include <QObject>

#include "student/distillation_options.h"

class QAction;

namespace candist {

class BackgroundJob;
class MainWindow;

// Run › Distil: the dialog and the background Distiller run; the Distillation view shows each
// epoch as the student finishes it.
class DistillationActions : public QObject
{
    Q_OBJECT
public:
    explicit DistillationActions(MainWindow *window);
    QAction *runAction() const { return m_run; }
    QAction *redistillAction() const { return m_redistill; }

    // `showCurves` switches to the Distillation view (off for re-distilling from the review).
    BackgroundJob *startRun(const DistillationOptions &options, bool showCurves = true);

Q_SIGNALS:
    void epochFinished(int epoch);

private:
    void runInteractive();
    // Runs again with the last run's parameters (human labels enter as singleton sets), staying
    // in the current view; the review queue re-ranks when the run ends.
    void redistillNow();

    MainWindow *m_window;
    QAction *m_run;
    QAction *m_redistill;
};

} // namespace candist
