#include "teacher/prompt_builder.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "teacher/chat_completion.h"

namespace candist {

PromptBuilder::PromptBuilder(LabelSchema schema, PromptTemplates templates,
                             TeacherStrategy strategy, bool jsonObjectAnswers)
    : m_schema(std::move(schema))
    , m_templates(std::move(templates))
    , m_strategy(strategy)
    , m_jsonObjectAnswers(jsonObjectAnswers)
{
    QStringList lines;
    for (const Label &label : m_schema.labels()) {
        lines << fillTemplate(
                     m_templates.labelLine,
                     {{QStringLiteral("name"), label.name},
                      {QStringLiteral("description"), label.description},
                      {QStringLiteral("aliases"), label.aliases.join(QStringLiteral(", "))}})
                     .trimmed();
    }
    m_system = fillTemplate(
        m_templates.system,
        {{QStringLiteral("task"), m_templates.task},
         {QStringLiteral("labels"), lines.join(QLatin1Char('\n'))},
         {QStringLiteral("format"),
          m_jsonObjectAnswers ? m_templates.formatJsonObject : m_templates.formatJsonList}});
}

QString PromptBuilder::question() const
{
    switch (m_strategy) {
    case TeacherStrategy::Sa:
        return m_templates.questionSa;
    case TeacherStrategy::CaAdd:
        return m_templates.questionCaAdd;
    case TeacherStrategy::CaAll:
        return m_templates.questionCaAll;
    case TeacherStrategy::Select:
        return m_templates.questionSelect;
    }
    return {};
}

QString PromptBuilder::answerFor(const QVector<int> &labels) const
{
    QJsonArray names;
    for (int label : labels)
        names.append(m_schema.at(label).name);
    const QJsonDocument document =
        m_jsonObjectAnswers ? QJsonDocument(QJsonObject{{QStringLiteral("labels"), names}})
                            : QJsonDocument(names);
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QVector<ChatMessage> PromptBuilder::build(const QString &text,
                                          const QVector<FewShotExample> &demos) const
{
    QVector<ChatMessage> messages;
    messages.reserve(2 + 2 * demos.size());
    messages.append({QStringLiteral("system"), m_system});
    const QString question = this->question();
    for (const FewShotExample &demo : demos) {
        messages.append({QStringLiteral("user"),
                         fillTemplate(m_templates.user, {{QStringLiteral("text"), demo.text},
                                                         {QStringLiteral("question"), question}})});
        messages.append({QStringLiteral("assistant"), answerFor({demo.label})});
    }
    messages.append({QStringLiteral("user"),
                     fillTemplate(m_templates.user, {{QStringLiteral("text"), text},
                                                     {QStringLiteral("question"), question}})});
    return messages;
}

QVector<ChatMessage> PromptBuilder::buildSelect(const QString &text,
                                                const QVector<int> &candidates) const
{
    QStringList names;
    for (int candidate : candidates)
        names << m_schema.at(candidate).name;
    const QString question =
        fillTemplate(m_templates.questionSelect,
                     {{QStringLiteral("candidates"), names.join(QStringLiteral(", "))}});
    return {{QStringLiteral("system"), m_system},
            {QStringLiteral("user"),
             fillTemplate(m_templates.user, {{QStringLiteral("text"), text},
                                             {QStringLiteral("question"), question}})}};
}

QVector<ChatMessage> PromptBuilder::buildGeneration(int label, int count) const
{
    return {{QStringLiteral("user"),
             fillTemplate(m_templates.generate,
                          {{QStringLiteral("task"), m_templates.task},
                           {QStringLiteral("count"), QString::number(count)},
                           {QStringLiteral("name"), m_schema.at(label).name},
                           {QStringLiteral("description"), m_schema.at(label).description}})
                 .trimmed()}};
}

QVector<ChatMessage> PromptBuilder::withReask(QVector<ChatMessage> messages,
                                              const QString &badAnswer) const
{
    messages.append({QStringLiteral("assistant"), badAnswer});
    messages.append(
        {QStringLiteral("user"),
         fillTemplate(m_templates.reask,
                      {{QStringLiteral("names"), m_schema.names().join(QStringLiteral(", "))}})});
    return messages;
}

namespace {

QJsonArray messagesJson(const QVector<ChatMessage> &messages)
{
    QJsonArray array;
    for (const ChatMessage &message : messages) {
        array.append(QJsonObject{{QStringLiteral("role"), message.role},
                                 {QStringLiteral("content"), message.content}});
    }
    return array;
}

QJsonObject parameters(const TeacherSettings &settings, int n)
{
    QJsonObject json{{QStringLiteral("model"), settings.model},
                     {QStringLiteral("temperature"), settings.temperature},
                     {QStringLiteral("max_tokens"), settings.maxTokens}};
    if (n > 1)
        json.insert(QStringLiteral("n"), n);
    if (settings.jsonResponseFormat) {
        json.insert(QStringLiteral("response_format"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});
    }
    return json;
}

} // namespace

QByteArray chatCompletionBody(const TeacherSettings &settings, const QVector<ChatMessage> &messages,
                              int n)
{
    QJsonObject body = parameters(settings, n);
    body.insert(QStringLiteral("messages"), messagesJson(messages));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

namespace {

// QJsonObject sorts its keys, so the serialisation is canonical.
QString cacheKeyOf(const QJsonObject &key)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(key).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

} // namespace

QString responseCacheKey(const TeacherSettings &settings, const QVector<ChatMessage> &messages,
                         int n, int slot)
{
    return cacheKeyOf({{QStringLiteral("endpoint"), settings.chatCompletionsUrl()},
                       {QStringLiteral("parameters"), parameters(settings, n)},
                       {QStringLiteral("messages"), messagesJson(messages)},
                       {QStringLiteral("slot"), slot}});
}

int estimatePromptTokens(const QVector<ChatMessage> &messages)
{
    int tokens = 0;
    for (const ChatMessage &message : messages)
        tokens += estimateTokens(message.content) + 4;
    return tokens;
}

QByteArray embeddingsBody(const TeacherSettings &settings, const QStringList &inputs)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("model"), settings.embeddingModel},
                                     {QStringLiteral("input"), QJsonArray::fromStringList(inputs)}})
        .toJson(QJsonDocument::Compact);
}

QString embeddingCacheKey(const TeacherSettings &settings, const QStringList &inputs)
{
    return cacheKeyOf({{QStringLiteral("endpoint"), settings.embeddingsUrl()},
                       {QStringLiteral("model"), settings.embeddingModel},
                       {QStringLiteral("input"), QJsonArray::fromStringList(inputs)}});
}

} // namespace candist
