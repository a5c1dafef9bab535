#include "teacher/json_files.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include "model/error.h"
#include "store/project_store.h"
#include "teacher/teacher_text.h"

namespace candist {

using teacher::Teacher;

void forEachJsonlObject(const QString &path, const QString &what,
                        const std::function<void(const QJsonObject &, int)> &visit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Teacher::tr("%1: cannot read %2: %3").arg(path, what, file.errorString()),
                    Error::Kind::FileSystem);
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (!document.isObject()) {
            const bool syntax = error.error != QJsonParseError::NoError;
            throw Error(Teacher::tr("%1:%2:%3: expected a JSON object (%4)")
                            .arg(path)
                            .arg(lineNumber)
                            .arg(syntax ? error.offset + 1 : 1)
                            .arg(syntax ? error.errorString() : QStringLiteral("not an object")));
        }
        visit(document.object(), lineNumber);
    }
}

std::optional<QJsonObject> metaJsonObject(const ProjectStore &store, const QString &key)
{
    const QString text = store.metaValue(key);
    if (text.isEmpty())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (!document.isObject()) {
        throw Error(Teacher::tr("%1: project setting %2 is not a JSON object (%3)")
                        .arg(store.path(), key, error.errorString()));
    }
    return document.object();
}

void setMetaJson(ProjectStore &store, const QString &key, const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    store.setMetaValue(key, QString::fromUtf8(document.toJson(QJsonDocument::Compact)));
}

} // namespace candist
