#include "import_preview_widgets.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "model/error.h"
#include "setting_keys.h"

namespace candist {

DataFileField::DataFileField(const QString &dialogTitle, const QString &nameFilters,
                             QWidget *parent)
    : QWidget(parent)
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_edit->setAccessibleName(tr("Input file"));
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_edit);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    row->addWidget(label);
    row->addWidget(m_edit, 1);
    row->addWidget(browse);

    connect(browse, &QPushButton::clicked, this, [this, dialogTitle, nameFilters] {
        const QString picked = QFileDialog::getOpenFileName(
            this, dialogTitle, importDialogDirectory(path()), nameFilters);
        if (picked.isEmpty())
            return;
        rememberImportDirectory(picked);
        setPath(picked);
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { Q_EMIT chosen(path()); });
    connect(m_edit, &QLineEdit::textChanged, this, [this] { Q_EMIT edited(); });
}

QString DataFileField::path() const
{
    return QDir::fromNativeSeparators(m_edit->text().trimmed());
}

void DataFileField::setPath(const QString &path)
{
    m_edit->setText(QDir::toNativeSeparators(path));
    Q_EMIT chosen(this->path());
}

ImportPreview readDataFilePreview(const QString &path, int maxRows, QString *status)
{
    status->clear();
    if (path.isEmpty())
        return {};
    try {
        ImportPreview preview = SampleImporter::preview(path, maxRows);
        *status = preview.error.isEmpty()
                      ? DataFileField::tr("%1 columns: %2")
                            .arg(preview.header.size())
                            .arg(preview.header.join(QStringLiteral(", ")))
                      : DataFileField::tr("The preview stops early: %1").arg(preview.error);
        return preview;
    } catch (const Error &error) {
        *status = error.message();
        return {};
    }
}

PreviewTable::PreviewTable(QWidget *parent) : QTableWidget(parent)
{
    setAccessibleName(DataFileField::tr("Preview of the first rows"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    horizontalHeader()->setStretchLastSection(true);
}

void PreviewTable::showPreview(const ImportPreview &preview)
{
    clear();
    setColumnCount(int(preview.header.size()));
    setHorizontalHeaderLabels(preview.header);
    setRowCount(int(preview.rows.size()));
    for (int r = 0; r < preview.rows.size(); ++r)
        for (int c = 0; c < preview.rows.at(r).size() && c < preview.header.size(); ++c)
            setItem(r, c, new QTableWidgetItem(preview.rows.at(r).at(c)));
    resizeColumnsToContents();
}

int guessColumn(const QStringList &header, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const int index = header.indexOf(QString::fromLatin1(name));
        if (index >= 0)
            return index;
        for (int i = 0; i < header.size(); ++i)
            if (header.at(i).compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return i;
    }
    return -1;
}

QString importDialogDirectory(const QString &current)
{
    return current.isEmpty() ? setting::importDirectory.get() : QFileInfo(current).path();
}

void rememberImportDirectory(const QString &path)
{
    setting::importDirectory.set(QFileInfo(path).absolutePath());
}

} // namespace candist
