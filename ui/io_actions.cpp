#include "io_actions.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QToolBar>
#include <QVBoxLayout>

#include "background_job.h"
#include "export_dialog.h"
#include "import_preview_widgets.h"
#include "import_wizard.h"
#include "io/project_statistics.h"
#include "main_window.h"
#include "project_document.h"
#include "teacher/batch_results_importer.h"

namespace candist {

IoActions::IoActions(MainWindow *window) : QObject(window), m_window(window)
{
    m_import =
        new QAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import Samples…"), this);
    m_import->setShortcut(QKeySequence(tr("Ctrl+I")));
    m_importAnnotations = new QAction(tr("Import &Annotations…"), this);
    m_importAnnotations->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    m_importAnnotations->setStatusTip(
        tr("Load candidate sets: existing annotations or OpenAI Batch API results"));
    m_export =
        new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export Labels…"), this);
    m_export->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_statistics = new QAction(tr("Project &Statistics…"), this);
    m_statistics->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    window->fileMenu()->insertAction(window->fileAnchor(), m_import);
    window->fileMenu()->insertAction(window->fileAnchor(), m_importAnnotations);
    window->fileMenu()->insertAction(window->fileAnchor(), m_export);
    window->viewMenu()->addAction(m_statistics);
    window->mainToolBar()->insertAction(window->mainToolBar()->actions().value(1), m_import);
    connect(m_import, &QAction::triggered, this, &IoActions::importInteractive);
    connect(m_importAnnotations, &QAction::triggered, this,
            &IoActions::importAnnotationsInteractive);
    connect(m_export, &QAction::triggered, this, &IoActions::exportInteractive);
    connect(m_statistics, &QAction::triggered, this, &IoActions::showStatistics);
    ProjectDocument *document = window->document();
    connect(document, &ProjectDocument::opened, this, &IoActions::updateActions);
    connect(document, &ProjectDocument::closed, this, &IoActions::updateActions);
    connect(document, &ProjectDocument::countsChanged, this, &IoActions::updateActions);
    updateActions();
}

void IoActions::updateActions()
{
    const bool open = m_window->document()->isOpen();
    // Annotations name samples: there must be some to name.
    m_importAnnotations->setEnabled(open && m_window->document()->sampleCount() > 0);
    m_export->setEnabled(open);
    m_statistics->setEnabled(open);
}

void IoActions::importInteractive()
{
    ImportWizard wizard(m_window);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const ImportOptions options = wizard.options();
    rememberImportDirectory(options.inputPath);
    ProjectDocument *document = m_window->document();
    if (document->isOpen()) {
        startImport(options);
        return;
    }
    // No project yet: the import creates one beside the data file.
    const QFileInfo input(options.inputPath);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("New Project for the Import"),
        input.dir().filePath(input.completeBaseName() + QStringLiteral(".candist")),
        tr("CanDist projects (*.candist)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(m_window, tr("Import Samples"),
                             tr("%1 already exists; open it and import again.").arg(path));
        return;
    }
    auto *once = new QObject(this);
    connect(document, &ProjectDocument::opened, once, [this, options, once] {
        delete once;
        startImport(options);
    });
    connect(document, &ProjectDocument::openFailed, once, [once] { delete once; });
    document->open(path, true);
}

BackgroundJob *IoActions::startImport(const ImportOptions &options)
{
    return m_window->document()->startLongJob(
        tr("Import"), [options](ProjectStore &store, const ProgressCallback &progress,
                                const CancellationFlag &cancel) {
            const ImportReport report = SampleImporter::run(store, options, progress, &cancel);
            QString text = tr("%n sample(s) imported", nullptr, int(report.imported));
            if (report.withGold > 0)
                text += tr(", %1 with gold").arg(QLocale().toString(report.withGold));
            if (!report.skipped.isEmpty())
                text += tr(", %n row(s) skipped (first: line %1, %2)", nullptr,
                           int(report.skipped.size()))
                            .arg(report.skipped.first().line)
                            .arg(report.skipped.first().reason);
            return text;
        });
}

void IoActions::importAnnotationsInteractive()
{
    ImportAnnotationsWizard wizard(m_window->document()->schema(), m_window);
    if (wizard.exec() != QDialog::Accepted)
        return;
    const AnnotationImportRequest request = wizard.request();
    rememberImportDirectory(request.annotations.inputPath);
    if (!startAnnotationImport(request))
        m_window->reportError(tr("Import Annotations"),
                              tr("Another job is running; wait for it to finish or cancel it."));
}

BackgroundJob *IoActions::startAnnotationImport(const AnnotationImportRequest &request)
{
    return m_window->document()->startLongJob(
        tr("Import annotations"), [request](ProjectStore &store, const ProgressCallback &progress,
                                            const CancellationFlag &cancel) {
            const QLocale locale;
            if (request.kind == AnnotationImportRequest::Kind::BatchResults) {
                const BatchResultsReport report = BatchResultsImporter::run(
                    store, request.annotations.inputPath, progress, &cancel);
                return tr("%n sample(s) annotated, %1 without a valid label, %2 failed, %3 left "
                          "pending, from %4 answer line(s); cost %5",
                          nullptr, int(report.annotated))
                    .arg(locale.toString(report.parseFailed),
                         locale.toString(report.transportFailed),
                         locale.toString(report.incomplete), locale.toString(report.lines),
                         locale.toString(report.cost, 'f', 4));
            }
            const AnnotationImportReport report =
                AnnotationImporter::run(store, request.annotations, progress, &cancel);
            return tr("%n sample(s) annotated, %1 abstained, from %2 row(s)", nullptr,
                      int(report.annotated))
                .arg(locale.toString(report.abstained), locale.toString(report.rows));
        });
}

void IoActions::exportInteractive()
{
    const QFileInfo project(m_window->document()->path());
    ExportDialog dialog(
        project.dir().filePath(project.completeBaseName() + QStringLiteral("-labels.csv")),
        m_window);
    if (dialog.exec() == QDialog::Accepted)
        startExport(dialog.options());
}

BackgroundJob *IoActions::startExport(const ExportOptions &options)
{
    return m_window->document()->startLongJob(
        tr("Export"), [options](ProjectStore &store, const ProgressCallback &progress,
                                const CancellationFlag &cancel) {
            const ExportReport report = CsvExporter::run(store, options, progress, &cancel);
            return tr("%n row(s) written to %1", nullptr, int(report.rows))
                .arg(QDir::toNativeSeparators(options.outputPath));
        });
}

void IoActions::showStatistics()
{
    m_window->document()->post<QString>(
        this,
        [](ProjectStore &store) {
            return ProjectStatistics::toText(ProjectStatistics::compute(store));
        },
        [this](const QString &text) {
            // Non-modal: the numbers stay visible beside the table.
            auto *dialog = new QDialog(m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Project Statistics"));
            auto *layout = new QVBoxLayout(dialog);
            auto *view = new QPlainTextEdit(text, dialog);
            view->setReadOnly(true);
            view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            view->setAccessibleName(tr("Project statistics"));
            view->setMinimumSize(560, 420);
            layout->addWidget(view);
            auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
            connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
            layout->addWidget(buttons);
            dialog->show();
            Q_EMIT statisticsShown(text);
        });
}

} // namespace candist
