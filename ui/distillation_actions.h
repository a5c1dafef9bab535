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

    BackgroundJob *startRun(const DistillationOptions &options);

Q_SIGNALS:
    void epochFinished(int epoch);

private:
    void runInteractive();

    MainWindow *m_window;
    QAction *m_run;
};

} // namespace candist
