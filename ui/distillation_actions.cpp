#include "distillation_actions.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>

#include "app_settings.h"
#include "background_job.h"
#include "distillation_dialog.h"
#include "distillation_view.h"
#include "main_window.h"
#include "project_document.h"
#include "store/project_store.h"
#include "student/distiller.h"

namespace candist {

namespace {

struct DialogDefaults
{
    DistillationOptions options;
    bool hasGold = false;
};

} // namespace

DistillationActions::DistillationActions(MainWindow *window) : QObject(window), m_window(window)
{
    m_run =
        new QAction(QIcon(QStringLiteral(":/icons/run-student.svg")), tr("&Distil Student…"), this);
    m_run->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_run->setToolTip(tr("Train the student on the teacher's candidate sets"));
    window->runMenu()->insertAction(window->runAnchor(), m_run);
    window->mainToolBar()->addAction(m_run);
    connect(m_run, &QAction::triggered, this, &DistillationActions::runInteractive);
    ProjectDocument *document = window->document();
    const auto update = [this] { m_run->setEnabled(m_window->document()->isOpen()); };
    connect(document, &ProjectDocument::opened, this, update);
    connect(document, &ProjectDocument::closed, this, update);
    // A finished epoch is already in the store: the curves reload and show it.
    connect(this, &DistillationActions::epochFinished, window->distillationView(),
            &DistillationView::reload);
    update();
}

void DistillationActions::runInteractive()
{
    m_window->document()->post<DialogDefaults>(
        this,
        [](ProjectStore &store) {
            // The last run's parameters, so that "run again with one switch changed" is one click.
            DialogDefaults defaults;
            defaults.hasGold = store.hasGold();
            const QVector<DistillationRunInfo> runs = store.runs();
            if (!runs.isEmpty()) {
                defaults.options = DistillationOptions::fromJson(runs.last().parameters);
            } else {
                const AppSettings settings = AppSettings::load();
                defaults.options.epochs = settings.defaultEpochs;
                defaults.options.seed = quint64(settings.defaultSeed);
                defaults.options.threads = settings.studentThreads;
            }
            return defaults;
        },
        [this](const DialogDefaults &defaults) {
            DistillationDialog dialog(defaults.options, defaults.hasGold, m_window);
            if (dialog.exec() == QDialog::Accepted)
                startRun(dialog.options());
        });
}

BackgroundJob *DistillationActions::startRun(const DistillationOptions &options)
{
    BackgroundJob *job = m_window->runJob(
        tr("Distillation"), [this, options](ProjectStore &store, const ProgressCallback &progress,
                                            const CancellationFlag &cancel) {
            const EpochCallback onEpoch = [this](const EpochMetrics &metrics) {
                QMetaObject::invokeMethod(
                    this, [this, epoch = metrics.epoch] { Q_EMIT epochFinished(epoch); },
                    Qt::QueuedConnection);
            };
            const DistillationSummary summary =
                Distiller::run(store, options, HeldOutSet(), onEpoch, progress, &cancel);
            return tr("run %1 %2 after %n epoch(s), teacher agreement %3", nullptr, summary.epochs)
                .arg(summary.runId)
                .arg(summary.status)
                .arg(summary.teacherAgreement, 0, 'f', 3);
        });
    if (job)
        m_window->showView(MainWindow::View::Curves);
    return job;
}

} // namespace candist
