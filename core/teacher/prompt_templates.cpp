#include "teacher/prompt_templates.h"

#include <QJsonDocument>

#include "model/error.h"
#include "model/project_meta_keys.h"
#include "store/project_store.h"
#include "teacher/json_files.h"
#include "teacher/teacher_text.h"

namespace candist {

using teacher::Teacher;

namespace {

struct Field
{
    const char *key;
    QString PromptTemplates::*member;
};

const Field kFields[] = {
    {"task", &PromptTemplates::task},
    {"system", &PromptTemplates::system},
    {"label_line", &PromptTemplates::labelLine},
    {"format_json_list", &PromptTemplates::formatJsonList},
    {"format_json_object", &PromptTemplates::formatJsonObject},
    {"question_sa", &PromptTemplates::questionSa},
    {"question_ca_add", &PromptTemplates::questionCaAdd},
    {"question_ca_all", &PromptTemplates::questionCaAll},
    {"question_select", &PromptTemplates::questionSelect},
    {"user", &PromptTemplates::user},
    {"reask", &PromptTemplates::reask},
    {"generate", &PromptTemplates::generate},
};

} // namespace

PromptTemplates PromptTemplates::defaults()
{
    PromptTemplates t;
    t.task = QStringLiteral("Classify each text into the categories below.");
    t.system = QStringLiteral("You are a careful data annotator. {{task}}\n\n"
                              "Categories:\n{{labels}}\n\n{{format}}");
    t.labelLine = QStringLiteral("- {{name}}: {{description}}");
    t.formatJsonList =
        QStringLiteral("Answer with a JSON list of category names exactly as written above, "
                       "for example [\"name\"], and nothing else.");
    t.formatJsonObject =
        QStringLiteral("Answer with a JSON object whose \"labels\" field lists category names "
                       "exactly as written above, for example {\"labels\": [\"name\"]}, and "
                       "nothing else.");
    t.questionSa = QStringLiteral("Which single category fits this text best? Give exactly one.");
    t.questionCaAdd =
        QStringLiteral("Which category fits this text best? If you are unsure, add the other "
                       "categories that may also fit, most likely first.");
    t.questionCaAll = QStringLiteral("Which categories could this text belong to? List all "
                                     "possible categories, most likely first.");
    t.questionSelect = QStringLiteral("The text belongs to one of these categories: "
                                      "{{candidates}}. Pick the single one that fits best.");
    t.user = QStringLiteral("Text: {{text}}\n\n{{question}}");
    t.reask = QStringLiteral("Your answer could not be read. Reply again with only a JSON list "
                             "of category names chosen from: {{names}}.");
    t.generate = QStringLiteral(
        "{{task}} Write {{count}} short, varied, realistic texts that belong to the category "
        "\"{{name}}\" ({{description}}). Vary length, tone and wording; do not number them. "
        "Answer with a JSON list of strings and nothing else.");
    return t;
}

QJsonObject PromptTemplates::toJson() const
{
    QJsonObject json;
    for (const Field &field : kFields)
        json.insert(QLatin1String(field.key), this->*field.member);
    return json;
}

PromptTemplates PromptTemplates::fromJson(const QJsonObject &json, const QString &sourceName)
{
    PromptTemplates templates = defaults();
    for (const Field &field : kFields) {
        const QJsonValue value = json.value(QLatin1String(field.key));
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isString()) {
            throw Error(Teacher::tr("%1: \"%2\" must be a string")
                            .arg(sourceName, QLatin1String(field.key)));
        }
        templates.*field.member = value.toString();
    }
    templates.validate(sourceName);
    return templates;
}

void PromptTemplates::validate(const QString &sourceName) const
{
    if (!user.contains(QLatin1String("{{text}}")))
        throw Error(Teacher::tr("%1: the user template must contain {{text}}").arg(sourceName));
    if (!system.contains(QLatin1String("{{labels}}")) &&
        !user.contains(QLatin1String("{{labels}}")))
        throw Error(
            Teacher::tr("%1: the system or user template must contain {{labels}}").arg(sourceName));
}

PromptTemplates PromptTemplates::load(const ProjectStore &store)
{
    const std::optional<QJsonObject> json = metaJsonObject(store, meta::kTeacherTemplates);
    return json ? fromJson(*json, store.path() + QStringLiteral(": ") + meta::kTeacherTemplates)
                : defaults();
}

void PromptTemplates::save(ProjectStore &store) const
{
    validate(meta::kTeacherTemplates);
    setMetaJson(store, meta::kTeacherTemplates, toJson());
}

QString fillTemplate(const QString &text, const QList<QPair<QString, QString>> &values)
{
    QString result;
    result.reserve(text.size() + 256);
    qsizetype position = 0;
    while (position < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), position);
        if (open < 0)
            break;
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            break;
        const QStringView key = QStringView(text).mid(open + 2, close - open - 2);
        const QString *value = nullptr;
        for (const auto &entry : values) {
            if (entry.first == key) {
                value = &entry.second;
                break;
            }
        }
        result += QStringView(text).mid(position, open - position);
        if (value)
            result += *value;
        else
            result += QStringView(text).mid(open, close + 2 - open);
        position = close + 2;
    }
    result += QStringView(text).mid(position);
    return result;
}

} // namespace candist
