#pragma once

#include <QString>

namespace candist {

// Appends `value` as a JSON string literal (RFC 8259 escaping: quote, backslash and control
// characters; everything else verbatim as UTF-16). For hot loops that cannot afford a
// QJsonDocument per row.
void appendJsonString(QString &out, const QString &value);

} // namespace candist
