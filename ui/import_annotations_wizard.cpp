#include "import_annotations_wizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

#include "import_preview_widgets.h"
#include "teacher/batch_results_importer.h"

namespace candist {

namespace {

// The order of the "Match samples by" choices.
constexpr int kById = 0;
constexpr int kByText = 1;

// Whether every name in `cell` is one of the schema's labels; `unknown` gets the first that is
// not. Blank names (an empty cell: an abstention) are fine.
bool namesKnownLabels(const QString &cell, const LabelSchema &schema, QString *unknown)
{
    for (const QString &part : AnnotationImporter::candidateNames(cell)) {
        const QString name = part.trimmed();
        if (!name.isEmpty() && schema.indexOf(name) < 0) {
            *unknown = name;
            return false;
        }
    }
    return true;
}

} // namespace

// Complete once the file could be read.
class ImportAnnotationsWizard::FilePage : public QWizardPage
{
public:
    explicit FilePage(ImportAnnotationsWizard *wizard) : m_wizard(wizard) {}
    bool isComplete() const override { return !m_wizard->m_preview.header.isEmpty(); }
    void changed() { Q_EMIT completeChanged(); }

private:
    ImportAnnotationsWizard *m_wizard;
};

// Complete once the choice can be imported (mappingProblem() is empty).
class ImportAnnotationsWizard::MappingPage : public QWizardPage
{
public:
    explicit MappingPage(ImportAnnotationsWizard *wizard) : m_wizard(wizard) {}
    bool isComplete() const override { return m_wizard->mappingProblem().isEmpty(); }
    void initializePage() override
    {
        const bool batch = m_wizard->kind() == Kind::BatchResults;
        setTitle(batch ? ImportAnnotationsWizard::tr("Batch API results")
                       : ImportAnnotationsWizard::tr("Map the columns"));
        setSubTitle(
            batch ? ImportAnnotationsWizard::tr("The first %1 lines of the file.").arg(kPreviewRows)
                  : ImportAnnotationsWizard::tr(
                        "The first %1 rows of the file. Choose the column that names the samples "
                        "and the label columns: several columns are several annotators, merged "
                        "into one candidate set ranked by votes.")
                        .arg(kPreviewRows));
        m_wizard->mappingChanged();
    }
    void changed() { Q_EMIT completeChanged(); }

private:
    ImportAnnotationsWizard *m_wizard;
};

ImportAnnotationsWizard::ImportAnnotationsWizard(LabelSchema schema, QWidget *parent)
    : QWizard(parent), m_schema(std::move(schema))
{
    setWindowTitle(tr("Import Annotations"));
    setWizardStyle(QWizard::ClassicStyle);
    resize(860, 600);

    m_filePage = new FilePage(this);
    m_filePage->setTitle(tr("Choose the annotations"));
    m_filePage->setSubTitle(
        tr("Existing annotations become the teacher's candidate sets: a CSV or JSONL file with a "
           "label, a '|'-separated list or a JSON array of labels per cell (an empty cell "
           "abstains), or the results of an OpenAI Batch API job."));
    auto *fileLayout = new QVBoxLayout(m_filePage);
    m_path = new DataFileField(tr("Import Annotations"),
                               tr("Annotation files (*.csv *.tsv *.jsonl *.json);;All files (*)"),
                               m_filePage);
    fileLayout->addWidget(m_path);
    m_fileStatus = new QLabel(m_filePage);
    m_fileStatus->setWordWrap(true);
    fileLayout->addWidget(m_fileStatus);
    m_annotationsKind = new QRadioButton(
        tr("&Annotations: label columns, one per annotator (CSV or JSONL)"), m_filePage);
    m_batchKind = new QRadioButton(
        tr("OpenAI &Batch API results (the answers to a request file of teach --batch-file)"),
        m_filePage);
    m_annotationsKind->setChecked(true);
    fileLayout->addWidget(m_annotationsKind);
    fileLayout->addWidget(m_batchKind);
    fileLayout->addStretch();
    addPage(m_filePage);

    m_mappingPage = new MappingPage(this);
    auto *mappingLayout = new QVBoxLayout(m_mappingPage);
    m_table = new PreviewTable(m_mappingPage);
    mappingLayout->addWidget(m_table, 1);
    m_mappingForm = new QWidget(m_mappingPage);
    auto *form = new QFormLayout(m_mappingForm);
    form->setContentsMargins(0, 0, 0, 0);
    m_matchBy = new QComboBox(m_mappingForm);
    m_matchBy->insertItem(kById, tr("their ID"));
    m_matchBy->insertItem(kByText, tr("their exact text"));
    m_keyColumn = new QComboBox(m_mappingForm);
    m_labelColumns = new QListWidget(m_mappingForm);
    m_labelColumns->setAccessibleName(tr("Label columns"));
    m_labelColumns->setMaximumHeight(120);
    form->addRow(tr("&Match samples by:"), m_matchBy);
    form->addRow(tr("&In column:"), m_keyColumn);
    auto *labelsLabel = new QLabel(tr("&Label columns:"), m_mappingForm);
    labelsLabel->setBuddy(m_labelColumns);
    form->addRow(labelsLabel, m_labelColumns);
    mappingLayout->addWidget(m_mappingForm);
    m_batchNote = new QLabel(
        tr("Each line's custom_id names the sample and the prompt it answers. The answers are "
           "parsed and decided with the project's teacher settings, as a live run would, and "
           "cached, so a later teacher run does not pay for them again."),
        m_mappingPage);
    m_batchNote->setWordWrap(true);
    mappingLayout->addWidget(m_batchNote);
    m_mappingStatus = new QLabel(m_mappingPage);
    m_mappingStatus->setWordWrap(true);
    m_mappingStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mappingLayout->addWidget(m_mappingStatus);
    addPage(m_mappingPage);

    connect(m_path, &DataFileField::chosen, this, &ImportAnnotationsWizard::loadPreview);
    connect(m_path, &DataFileField::edited, this, [this] {
        m_preview = ImportPreview();
        m_filePage->changed();
    });
    connect(m_batchKind, &QRadioButton::toggled, this, &ImportAnnotationsWizard::mappingChanged);
    connect(m_matchBy, &QComboBox::currentIndexChanged, this,
            &ImportAnnotationsWizard::mappingChanged);
    connect(m_keyColumn, &QComboBox::currentIndexChanged, this,
            &ImportAnnotationsWizard::mappingChanged);
    connect(m_labelColumns, &QListWidget::itemChanged, this,
            &ImportAnnotationsWizard::mappingChanged);
}

void ImportAnnotationsWizard::setInputPath(const QString &path)
{
    m_path->setPath(path); // announces the path: loadPreview()
}

void ImportAnnotationsWizard::loadPreview()
{
    QString status;
    m_preview = readDataFilePreview(m_path->path(), kPreviewRows, &status);
    m_fileStatus->setText(status);
    m_table->showPreview(m_preview);
    setKind(BatchResultsImporter::isResultsHeader(m_preview.header) ? Kind::BatchResults
                                                                    : Kind::Annotations);
    guessMapping();
    m_filePage->changed();
}

void ImportAnnotationsWizard::guessMapping()
{
    const QSignalBlocker blockMatch(m_matchBy);
    const QSignalBlocker blockKey(m_keyColumn);
    const QSignalBlocker blockLabels(m_labelColumns);
    const QStringList &header = m_preview.header;
    m_keyColumn->clear();
    m_keyColumn->addItems(header);
    const int id = guessColumn(header, {"id", "sample_id", "uid", "key"});
    const int text = guessColumn(header, {"text", "sentence", "question", "content"});
    m_matchBy->setCurrentIndex(id >= 0 || text < 0 ? kById : kByText);
    m_keyColumn->setCurrentIndex(id >= 0 ? id : std::max(0, text));

    // A label column is one whose previewed cells all name the project's labels (and not all
    // are empty); the gold column of a data file would qualify, but is no annotator.
    m_labelColumns->clear();
    const int gold = guessColumn(header, {"gold"});
    for (int c = 0; c < header.size(); ++c) {
        bool labels = c != m_keyColumn->currentIndex() && c != gold && !m_schema.isEmpty();
        bool anyLabel = false;
        QString unknown;
        for (const QStringList &row : m_preview.rows) {
            if (!labels)
                break;
            const QString cell = row.value(c);
            labels = namesKnownLabels(cell, m_schema, &unknown);
            anyLabel = anyLabel || !cell.trimmed().isEmpty();
        }
        auto *item = new QListWidgetItem(header.at(c), m_labelColumns);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(labels && anyLabel ? Qt::Checked : Qt::Unchecked);
    }
    mappingChanged();
}

ImportAnnotationsWizard::Kind ImportAnnotationsWizard::kind() const
{
    return m_batchKind->isChecked() ? Kind::BatchResults : Kind::Annotations;
}

void ImportAnnotationsWizard::setKind(Kind kind)
{
    (kind == Kind::BatchResults ? m_batchKind : m_annotationsKind)->setChecked(true);
}

bool ImportAnnotationsWizard::matchesById() const
{
    return m_matchBy->currentIndex() == kById;
}

void ImportAnnotationsWizard::setMatchById(bool byId)
{
    m_matchBy->setCurrentIndex(byId ? kById : kByText);
}

QString ImportAnnotationsWizard::keyColumn() const
{
    return m_keyColumn->currentText();
}

void ImportAnnotationsWizard::setKeyColumn(const QString &column)
{
    m_keyColumn->setCurrentIndex(m_keyColumn->findText(column));
}

QStringList ImportAnnotationsWizard::labelColumns() const
{
    QStringList columns;
    for (int i = 0; i < m_labelColumns->count(); ++i)
        if (m_labelColumns->item(i)->checkState() == Qt::Checked)
            columns << m_labelColumns->item(i)->text();
    return columns;
}

void ImportAnnotationsWizard::setLabelColumns(const QStringList &columns)
{
    {
        const QSignalBlocker block(m_labelColumns);
        for (int i = 0; i < m_labelColumns->count(); ++i) {
            QListWidgetItem *item = m_labelColumns->item(i);
            item->setCheckState(columns.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    mappingChanged();
}

QString ImportAnnotationsWizard::unknownLabelInPreview() const
{
    const QStringList columns = labelColumns();
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        for (const QString &column : columns) {
            const int c = int(m_preview.header.indexOf(column));
            QString unknown;
            if (!namesKnownLabels(m_preview.rows.at(r).value(c), m_schema, &unknown)) {
                return tr("Row %1 of the preview: column \"%2\" names \"%3\", which is not one of "
                          "the project's labels (%4).")
                    .arg(r + 1)
                    .arg(column, unknown, m_schema.names().join(QStringLiteral(", ")));
            }
        }
    }
    return {};
}

QString ImportAnnotationsWizard::mappingProblem() const
{
    if (m_preview.header.isEmpty())
        return tr("Choose a file that can be read.");
    if (kind() == Kind::BatchResults) {
        if (!BatchResultsImporter::isResultsHeader(m_preview.header))
            return tr("This is no Batch API results file: its first line has no \"custom_id\" "
                      "and \"response\". Go back and choose Annotations.");
        return {};
    }
    if (m_schema.isEmpty())
        return tr("The project has no labels yet: import samples with a gold column or a label "
                  "schema file first.");
    if (keyColumn().isEmpty())
        return tr("Choose the column that names the samples.");
    const QStringList columns = labelColumns();
    if (columns.isEmpty())
        return tr("Check at least one label column.");
    if (columns.contains(keyColumn()))
        return tr("The column \"%1\" cannot both name the samples and hold their labels.")
            .arg(keyColumn());
    return unknownLabelInPreview();
}

void ImportAnnotationsWizard::mappingChanged()
{
    const bool batch = kind() == Kind::BatchResults;
    m_mappingForm->setVisible(!batch);
    m_batchNote->setVisible(batch);
    const QString problem = mappingProblem();
    if (!problem.isEmpty()) {
        m_mappingStatus->setText(problem);
    } else if (batch) {
        m_mappingStatus->setText(m_preview.error);
    } else {
        const int annotators = int(labelColumns().size());
        QString ready = (matchesById() ? tr("Rows name samples by their ID in \"%1\".")
                                       : tr("Rows name samples by their exact text in \"%1\"."))
                            .arg(keyColumn());
        if (annotators > 1)
            ready += QLatin1Char(' ') + tr("%n annotators, merged by votes.", nullptr, annotators);
        if (!m_preview.error.isEmpty())
            ready += QLatin1Char(' ') + m_preview.error;
        m_mappingStatus->setText(ready);
    }
    m_mappingPage->changed();
}

AnnotationImportRequest ImportAnnotationsWizard::request() const
{
    AnnotationImportRequest request;
    request.kind = kind();
    request.annotations.inputPath = m_path->path();
    if (request.kind == Kind::Annotations) {
        request.annotations.columns = labelColumns();
        if (matchesById())
            request.annotations.idColumn = keyColumn();
        else
            request.annotations.textColumn = keyColumn();
    }
    return request;
}

} // namespace candist
