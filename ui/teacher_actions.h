#pragma once

#include <QObject>

#include "teacher/teacher_run.h"
#include "teacher/teacher_settings.h"

class QAction;

namespace candist {

class BackgroundJob;
class MainWindow;

// Run › Teacher: the dialog (project settings, dry-run estimate) and the background run.
class TeacherActions : public QObject
{
    Q_OBJECT
public:
    explicit TeacherActions(MainWindow *window);
    QAction *runAction() const { return m_run; }

    // Saves `settings` in the project (saveTeacherSettings: the limit is for this run only) and
    // starts the run; nullptr while another job runs.
    BackgroundJob *startRun(const TeacherSettings &settings, const TeacherRunOptions &options = {});

    // The project's teacher settings (resolveTeacherSettings, as the CLI); the user's Settings
    // dialog supplies the defaults while the project has none of its own. Database thread.
    static TeacherSettings settingsFor(ProjectStore &store);

private:
    void runInteractive();

    MainWindow *m_window;
    QAction *m_run;
};

} // namespace candist
