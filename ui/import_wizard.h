#pragma once

#include <QWizard>

#include "io/sample_importer.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace candist {

class DataFileField;
class PreviewTable;

// File › Import Samples: pick a CSV or JSONL file, see its first rows, map the columns (text,
// gold, id) and optionally a label file. The wizard only collects ImportOptions; the window runs
// the import in the background (one transaction: all or nothing).
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    explicit ImportWizard(QWidget *parent = nullptr);

    // Preselects the input file (tests, drag and drop) and loads its preview.
    void setInputPath(const QString &path);
    ImportOptions options() const;
    // The preview the mapping page shows; empty header until a file was read.
    const ImportPreview &preview() const { return m_preview; }
    static constexpr int kPreviewRows = 20;

private:
    class FilePage;
    class MappingPage;
    void loadPreview();

    ImportPreview m_preview;
    QString m_previewError;
    DataFileField *m_path;
    QLabel *m_fileStatus;
    PreviewTable *m_table;
    QComboBox *m_text;
    QComboBox *m_gold;
    QComboBox *m_id;
    QLineEdit *m_labels;
    QLabel *m_mappingStatus;
};

} // namespace candist
