#pragma once

#include <optional>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace candist {

// What the teacher reads from a /chat/completions answer.
struct ChatCompletion
{
    QStringList contents; // one per choice, in choice order
    int promptTokens = 0;
    int completionTokens = 0;
    bool hasUsage = false;
};

// nullopt (with `error` set) when the body is not a chat completion: not JSON, no choices, or a
// choice without message content. Such answers are treated as transport faults and retried.
std::optional<ChatCompletion> parseChatCompletion(const QByteArray &body, QString *error);

// The data[i].embedding vectors of an /embeddings answer, in index order.
std::optional<std::vector<std::vector<float>>> parseEmbeddings(const QByteArray &body,
                                                               QString *error);

// The human-readable part of an error body ({"error": {"message": ...}}), else the body itself,
// shortened to `maxLength` characters.
QString errorBodySummary(const QByteArray &body, int maxLength = 300);

// A rough token count for estimates and for servers that report no usage: ~4 bytes per token.
int estimateTokens(const QString &text);

} // namespace candist
