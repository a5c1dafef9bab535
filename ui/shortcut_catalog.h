#pragma once

#include <QString>
#include <QVector>

class QMainWindow;

namespace candist {

class LabelSchema;

// One key binding as Help › Keyboard Shortcuts lists it.
struct ShortcutEntry
{
    QString group;  // where it acts: the menu, or the widget that holds the action
    QString action; // the action's text without its accelerator
    QString keys;   // every key of the action, in the platform's own notation
};

namespace shortcut_catalog {

// Every binding of `window`, read from its actions at the moment of the call so that the list
// cannot drift from the keys that work: each menu's actions (submenus included) under the menu's
// title, then every other action with a shortcut (the table's annotator and label keys) under
// the accessible name of the widget it is added to.
QVector<ShortcutEntry> windowShortcuts(const QMainWindow *window);

// The keys of the review mode, which ReviewView reads in its keyPressEvent rather than through
// actions, followed by the schema's label hotkeys (the same keys decide in the review).
QVector<ShortcutEntry> reviewKeys(const LabelSchema &schema);

} // namespace shortcut_catalog

} // namespace candist
