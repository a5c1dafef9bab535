#include "teacher/few_shot_pool.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "model/error.h"
#include "model/label_schema.h"
#include "model/project_meta_keys.h"
#include "store/project_store.h"
#include "teacher/json_files.h"
#include "teacher/teacher_text.h"

namespace candist {

using teacher::Teacher;

QVector<FewShotExample> FewShotPool::readJsonl(const QString &path, const LabelSchema &schema)
{
    QVector<FewShotExample> pool;
    forEachJsonlObject(
        path, QStringLiteral("the few-shot pool"), [&](const QJsonObject &object, int lineNumber) {
            const QString text = object.value(QLatin1String("text")).toString();
            const QString labelName = object.value(QLatin1String("label")).toString();
            if (text.trimmed().isEmpty()) {
                throw Error(
                    Teacher::tr("%1:%2: \"text\" is missing or empty").arg(path).arg(lineNumber));
            }
            const int label = schema.indexOf(labelName);
            if (label < 0) {
                throw Error(Teacher::tr("%1:%2: label \"%3\" is not one of the "
                                        "project's labels (%4)")
                                .arg(path)
                                .arg(lineNumber)
                                .arg(labelName, schema.names().join(QStringLiteral(", "))));
            }
            pool << FewShotExample{text, label};
        });
    return pool;
}

QVector<FewShotExample> FewShotPool::load(const ProjectStore &store)
{
    QVector<FewShotExample> pool;
    const QJsonArray array =
        QJsonDocument::fromJson(store.metaValue(meta::kTeacherFewShotPool).toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        pool << FewShotExample{object.value(QLatin1String("text")).toString(),
                               object.value(QLatin1String("label")).toInt(-1)};
    }
    return pool;
}

void FewShotPool::save(ProjectStore &store, const QVector<FewShotExample> &pool)
{
    QJsonArray array;
    for (const FewShotExample &example : pool) {
        array.append(QJsonObject{{QStringLiteral("text"), example.text},
                                 {QStringLiteral("label"), example.label}});
    }
    setMetaJson(store, meta::kTeacherFewShotPool, array);
}

} // namespace candist
