#include "io/json_text.h"

#include <cstdio>

namespace candist {

void appendJsonString(QByteArray &out, QByteArrayView utf8)
{
    out += '"';
    qsizetype plainStart = 0;
    const qsizetype size = utf8.size();
    const char *data = utf8.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        // Bytes of multi-byte characters are all >= 0x80: they pass unchanged.
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + plainStart, i - plainStart);
        plainStart = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: {
            char escape[7];
            std::snprintf(escape, sizeof escape, "\\u%04x", unsigned(c));
            out.append(escape, 6);
        }
        }
    }
    out.append(data + plainStart, size - plainStart);
    out += '"';
}

} // namespace candist
