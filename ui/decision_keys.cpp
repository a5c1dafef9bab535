#include "decision_keys.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QKeySequence>

namespace candist::decision_keys {

namespace {

// Declared so that lupdate files the texts under the context tr() looks them up in.
class DecisionKeysText
{
    Q_DECLARE_TR_FUNCTIONS(DecisionKeys)
};

Qt::KeyboardModifiers relevant(Qt::KeyboardModifiers modifiers)
{
    return modifiers & ~(Qt::KeypadModifier | Qt::ShiftModifier);
}

} // namespace

const QVector<DecisionKeyBinding> &bindings()
{
    // Built on first use, after the translators are installed; a language change restarts the
    // window (Settings says so), so the texts never go stale.
    static const QVector<DecisionKeyBinding> table = {
        {DecisionCommand::Accept,
         {Qt::Key_Return, Qt::Key_Enter},
         DecisionKeysText::tr("Accept the suggestion (or the focused label)"),
         DecisionKeysText::tr("accept the suggestion"),
         true},
        {DecisionCommand::Skip,
         {Qt::Key_Question},
         DecisionKeysText::tr("Skip: unsure, keep the machine label"),
         DecisionKeysText::tr("skip (unsure)")},
        {DecisionCommand::Next,
         {Qt::Key_Space, Qt::Key_Right, Qt::Key_Down},
         DecisionKeysText::tr("Next sample"),
         DecisionKeysText::tr("next")},
        {DecisionCommand::Previous,
         {Qt::Key_Left, Qt::Key_Up},
         DecisionKeysText::tr("Previous sample"),
         DecisionKeysText::tr("previous")},
        {DecisionCommand::First,
         {Qt::Key_Home, Qt::CTRL | Qt::Key_Home},
         DecisionKeysText::tr("First sample of the queue"),
         DecisionKeysText::tr("first")},
        {DecisionCommand::Last,
         {Qt::Key_End, Qt::CTRL | Qt::Key_End},
         DecisionKeysText::tr("Last sample of the queue"),
         DecisionKeysText::tr("last")},
        {DecisionCommand::PageBack,
         {Qt::Key_PageUp},
         DecisionKeysText::tr("%1 samples back").arg(kPageStep),
         DecisionKeysText::tr("%1 back").arg(kPageStep)},
        {DecisionCommand::PageOn,
         {Qt::Key_PageDown},
         DecisionKeysText::tr("%1 samples on").arg(kPageStep),
         DecisionKeysText::tr("%1 on").arg(kPageStep)},
        {DecisionCommand::FocusRing,
         {Qt::Key_Tab, Qt::SHIFT | Qt::Key_Tab},
         DecisionKeysText::tr("Move the focus over the chips and bars"),
         DecisionKeysText::tr("focus the chips and bars")},
    };
    return table;
}

std::optional<DecisionCommand> commandFor(const QKeyEvent *event)
{
    for (const DecisionKeyBinding &binding : bindings()) {
        if (binding.command == DecisionCommand::FocusRing)
            continue; // Tab never reaches keyPressEvent: focusNextPrevChild takes it
        for (const QKeyCombination key : binding.keys)
            if (event->key() == key.key() &&
                relevant(event->modifiers()) == relevant(key.keyboardModifiers()))
                return binding.command;
    }
    return std::nullopt;
}

QString keyNames(const DecisionKeyBinding &binding, bool compact)
{
    QStringList names;
    for (const QKeyCombination key : binding.keys) {
        if (compact && (key.keyboardModifiers() != Qt::NoModifier || key.key() == Qt::Key_Enter))
            continue;
        QString name = QKeySequence(key).toString(QKeySequence::NativeText);
        // "?" has no name of its own in QKeySequence's native text on every layout.
        if (key.key() == Qt::Key_Question)
            name = QStringLiteral("?");
        else if (compact && key.key() == Qt::Key_Return)
            name = DecisionKeysText::tr("Enter"); // what the key cap says
        else if (compact && key.key() >= Qt::Key_Left && key.key() <= Qt::Key_Down)
            name = QString(QChar(u"←↑→↓"[key.key() - Qt::Key_Left]));
        if (!names.contains(name))
            names << name;
    }
    return names.join(QLatin1String(", "));
}

QList<QKeySequence> redoShortcuts()
{
    // Ctrl+Shift+Z and Ctrl+Y both redo, whatever the platform's own Redo binding holds
    // (keyboard schemes differ in which of them they bind). A key listed twice on one action is
    // registered twice; under X11 Qt's shortcut map then called Ctrl+Shift+Z ambiguous and did
    // nothing (issue 15), so the platform's keys are added only when not listed yet.
    QList<QKeySequence> keys = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                QKeySequence(Qt::CTRL | Qt::Key_Y)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!keys.contains(key))
            keys << key;
    return keys;
}

QString helpTable(bool withSuggestion)
{
    const auto row = [](const QString &keys, const QString &what) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    };
    QString table = QStringLiteral("<table>");
    table += row(DecisionKeysText::tr("label key"), DecisionKeysText::tr("decide"));
    for (const DecisionKeyBinding &binding : bindings()) {
        if (binding.needsSuggestion && !withSuggestion)
            continue;
        if (binding.command == DecisionCommand::FocusRing)
            continue; // Tab is what every window does; the panel keeps to the review's own keys
        table += row(keyNames(binding, true), binding.shortText);
    }
    const QKeySequence undo(QKeySequence::Undo);
    table += row(undo.toString(QKeySequence::NativeText), DecisionKeysText::tr("undo"));
    QStringList redo;
    for (const QKeySequence &key : redoShortcuts().mid(0, 2)) // the platform's own go unsaid
        redo << key.toString(QKeySequence::NativeText);
    table += row(redo.join(QLatin1String(", ")), DecisionKeysText::tr("redo"));
    return table + QStringLiteral("</table>");
}

} // namespace candist::decision_keys
