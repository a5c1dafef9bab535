#pragma once

#include <initializer_list>

#include <QString>
#include <QStringList>
#include <QTableWidget>
#include <QWidget>

#include "io/sample_importer.h"

class QLabel;
class QLineEdit;

namespace candist {

// What the import wizards (Import Samples, Import Annotations) share: the file field, the read
// of a file's first rows with its status line, the preview table, and the guess of a column
// from the header.

// A path field with Browse…; the file dialog starts in the directory of the last file chosen
// for an import (setting::importDirectory) and remembers the new one.
class DataFileField : public QWidget
{
    Q_OBJECT
public:
    DataFileField(const QString &dialogTitle, const QString &nameFilters, QWidget *parent);

    QString path() const; // with '/' separators, trimmed
    // Shows `path` and announces it as chosen (tests, drag and drop, the wizards' setters).
    void setPath(const QString &path);
    QLineEdit *lineEdit() const { return m_edit; }

Q_SIGNALS:
    void edited();                    // the text changed: what was read from it is stale
    void chosen(const QString &path); // editing finished, or a file was picked with Browse…

private:
    QLineEdit *m_edit;
};

// Reads the first `maxRows` rows of a CSV/JSONL file (SampleImporter::preview). `status` says
// which columns were found, why the preview stops early, or why the file cannot be read (then
// the returned preview has no header).
ImportPreview readDataFilePreview(const QString &path, int maxRows, QString *status);

// The previewed rows under the file's header, read-only.
class PreviewTable : public QTableWidget
{
public:
    explicit PreviewTable(QWidget *parent);
    void showPreview(const ImportPreview &preview);
};

// The first column whose name is one of `names` (exactly, then ignoring case); -1 when none is.
int guessColumn(const QStringList &header, std::initializer_list<const char *> names);

// Where an import's file dialog starts: beside `current` (the path the wizard already holds),
// else in the directory of the last imported file.
QString importDialogDirectory(const QString &current);
// Remembers the directory of `path` as the place the next import dialog starts in.
void rememberImportDirectory(const QString &path);

} // namespace candist
