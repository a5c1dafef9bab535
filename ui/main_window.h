#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include "background_job.h"
#include "model/annotation.h"
#include "model/sample_note.h"
#include "sample_query.h"
#include "store/queries/bulk_decision_query.h"

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;
class QTableView;
class QToolBar;

namespace candist {

class AgreementView;
class DetailPanel;
class DistillationView;
class FilterBar;
class JobProgressWidget;
class ProjectDocument;
class ReviewView;
class SampleTableModel;
class ShortcutsDialog;
class SpotCheckView;

// The workbench window: sample table with filters (Samples tab), distillation curves
// (Distillation tab), the detail panel as a dock, menus, toolbar and status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class View
    {
        Table,
        Detail,
        Curves,
        Review,
        Agreement
    };
    struct Options
    {
        bool restoreLayout = true; // off for screenshots and tests: a fixed, known layout
        // Off for screenshots and tests: errors go to the status bar and stderr instead of a
        // modal box that nobody would close.
        bool modalErrors = true;
    };

    explicit MainWindow(Options options, QWidget *parent = nullptr);
    MainWindow() : MainWindow(Options{}) {}
    ~MainWindow() override;

    void openProject(const QString &path);
    // Opens the most recent project, if it still exists, and with Options::restoreLayout brings
    // back the view, sort and filters of the last session. Returns whether it opened one.
    bool reopenLastProject();
    void showView(View view);

    JobProgressWidget *jobProgress() const { return m_jobProgress; }

    // A bulk action over more samples than this asks first.
    static constexpr qint64 kConfirmBulkAbove = 1000;
    // The samples selected in the table, in table order, read from the model's order (no page
    // is fetched: Ctrl+A over a million rows costs 8 bytes a sample).
    QVector<SampleRow> selectedSamples() const;
    // Accept the student's label, the teacher's first candidate, or clear, for the selection.
    void decideSelection(bulk_decision_query::Target target);
    // Sets or clears one of the annotators' flags: on the table's selection when it holds
    // several samples (one undo step for all), else on the sample the detail panel shows.
    void flagSamples(SampleNote::Flag flag);
    QAction *flagAction(SampleNote::Flag flag) const { return m_flagActions.value(flag); }
    QAction *commentAction() const { return m_commentAction; }
    // Help › Keyboard Shortcuts, rebuilt from the actions each time it is shown.
    void showKeyboardShortcuts();
    ShortcutsDialog *shortcutsDialog() const { return m_shortcutsDialog; }

    // Tells the user why something failed or was refused: a message box, or with
    // Options::modalErrors off the status bar and stderr.
    void reportError(const QString &title, const QString &message);

    ProjectDocument *document() const { return m_document; }
    SampleTableModel *sampleModel() const { return m_model; }
    QTableView *sampleTable() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    DetailPanel *detailPanel() const { return m_detail; }
    DistillationView *distillationView() const { return m_curves; }
    ReviewView *reviewView() const { return m_review; }
    AgreementView *agreementView() const { return m_agreement; }
    SpotCheckView *spotCheckView() const { return m_spotCheck; }
    QLabel *savedIndicator() const { return m_savedLabel; }

    // Where the pipeline stages (import/export, teacher, distillation) add their actions:
    // before the anchor action of the File and Run menus.
    QMenu *fileMenu() const { return m_fileMenu; }
    QAction *fileAnchor() const { return m_fileAnchor; }
    QMenu *runMenu() const { return m_runMenu; }
    QAction *runAnchor() const { return m_runAnchor; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QToolBar *mainToolBar() const { return m_toolBar; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createNoteActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void createSelectionActions();
    void addSelectionActions(QMenu *menu) const;
    void updateTitle();
    void updateActions();
    void updateStatus();
    void updateRecentMenu();
    void rebuildLabelShortcuts();
    void newProject();
    void openProjectInteractive();
    void closeProject();
    void editLabelSchema();
    void editSettings();
    void about();
    void onCurrentRowChanged();
    // Sorts the table by the sort box's choice (not a column's header).
    void applySortBoxOrder(const SampleSort &sort);
    // Narrows the other table columns (down to a floor) before the stretched Text column gets
    // too narrow to read, and widens them back to their preferred widths when there is room.
    void keepTextColumnReadable();
    // The table with the samples of an agreement heat-map cell's row (AgreementView).
    // The detail panel's decision for the table's current sample, or a status line when its
    // detail has not arrived yet; true when decided.
    bool decideShown(HumanAction action, int label = -1);
    void showAgreementCell(int human, int machine, bool student);
    void saveSession() const;
    void restoreSession();
    // Asks before quitting while a job runs; false: keep running.
    bool confirmQuitDuringJob();

    Options m_options;
    ProjectDocument *m_document;
    SampleTableModel *m_model;
    QTabWidget *m_tabs;
    FilterBar *m_filterBar;
    QTableView *m_table;
    DetailPanel *m_detail;
    QDockWidget *m_detailDock;
    DistillationView *m_curves;
    ReviewView *m_review;
    AgreementView *m_agreement;
    SpotCheckView *m_spotCheck;
    QLabel *m_countLabel;
    QLabel *m_savedLabel;
    QProgressBar *m_busy;
    JobProgressWidget *m_jobProgress;
    QAction *m_cancelJobAction;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_fileMenu = nullptr;
    QAction *m_fileAnchor = nullptr;
    QMenu *m_runMenu = nullptr;
    QAction *m_runAnchor = nullptr;
    QMenu *m_viewMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QList<QAction *> m_labelShortcuts;
    bool m_detailWasVisible = true;
    bool m_restoreSessionOnOpen = false;     // set by reopenLastProject until that project opens
    QHash<int, int> m_preferredColumnWidths; // the user's (or default) widths, by column
    bool m_fittingColumns = false;           // our own resizes are no user preference

    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_closeAction;
    QAction *m_quitAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_findAction;
    QAction *m_schemaAction;
    QAction *m_settingsAction;
    QAction *m_samplesViewAction;
    QAction *m_curvesViewAction;
    QAction *m_reviewViewAction;
    QAction *m_agreementViewAction;
    QAction *m_refreshAction;
    QAction *m_nextAction;
    QAction *m_previousAction;
    QAction *m_skipAction;
    QAction *m_clearDecisionAction;
    QAction *m_aboutAction;
    QAction *m_shortcutsAction = nullptr;
    ShortcutsDialog *m_shortcutsDialog = nullptr; // a child of the window, made on first use
    QAction *m_selectAllAction = nullptr;
    QAction *m_acceptStudentForSelection = nullptr;
    QAction *m_acceptTeacherForSelection = nullptr;
    QAction *m_clearSelectionDecisions = nullptr;
    QHash<SampleNote::Flag, QAction *> m_flagActions;
    QAction *m_commentAction = nullptr;
};

} // namespace candist
