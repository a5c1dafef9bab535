#include "shortcut_catalog.h"

#include <QAction>
#include <QCoreApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QWidget>

#include "decision_keys.h"
#include "model/label_schema.h"

namespace candist::shortcut_catalog {

namespace {

// Declared so that lupdate files the texts under the context tr() looks them up in.
class ShortcutCatalogText
{
    Q_DECLARE_TR_FUNCTIONS(ShortcutCatalog)
};

// "&Open Project…" reads "Open Project…"; a doubled "&&" is a literal ampersand.
QString withoutAccelerator(QString text)
{
    text.replace(QLatin1String("&&"), QChar(0x1F));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0x1F), QLatin1Char('&'));
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QLatin1String(", "));
}

void collectMenu(const QMenu *menu, const QString &group, QVector<ShortcutEntry> &entries,
                 QSet<const QAction *> &seen)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *submenu = action->menu()) {
            collectMenu(submenu,
                        group + QStringLiteral(" › ") + withoutAccelerator(submenu->title()),
                        entries, seen);
            continue;
        }
        seen.insert(action);
        if (!action->shortcuts().isEmpty())
            entries.append({group, withoutAccelerator(action->text()), keysOf(action)});
    }
}

QString holderName(const QAction *action)
{
    for (const QObject *object : action->associatedObjects()) {
        const auto *widget = qobject_cast<const QWidget *>(object);
        if (widget && !qobject_cast<const QMenu *>(widget) && !widget->accessibleName().isEmpty())
            return widget->accessibleName();
    }
    return ShortcutCatalogText::tr("Window");
}

} // namespace

QVector<ShortcutEntry> windowShortcuts(const QMainWindow *window)
{
    QVector<ShortcutEntry> entries;
    QSet<const QAction *> seen;
    for (const QAction *top : window->menuBar()->actions())
        if (const QMenu *menu = top->menu())
            collectMenu(menu, withoutAccelerator(menu->title()), entries, seen);
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->menu())
            continue;
        seen.insert(action);
        entries.append({holderName(action), withoutAccelerator(action->text()), keysOf(action)});
    }
    return entries;
}

QVector<ShortcutEntry> reviewKeys(const LabelSchema &schema)
{
    const QString review = ShortcutCatalogText::tr("Review");
    QVector<ShortcutEntry> entries;
    for (const DecisionKeyBinding &binding : decision_keys::bindings())
        entries.append({review, binding.description, decision_keys::keyNames(binding)});
    for (int i = 0; i < schema.size(); ++i) {
        if (!schema.at(i).hotkey.isEmpty())
            entries.append({review, ShortcutCatalogText::tr("Label as %1").arg(schema.at(i).name),
                            schema.at(i).hotkey.toUpper()});
    }
    return entries;
}

} // namespace candist::shortcut_catalog
