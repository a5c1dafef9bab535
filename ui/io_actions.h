#pragma once

#include <QObject>

#include "import_annotations_wizard.h"
#include "io/csv_exporter.h"
#include "io/sample_importer.h"

class QAction;

namespace candist {

class BackgroundJob;
class MainWindow;

// File › Import Samples, File › Import Annotations, File › Export Labels and View › Project
// Statistics: the io stage in the window. Imports and export run in the background as the
// document's long jobs (ProjectDocument::startLongJob).
class IoActions : public QObject
{
    Q_OBJECT
public:
    explicit IoActions(MainWindow *window);

    QAction *importAction() const { return m_import; }
    QAction *importAnnotationsAction() const { return m_importAnnotations; }
    QAction *exportAction() const { return m_export; }
    QAction *statisticsAction() const { return m_statistics; }

    // Start the jobs with options the dialogs collected; nullptr while another job runs.
    BackgroundJob *startImport(const ImportOptions &options);
    BackgroundJob *startAnnotationImport(const AnnotationImportRequest &request);
    BackgroundJob *startExport(const ExportOptions &options);

Q_SIGNALS:
    void statisticsShown(const QString &text);

private:
    void importInteractive();
    void importAnnotationsInteractive();
    void exportInteractive();
    void showStatistics();
    void updateActions();

    MainWindow *m_window;
    QAction *m_import;
    QAction *m_importAnnotations;
    QAction *m_export;
    QAction *m_statistics;
};

} // namespace candist
