#include "store/queries/sample_detail_query.h"

#include "store/sql_helpers.h"

namespace candist::sample_detail_query {

std::optional<StudentRun> studentRunOf(const ProjectStore &store, SampleRow row)
{
    QSqlQuery query = sql::exec(
        store.database(),
        QStringLiteral("SELECT r.id, r.method FROM student_results s JOIN distillation_runs r "
                       "ON r.id = s.run_id WHERE s.sample_row = ?"),
        {row});
    if (!query.next())
        return std::nullopt;
    return StudentRun{query.value(0).toLongLong(), query.value(1).toString()};
}

} // namespace candist::sample_detail_query
