#pragma once

#include <QHash>
#include <QString>

#include "store/project_store.h"

namespace candist::run_query {

// Names the user gave distillation runs in the Distillation view. They live in project meta
// ("runs.names", a JSON object id -> name), so naming a run needs no schema change and leaves
// the run's own record as the distiller wrote it.
QHash<qint64, QString> runNames(const ProjectStore &store);
// An empty name removes the run's name (the view then shows its method again).
void setRunName(ProjectStore &store, qint64 runId, const QString &name);

// Deletes the run, its epoch curves and its name; one transaction. Throws Error when the run
// does not exist, when it is still running, or when its student labels are the project's current
// ones (deleting it would leave the table's student column without its run).
void deleteRun(ProjectStore &store, qint64 runId);

} // namespace candist::run_query
