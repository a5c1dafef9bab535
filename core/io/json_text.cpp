#include "io/json_text.h"

namespace candist {

void appendJsonString(QString &out, const QString &value)
{
    out += QLatin1Char('"');
    qsizetype plainStart = 0;
    const qsizetype size = value.size();
    const QChar *data = value.constData();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i].unicode();
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + plainStart, i - plainStart);
        plainStart = i + 1;
        switch (c) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
        }
    }
    out.append(data + plainStart, size - plainStart);
    out += QLatin1Char('"');
}

} // namespace candist
