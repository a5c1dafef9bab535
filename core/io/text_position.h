#pragma once

#include <QByteArrayView>
#include <QString>

namespace candist {

// Offset of the first byte of [data, data + size) that is not well-formed UTF-8 (overlong forms,
// surrogates and code points above U+10FFFF are rejected), or -1 when all of it is valid.
qsizetype findInvalidUtf8(const char *data, qsizetype size);

// UTF-8 to a QString, keeping a leading U+FEFF: QString::fromUtf8 drops it as a byte order
// mark, but only the start of a file has one; at the start of a field it is text.
QString decodeUtf8(const char *data, qsizetype size);

// Whether UTF-8 text is empty or only white space (QChar::isSpace, so U+00A0 and U+3000 count):
// ASCII is decided on the bytes, and only text with other characters is decoded.
bool isBlankUtf8(QByteArrayView utf8);

// 1-based character column of byte `offset` in a line that starts at `lineStart`: what an editor
// shows, so error messages point at the spot the user sees.
qint64 characterColumn(const char *lineStart, qsizetype offset);

} // namespace candist
