#include "store/queries/export_query.h"

#include "store/sql_helpers.h"

namespace candist::export_query {

namespace {

QString whereClause(const Columns &columns)
{
    return columns.onlyResolved ? QStringLiteral(" WHERE f.label IS NOT NULL") : QString();
}

} // namespace

qint64 rowCount(const ProjectStore &store, const Columns &columns)
{
    return sql::scalar(store.database(),
                       QStringLiteral("SELECT count(*) FROM final_labels f") + whereClause(columns))
        .toLongLong();
}

void forEachRow(const ProjectStore &store, const Columns &columns,
                const std::function<void(const Row &)> &visit)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true); // streams: SQLite hands out one row at a time
    const QString statement =
        QStringLiteral("SELECT s.ext_id, s.text, f.label, f.source, f.confidence, t.candidates, "
                       "%1, %2, n.flags, n.comment FROM samples s "
                       "JOIN final_labels f ON f.sample_row = s.row "
                       "LEFT JOIN teacher_results t ON t.sample_row = s.row "
                       "LEFT JOIN sample_notes n ON n.sample_row = s.row "
                       "%3 %4 %5 ORDER BY s.row")
            .arg(columns.gold ? QStringLiteral("g.label") : QStringLiteral("NULL"),
                 columns.probabilities ? QStringLiteral("st.probabilities")
                                       : QStringLiteral("NULL"),
                 columns.gold ? QStringLiteral("LEFT JOIN gold_labels g ON g.sample_row = s.row")
                              : QString(),
                 columns.probabilities
                     ? QStringLiteral("LEFT JOIN student_results st ON st.sample_row = s.row")
                     : QString(),
                 whereClause(columns));
    if (!query.prepare(statement))
        sql::exec(store.database(), statement); // throws with the driver's message
    sql::exec(query);

    Row row;
    while (query.next()) {
        row.id = query.value(0).toString();
        row.text = query.value(1).toString();
        row.label = sql::nullable<int>(query.value(2));
        row.source = LabelSource(query.value(3).toInt());
        row.confidence = sql::nullable<double>(query.value(4));
        row.candidates = query.value(5).toString();
        row.gold = sql::nullable<int>(query.value(6));
        row.probabilities = query.value(7).toByteArray();
        row.noteFlags = quint32(query.value(8).toLongLong());
        row.comment = query.value(9).toString();
        visit(row);
    }
}

} // namespace candist::export_query
