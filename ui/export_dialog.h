#pragma once

#include <QDialog>

#include "io/csv_exporter.h"

class QCheckBox;
class QLineEdit;

namespace candist {

// File › Export: the CLI's export options (output file, only resolved samples, spreadsheet-safe
// cells, per-label probability columns). The window runs CsvExporter in the background.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(const QString &suggestedPath, QWidget *parent = nullptr);
    ExportOptions options() const;
    void setOutputPath(const QString &path);

private:
    QLineEdit *m_path;
    QCheckBox *m_onlyResolved;
    QCheckBox *m_spreadsheetSafe;
    QCheckBox *m_probabilities;
};

} // namespace candist
