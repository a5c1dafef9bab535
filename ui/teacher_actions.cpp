#include "teacher_actions.h"

#include <QAction>
#include <QMenu>
#include <QPointer>
#include <QToolBar>

#include "app_settings.h"
#include "background_job.h"
#include "main_window.h"
#include "project_document.h"
#include "store/project_store.h"
#include "teacher/teacher_settings_resolution.h"
#include "teacher_dialog.h"

namespace candist {

TeacherActions::TeacherActions(MainWindow *window) : QObject(window), m_window(window)
{
    m_run =
        new QAction(QIcon(QStringLiteral(":/icons/run-teacher.svg")), tr("Run &Teacher…"), this);
    m_run->setShortcut(QKeySequence(tr("Ctrl+T")));
    m_run->setToolTip(tr("Ask the teacher LLM for candidate labels of every pending sample"));
    window->runMenu()->insertAction(window->runAnchor(), m_run);
    window->mainToolBar()->addAction(m_run);
    connect(m_run, &QAction::triggered, this, &TeacherActions::runInteractive);
    ProjectDocument *document = window->document();
    const auto update = [this] { m_run->setEnabled(m_window->document()->isOpen()); };
    connect(document, &ProjectDocument::opened, this, update);
    connect(document, &ProjectDocument::closed, this, update);
    update();
}

TeacherSettings TeacherActions::settingsFor(ProjectStore &store)
{
    return resolveTeacherSettings(store, {}, AppSettings::load().newProjectTeacherDefaults());
}

void TeacherActions::runInteractive()
{
    ProjectDocument *document = m_window->document();
    document->post<TeacherSettings>(
        this, [](ProjectStore &store) { return settingsFor(store); },
        [this, document](const TeacherSettings &settings) {
            TeacherDialog dialog(settings, m_window);
            QPointer<TeacherDialog> guard(&dialog);
            connect(&dialog, &TeacherDialog::estimateRequested, this,
                    [document, guard](const TeacherSettings &chosen) {
                        document->post<QString>(
                            guard.data(),
                            [chosen](ProjectStore &store) {
                                return TeacherRun::estimate(store, chosen).toText();
                            },
                            [guard](const QString &text) {
                                if (guard)
                                    guard->showEstimate(text);
                            });
                    });
            if (dialog.exec() == QDialog::Accepted)
                startRun(dialog.settings());
        });
}

BackgroundJob *TeacherActions::startRun(const TeacherSettings &settings,
                                        const TeacherRunOptions &options)
{
    return m_window->document()->startLongJob(
        tr("Teacher"), [settings, options](ProjectStore &store, const ProgressCallback &progress,
                                           const CancellationFlag &cancel) {
            saveTeacherSettings(store, settings);
            return TeacherRun::run(store, settings, progress, cancel, options).toText();
        });
}

} // namespace candist
