#include "store/queries/review_query.h"

#include "store/sql_helpers.h"

namespace candist::review_query {

namespace {

const QString kReviewSelect =
    QStringLiteral("SELECT s.row, t.status, t.candidates, st.probabilities, st.flags, h.action, "
                   "st.predicted "
                   "FROM samples s "
                   "LEFT JOIN teacher_results t ON t.sample_row = s.row "
                   "LEFT JOIN student_results st ON st.sample_row = s.row "
                   "LEFT JOIN human_labels h ON h.sample_row = s.row ");

// Reads the current row of a kReviewSelect query into `out`.
void readRow(const QSqlQuery &query, ReviewRow &out)
{
    out.row = query.value(0).toLongLong();
    out.teacherStatus =
        query.value(1).isNull() ? TeacherStatus::Pending : TeacherStatus(query.value(1).toInt());
    out.teacherOk = out.teacherStatus == TeacherStatus::Ok;
    out.candidates = out.teacherOk ? query.value(2).toString() : QString();
    out.probabilities = query.value(3).toByteArray();
    out.studentFlags = quint8(query.value(4).toInt());
    out.skipped = !query.value(5).isNull() && query.value(5).toInt() == int(HumanAction::Skip);
    out.studentLabel = query.value(6).isNull() ? -1 : query.value(6).toInt();
}

} // namespace

void forEachUndecided(const ProjectStore &store,
                      const std::function<void(const ReviewRow &)> &visit)
{
    QSqlQuery query = sql::exec(
        store.database(),
        kReviewSelect + QStringLiteral("WHERE h.action IS NULL OR h.action = ? ORDER BY s.row"),
        {int(HumanAction::Skip)});
    ReviewRow row;
    while (query.next()) {
        readRow(query, row);
        visit(row);
    }
}

RowReader::RowReader(const ProjectStore &store)
    : m_query(std::make_unique<QSqlQuery>(
          sql::prepare(store.database(), kReviewSelect + QStringLiteral("WHERE s.row = ?"))))
{
    m_query->setForwardOnly(true);
}

RowReader::~RowReader() = default;

std::optional<ReviewRow> RowReader::read(SampleRow row)
{
    m_query->bindValue(0, row);
    sql::exec(*m_query);
    if (!m_query->next())
        return std::nullopt;
    ReviewRow result;
    readRow(*m_query, result);
    m_query->finish();
    return result;
}

void forEachHumanLabel(const ProjectStore &store,
                       const std::function<void(const HumanLabelRow &)> &visit)
{
    QSqlQuery query =
        sql::exec(store.database(),
                  QStringLiteral(
                      "SELECT h.label, t.first_candidate, st.predicted, "
                      "r.started_at >= h.decided_at AND "
                      "COALESCE(json_extract(r.parameters, '$.cross_fit_folds'), 0) < 2 "
                      "FROM human_labels h "
                      "LEFT JOIN teacher_results t ON t.sample_row = h.sample_row AND t.status = ? "
                      "LEFT JOIN student_results st ON st.sample_row = h.sample_row "
                      "LEFT JOIN distillation_runs r ON r.id = st.run_id "
                      "WHERE h.action = ?"),
                  {int(TeacherStatus::Ok), int(HumanAction::Label)});
    while (query.next())
        visit(HumanLabelRow{query.value(0).toInt(), sql::nullable<int>(query.value(1)),
                            sql::nullable<int>(query.value(2)), query.value(3).toInt() == 1});
}

} // namespace candist::review_query
