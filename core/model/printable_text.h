#pragma once

#include <QString>

namespace candist {

// `text` with what a terminal would act on written out as escapes: C0 controls but the line
// break (ESC as \x1b, NUL as \x00, CR as \r, TAB as \t), DEL, C1 controls and the bidirectional
// overrides (\u202e) that can make a message read differently from what it says. For messages
// that quote input files (ids, labels, column names) before they reach a terminal.
QString escapeControlCharacters(const QString &text);

} // namespace candist
