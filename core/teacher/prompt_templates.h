#pragma once

#include <QJsonObject>
#include <QString>

namespace candist {

class ProjectStore;

// The project's own prompt wording, editable per project (GUI dialog, or project meta
// "teacher.templates"). Placeholders in double braces are filled by PromptBuilder:
//   system:     {{task}} {{labels}} {{format}}
//   label_line: {{name}} {{description}} {{aliases}}
//   user:       {{text}} {{question}}
//   question_*: {{candidates}} (select only)
//   reask:      {{names}}
//   generate:   {{count}} {{name}} {{description}} {{task}} (few-shot pool written by the LLM)
// Placeholders a template does not use are simply not shown; unknown ones stay verbatim.
struct PromptTemplates
{
    QString task;
    QString system;
    QString labelLine;
    QString formatJsonList;
    QString formatJsonObject; // used when the JSON response format is on (answers are objects)
    QString questionSa;
    QString questionCaAdd;
    QString questionCaAll;
    QString questionSelect;
    QString user;
    QString reask;
    QString generate;

    static PromptTemplates defaults();

    QJsonObject toJson() const;
    // Missing keys keep their defaults. Throws Error when a value is not a string or the user
    // template has no {{text}} (the sample would never reach the model).
    static PromptTemplates fromJson(const QJsonObject &json,
                                    const QString &sourceName = QStringLiteral("prompt templates"));
    void validate(const QString &sourceName) const;

    static PromptTemplates load(const ProjectStore &store);
    void save(ProjectStore &store) const;
};

// Replaces every {{key}} by its value in one pass (values are never re-scanned, so a sample text
// containing "{{labels}}" stays as written).
QString fillTemplate(const QString &text, const QList<QPair<QString, QString>> &values);

} // namespace candist
