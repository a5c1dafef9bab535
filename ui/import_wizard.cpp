#include "import_wizard.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizardPage>

#include "import_preview_widgets.h"

namespace candist {

namespace {

const QString kNone = QStringLiteral("—");

} // namespace

// Complete once the file could be read.
class ImportWizard::FilePage : public QWizardPage
{
public:
    explicit FilePage(ImportWizard *wizard) : m_wizard(wizard) {}
    bool isComplete() const override { return !m_wizard->m_preview.header.isEmpty(); }
    void changed() { Q_EMIT completeChanged(); }

private:
    ImportWizard *m_wizard;
};

// Complete once a text column is chosen.
class ImportWizard::MappingPage : public QWizardPage
{
public:
    explicit MappingPage(ImportWizard *wizard) : m_wizard(wizard) {}
    bool isComplete() const override { return m_wizard->m_text->currentIndex() >= 0; }
    void changed() { Q_EMIT completeChanged(); }

private:
    ImportWizard *m_wizard;
};

ImportWizard::ImportWizard(QWidget *parent) : QWizard(parent)
{
    setWindowTitle(tr("Import Samples"));
    setWizardStyle(QWizard::ClassicStyle);
    resize(860, 560);

    auto *filePage = new FilePage(this);
    filePage->setTitle(tr("Choose the data file"));
    filePage->setSubTitle(tr("CSV (comma, semicolon or tab separated, with a header row) or "
                             "JSONL (one JSON object per line)."));
    auto *fileLayout = new QVBoxLayout(filePage);
    m_path =
        new DataFileField(tr("Import Samples"),
                          tr("Data files (*.csv *.tsv *.jsonl *.json);;All files (*)"), filePage);
    fileLayout->addWidget(m_path);
    m_fileStatus = new QLabel(filePage);
    m_fileStatus->setWordWrap(true);
    fileLayout->addWidget(m_fileStatus);
    fileLayout->addStretch();
    addPage(filePage);

    auto *mappingPage = new MappingPage(this);
    mappingPage->setTitle(tr("Map the columns"));
    mappingPage->setSubTitle(tr("The first %1 rows of the file. Only the text column is "
                                "required; the other columns become each sample's metadata.")
                                 .arg(kPreviewRows));
    auto *mappingLayout = new QVBoxLayout(mappingPage);
    m_table = new PreviewTable(mappingPage);
    mappingLayout->addWidget(m_table, 1);
    auto *form = new QFormLayout;
    m_text = new QComboBox(mappingPage);
    m_gold = new QComboBox(mappingPage);
    m_id = new QComboBox(mappingPage);
    m_labels = new QLineEdit(mappingPage);
    m_labels->setPlaceholderText(tr("optional: labels.json (names, descriptions, aliases)"));
    auto *labelsBrowse = new QPushButton(tr("B&rowse…"), mappingPage);
    auto *labelsRow = new QHBoxLayout;
    labelsRow->addWidget(m_labels, 1);
    labelsRow->addWidget(labelsBrowse);
    form->addRow(tr("&Text column:"), m_text);
    form->addRow(tr("&Gold label column:"), m_gold);
    form->addRow(tr("&ID column:"), m_id);
    auto *labelsLabel = new QLabel(tr("&Label schema file:"), mappingPage);
    labelsLabel->setBuddy(m_labels); // a layout row gets no automatic buddy
    form->addRow(labelsLabel, labelsRow);
    mappingLayout->addLayout(form);
    m_mappingStatus = new QLabel(mappingPage);
    m_mappingStatus->setWordWrap(true);
    mappingLayout->addWidget(m_mappingStatus);
    addPage(mappingPage);

    connect(labelsBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Label Schema File"),
                                                          importDialogDirectory(m_path->path()),
                                                          tr("JSON files (*.json)"));
        if (!path.isEmpty())
            m_labels->setText(path);
    });
    connect(m_path, &DataFileField::chosen, this, &ImportWizard::loadPreview);
    connect(m_path, &DataFileField::edited, this, [this, filePage] {
        m_preview = ImportPreview();
        filePage->changed();
    });
    connect(m_text, &QComboBox::currentIndexChanged, this,
            [mappingPage] { mappingPage->changed(); });
}

void ImportWizard::setInputPath(const QString &path)
{
    m_path->setPath(path); // announces the path: loadPreview()
}

void ImportWizard::loadPreview()
{
    QString status;
    m_preview = readDataFilePreview(m_path->path(), kPreviewRows, &status);
    m_fileStatus->setText(status);
    static_cast<FilePage *>(page(0))->changed();
    m_table->showPreview(m_preview);

    for (QComboBox *box : {m_text, m_gold, m_id})
        box->clear();
    m_gold->addItem(kNone);
    m_id->addItem(kNone);
    for (const QString &column : m_preview.header) {
        m_text->addItem(column);
        m_gold->addItem(column);
        m_id->addItem(column);
    }
    m_text->setCurrentIndex(
        std::max(0, guessColumn(m_preview.header, {"text", "sentence", "question", "content"})));
    m_gold->setCurrentIndex(guessColumn(m_preview.header, {"label", "gold", "category", "class"}) +
                            1);
    m_id->setCurrentIndex(guessColumn(m_preview.header, {"id", "uid", "key"}) + 1);
    m_mappingStatus->setText(m_preview.error);
}

ImportOptions ImportWizard::options() const
{
    ImportOptions options;
    options.inputPath = m_path->path();
    options.textColumn = m_text->currentText();
    options.goldColumn = m_gold->currentIndex() > 0 ? m_gold->currentText() : QString();
    options.idColumn = m_id->currentIndex() > 0 ? m_id->currentText() : QString();
    options.labelsPath = m_labels->text().trimmed();
    return options;
}

} // namespace candist
