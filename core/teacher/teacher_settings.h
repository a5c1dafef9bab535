#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>

namespace candist {

class ProjectStore;

enum class TeacherStrategy
{
    Sa,    // exactly one label
    CaAdd, // the answer plus, when unsure, the other possible labels
    CaAll, // every possible label
    Select // pick one label out of the teacher's own earlier candidate set (paper's ablation)
};

QString teacherStrategyName(TeacherStrategy strategy);
std::optional<TeacherStrategy> teacherStrategyFromName(QStringView name);

// Everything a teacher run needs except the API key, which is never stored: the project keeps
// only the *name* of the environment variable that holds it. Persisted as project meta
// "teacher.settings" so that the GUI dialog and the CLI share one configuration.
struct TeacherSettings
{
    QString endpoint = QStringLiteral("https://api.openai.com/v1"); // base URL, without /chat/...
    QString model = QStringLiteral("gpt-4o-mini");
    TeacherStrategy strategy = TeacherStrategy::CaAll;
    double temperature = 0.3;
    int maxTokens = 64;
    int concurrency = 8;
    int timeoutSeconds = 60;
    bool jsonResponseFormat = false; // sends response_format {"type":"json_object"}
    int shots = 0;                   // few-shot demonstrations per prompt
    int samples = 1;                 // self-consistency: answers per item (K)
    int scTop = 0;                   // SC-k keeps the k most voted labels; 0 = SC-all (union)
    bool useN = true;                // ask for K answers with one request (`n`) when K > 1
    int maxAttempts = 6;             // HTTP attempts per request (first try included)
    QString apiKeyEnv = QStringLiteral("OPENAI_API_KEY");
    QString embeddingModel; // empty: few-shot retrieval by TF-IDF; else the endpoint's /embeddings
    double inputPricePerMillion = 0;  // in the user's currency, per 1M prompt tokens
    double outputPricePerMillion = 0; // per 1M completion tokens
    qint64 limit = 0;                 // annotate at most this many samples per run; 0 = all

    QJsonObject toJson() const;
    // Unknown keys are ignored and missing ones keep their defaults, so older projects load.
    // Throws Error naming `sourceName` for values of the wrong type or out of range.
    static TeacherSettings fromJson(const QJsonObject &json,
                                    const QString &sourceName = QStringLiteral("teacher settings"));
    // Throws Error describing the first invalid field.
    void validate() const;

    static TeacherSettings load(const ProjectStore &store);
    void save(ProjectStore &store) const;

    QString chatCompletionsUrl() const;
    QString embeddingsUrl() const;
    double costOf(qint64 promptTokens, qint64 completionTokens) const;
};

} // namespace candist
