#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace candist {

// Appends UTF-8 text as a JSON string literal (RFC 8259 escaping: quote, backslash and control
// characters; everything else verbatim). For hot loops that cannot afford a QJsonDocument per
// row, on bytes so that an import need not make a QString of every cell.
void appendJsonString(QByteArray &out, QByteArrayView utf8);

} // namespace candist
