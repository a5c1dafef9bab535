#include "teacher/teacher_settings.h"

#include <QJsonDocument>
#include <QUrl>

#include "model/error.h"
#include "model/project_meta_keys.h"
#include "store/project_store.h"
#include "teacher/json_files.h"
#include "teacher/teacher_text.h"

namespace candist {

using teacher::Teacher;

namespace {

struct StrategyName
{
    TeacherStrategy strategy;
    const char *name;
};

constexpr StrategyName kStrategyNames[] = {{TeacherStrategy::Sa, "sa"},
                                           {TeacherStrategy::CaAdd, "ca_add"},
                                           {TeacherStrategy::CaAll, "ca_all"},
                                           {TeacherStrategy::Select, "select"}};

class Reader
{
public:
    Reader(const QJsonObject &json, const QString &source) : m_json(json), m_source(source) {}

    void string(const char *key, QString &target) const
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isString())
            fail(key, QStringLiteral("a string"));
        target = value.toString();
    }
    void number(const char *key, double &target) const
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isDouble())
            fail(key, QStringLiteral("a number"));
        target = value.toDouble();
    }
    template<typename Int>
    void integer(const char *key, Int &target) const
    {
        double value = double(target);
        number(key, value);
        if (value != double(qint64(value)))
            fail(key, QStringLiteral("an integer"));
        target = Int(value);
    }
    void boolean(const char *key, bool &target) const
    {
        const QJsonValue value = m_json.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isBool())
            fail(key, QStringLiteral("true or false"));
        target = value.toBool();
    }
    [[noreturn]] void fail(const char *key, const QString &expected) const
    {
        throw Error(
            Teacher::tr("%1: \"%2\" must be %3").arg(m_source, QLatin1String(key), expected));
    }

private:
    const QJsonObject &m_json;
    const QString &m_source;
};

} // namespace

QString teacherStrategyName(TeacherStrategy strategy)
{
    for (const StrategyName &entry : kStrategyNames) {
        if (entry.strategy == strategy)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<TeacherStrategy> teacherStrategyFromName(QStringView name)
{
    for (const StrategyName &entry : kStrategyNames) {
        if (name == QLatin1String(entry.name))
            return entry.strategy;
    }
    return std::nullopt;
}

QJsonObject TeacherSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("endpoint"), endpoint},
                       {QStringLiteral("model"), model},
                       {QStringLiteral("strategy"), teacherStrategyName(strategy)},
                       {QStringLiteral("temperature"), temperature},
                       {QStringLiteral("max_tokens"), maxTokens},
                       {QStringLiteral("concurrency"), concurrency},
                       {QStringLiteral("timeout_seconds"), timeoutSeconds},
                       {QStringLiteral("json_response_format"), jsonResponseFormat},
                       {QStringLiteral("shots"), shots},
                       {QStringLiteral("samples"), samples},
                       {QStringLiteral("sc_top"), scTop},
                       {QStringLiteral("use_n"), useN},
                       {QStringLiteral("max_attempts"), maxAttempts},
                       {QStringLiteral("api_key_env"), apiKeyEnv},
                       {QStringLiteral("embedding_model"), embeddingModel},
                       {QStringLiteral("input_price_per_million"), inputPricePerMillion},
                       {QStringLiteral("output_price_per_million"), outputPricePerMillion},
                       {QStringLiteral("limit"), double(limit)}};
}

TeacherSettings TeacherSettings::fromJson(const QJsonObject &json, const QString &sourceName)
{
    TeacherSettings settings;
    const Reader read(json, sourceName);
    read.string("endpoint", settings.endpoint);
    read.string("model", settings.model);
    QString strategy = teacherStrategyName(settings.strategy);
    read.string("strategy", strategy);
    const auto parsed = teacherStrategyFromName(strategy);
    if (!parsed)
        read.fail("strategy", QStringLiteral("one of sa, ca_add, ca_all, select"));
    settings.strategy = *parsed;
    read.number("temperature", settings.temperature);
    read.integer("max_tokens", settings.maxTokens);
    read.integer("concurrency", settings.concurrency);
    read.integer("timeout_seconds", settings.timeoutSeconds);
    read.boolean("json_response_format", settings.jsonResponseFormat);
    read.integer("shots", settings.shots);
    read.integer("samples", settings.samples);
    read.integer("sc_top", settings.scTop);
    read.boolean("use_n", settings.useN);
    read.integer("max_attempts", settings.maxAttempts);
    read.string("api_key_env", settings.apiKeyEnv);
    read.string("embedding_model", settings.embeddingModel);
    read.number("input_price_per_million", settings.inputPricePerMillion);
    read.number("output_price_per_million", settings.outputPricePerMillion);
    read.integer("limit", settings.limit);
    try {
        settings.validate();
    } catch (const Error &error) {
        throw Error(sourceName + QStringLiteral(": ") + error.message());
    }
    return settings;
}

void TeacherSettings::validate() const
{
    const QUrl url(endpoint);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty()) {
        throw Error(Teacher::tr("endpoint \"%1\" is not an http(s) URL such as "
                                "https://api.openai.com/v1")
                        .arg(endpoint));
    }
    if (model.trimmed().isEmpty())
        throw Error(Teacher::tr("the model name is empty"));
    auto range = [](const char *what, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw Error(Teacher::tr("%1 must lie between %2 and %3, got %4")
                            .arg(QLatin1String(what))
                            .arg(low)
                            .arg(high)
                            .arg(value));
        }
    };
    range("temperature", temperature, 0, 2);
    range("max_tokens", maxTokens, 1, 1 << 20);
    range("concurrency", concurrency, 1, 512);
    range("timeout_seconds", timeoutSeconds, 1, 3600);
    range("shots", shots, 0, 100);
    range("samples", samples, 1, 100);
    range("sc_top", scTop, 0, 1000);
    range("max_attempts", maxAttempts, 1, 50);
    range("input_price_per_million", inputPricePerMillion, 0, 1e6);
    range("output_price_per_million", outputPricePerMillion, 0, 1e6);
    range("limit", double(limit), 0, 1e15);
    if (apiKeyEnv.isEmpty() || apiKeyEnv.contains(QLatin1Char('=')))
        throw Error(Teacher::tr("api_key_env must name an environment variable"));
}

TeacherSettings TeacherSettings::load(const ProjectStore &store)
{
    const std::optional<QJsonObject> json = metaJsonObject(store, meta::kTeacherSettings);
    return json ? fromJson(*json, store.path() + QStringLiteral(": ") + meta::kTeacherSettings)
                : TeacherSettings();
}

void TeacherSettings::save(ProjectStore &store) const
{
    validate();
    setMetaJson(store, meta::kTeacherSettings, toJson());
}

namespace {
QString joinUrl(const QString &base, const char *path)
{
    QString url = base;
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url + QLatin1Char('/') + QLatin1String(path);
}
} // namespace

QString TeacherSettings::chatCompletionsUrl() const
{
    return joinUrl(endpoint, "chat/completions");
}

QString TeacherSettings::embeddingsUrl() const
{
    return joinUrl(endpoint, "embeddings");
}

double TeacherSettings::costOf(qint64 promptTokens, qint64 completionTokens) const
{
    return (double(promptTokens) * inputPricePerMillion +
            double(completionTokens) * outputPricePerMillion) /
           1e6;
}

} // namespace candist
