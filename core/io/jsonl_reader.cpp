#include "io/jsonl_reader.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <vector>

#include <QJsonArray>
#include <QJsonValue>
#include <QLocale>

#include "io/data_file_text.h"
#include "io/text_position.h"
#include "model/error.h"

namespace candist {

namespace {

using Json = nlohmann::json;

constexpr int kMaxDepth = 512;          // deeper nesting is no table row (and bounds the stack)
constexpr size_t kCancelPolling = 1024; // parser events between looks at the cancel flag

QString fromStd(const std::string &text)
{
    return decodeUtf8(text.data(), qsizetype(text.size()));
}

QString numberText(double number)
{
    if (std::floor(number) == number && std::abs(number) < 9.007199254740992e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

QString valueText(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::string:
        return fromStd(value.get_ref<const std::string &>());
    case Json::value_t::number_integer:
        return QString::number(value.get<qint64>());
    case Json::value_t::number_unsigned:
        return QString::number(value.get<quint64>());
    case Json::value_t::number_float:
        return numberText(value.get<double>());
    case Json::value_t::boolean:
        return value.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    case Json::value_t::array:
    case Json::value_t::object:
        return fromStd(value.dump());
    default:
        return {};
    }
}

QJsonValue toQt(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::string:
        return fromStd(value.get_ref<const std::string &>());
    case Json::value_t::number_integer:
        return qint64(value.get<qint64>());
    case Json::value_t::number_unsigned: {
        const quint64 number = value.get<quint64>();
        return number <= quint64(std::numeric_limits<qint64>::max()) ? QJsonValue(qint64(number))
                                                                     : QJsonValue(double(number));
    }
    case Json::value_t::number_float:
        return value.get<double>();
    case Json::value_t::boolean:
        return value.get<bool>();
    case Json::value_t::array: {
        QJsonArray array;
        for (const Json &element : value)
            array.append(toQt(element));
        return array;
    }
    case Json::value_t::object: {
        QJsonObject object;
        for (auto it = value.begin(); it != value.end(); ++it)
            object.insert(fromStd(it.key()), toQt(it.value()));
        return object;
    }
    default:
        return QJsonValue::Null;
    }
}

struct CancelRequested
{
};
struct TooDeep
{
};
struct DuplicateKey
{
    std::string key;
};

// The first key that appears twice in one object (the slow path: only after a line was found
// to have one).
std::string findDuplicateKey(const char *text, qsizetype size)
{
    std::vector<std::set<std::string>> open;
    try {
        Json::parse(
            text, text + size,
            [&](int, Json::parse_event_t event, Json &parsed) {
                if (event == Json::parse_event_t::object_start)
                    open.emplace_back();
                else if (event == Json::parse_event_t::object_end)
                    open.pop_back();
                else if (event == Json::parse_event_t::key &&
                         !open.back().insert(parsed.get<std::string>()).second)
                    throw DuplicateKey{parsed.get<std::string>()};
                return true;
            },
            true);
    } catch (const DuplicateKey &duplicate) {
        return duplicate.key;
    } catch (...) {
    }
    return {};
}

// Where `key` appears the second time as a key: an approximate but helpful column.
qsizetype secondKeyOffset(const char *text, qsizetype size, const std::string &key)
{
    const QByteArray quoted = '"' + QByteArray::fromStdString(key) + '"';
    const QByteArray line = QByteArray::fromRawData(text, size);
    const qsizetype first = line.indexOf(quoted);
    const qsizetype second = first < 0 ? -1 : line.indexOf(quoted, first + quoted.size());
    return second < 0 ? 0 : second;
}

} // namespace

JsonlReader::JsonlReader(const QString &path, Values values, const CancellationFlag *cancel)
    : m_path(path), m_file(path), m_values(values), m_cancel(cancel)
{
    if (!m_file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::FileSystem, {path},
                    DataFiles::tr("cannot read: %1").arg(m_file.errorString()));
    m_totalBytes = m_file.size();
}

bool JsonlReader::next(JsonlRecord &record)
{
    while (true) {
        if (m_file.atEnd())
            return false;
        // QFile buffers internally, so readLine() is one memchr per line, not a syscall.
        QByteArray line = m_file.readLine();
        if (line.isEmpty() && !m_file.atEnd())
            throw Error(Error::Kind::FileSystem, {m_path},
                        DataFiles::tr("read error: %1").arg(m_file.errorString()));
        m_bytesRead += line.size();
        ++m_line;
        qsizetype start = 0;
        if (m_line == 1 && line.startsWith("\xEF\xBB\xBF"))
            start = 3;
        qsizetype end = line.size();
        while (end > start && (line.at(end - 1) == '\n' || line.at(end - 1) == '\r'))
            --end;
        const char *text = line.constData() + start;
        const qsizetype size = end - start;
        bool blank = true;
        for (qsizetype i = 0; i < size && blank; ++i)
            blank = text[i] == ' ' || text[i] == '\t';
        if (blank)
            continue;

        const auto fail = [&](qsizetype offset, const QString &what) {
            offset = std::clamp<qsizetype>(offset, 0, size);
            throw Error(Error::Kind::BadInput,
                        {m_path, m_line,
                         characterColumn(line.constData(), start + offset) - (start > 0 ? 1 : 0)},
                        what);
        };
        const qsizetype invalid = findInvalidUtf8(text, size);
        if (invalid >= 0)
            fail(invalid, DataFiles::tr("invalid UTF-8 byte sequence (the file must be UTF-8 "
                                        "encoded)"));

        // nlohmann's lexer takes a NUL byte for the end of the input and would ignore the rest.
        if (const void *nul = std::memchr(text, 0, size_t(size)))
            fail(static_cast<const char *>(nul) - text,
                 DataFiles::tr("invalid JSON: a raw NUL byte (inside a string write \\u0000)"));

        // The DOM keeps one value per key, so an object that ends with fewer members than keys
        // were read had a duplicate. Counting is cheap; naming the key re-reads the line.
        std::vector<size_t> keyCounts;
        size_t events = 0;
        bool duplicate = false;
        Json json;
        try {
            json = Json::parse(
                text, text + size,
                [&](int depth, Json::parse_event_t event, Json &parsed) {
                    if (m_cancel && ++events % kCancelPolling == 0 && m_cancel->isCancelled())
                        throw CancelRequested{};
                    switch (event) {
                    case Json::parse_event_t::object_start:
                        if (depth > kMaxDepth)
                            throw TooDeep{};
                        keyCounts.push_back(0);
                        break;
                    case Json::parse_event_t::array_start:
                        if (depth > kMaxDepth)
                            throw TooDeep{};
                        break;
                    case Json::parse_event_t::key:
                        ++keyCounts.back();
                        break;
                    case Json::parse_event_t::object_end:
                        duplicate = duplicate || parsed.size() != keyCounts.back();
                        keyCounts.pop_back();
                        break;
                    default:
                        break;
                    }
                    return true;
                },
                true);
        } catch (const CancelRequested &) {
            throw Cancelled({m_path, m_line}, DataFiles::tr("cancelled while reading this line"));
        } catch (const TooDeep &) {
            fail(0, DataFiles::tr("invalid JSON: nested deeper than %1 levels").arg(kMaxDepth));
        } catch (const Json::parse_error &error) {
            // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error
            // while parsing value - invalid literal; last read: 'x'": keep what follows " - ".
            QString what = QString::fromUtf8(error.what());
            const qsizetype dash = what.indexOf(QLatin1String(" - "));
            if (dash >= 0)
                what = what.mid(dash + 3);
            fail(qsizetype(error.byte) - 1, DataFiles::tr("invalid JSON: %1").arg(what));
        }
        if (!json.is_object())
            fail(0, DataFiles::tr("expected a JSON object {...} on each line"));
        if (duplicate) {
            const std::string key = findDuplicateKey(text, size);
            fail(secondKeyOffset(text, size, key),
                 DataFiles::tr("invalid JSON: the key \"%1\" appears twice in one object")
                     .arg(fromStd(key)));
        }
        record.keys.clear();
        record.texts.clear();
        record.keys.reserve(qsizetype(json.size()));
        record.texts.reserve(qsizetype(json.size()));
        for (auto it = json.begin(); it != json.end(); ++it) {
            record.keys << fromStd(it.key());
            record.texts << valueText(it.value());
        }
        record.object = m_values == Values::Object ? toQt(json).toObject() : QJsonObject();
        record.line = m_line;
        return true;
    }
}

} // namespace candist
