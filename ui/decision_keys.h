#pragma once

#include <optional>

#include <QKeyCombination>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QVector>

class QKeyEvent;

namespace candist {

// The fixed keys of a one-sample-at-a-time decision (the review and the blind spot check),
// besides each label's own hotkey. One table drives the key handling, Help › Keyboard Shortcuts
// and the side panel's key help, so that none of them can promise a key the others do not know.
enum class DecisionCommand
{
    Accept, // the suggestion, or the focused chip or bar
    Skip,   // unsure: keep the machine's label
    Next,
    Previous,
    First,
    Last,
    PageBack, // kPageStep samples back
    PageOn,
    FocusRing, // Tab moves over the chips and bars (handled by focusNextPrevChild)
};

struct DecisionKeyBinding
{
    DecisionCommand command;
    QList<QKeyCombination> keys;
    QString description;          // for Help › Keyboard Shortcuts, translated
    QString shortText;            // for the side panel's key table, translated
    bool needsSuggestion = false; // only where a suggestion is shown (not in a blind check)
};

namespace decision_keys {

// Page Up and Page Down move this many samples.
constexpr int kPageStep = 10;

const QVector<DecisionKeyBinding> &bindings();
// The command `event` types, if any. Shift is ignored ("?" is Shift+/ on many keyboards), as
// is the keypad's Enter; Ctrl only counts where a binding names it (Ctrl+Home).
std::optional<DecisionCommand> commandFor(const QKeyEvent *event);
// "Space, Right, Down" in the platform's notation and language. `compact`, for the narrow side
// panel: "Space, →, ↓", without the combinations with a modifier (Ctrl+Home does what Home
// does) and without the keypad's Enter.
QString keyNames(const DecisionKeyBinding &binding, bool compact = false);
// The window's Redo keys: Ctrl+Shift+Z and Ctrl+Y on every platform, each once (its Undo
// action has QKeySequence::Undo). Here because the decision views list them in their help.
QList<QKeySequence> redoShortcuts();
// The side panel's key help: the label keys, then every binding, then undo and redo.
QString helpTable(bool withSuggestion);

} // namespace decision_keys

} // namespace candist
