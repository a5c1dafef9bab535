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
#include "review/review_ranker.h"
#include "review_view.h"
#include "store/project_store.h"
#include "student/distiller.h"
#include "student/word_vector_choice.h"

namespace candist {

namespace {

struct DialogDefaults
{
    DistillationOptions options;
    bool hasGold = false;
    QString wordVectors; // the setting: the choice, not a resolved path
    // Why a method cannot run on the project (Distiller::readinessProblem), empty when it can:
    // the candidate-set methods need a teacher answer or a human label, gold only samples.
    QString candidateSetsProblem;
    QString goldProblem;

    QString problemFor(DistillationMethod method) const
    {
        return method == DistillationMethod::Gold ? goldProblem : candidateSetsProblem;
    }
};

// The last run's parameters, so that "run again with one switch changed" is one click.
DialogDefaults readDefaults(ProjectStore &store)
{
    DialogDefaults defaults;
    defaults.hasGold = store.hasGold();
    defaults.candidateSetsProblem = Distiller::readinessProblem(store, DistillationMethod::CanDist);
    defaults.goldProblem = Distiller::readinessProblem(store, DistillationMethod::Gold);
    const AppSettings settings = AppSettings::load();
    const QVector<DistillationRunInfo> runs = store.runs();
    if (!runs.isEmpty()) {
        defaults.options = DistillationOptions::fromJson(runs.last().parameters);
    } else {
        defaults.options.epochs = settings.defaultEpochs;
        defaults.options.seed = quint64(settings.defaultSeed);
        defaults.options.threads = settings.studentThreads;
    }
    // The vectors follow the setting, not the last run: a file the last run used may be gone.
    defaults.wordVectors = settings.wordVectors;
    defaults.options.bag.wordVectors = {};
    if (defaults.options.student == StudentKind::HashedBag)
        defaults.options.bag.wordVectors.path = resolveWordVectors(settings.wordVectors).path;
    return defaults;
}

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
    m_redistill =
        new QAction(QIcon(QStringLiteral(":/icons/run-student.svg")), tr("&Re-distil Now"), this);
    m_redistill->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    m_redistill->setToolTip(tr("Train the student again with the last run's parameters; human "
                               "labels enter as singleton candidate sets"));
    window->runMenu()->insertAction(window->runAnchor(), m_redistill);
    connect(m_redistill, &QAction::triggered, this, &DistillationActions::redistillNow);
    m_resume = new QAction(tr("Res&ume Interrupted Run"), this);
    m_resume->setToolTip(tr("Continue the last distillation run that was cancelled, failed or "
                            "killed, from its last checkpoint, with the same parameters"));
    m_resume->setEnabled(false);
    window->runMenu()->insertAction(window->runAnchor(), m_resume);
    connect(m_resume, &QAction::triggered, this, &DistillationActions::startResume);
    connect(window->reviewView(), &ReviewView::redistillRequested, this,
            &DistillationActions::redistillNow);
    const auto update = [this] {
        m_run->setEnabled(m_window->document()->isOpen());
        m_redistill->setEnabled(m_window->document()->isOpen());
        refreshResumable();
    };
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
        this, &readDefaults, [this](const DialogDefaults &defaults) {
            // Refused before the dialog when no method it offers could run: choosing options
            // for a run that cannot start wastes the user's time.
            const bool onlyGoldCouldRun = !defaults.candidateSetsProblem.isEmpty();
            if (!defaults.goldProblem.isEmpty() || (onlyGoldCouldRun && !defaults.hasGold)) {
                refuse(defaults.problemFor(DistillationMethod::CanDist),
                       !defaults.goldProblem.isEmpty());
                return;
            }
            DistillationDialog dialog(defaults.options, defaults.hasGold, defaults.wordVectors,
                                      m_window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            setting::studentWordVectors.set(dialog.wordVectorsChoice());
            const DistillationOptions options = dialog.options();
            if (const QString problem = defaults.problemFor(options.method); !problem.isEmpty()) {
                refuse(problem, !defaults.goldProblem.isEmpty());
                return;
            }
            startRun(options);
        });
}

void DistillationActions::redistillNow()
{
    m_window->document()->post<DialogDefaults>(
        this, &readDefaults, [this](const DialogDefaults &defaults) {
            if (const QString problem = defaults.problemFor(defaults.options.method);
                !problem.isEmpty()) {
                refuse(problem, !defaults.goldProblem.isEmpty());
                return;
            }
            startRun(defaults.options, false);
        });
}

void DistillationActions::refuse(const QString &problem, bool noSamples)
{
    // The core's message names the project file and the CLI's commands; the window first says
    // what to do in the window, and keeps the core's words as the detail.
    const QString hint = noSamples ? tr("The project has no samples yet: File › Import Samples… "
                                        "adds some.")
                                   : tr("The samples have no candidate sets yet: Run › Run "
                                        "Teacher… asks the teacher for them (or label some "
                                        "samples by hand first).");
    m_window->reportError(tr("Distil Student"), hint + QStringLiteral("\n\n") + problem);
}

BackgroundJob *DistillationActions::startRun(const DistillationOptions &options, bool showCurves)
{
    return startJob(
        [options](ProjectStore &store, const EpochCallback &onEpoch,
                  const ProgressCallback &progress, const CancellationFlag &cancel) {
            return Distiller::run(store, options, HeldOutSet(), onEpoch, progress, &cancel);
        },
        showCurves);
}

BackgroundJob *DistillationActions::startResume()
{
    return startJob(
        [](ProjectStore &store, const EpochCallback &onEpoch, const ProgressCallback &progress,
           const CancellationFlag &cancel) {
            return Distiller::resume(store, std::nullopt, std::nullopt, HeldOutSet(), onEpoch,
                                     progress, &cancel);
        },
        true);
}

void DistillationActions::refreshResumable()
{
    if (!m_window->document()->isOpen()) {
        m_resume->setEnabled(false);
        return;
    }
    m_window->document()->post<bool>(
        this,
        [](ProjectStore &store) {
            // A run whose process died (before its first checkpoint, say) is not "running".
            Distiller::recoverInterruptedRuns(store);
            return Distiller::resumableRun(store).has_value();
        },
        [this](bool resumable) { m_resume->setEnabled(resumable); });
}

BackgroundJob *DistillationActions::startJob(
    std::function<DistillationSummary(ProjectStore &, const EpochCallback &,
                                      const ProgressCallback &, const CancellationFlag &)>
        distil,
    bool showCurves)
{
    BackgroundJob *job = m_window->document()->startLongJob(
        tr("Distillation"),
        [this, distil](ProjectStore &store, const ProgressCallback &progress,
                       const CancellationFlag &cancel) {
            const EpochCallback onEpoch = [this](const EpochMetrics &metrics) {
                QMetaObject::invokeMethod(
                    this, [this, epoch = metrics.epoch] { Q_EMIT epochFinished(epoch); },
                    Qt::QueuedConnection);
            };
            const DistillationSummary summary = distil(store, onEpoch, progress, cancel);
            // The review's queue is read from stored scores: score the new results now, in this
            // worker, rather than when the Review view next opens (seconds at a million samples).
            ReviewRanker(ReviewWeights::ofProject(store)).ensureStoredScores(store);
            return tr("run %1 %2 after %n epoch(s), teacher agreement %3, word vectors: %4",
                      nullptr, summary.epochs)
                .arg(summary.runId)
                .arg(summary.status)
                .arg(summary.teacherAgreement, 0, 'f', 3)
                .arg(summary.wordVectors.isEmpty() ? tr("none") : summary.wordVectors);
        },
        // A cancelled, failed or finished run changes what can be resumed.
        [this](bool, bool, const QString &) { refreshResumable(); });
    if (job && showCurves)
        m_window->showView(MainWindow::View::Curves);
    return job;
}

} // namespace candist
