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

// Reads the current row of a kReviewSelect statement into `out`. Through the connection's own
// handle: ranking reads every sample, and a QVariant per value costs more than SQLite does.
void readRow(const sql::NativeStatement &query, ReviewRow &out)
{
    out.row = query.int64(0);
    out.teacherStatus =
        query.isNull(1) ? TeacherStatus::Pending : TeacherStatus(int(query.int64(1)));
    out.teacherOk = out.teacherStatus == TeacherStatus::Ok;
    const QByteArrayView candidates = out.teacherOk ? query.blob(2) : QByteArrayView();
    out.candidates = QString::fromLatin1(candidates.data(), candidates.size()); // digits, commas
    const QByteArrayView probabilities = query.blob(3);
    out.probabilities = QByteArray(probabilities.data(), probabilities.size());
    out.studentFlags = quint8(query.int64(4));
    out.skipped = !query.isNull(5) && query.int64(5) == int(HumanAction::Skip);
    out.studentLabel = query.isNull(6) ? -1 : int(query.int64(6));
}

void forEachRow(const ProjectStore &store, const QString &condition, std::optional<int> binding,
                const std::function<void(const ReviewRow &)> &visit)
{
    sql::NativeStatement query(store.database(),
                               kReviewSelect + condition + QStringLiteral(" ORDER BY s.row"));
    if (binding)
        query.bindInt64(1, *binding);
    ReviewRow row;
    while (query.next()) {
        readRow(query, row);
        visit(row);
    }
}

} // namespace

void forEachUndecided(const ProjectStore &store,
                      const std::function<void(const ReviewRow &)> &visit)
{
    forEachRow(store, QStringLiteral("WHERE h.action IS NULL OR h.action = ?"),
               int(HumanAction::Skip), visit);
}

void forEachSample(const ProjectStore &store, const std::function<void(const ReviewRow &)> &visit)
{
    forEachRow(store, QString(), std::nullopt, visit);
}

RowReader::RowReader(const ProjectStore &store)
    : m_query(std::make_unique<sql::NativeStatement>(
          store.database(), kReviewSelect + QStringLiteral("WHERE s.row = ?")))
{}

RowReader::~RowReader() = default;

std::optional<ReviewRow> RowReader::read(SampleRow row)
{
    m_query->bindInt64(1, row);
    if (!m_query->next())
        return std::nullopt;
    ReviewRow result;
    readRow(*m_query, result);
    m_query->reset();
    return result;
}

void forEachHumanLabel(const ProjectStore &store,
                       const std::function<void(const HumanLabelRow &)> &visit)
{
    QSqlQuery query = sql::exec(
        store.database(),
        QStringLiteral("SELECT h.label, t.first_candidate, st.predicted, ") +
            studentTrainedOnHumanCondition(QStringLiteral("r"), QStringLiteral("h")) +
            QStringLiteral(
                " FROM human_labels h "
                "LEFT JOIN teacher_results t ON t.sample_row = h.sample_row AND t.status = ? "
                "LEFT JOIN student_results st ON st.sample_row = h.sample_row "
                "LEFT JOIN distillation_runs r ON r.id = st.run_id "
                "WHERE h.action = ?"),
        {int(TeacherStatus::Ok), int(HumanAction::Label)});
    while (query.next())
        visit(HumanLabelRow{query.value(0).toInt(), sql::nullable<int>(query.value(1)),
                            sql::nullable<int>(query.value(2)), query.value(3).toInt() == 1});
}

QString studentTrainedOnHumanCondition(const QString &runs, const QString &human)
{
    // A run that began after the decision saw it as a singleton candidate set; with
    // cross-fitting its label of the sample comes from a fold that never saw it.
    return QStringLiteral("(%1.started_at >= %2.decided_at AND "
                          "COALESCE(json_extract(%1.parameters, '$.cross_fit_folds'), 0) < 2)")
        .arg(runs, human);
}

} // namespace candist::review_query
