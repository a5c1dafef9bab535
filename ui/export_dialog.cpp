#include "export_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

#include "setting_keys.h"

namespace candist {

ExportDialog::ExportDialog(const QString &suggestedPath, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export Labels"));
    auto *form = new QFormLayout(this);
    m_path = new QLineEdit(QDir::toNativeSeparators(suggestedPath), this);
    m_path->setAccessibleName(tr("Output file"));
    m_path->setMinimumWidth(380);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    form->addRow(tr("&Output CSV:"), row);
    m_onlyResolved = new QCheckBox(tr("Only samples with a final &label"), this);
    m_onlyResolved->setChecked(setting::exportOnlyResolved.get());
    m_spreadsheetSafe = new QCheckBox(tr("&Spreadsheet-safe cells (no formulas)"), this);
    m_spreadsheetSafe->setToolTip(tr("Cells starting with = + - @ get a leading apostrophe"));
    m_spreadsheetSafe->setChecked(setting::exportSpreadsheetSafe.get());
    m_probabilities = new QCheckBox(tr("Student &probability per label"), this);
    m_probabilities->setChecked(setting::exportProbabilities.get());
    form->addRow(QString(), m_onlyResolved);
    form->addRow(QString(), m_spreadsheetSafe);
    form->addRow(QString(), m_probabilities);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_path->text().trimmed().isEmpty())
            return;
        setting::exportOnlyResolved.set(m_onlyResolved->isChecked());
        setting::exportSpreadsheetSafe.set(m_spreadsheetSafe->isChecked());
        setting::exportProbabilities.set(m_probabilities->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Labels"), m_path->text(),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            setOutputPath(path);
    });
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.outputPath = QDir::fromNativeSeparators(m_path->text().trimmed());
    options.onlyResolved = m_onlyResolved->isChecked();
    options.spreadsheetSafe = m_spreadsheetSafe->isChecked();
    options.probabilities = m_probabilities->isChecked();
    return options;
}

} // namespace candist
