#include "teacher/answer_parser.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace candist {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

void appendUnique(QVector<int> &labels, int label)
{
    if (label >= 0 && !labels.contains(label))
        labels << label;
}

std::optional<QJsonDocument> parseDocument(QStringView text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return std::nullopt;
    return document;
}

} // namespace

AnswerParser::AnswerParser(const LabelSchema &schema) : m_schema(schema)
{
    for (int i = 0; i < schema.size(); ++i) {
        m_terms.append({schema.at(i).name.toLower(), i});
        for (const QString &alias : schema.at(i).aliases) {
            if (!alias.trimmed().isEmpty())
                m_terms.append({alias.toLower(), i});
        }
    }
}

int AnswerParser::labelOf(const QString &name) const
{
    return m_schema.indexOf(QStringView(name).trimmed());
}

QVector<int> AnswerParser::parseJson(const QString &answer) const
{
    const QStringView text = QStringView(answer).trimmed();
    std::optional<QJsonDocument> document = parseDocument(text);
    if (!document) {
        // A list or object embedded in prose or a code fence: try the outermost brackets.
        for (const auto &[open, close] : {std::pair{u'[', u']'}, std::pair{u'{', u'}'}}) {
            const qsizetype first = text.indexOf(QChar(open));
            const qsizetype last = text.lastIndexOf(QChar(close));
            if (first >= 0 && last > first) {
                document = parseDocument(text.mid(first, last - first + 1));
                if (document)
                    break;
            }
        }
    }
    if (!document)
        return {};
    QJsonArray array;
    if (document->isArray()) {
        array = document->array();
    } else {
        const QJsonObject object = document->object();
        for (const char *key : {"labels", "label", "categories", "category", "answer"}) {
            const QJsonValue value = object.value(QLatin1String(key));
            if (value.isArray()) {
                array = value.toArray();
                break;
            }
            if (value.isString()) {
                array.append(value);
                break;
            }
        }
    }
    QVector<int> labels;
    for (const QJsonValue &value : array) {
        if (value.isString())
            appendUnique(labels, labelOf(value.toString()));
        else if (value.isObject())
            appendUnique(labels,
                         labelOf(value.toObject().value(QLatin1String("label")).toString()));
    }
    return labels;
}

QVector<int> AnswerParser::parseWords(const QString &answer) const
{
    const QString text = answer.toLower();
    struct Match
    {
        qsizetype position;
        qsizetype length;
        int label;
    };
    std::vector<Match> matches;
    for (const Term &term : m_terms) {
        qsizetype from = 0;
        while ((from = text.indexOf(term.text, from)) >= 0) {
            const qsizetype end = from + term.text.size();
            const bool startOk =
                from == 0 || !isWordChar(text.at(from - 1)) || !isWordChar(term.text.front());
            const bool endOk =
                end == text.size() || !isWordChar(text.at(end)) || !isWordChar(term.text.back());
            if (startOk && endOk)
                matches.push_back({from, term.text.size(), term.label});
            from += 1;
        }
    }
    std::sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.position != b.position ? a.position < b.position : a.length > b.length;
    });
    QVector<int> labels;
    qsizetype coveredUntil = 0;
    for (const Match &match : matches) {
        if (match.position < coveredUntil)
            continue;
        coveredUntil = match.position + match.length;
        appendUnique(labels, match.label);
    }
    return labels;
}

QVector<int> AnswerParser::parse(const QString &answer) const
{
    QVector<int> labels = parseJson(answer);
    if (labels.isEmpty())
        labels = parseWords(answer);
    return labels;
}

} // namespace candist
