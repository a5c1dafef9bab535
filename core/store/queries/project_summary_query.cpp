#include "store/queries/project_summary_query.h"

#include "store/sql_helpers.h"

namespace candist::project_summary_query {

bool labelsInUse(const ProjectStore &store)
{
    return sql::scalar(store.database(),
                       QStringLiteral("SELECT EXISTS (SELECT 1 FROM teacher_results) OR EXISTS "
                                      "(SELECT 1 FROM student_results) OR EXISTS (SELECT 1 FROM "
                                      "human_labels) OR EXISTS (SELECT 1 FROM gold_labels)"))
        .toBool();
}

} // namespace candist::project_summary_query
