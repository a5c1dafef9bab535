// Help › Keyboard Shortcuts (issue 15): the list is generated from the window's actions, so
// every binding appears, a changed binding shows up, and the search narrows the list.
#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include "demo_project.h"
#include "main_window.h"
#include "project_document.h"
#include "sample_table_model.h"
#include "shortcuts_dialog.h"
#include "test_files.h"
#include "window_fixture.h"

using namespace candist;

namespace {

QString plain(QString text)
{
    return text.remove(QLatin1Char('&'));
}

} // namespace

class ShortcutsDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyActionWithAShortcutIsListed();
    void aChangedShortcutShowsUp();
    void searchNarrowsTheList();
    void reviewAndLabelKeysAreListed();

private:
    ShortcutsDialog *openDialog();

    test::Scratch m_scratch;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void ShortcutsDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CanDist-tests"));
    m_path = m_scratch.path(QStringLiteral("shortcuts.candist"));
    demo::writeDemoProject(m_path, demo::DemoProjectOptions{60});
}

void ShortcutsDialogTest::init()
{
    m_window = test::openShownWindow(m_path);
    QVERIFY(m_window);
}

void ShortcutsDialogTest::cleanup()
{
    m_window.reset();
}

ShortcutsDialog *ShortcutsDialogTest::openDialog()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"));
    if (!action)
        return nullptr;
    action->trigger();
    ShortcutsDialog *dialog = m_window->shortcutsDialog();
    return dialog && dialog->isVisible() ? dialog : nullptr;
}

void ShortcutsDialogTest::everyActionWithAShortcutIsListed()
{
    ShortcutsDialog *dialog = openDialog();
    QVERIFY(dialog);
    const QStringList rows = dialog->visibleRows();
    int checked = 0;
    for (const QAction *action : m_window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const QString suffix = QLatin1Char('|') + plain(action->text()) + QLatin1Char('|') +
                               keys.join(QLatin1String(", "));
        QVERIFY2(std::any_of(rows.cbegin(), rows.cend(),
                             [&suffix](const QString &row) { return row.endsWith(suffix); }),
                 qPrintable(suffix));
        ++checked;
    }
    // The menus' keys, the annotator keys and one action per label hotkey.
    QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
    // Both redo keys on one row, under the Edit menu (the platform may add its own after them).
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const QString &row) {
        return row.startsWith(QStringLiteral("Edit|Redo|Ctrl+Shift+Z, Ctrl+Y"));
    }));
    QVERIFY(rows.contains(QStringLiteral("Help|Keyboard Shortcuts|F1")));
}

void ShortcutsDialogTest::aChangedShortcutShowsUp()
{
    QAction *find = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>())
        if (plain(action->text()) == QStringLiteral("Find…"))
            find = action;
    QVERIFY(find);
    QVERIFY(openDialog()->visibleRows().contains(QStringLiteral("Edit|Find…|Ctrl+F")));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    const QStringList rows = openDialog()->visibleRows();
    QVERIFY(rows.contains(QStringLiteral("Edit|Find…|Ctrl+Shift+F")));
    QVERIFY(!rows.contains(QStringLiteral("Edit|Find…|Ctrl+F")));
}

void ShortcutsDialogTest::searchNarrowsTheList()
{
    ShortcutsDialog *dialog = openDialog();
    QVERIFY(dialog);
    const int all = int(dialog->visibleRows().size());
    QTest::keyClicks(dialog->searchField(), QStringLiteral("REDO"));
    const QStringList rows = dialog->visibleRows();
    QVERIFY(!rows.isEmpty());
    QVERIFY(rows.size() < all);
    for (const QString &row : rows)
        QVERIFY2(row.contains(QStringLiteral("redo"), Qt::CaseInsensitive), qPrintable(row));
    // A key finds its action too.
    dialog->searchField()->setText(QStringLiteral("Ctrl+4"));
    QCOMPARE(dialog->visibleRows(), QStringList{QStringLiteral("View|Review|Ctrl+4")});
    dialog->searchField()->clear();
    QCOMPARE(int(dialog->visibleRows().size()), all);
}

void ShortcutsDialogTest::reviewAndLabelKeysAreListed()
{
    const QStringList rows = openDialog()->visibleRows();
    const LabelSchema &schema = m_window->document()->schema();
    QVERIFY(schema.size() > 0);
    for (int i = 0; i < schema.size(); ++i) {
        const QString key = schema.at(i).hotkey.toUpper();
        QVERIFY(
            rows.contains(QStringLiteral("Samples|Label as %1|%2").arg(schema.at(i).name, key)));
        QVERIFY(rows.contains(QStringLiteral("Review|Label as %1|%2").arg(schema.at(i).name, key)));
    }
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const QString &row) {
        return row.startsWith(QStringLiteral("Review|Skip")) && row.endsWith(QStringLiteral("|?"));
    }));
}

QTEST_MAIN(ShortcutsDialogTest)
#include "test_shortcuts_dialog.moc"
