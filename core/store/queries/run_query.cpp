#include "store/queries/run_query.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "model/error.h"
#include "store/sql_helpers.h"
#include "store/store_text.h"

namespace candist::run_query {

namespace {

const QString kNamesKey = QStringLiteral("runs.names");

QJsonObject storedNames(const ProjectStore &store)
{
    return QJsonDocument::fromJson(store.metaValue(kNamesKey).toUtf8()).object();
}

void storeNames(ProjectStore &store, const QJsonObject &names)
{
    store.setMetaValue(kNamesKey,
                       QString::fromUtf8(QJsonDocument(names).toJson(QJsonDocument::Compact)));
}

} // namespace

QHash<qint64, QString> runNames(const ProjectStore &store)
{
    QHash<qint64, QString> names;
    const QJsonObject stored = storedNames(store);
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        bool ok = false;
        const qint64 id = it.key().toLongLong(&ok);
        if (ok && it->isString())
            names.insert(id, it->toString());
    }
    return names;
}

void setRunName(ProjectStore &store, qint64 runId, const QString &name)
{
    QJsonObject names = storedNames(store);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        names.remove(QString::number(runId));
    else
        names.insert(QString::number(runId), trimmed);
    storeNames(store, names);
}

void deleteRun(ProjectStore &store, qint64 runId)
{
    const QVariant status =
        sql::scalar(store.database(),
                    QStringLiteral("SELECT status FROM distillation_runs WHERE id = ?"), {runId});
    if (!status.isValid())
        throw Error(StoreText::tr("distillation run %1 does not exist").arg(runId));
    if (status.toString() == QLatin1String("running"))
        throw Error(
            StoreText::tr("distillation run %1 is still running: cancel it first").arg(runId));
    if (store.latestStudentRun() == runId)
        throw Error(StoreText::tr("distillation run %1 gave the project its current student "
                                  "labels: distil again before deleting it")
                        .arg(runId));
    ProjectStore::Transaction transaction(store);
    sql::exec(store.database(), QStringLiteral("DELETE FROM run_epochs WHERE run_id = ?"), {runId});
    sql::exec(store.database(), QStringLiteral("DELETE FROM distillation_runs WHERE id = ?"),
              {runId});
    QJsonObject names = storedNames(store);
    if (names.contains(QString::number(runId))) {
        names.remove(QString::number(runId));
        storeNames(store, names);
    }
    transaction.commit();
}

} // namespace candist::run_query
