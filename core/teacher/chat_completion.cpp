#include "teacher/chat_completion.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "teacher/teacher_text.h"

namespace candist {

using teacher::Teacher;

namespace {

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

int intOr(const nlohmann::json &object, const char *key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<int>() : 0;
}

} // namespace

std::optional<ChatCompletion> parseChatCompletion(const QByteArray &body, QString *error)
{
    // nlohmann parses without building a Qt DOM; this runs once per answer on the hot path.
    const nlohmann::json json = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        *error = Teacher::tr("the answer is not a JSON object");
        return std::nullopt;
    }
    const auto choices = json.find("choices");
    if (choices == json.end() || !choices->is_array() || choices->empty()) {
        *error = Teacher::tr("the answer has no \"choices\"");
        return std::nullopt;
    }
    std::vector<std::pair<int, QString>> indexed;
    for (const nlohmann::json &choice : *choices) {
        if (!choice.is_object()) {
            *error = Teacher::tr("a choice is not an object");
            return std::nullopt;
        }
        const auto message = choice.find("message");
        if (message == choice.end() || !message->is_object()) {
            *error = Teacher::tr("a choice has no \"message\"");
            return std::nullopt;
        }
        const auto content = message->find("content");
        QString text;
        if (content != message->end() && content->is_string())
            text = fromStd(content->get<std::string>());
        else if (content == message->end() || !content->is_null()) {
            *error = Teacher::tr("a choice's message has no text \"content\"");
            return std::nullopt;
        }
        indexed.emplace_back(choice.contains("index") && choice["index"].is_number_integer()
                                 ? choice["index"].get<int>()
                                 : int(indexed.size()),
                             text);
    }
    std::stable_sort(indexed.begin(), indexed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    ChatCompletion completion;
    for (auto &entry : indexed)
        completion.contents << entry.second;
    const auto usage = json.find("usage");
    if (usage != json.end() && usage->is_object()) {
        completion.hasUsage = true;
        completion.promptTokens = intOr(*usage, "prompt_tokens");
        completion.completionTokens = intOr(*usage, "completion_tokens");
    }
    return completion;
}

std::optional<std::vector<std::vector<float>>> parseEmbeddings(const QByteArray &body,
                                                               QString *error)
{
    const nlohmann::json json = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
    const auto data = json.is_object() ? json.find("data") : json.end();
    if (json.is_discarded() || !json.is_object() || data == json.end() || !data->is_array()) {
        *error = Teacher::tr("the answer has no \"data\" list of embeddings");
        return std::nullopt;
    }
    std::vector<std::pair<int, std::vector<float>>> indexed;
    for (const nlohmann::json &item : *data) {
        const auto embedding = item.is_object() ? item.find("embedding") : item.end();
        if (!item.is_object() || embedding == item.end() || !embedding->is_array()) {
            *error = Teacher::tr("an entry of \"data\" has no \"embedding\" list");
            return std::nullopt;
        }
        std::vector<float> vector;
        vector.reserve(embedding->size());
        for (const nlohmann::json &value : *embedding) {
            if (!value.is_number()) {
                *error = Teacher::tr("an embedding holds a non-number");
                return std::nullopt;
            }
            vector.push_back(value.get<float>());
        }
        indexed.emplace_back(intOr(item, "index"), std::move(vector));
    }
    std::stable_sort(indexed.begin(), indexed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<std::vector<float>> vectors;
    for (auto &entry : indexed)
        vectors.push_back(std::move(entry.second));
    return vectors;
}

QString errorBodySummary(const QByteArray &body, int maxLength)
{
    QString summary;
    const nlohmann::json json = nlohmann::json::parse(body.begin(), body.end(), nullptr, false);
    if (!json.is_discarded() && json.is_object()) {
        const auto error = json.find("error");
        if (error != json.end() && error->is_object() && error->contains("message") &&
            (*error)["message"].is_string())
            summary = fromStd((*error)["message"].get<std::string>());
        else if (error != json.end() && error->is_string())
            summary = fromStd(error->get<std::string>());
    }
    if (summary.isEmpty())
        summary = QString::fromUtf8(body).simplified();
    if (summary.size() > maxLength)
        summary = summary.left(maxLength) + QStringLiteral("…");
    return summary;
}

int estimateTokens(const QString &text)
{
    return int((text.toUtf8().size() + 3) / 4);
}

} // namespace candist
