#pragma once

#include <functional>
#include <optional>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace candist {

class ProjectStore;

// Calls `visit(object, lineNumber)` for every non-empty line of a JSONL file. Throws Error with
// "file:line:column" when a line is not a JSON object; `what` names the file's role for the
// "cannot read" message. `visit` throws for lines whose fields are wrong.
void forEachJsonlObject(const QString &path, const QString &what,
                        const std::function<void(const QJsonObject &, int)> &visit);

// A project meta value holding a JSON object: nullopt when unset; throws Error naming the
// project and key when it is not an object.
std::optional<QJsonObject> metaJsonObject(const ProjectStore &store, const QString &key);
void setMetaJson(ProjectStore &store, const QString &key, const QJsonValue &value);

} // namespace candist
