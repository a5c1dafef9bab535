#include "shortcuts_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace candist {

namespace {

enum Column
{
    ActionColumn,
    KeysColumn,
    GroupColumn
};

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(this);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Action, key or menu"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the shortcuts"));
    searchLabel->setBuddy(m_search);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys"), tr("Where")});
    m_list->header()->setSectionResizeMode(ActionColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(KeysColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(GroupColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::applySearch);
    resize(640, 560);
}

void ShortcutsDialog::setEntries(const QVector<ShortcutEntry> &entries)
{
    m_list->clear();
    for (const ShortcutEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(ActionColumn, entry.action);
        item->setText(KeysColumn, entry.keys);
        item->setText(GroupColumn, entry.group);
    }
    applySearch();
}

void ShortcutsDialog::applySearch()
{
    const QString needle = m_search->text().trimmed();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        bool match = needle.isEmpty();
        for (int column = ActionColumn; !match && column <= GroupColumn; ++column)
            match = item->text(column).contains(needle, Qt::CaseInsensitive);
        item->setHidden(!match);
    }
}

QStringList ShortcutsDialog::visibleRows() const
{
    QStringList rows;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (!item->isHidden())
            rows << item->text(GroupColumn) + QLatin1Char('|') + item->text(ActionColumn) +
                        QLatin1Char('|') + item->text(KeysColumn);
    }
    return rows;
}

} // namespace candist
