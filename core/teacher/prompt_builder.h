#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include "model/label_schema.h"
#include "teacher/few_shot_pool.h"
#include "teacher/prompt_templates.h"
#include "teacher/teacher_settings.h"

namespace candist {

struct ChatMessage
{
    QString role; // system, user, assistant
    QString content;

    bool operator==(const ChatMessage &other) const
    {
        return role == other.role && content == other.content;
    }
};

// Turns the project's templates, label schema and a sample into chat messages: a system message
// describing the task, every label and the answer format; the demonstrations as user/assistant
// turns; then the sample and the question of the strategy.
class PromptBuilder
{
public:
    PromptBuilder(LabelSchema schema, PromptTemplates templates, TeacherStrategy strategy,
                  bool jsonObjectAnswers);

    QVector<ChatMessage> build(const QString &text, const QVector<FewShotExample> &demos) const;
    // The select strategy: the question lists the teacher's own candidates.
    QVector<ChatMessage> buildSelect(const QString &text, const QVector<int> &candidates) const;
    // The conversation extended by the unreadable answer and the re-ask instruction.
    QVector<ChatMessage> withReask(QVector<ChatMessage> messages, const QString &badAnswer) const;

    // Asks for `count` example texts of `label` (the few-shot pool written by the LLM).
    QVector<ChatMessage> buildGeneration(int label, int count) const;

    // The answer text a demonstration shows for `labels` (in the configured answer format).
    QString answerFor(const QVector<int> &labels) const;

private:
    QString question() const;

    LabelSchema m_schema;
    PromptTemplates m_templates;
    TeacherStrategy m_strategy;
    bool m_jsonObjectAnswers;
    QString m_system;
};

// A rough prompt token count for estimates and for servers that report no usage: each message's
// content (~4 bytes a token) and ~4 tokens of framing.
int estimatePromptTokens(const QVector<ChatMessage> &messages);

// The JSON body of POST /chat/completions.
QByteArray chatCompletionBody(const TeacherSettings &settings, const QVector<ChatMessage> &messages,
                              int n);

// The response cache key: SHA-256 over (endpoint, model, every parameter that changes the answer,
// messages, n, slot). `slot` tells apart repeated requests for the same prompt (self-consistency
// without `n`), so each of the K answers is cached and paid for once.
QString responseCacheKey(const TeacherSettings &settings, const QVector<ChatMessage> &messages,
                         int n, int slot);

// The JSON body of POST /embeddings.
QByteArray embeddingsBody(const TeacherSettings &settings, const QStringList &inputs);

// The cache key of an /embeddings answer: SHA-256 over (endpoint, embedding model, inputs).
QString embeddingCacheKey(const TeacherSettings &settings, const QStringList &inputs);

} // namespace candist
