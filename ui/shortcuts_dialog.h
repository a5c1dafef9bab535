#pragma once

#include <QDialog>
#include <QVector>

#include "shortcut_catalog.h"

class QLineEdit;
class QTreeWidget;

namespace candist {

// Help › Keyboard Shortcuts: every binding the window has (shortcut_catalog), grouped by where
// it acts, with a search field that narrows the list to the rows whose action, keys or group
// contain the typed text.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // Replaces the list; the search text stays and applies to the new rows.
    void setEntries(const QVector<ShortcutEntry> &entries);
    QLineEdit *searchField() const { return m_search; }
    QTreeWidget *list() const { return m_list; }
    // The rows the search leaves visible, as "group|action|keys" (what a test can compare).
    QStringList visibleRows() const;

private:
    void applySearch();

    QLineEdit *m_search;
    QTreeWidget *m_list;
};

} // namespace candist
