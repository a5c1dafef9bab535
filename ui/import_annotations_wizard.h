#pragma once

#include <QWizard>

#include "io/annotation_importer.h"
#include "io/sample_importer.h"
#include "model/label_schema.h"

class QComboBox;
class QLabel;
class QListWidget;
class QRadioButton;

namespace candist {

class DataFileField;
class PreviewTable;

// What File › Import Annotations runs.
struct AnnotationImportRequest
{
    enum class Kind
    {
        Annotations,  // label columns of a CSV/JSONL file (AnnotationImporter)
        BatchResults, // an OpenAI Batch API output file (BatchResultsImporter)
    };
    Kind kind = Kind::Annotations;
    AnnotationImportOptions annotations; // inputPath names the file of either kind
};

// File › Import Annotations: pick a CSV/JSONL file of annotations or an OpenAI Batch API results
// file (told apart by the keys of its first line; the user can choose otherwise), see its first
// rows, and map the column that names the samples (their ids, or their exact texts) and one or
// several label columns (several: one per annotator, merged into one set with vote counts, as
// `candist-cli import-annotations --column A,B` does). Finish stays disabled until the mapping
// can be imported: the previewed cells must name the project's labels. The wizard only collects
// the request; the window runs it in the background (one transaction: all or nothing).
class ImportAnnotationsWizard : public QWizard
{
    Q_OBJECT
public:
    using Kind = AnnotationImportRequest::Kind;

    // `schema`: the open project's labels, which the preview is checked against.
    explicit ImportAnnotationsWizard(LabelSchema schema, QWidget *parent = nullptr);

    // Preselects the input file (tests, drag and drop), loads its preview and guesses the kind
    // and the mapping.
    void setInputPath(const QString &path);
    const ImportPreview &preview() const { return m_preview; }
    static constexpr int kPreviewRows = 20;

    Kind kind() const;
    void setKind(Kind kind);
    // The mapping, as the user sets it on the second page.
    bool matchesById() const;
    void setMatchById(bool byId);
    QString keyColumn() const;
    void setKeyColumn(const QString &column);
    QStringList labelColumns() const;
    void setLabelColumns(const QStringList &columns);

    // Why the current choice cannot be imported (what the mapping page shows); empty when it can.
    QString mappingProblem() const;
    AnnotationImportRequest request() const;

private:
    class FilePage;
    class MappingPage;
    void loadPreview();
    void guessMapping();
    void mappingChanged();
    QString unknownLabelInPreview() const;

    LabelSchema m_schema;
    ImportPreview m_preview;
    FilePage *m_filePage;
    MappingPage *m_mappingPage;
    DataFileField *m_path;
    QLabel *m_fileStatus;
    QRadioButton *m_annotationsKind;
    QRadioButton *m_batchKind;
    PreviewTable *m_table;
    QWidget *m_mappingForm;
    QComboBox *m_matchBy;
    QComboBox *m_keyColumn;
    QListWidget *m_labelColumns;
    QLabel *m_batchNote;
    QLabel *m_mappingStatus;
};

} // namespace candist
