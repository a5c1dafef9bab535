#include "store/queries/import_query.h"

#include "store/sql_helpers.h"

namespace candist::import_query {

void remapGoldLabels(ProjectStore &store, const QVector<int> &newIndex)
{
    if (newIndex.isEmpty())
        return;
    QString remap = QStringLiteral("UPDATE gold_labels SET label = CASE label");
    for (int i = 0; i < newIndex.size(); ++i)
        remap += QStringLiteral(" WHEN %1 THEN %2").arg(i).arg(newIndex.at(i));
    remap += QStringLiteral(" END");
    sql::exec(store.database(), remap);
}

void forEachSampleText(const ProjectStore &store,
                       const std::function<void(SampleRow, const QString &)> &visit)
{
    QSqlQuery query =
        sql::prepare(store.database(), QStringLiteral("SELECT row, text FROM samples"));
    query.setForwardOnly(true);
    sql::exec(query);
    while (query.next())
        visit(query.value(0).toLongLong(), query.value(1).toString());
}

} // namespace candist::import_query
