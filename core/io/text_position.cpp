#include "io/text_position.h"

#include <algorithm>
#include <cstring>

namespace candist {

qsizetype findInvalidUtf8(const char *data, qsizetype size)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    qsizetype i = 0;
    while (i < size) {
        // ASCII fast path, eight bytes at a time: almost every input is mostly ASCII.
        while (i + 8 <= size) {
            quint64 chunk;
            std::memcpy(&chunk, bytes + i, 8);
            if (chunk & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= size)
            break;
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char minSecond = 0x80, maxSecond = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                minSecond = 0xA0; // overlong
            else if (lead == 0xED)
                maxSecond = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                minSecond = 0x90; // overlong
            else if (lead == 0xF4)
                maxSecond = 0x8F; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (bytes[i + 1] < minSecond || bytes[i + 1] > maxSecond)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

QString decodeUtf8(const char *data, qsizetype size)
{
    qsizetype marks = 0;
    while (size - 3 * marks >= 3 && std::memcmp(data + 3 * marks, "\xEF\xBB\xBF", 3) == 0)
        ++marks;
    if (marks == 0)
        return QString::fromUtf8(data, size);
    return QString(marks, QChar(0xFEFF)) + QString::fromUtf8(data + 3 * marks, size - 3 * marks);
}

bool isBlankUtf8(QByteArrayView utf8)
{
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x80) {
            const QString rest = decodeUtf8(utf8.data() + i, utf8.size() - i);
            return std::all_of(rest.cbegin(), rest.cend(), [](QChar q) { return q.isSpace(); });
        }
        if (c != ' ' && (c < '\t' || c > '\r'))
            return false;
    }
    return true;
}

qint64 characterColumn(const char *lineStart, qsizetype offset)
{
    qint64 column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if ((static_cast<unsigned char>(lineStart[i]) & 0xC0) != 0x80)
            ++column;
    }
    return column;
}

} // namespace candist
