#include "main_window.h"

#include <algorithm>
#include <utility>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include "agreement_view.h"
#include "app_settings.h"
#include "chips_delegate.h"
#include "color_scheme.h"
#include "decision_keys.h"
#include "detail_panel.h"
#include "distillation_actions.h"
#include "distillation_view.h"
#include "filter_bar.h"
#include "io_actions.h"
#include "job_progress_widget.h"
#include "label_schema_editor.h"
#include "note_flag_texts.h"
#include "project_document.h"
#include "review_view.h"
#include "sample_table_model.h"
#include "setting_keys.h"
#include "settings_dialog.h"
#include "shortcut_catalog.h"
#include "shortcuts_dialog.h"
#include "spot_check_view.h"
#include "teacher_actions.h"
#include "translation_loader.h"

// The icons are compiled into the static candist_ui library; registering them here pulls the
// resource object into every binary that shows the window.
static void initResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace candist {

namespace {

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QString projectFilter()
{
    return MainWindow::tr("CanDist projects (*.candist);;All files (*)");
}

} // namespace

MainWindow::MainWindow(Options options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_document(new ProjectDocument(this))
    , m_model(new SampleTableModel(m_document, this))
{
    initResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(icon("candist"));
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Views"));
    auto *samples = new QWidget(m_tabs);
    auto *samplesLayout = new QVBoxLayout(samples);
    samplesLayout->setContentsMargins(0, 0, 0, 0);
    samplesLayout->setSpacing(0);
    m_filterBar = new FilterBar(samples);
    samplesLayout->addWidget(m_filterBar);
    m_table = new QTableView(samples);
    m_table->setObjectName(QStringLiteral("sampleTable"));
    m_table->setAccessibleName(tr("Samples"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Shift and Ctrl extend the selection for the bulk actions; a label key still decides the
    // current row only.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->setDefaultSectionSize(26);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionResizeMode(SampleTableModel::TextColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(SampleTableModel::IdColumn, 90);
    m_table->setColumnWidth(SampleTableModel::CandidatesColumn, 220);
    m_table->setColumnWidth(SampleTableModel::StudentColumn, 110);
    m_table->setColumnWidth(SampleTableModel::ConfidenceColumn, 110);
    m_table->setColumnWidth(SampleTableModel::FinalColumn, 150);
    m_table->setColumnWidth(SampleTableModel::FlagsColumn, 130);
    m_table->setItemDelegateForColumn(SampleTableModel::CandidatesColumn,
                                      new ChipsDelegate(m_table));
    m_table->setItemDelegateForColumn(SampleTableModel::FlagsColumn, new ChipsDelegate(m_table));
    m_table->setItemDelegateForColumn(SampleTableModel::ConfidenceColumn,
                                      new ConfidenceBarDelegate(m_table));
    samplesLayout->addWidget(m_table, 1);
    m_tabs->addTab(samples, icon("table"), tr("Samples"));

    m_curves = new DistillationView(m_document, m_tabs);
    m_tabs->addTab(m_curves, icon("curves"), tr("Distillation"));
    m_review = new ReviewView(m_document, m_tabs);
    m_tabs->addTab(m_review, icon("labels"), tr("Review"));
    m_agreement = new AgreementView(m_document, m_tabs);
    m_tabs->addTab(m_agreement, icon("curves"), tr("Agreement"));
    m_spotCheck = new SpotCheckView(m_document, m_tabs);
    m_tabs->addTab(m_spotCheck, icon("labels"), tr("Spot Check"));
    setCentralWidget(m_tabs);

    m_detail = new DetailPanel(m_document, this);
    m_detailDock = new QDockWidget(tr("Sample"), this);
    m_detailDock->setObjectName(QStringLiteral("detailDock"));
    m_detailDock->setWidget(m_detail);
    m_detailDock->setMinimumWidth(300);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    // The sample panel belongs to the Samples tab: the other views get the whole width, and
    // the panel comes back with the table if it was open there.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab != 0) {
            if (m_tabs->property("lastTab").toInt() == 0)
                m_detailWasVisible = m_detailDock->isVisible();
            m_detailDock->hide();
        } else if (m_detailWasVisible) {
            m_detailDock->show();
        }
        if (tab == 0)
            onCurrentRowChanged(); // back from the review: the table's sample again
        // The spot check is blind: the panel would show the teacher's and the student's answers.
        m_detailDock->toggleViewAction()->setEnabled(m_tabs->widget(tab) != m_spotCheck);
        m_tabs->setProperty("lastTab", tab);
    });
    // Shown in the review (Ctrl+3), the panel describes the sample under review.
    connect(m_review, &ReviewView::sampleShown, m_detail,
            [this](qint64 row) { m_detail->showSample(row); });

    createActions();
    createNoteActions();
    createSelectionActions();
    createMenus();
    createToolBar();
    createStatusBar();
    // The pipeline stages add their own actions to the File and Run menus and the toolbar.
    new IoActions(this);
    new TeacherActions(this);
    new DistillationActions(this);

    connect(m_filterBar, &FilterBar::filterChanged, m_model, &SampleTableModel::setFilter);
    connect(m_filterBar, &FilterBar::sortChanged, this, &MainWindow::applySortBoxOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this] { m_filterBar->setSort(m_model->sortOrder()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    // A row's page may arrive after it became current: show it then.
    connect(m_model, &SampleTableModel::pageLoaded, this, [this](int first, int last) {
        const int current = m_table->currentIndex().row();
        if (current >= first && current <= last && m_detail->currentRow() < 0)
            onCurrentRowChanged();
    });
    connect(m_model, &SampleTableModel::orderReady, this, [this] {
        m_detail->showSample(-1);
        updateStatus();
    });

    connect(m_agreement, &AgreementView::cellActivated, this, &MainWindow::showAgreementCell);
    connect(m_document, &ProjectDocument::opened, this, [this] {
        AppSettings::addRecentProject(m_document->path());
        updateRecentMenu();
        m_filterBar->setSchema(m_document->schema());
        rebuildLabelShortcuts();
        updateTitle();
        updateActions();
        updateStatus();
        if (std::exchange(m_restoreSessionOnOpen, false))
            restoreSession();
    });
    connect(m_document, &ProjectDocument::openFailed, this, [this](const QString &message) {
        m_restoreSessionOnOpen = false;
        reportError(tr("Open project"), message);
        updateTitle();
        updateActions();
    });
    connect(m_document, &ProjectDocument::closed, this, [this] {
        updateTitle();
        updateActions();
        updateStatus();
    });
    connect(m_document, &ProjectDocument::schemaChanged, this, [this] {
        m_filterBar->setSchema(m_document->schema());
        rebuildLabelShortcuts();
    });
    connect(m_document, &ProjectDocument::countsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &ProjectDocument::savedChanged, this, &MainWindow::updateStatus);
    connect(m_document, &ProjectDocument::bulkProgress, this, [this](qint64 done, qint64 total) {
        // Small bulk writes end before a progress line could be read; the summary stays then.
        constexpr qint64 kWorthReporting = 10000;
        if (total < kWorthReporting)
            return;
        const QLocale locale;
        statusBar()->showMessage(done < total
                                     ? tr("Recording decisions… %1 of %2")
                                           .arg(locale.toString(done), locale.toString(total))
                                     : tr("%1 decisions recorded.").arg(locale.toString(total)),
                                 done < total ? 0 : 30000);
    });
    connect(m_document, &ProjectDocument::busyChanged, this, &MainWindow::updateStatus);
    connect(m_document, &ProjectDocument::longJobStarted, this, [this](BackgroundJob *job) {
        m_jobProgress->track(job);
        m_cancelJobAction->setEnabled(true);
    });
    connect(m_document, &ProjectDocument::longJobFinished, this,
            [this](const QString &title, bool ok, bool cancelled, const QString &message) {
                m_cancelJobAction->setEnabled(false);
                // Cancel is an outcome: the status line says so, no warning dialog.
                m_jobProgress->showResult(cancelled ? tr("%1 cancelled: %2").arg(title, message)
                                          : !ok     ? tr("%1 failed: %2").arg(title, message)
                                                    : tr("%1: %2").arg(title, message));
                if (!ok && !cancelled)
                    reportError(title, message);
            });
    connect(m_document, &ProjectDocument::errorOccurred, this, [this](const QString &message) {
        reportError(tr("CanDist Workbench"), message);
        m_document->reload(); // the views show what the store really holds
    });
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);

    resize(1440, 900);
    if (m_options.restoreLayout) {
        restoreGeometry(setting::windowGeometry.get());
        restoreState(setting::windowState.get());
        m_table->horizontalHeader()->restoreState(setting::windowTableHeader.get());
    }
    for (int column = 0; column < SampleTableModel::ColumnCount; ++column)
        if (column != SampleTableModel::TextColumn)
            m_preferredColumnWidths.insert(column, header->sectionSize(column));
    connect(header, &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (!m_fittingColumns && column != SampleTableModel::TextColumn)
            m_preferredColumnWidths.insert(column, size); // the user dragged it
    });
    m_table->viewport()->installEventFilter(this);
    updateTitle();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // A job's thread may still report to objects about to die: stop it first.
    m_document->stopLongJob();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(icon("new"), tr("&New Project…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newProject);
    m_openAction = new QAction(icon("open"), tr("&Open Project…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openProjectInteractive);
    m_closeAction = new QAction(tr("&Close Project"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeProject);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setIcon(icon("undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setIcon(icon("redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts(decision_keys::redoShortcuts());
    m_findAction = new QAction(icon("search"), tr("&Find…"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showView(View::Table);
        m_filterBar->focusSearch();
    });
    m_schemaAction = new QAction(icon("labels"), tr("&Label Schema…"), this);
    m_schemaAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(m_schemaAction, &QAction::triggered, this, &MainWindow::editLabelSchema);
    m_settingsAction = new QAction(icon("settings"), tr("&Settings…"), this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    if (m_settingsAction->shortcut().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::editSettings);

    m_samplesViewAction = new QAction(icon("table"), tr("&Samples"), this);
    m_samplesViewAction->setShortcut(QKeySequence(tr("Ctrl+1")));
    connect(m_samplesViewAction, &QAction::triggered, this, [this] { showView(View::Table); });
    m_curvesViewAction = new QAction(icon("curves"), tr("&Distillation Curves"), this);
    m_curvesViewAction->setShortcut(QKeySequence(tr("Ctrl+2")));
    connect(m_curvesViewAction, &QAction::triggered, this, [this] { showView(View::Curves); });
    m_reviewViewAction = new QAction(icon("labels"), tr("&Review"), this);
    m_reviewViewAction->setShortcut(QKeySequence(tr("Ctrl+4")));
    connect(m_reviewViewAction, &QAction::triggered, this, [this] { showView(View::Review); });
    m_agreementViewAction = new QAction(icon("curves"), tr("&Agreement Report"), this);
    m_agreementViewAction->setShortcut(QKeySequence(tr("Ctrl+5")));
    connect(m_agreementViewAction, &QAction::triggered, this,
            [this] { showView(View::Agreement); });
    m_refreshAction = new QAction(icon("refresh"), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    // The views follow the document's reloaded().
    connect(m_refreshAction, &QAction::triggered, m_document, &ProjectDocument::reload);

    // Annotator keys: they act on the table's current row, so they live on the table and the
    // detail panel (typing into the search field must not label samples).
    m_nextAction = new QAction(tr("&Next Sample"), this);
    m_nextAction->setShortcut(QKeySequence(tr("J")));
    connect(m_nextAction, &QAction::triggered, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row + 1 < m_model->rowCount())
            m_table->setCurrentIndex(m_model->index(row + 1, SampleTableModel::IdColumn));
    });
    m_previousAction = new QAction(tr("&Previous Sample"), this);
    m_previousAction->setShortcut(QKeySequence(tr("K")));
    connect(m_previousAction, &QAction::triggered, this, [this] {
        const int row = m_table->currentIndex().row();
        if (row > 0)
            m_table->setCurrentIndex(m_model->index(row - 1, SampleTableModel::IdColumn));
    });
    m_skipAction = new QAction(tr("S&kip Sample"), this);
    m_skipAction->setShortcut(QKeySequence(Qt::Key_Space));
    connect(m_skipAction, &QAction::triggered, this, [this] {
        if (decideShown(HumanAction::Skip))
            m_nextAction->trigger();
    });
    m_clearDecisionAction = new QAction(tr("&Clear Decision"), this);
    m_clearDecisionAction->setShortcut(QKeySequence(Qt::Key_Backspace));
    connect(m_clearDecisionAction, &QAction::triggered, this,
            [this] { decideShown(HumanAction::Clear); });
    for (QAction *action : {m_nextAction, m_previousAction, m_skipAction, m_clearDecisionAction}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(action);
        m_detailDock->addAction(action);
    }

    m_cancelJobAction = new QAction(icon("stop"), tr("&Cancel Running Job"), this);
    m_cancelJobAction->setShortcut(QKeySequence(tr("Ctrl+.")));
    m_cancelJobAction->setEnabled(false);
    connect(m_cancelJobAction, &QAction::triggered, this, [this] {
        if (BackgroundJob *job = m_document->longJob())
            job->cancel();
    });

    m_aboutAction = new QAction(tr("&About CanDist Workbench"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showKeyboardShortcuts);
}

void MainWindow::createNoteActions()
{
    // Alt with a digit or C: the label hotkeys are plain digits and letters, Shift+key labels
    // too in the review, and Ctrl+digit switches views.
    const QStringList keys = {tr("Alt+1"), tr("Alt+2"), tr("Alt+3")};
    const QStringList texts = {tr("Flag for &Discussion"), tr("Flag as &Bad Text"),
                               tr("Flag as Schema &Gap")};
    for (int i = 0; i < sampleNoteFlags().size(); ++i) {
        const SampleNote::Flag flag = sampleNoteFlags().at(i);
        auto *action = new QAction(texts.at(i), this);
        action->setShortcut(QKeySequence(keys.at(i)));
        action->setToolTip(noteFlagDescription(flag));
        connect(action, &QAction::triggered, this, [this, flag] { flagSamples(flag); });
        m_flagActions.insert(flag, action);
    }
    m_commentAction = new QAction(tr("Co&mment on Sample"), this);
    m_commentAction->setShortcut(QKeySequence(tr("Alt+C")));
    connect(m_commentAction, &QAction::triggered, this, [this] {
        // The spot check is blind and hides the panel; elsewhere the panel comes forward.
        if (m_tabs->currentWidget() == m_spotCheck)
            return;
        if (m_tabs->currentIndex() != 0 && m_tabs->currentWidget() != m_review)
            showView(View::Table);
        m_detailDock->show();
        m_detailDock->raise();
        m_detail->focusComment();
    });
    QList<QAction *> actions = {m_commentAction};
    for (const SampleNote::Flag flag : sampleNoteFlags())
        actions.prepend(m_flagActions.value(flag));
    // Like the annotator keys they act where the samples are: the table, the panel, the review.
    for (QAction *action : actions) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(action);
        m_detailDock->addAction(action);
        m_review->addAction(action);
    }
}

void MainWindow::flagSamples(SampleNote::Flag flag)
{
    if (!m_document->isOpen() || m_tabs->currentWidget() == m_spotCheck)
        return;
    const QVector<SampleRow> rows =
        m_tabs->currentIndex() == 0 ? selectedSamples() : QVector<SampleRow>();
    if (rows.size() <= 1) {
        // Said in the status bar too: in the review the panel may be hidden.
        QUndoStack *stack = m_document->undoStack();
        const int before = stack->index();
        m_detail->toggleFlag(flag);
        statusBar()->showMessage(stack->index() != before
                                     ? stack->text(before)
                                     : tr("The sample is still loading: nothing was flagged."),
                                 10000);
        return;
    }
    statusBar()->showMessage(tr("Reading %n selected sample(s)…", nullptr, int(rows.size())));
    m_document->planNoteFlag(rows, flag, this, [this](const sample_note_query::FlagPlan &plan) {
        const QLocale locale;
        const QString name = noteFlagChipText(plan.flag);
        m_document->flagInBulk(plan);
        statusBar()->showMessage(
            plan.set
                ? tr("Flag %1 set on %2 samples.").arg(name, locale.toString(plan.apply.size()))
                : tr("Flag %1 taken off %2 samples.").arg(name, locale.toString(plan.apply.size())),
            30000);
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_fileAnchor = file->addSeparator();
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addSeparator();
    edit->addAction(m_schemaAction);
    edit->addAction(m_settingsAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->addAction(m_samplesViewAction);
    view->addAction(m_curvesViewAction);
    view->addAction(m_reviewViewAction);
    // The blind review of the spot checks (docs/label-quality.md): its own tab, after the rest.
    QAction *spotCheckAction = view->addAction(icon("labels"), tr("Spo&t Check"));
    spotCheckAction->setShortcut(QKeySequence(tr("Ctrl+6")));
    connect(spotCheckAction, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_spotCheck);
        m_spotCheck->setFocus();
    });
    view->addAction(m_agreementViewAction);
    view->addSeparator();
    QAction *toggleDetail = m_detailDock->toggleViewAction();
    toggleDetail->setText(tr("Sample &Details"));
    toggleDetail->setShortcut(QKeySequence(tr("Ctrl+3")));
    view->addAction(toggleDetail);
    view->addSeparator();
    view->addAction(m_refreshAction);

    QMenu *annotate = menuBar()->addMenu(tr("&Annotate"));
    annotate->addAction(m_nextAction);
    annotate->addAction(m_previousAction);
    annotate->addAction(m_skipAction);
    annotate->addAction(m_clearDecisionAction);
    annotate->addSeparator();
    for (const SampleNote::Flag flag : sampleNoteFlags())
        annotate->addAction(m_flagActions.value(flag));
    annotate->addAction(m_commentAction);
    annotate->addSeparator();
    addSelectionActions(annotate);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->setObjectName(QStringLiteral("runMenu"));
    m_runMenu = run;
    m_runAnchor = run->addSeparator();
    run->addAction(m_cancelJobAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addSeparator();
    help->addAction(m_aboutAction);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createSelectionActions()
{
    // Ctrl+A is the table's own: in the search field it still selects the text.
    m_selectAllAction = new QAction(tr("Select &All Samples"), this);
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_selectAllAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_selectAllAction, &QAction::triggered, m_table, &QTableView::selectAll);
    m_table->addAction(m_selectAllAction);

    using Target = bulk_decision_query::Target;
    const auto bulk = [this](const QString &text, Target target) {
        auto *action = new QAction(text, this);
        connect(action, &QAction::triggered, this, [this, target] { decideSelection(target); });
        return action;
    };
    m_acceptStudentForSelection =
        bulk(tr("Accept &Student's Label for Selection"), Target::StudentLabel);
    m_acceptTeacherForSelection =
        bulk(tr("Accept &Teacher's First Candidate for Selection"), Target::TeacherFirstCandidate);
    m_clearSelectionDecisions = bulk(tr("Clear &Decisions of Selection"), Target::Clear);

    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        addSelectionActions(&menu);
        menu.addSeparator();
        for (const SampleNote::Flag flag : sampleNoteFlags())
            menu.addAction(m_flagActions.value(flag));
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
}

void MainWindow::addSelectionActions(QMenu *menu) const
{
    menu->addAction(m_selectAllAction);
    menu->addAction(m_acceptStudentForSelection);
    menu->addAction(m_acceptTeacherForSelection);
    menu->addAction(m_clearSelectionDecisions);
}

QVector<SampleRow> MainWindow::selectedSamples() const
{
    const int count = m_model->rowCount();
    // Ranges may overlap after Ctrl+clicks; a bitmap gives each position once, in table order.
    std::vector<bool> selected(size_t(std::max(0, count)), false);
    qint64 total = 0;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        for (int position = std::max(0, range.top());
             position <= range.bottom() && position < count; ++position) {
            if (!selected[size_t(position)]) {
                selected[size_t(position)] = true;
                ++total;
            }
        }
    }
    QVector<SampleRow> rows;
    rows.reserve(total);
    for (int position = 0; position < count; ++position)
        if (selected[size_t(position)])
            rows << m_model->sampleAt(position);
    return rows;
}

void MainWindow::decideSelection(bulk_decision_query::Target target)
{
    const QVector<SampleRow> rows = selectedSamples();
    if (rows.isEmpty()) {
        statusBar()->showMessage(tr("Select samples in the table first (Shift, Ctrl or Ctrl+A)."),
                                 10000);
        return;
    }
    statusBar()->showMessage(tr("Reading %n selected sample(s)…", nullptr, int(rows.size())));
    m_document->planBulkDecision(
        rows, target, this, [this, target](const bulk_decision_query::Plan &plan) {
            const QLocale locale;
            const QString skipped =
                tr("%1 already decided so, %2 without a label to take.")
                    .arg(locale.toString(plan.unchanged), locale.toString(plan.withoutTarget));
            if (plan.apply.isEmpty()) {
                statusBar()->showMessage(tr("Nothing to change: %1").arg(skipped), 30000);
                return;
            }
            if (plan.apply.size() > kConfirmBulkAbove) {
                QMessageBox box(
                    QMessageBox::Question, tr("Bulk Decision"),
                    tr("This changes the decisions of %1 samples (%2). One undo (Ctrl+Z) "
                       "reverts all of them.")
                        .arg(locale.toString(plan.apply.size()), skipped),
                    QMessageBox::NoButton, this);
                QPushButton *apply = box.addButton(tr("Change Them"), QMessageBox::AcceptRole);
                box.addButton(QMessageBox::Cancel);
                box.setDefaultButton(apply);
                box.exec();
                if (box.clickedButton() != apply) {
                    statusBar()->showMessage(tr("Bulk decision cancelled: nothing changed."),
                                             10000);
                    return;
                }
            }
            m_document->decideInBulk(plan, target);
            statusBar()->showMessage(
                tr("%1 decisions changed; %2").arg(locale.toString(plan.apply.size()), skipped),
                30000);
        });
}

void MainWindow::showKeyboardShortcuts()
{
    if (!m_shortcutsDialog)
        m_shortcutsDialog = new ShortcutsDialog(this);
    m_shortcutsDialog->setEntries(shortcut_catalog::windowShortcuts(this) +
                                  shortcut_catalog::reviewKeys(m_document->schema()));
    m_shortcutsDialog->show();
    m_shortcutsDialog->raise();
    m_shortcutsDialog->activateWindow();
}

void MainWindow::createToolBar()
{
    QToolBar *toolbar = addToolBar(tr("Main"));
    m_toolBar = toolbar;
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setIconSize(QSize(20, 20));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_openAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
    toolbar->addSeparator();
    toolbar->addAction(m_schemaAction);
    toolbar->addAction(m_refreshAction);
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setAccessibleName(tr("Sample count"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(14);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Database activity"));
    m_jobProgress = new JobProgressWidget(this);
    statusBar()->addPermanentWidget(m_jobProgress);
    m_savedLabel = new QLabel(this);
    m_savedLabel->setAccessibleName(tr("Saved state"));
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->addPermanentWidget(m_savedLabel);
}

void MainWindow::updateTitle()
{
    if (!m_document->isOpen()) {
        setWindowTitle(tr("CanDist Workbench"));
        setWindowFilePath(QString());
        return;
    }
    setWindowFilePath(m_document->path());
    setWindowTitle(tr("%1 — CanDist Workbench").arg(QFileInfo(m_document->path()).fileName()));
}

void MainWindow::updateActions()
{
    const bool open = m_document->isOpen();
    for (QAction *action :
         {m_closeAction, m_findAction, m_schemaAction, m_refreshAction, m_nextAction,
          m_previousAction, m_skipAction, m_clearDecisionAction, m_selectAllAction,
          m_acceptStudentForSelection, m_acceptTeacherForSelection, m_clearSelectionDecisions,
          m_commentAction})
        action->setEnabled(open);
    for (QAction *action : std::as_const(m_flagActions))
        action->setEnabled(open);
}

void MainWindow::updateStatus()
{
    const QLocale locale;
    if (!m_document->isOpen()) {
        m_countLabel->setText(
            tr("No project open. Open one with %1.")
                .arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    } else if (m_document->sampleCount() == 0) {
        m_countLabel->setText(
            tr("Empty project: add samples with File › Import Samples (Ctrl+I)."));
    } else if (!m_model->isReady()) {
        m_countLabel->setText(
            tr("%1 samples · loading…").arg(locale.toString(m_document->sampleCount())));
    } else {
        m_countLabel->setText(tr("%1 of %2 samples shown")
                                  .arg(locale.toString(m_model->rowCount()),
                                       locale.toString(m_document->sampleCount())));
    }
    m_busy->setVisible(m_document->isBusy());
    const bool saved = m_document->isSaved();
    m_savedLabel->setText(saved ? tr("✓ All changes saved") : tr("Saving…"));
    m_savedLabel->setToolTip(saved ? tr("Every decision is written to the project file the moment "
                                        "it is made")
                                   : tr("Writing to the project file"));
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentProjects();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction *action =
            m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                AppSettings::removeRecentProject(path);
                updateRecentMenu();
                QMessageBox::warning(
                    this, tr("Open Recent"),
                    tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
                return;
            }
            openProject(path);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::rebuildLabelShortcuts()
{
    qDeleteAll(m_labelShortcuts);
    m_labelShortcuts.clear();
    const LabelSchema &schema = m_document->schema();
    for (int i = 0; i < schema.size(); ++i) {
        if (schema.at(i).hotkey.isEmpty())
            continue;
        auto *action = new QAction(tr("Label as %1").arg(schema.at(i).name), this);
        action->setShortcut(QKeySequence(schema.at(i).hotkey));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, i] {
            if (decideShown(HumanAction::Label, i))
                m_nextAction->trigger();
        });
        m_table->addAction(action);
        m_detailDock->addAction(action);
        m_labelShortcuts << action;
    }
}

void MainWindow::openProject(const QString &path)
{
    m_document->open(path);
    updateTitle();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        keepTextColumnReadable();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::keepTextColumnReadable()
{
    constexpr int kTextMinimum = 240; // px: about 35 characters of a question
    constexpr int kNarrowest = 60;    // px: a column still shows a chip or a number
    int preferred = 0;
    int shrinkable = 0;
    for (auto it = m_preferredColumnWidths.cbegin(); it != m_preferredColumnWidths.cend(); ++it) {
        preferred += it.value();
        shrinkable += std::max(0, it.value() - kNarrowest);
    }
    const int textAtPreferred = m_table->viewport()->width() - preferred;
    const double keep =
        textAtPreferred >= kTextMinimum || shrinkable == 0
            ? 1.0
            : std::max(0.0, 1.0 - double(kTextMinimum - textAtPreferred) / shrinkable);
    const QScopedValueRollback<bool> fitting(m_fittingColumns, true);
    QHeaderView *header = m_table->horizontalHeader();
    for (auto it = m_preferredColumnWidths.cbegin(); it != m_preferredColumnWidths.cend(); ++it) {
        const int narrowest = std::min(it.value(), kNarrowest);
        header->resizeSection(it.key(), narrowest + int((it.value() - narrowest) * keep));
    }
}

bool MainWindow::decideShown(HumanAction action, int label)
{
    if (m_detail->decide(action, label))
        return true;
    // A key pressed right after moving: the key is not lost silently, and the table stays put.
    statusBar()->showMessage(tr("The sample is still loading: nothing was decided."), 5000);
    return false;
}

void MainWindow::showAgreementCell(int human, int machine, bool student)
{
    const AgreementReport &report = m_agreement->report();
    const AgreementReport::Machine &judged = student ? report.student : report.teacher;
    if (human >= report.labels.size() || machine >= report.labels.size() ||
        human >= judged.confusion.size() || machine >= judged.confusion.at(human).size())
        return;
    // Exactly the cell's samples: labelled `human` by a person, `machine` by the teacher (its
    // first candidate) or by a student that did not train on that person's label.
    SampleFilter filter;
    filter.status = SampleFilter::Status::HumanLabelled;
    filter.finalLabel = human; // a human label is the final label
    if (student) {
        filter.studentLabel = machine;
        filter.independentStudent = true;
    } else {
        filter.teacherLabel = machine;
    }
    m_filterBar->setFilter(filter);
    showView(View::Table);
    statusBar()->showMessage(tr("%n sample(s) you labelled %1 that the %2 labelled %3.", nullptr,
                                judged.confusion.at(human).at(machine))
                                 .arg(report.labels.at(human),
                                      student ? tr("student") : tr("teacher"),
                                      report.labels.at(machine)),
                             30000);
}

void MainWindow::applySortBoxOrder(const SampleSort &sort)
{
    {
        // The header shows column sorts only; without the blocker it would re-sort by row.
        const QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    }
    m_table->horizontalHeader()->viewport()->update();
    m_model->setSort(sort);
}

bool MainWindow::reopenLastProject()
{
    const QStringList recent = AppSettings::recentProjects();
    if (recent.isEmpty() || !QFileInfo::exists(recent.first()))
        return false;
    m_restoreSessionOnOpen = m_options.restoreLayout;
    openProject(recent.first());
    return true;
}

void MainWindow::saveSession() const
{
    setting::sessionView.set(m_tabs->currentIndex());
    const SampleSort &sort = m_model->sortOrder();
    setting::sessionSortKey.set(int(sort.key));
    setting::sessionSortOrder.set(int(sort.order));
    const SampleFilter &filter = m_model->filter();
    setting::sessionFilterStatus.set(int(filter.status));
    setting::sessionFilterFinalLabel.set(filter.finalLabel);
    setting::sessionFilterMinSetSize.set(filter.minSetSize);
    setting::sessionFilterMaxSetSize.set(filter.maxSetSize);
    setting::sessionFilterFlags.set(filter.flags);
    setting::sessionFilterNoteFlags.set(filter.noteFlags);
    setting::sessionFilterAnyNoteFlag.set(filter.anyNoteFlag);
    setting::sessionFilterHasComment.set(filter.hasComment);
}

void MainWindow::restoreSession()
{
    SampleFilter filter;
    filter.status = SampleFilter::Status(setting::sessionFilterStatus.get());
    filter.finalLabel = setting::sessionFilterFinalLabel.get();
    if (filter.finalLabel >= m_document->schema().size())
        filter.finalLabel = -1; // the schema shrank since (another file under the same name)
    filter.minSetSize = setting::sessionFilterMinSetSize.get();
    filter.maxSetSize = setting::sessionFilterMaxSetSize.get();
    filter.flags = setting::sessionFilterFlags.get();
    filter.noteFlags = setting::sessionFilterNoteFlags.get() & SampleNote::kAllFlags;
    filter.anyNoteFlag = setting::sessionFilterAnyNoteFlag.get();
    filter.hasComment = setting::sessionFilterHasComment.get();
    SampleSort sort;
    sort.key = SampleSort::Key(setting::sessionSortKey.get());
    sort.order = Qt::SortOrder(setting::sessionSortOrder.get());
    m_filterBar->setSort(sort);
    applySortBoxOrder(sort);
    m_filterBar->setFilter(filter); // emits filterChanged
    const int view = setting::sessionView.get();
    if (view >= 0 && view < m_tabs->count())
        m_tabs->setCurrentIndex(view);
}

void MainWindow::showView(View view)
{
    switch (view) {
    case View::Table:
    case View::Detail:
        m_tabs->setCurrentIndex(0);
        // The keys of the table (labels, J/K, Ctrl+A for the selection) act where Ctrl+1 lands.
        m_table->setFocus();
        break;
    case View::Curves:
        m_tabs->setCurrentIndex(1);
        break;
    case View::Review:
        m_tabs->setCurrentIndex(2);
        m_review->setFocus();
        break;
    case View::Agreement:
        m_tabs->setCurrentIndex(3);
        break;
    }
    if (view == View::Detail)
        m_detailDock->show();
}

void MainWindow::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const QVariant row = current.isValid() ? m_model->data(m_model->index(current.row(), 0),
                                                           SampleTableModel::SampleRowRole)
                                           : QVariant();
    m_detail->showSample(row.isValid() ? row.toLongLong() : -1);
}

void MainWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Project"), QStringLiteral("untitled.candist"), projectFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Project"),
                             tr("%1 already exists; open it instead, or choose a new name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_document->open(path, true);
}

void MainWindow::openProjectInteractive()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Project"), QString(), projectFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::closeProject()
{
    m_document->close();
}

void MainWindow::editLabelSchema()
{
    LabelSchemaEditor editor(m_document->schema(), m_document->labelsInUse(), this);
    if (editor.exec() == QDialog::Accepted)
        m_document->editLabelSchema(editor.schema());
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(AppSettings::load(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const AppSettings chosen = dialog.settings();
    chosen.save();
    applyColorScheme(chosen.colorScheme); // at once: no restart needed for colours
    if (dialog.language() != TranslationLoader::storedLanguage()) {
        TranslationLoader::storeLanguage(dialog.language());
        // Every window builds its texts once; a restart is simpler and safer than re-translating
        // each of them live (and keeps number formats consistent with the texts).
        QMessageBox::information(this, tr("Language"),
                                 tr("The new language takes effect when you restart CanDist "
                                    "Workbench."));
    }
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About CanDist Workbench"),
        tr("<h3>CanDist Workbench %1</h3><p>LLM-driven data annotation: prompt a teacher for "
           "candidate label sets, then distil them into a student (Xia et al., ACL 2025).</p>")
            .arg(QStringLiteral(CANDIST_VERSION)));
}

void MainWindow::reportError(const QString &title, const QString &message)
{
    if (m_options.modalErrors) {
        QMessageBox::warning(this, title, message);
        return;
    }
    qWarning("%s: %s", qPrintable(title), qPrintable(message));
    statusBar()->showMessage(tr("%1: %2").arg(title, message), 30000);
}

bool MainWindow::confirmQuitDuringJob()
{
    const BackgroundJob *job = m_document->longJob();
    if (!job)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Quit"),
                    tr("%1 is still running. Quit anyway? What it finished so far is saved, and "
                       "running it again continues from there.")
                        .arg(job->title()),
                    QMessageBox::NoButton, this);
    QPushButton *quit = box.addButton(tr("Cancel It and Quit"), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(tr("Keep Running"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == quit;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmQuitDuringJob()) {
        event->ignore();
        return;
    }
    if (BackgroundJob *job = m_document->longJob())
        job->cancel(); // stops after its current batch; closing the document waits for it
    if (m_options.restoreLayout) {
        // The review and the other views hide the sample dock; the layout to come back to is
        // the Samples tab's.
        if (m_tabs->currentIndex() != 0)
            m_detailDock->setVisible(m_detailWasVisible);
        saveSession();
        setting::windowGeometry.set(saveGeometry());
        setting::windowState.set(saveState());
        setting::windowTableHeader.set(m_table->horizontalHeader()->saveState());
    }
    m_document->close(); // joins the database thread: every write has landed
    event->accept();
}

} // namespace candist
