#include "store/queries/spot_check_query.h"

#include "store/sql_helpers.h"

namespace candist::spot_check_query {

namespace {

MachineLabel machineLabel(const QSqlQuery &query, int labelColumn)
{
    MachineLabel result;
    if (!query.value(labelColumn).isNull())
        result.label = query.value(labelColumn).toInt();
    result.confidence = sql::nullable<double>(query.value(labelColumn + 1));
    return result;
}

// The population a spot check stands for: samples without a human label, plus the spot checks
// (drawn from those, and labelled since). `?` binds HumanAction::Label.
const QString kPopulation =
    QStringLiteral("(NOT EXISTS (SELECT 1 FROM human_labels h WHERE h.sample_row = s.row"
                   " AND h.action = ?) OR s.row IN (SELECT sample_row FROM spot_checks))");

ConfidenceSums confidenceSums(const QSqlDatabase &database, const QString &source)
{
    QSqlQuery query = sql::exec(
        database,
        QStringLiteral("SELECT count(x.label), count(x.confidence), coalesce(sum(x.confidence), 0),"
                       " coalesce(sum(x.confidence * x.confidence), 0)"
                       " FROM samples s JOIN (%1) x ON x.sample_row = s.row WHERE %2")
            .arg(source, kPopulation),
        {int(HumanAction::Label)});
    query.next();
    return ConfidenceSums{query.value(0).toLongLong(), query.value(1).toLongLong(),
                          query.value(2).toDouble(), query.value(3).toDouble()};
}

// Each source as (sample_row, label, confidence); a label without a value is no label.
const QString kTeacherSource =
    QStringLiteral("SELECT sample_row, first_candidate AS label, confidence FROM teacher_results"
                   " WHERE status = %1")
        .arg(int(TeacherStatus::Ok));
const QString kStudentSource =
    QStringLiteral("SELECT sample_row, predicted AS label, confidence FROM student_results");
const QString kFinalSource =
    QStringLiteral("SELECT sample_row, label, confidence FROM machine_labels");

} // namespace

QVector<SampleRow> eligibleRows(const ProjectStore &store)
{
    QVector<SampleRow> rows;
    QSqlQuery query = sql::exec(
        store.database(),
        QStringLiteral("SELECT s.row FROM samples s WHERE NOT EXISTS (SELECT 1 FROM human_labels h"
                       " WHERE h.sample_row = s.row AND h.action = ?)"
                       " AND NOT EXISTS (SELECT 1 FROM spot_checks c WHERE c.sample_row = s.row)"
                       " ORDER BY s.row"),
        {int(HumanAction::Label)});
    while (query.next())
        rows << query.value(0).toLongLong();
    return rows;
}

Evidence evidence(const ProjectStore &store)
{
    const QSqlDatabase database = store.database();
    Evidence result;
    result.drawn =
        sql::scalar(database, QStringLiteral("SELECT count(*) FROM spot_checks")).toLongLong();
    QSqlQuery answers = sql::exec(
        database,
        QStringLiteral("SELECT c.sample_row, h.label,"
                       " t.first_candidate, t.confidence, st.predicted, st.confidence,"
                       " m.label, m.confidence"
                       " FROM spot_checks c"
                       " JOIN human_labels h ON h.sample_row = c.sample_row AND h.action = ?"
                       " LEFT JOIN teacher_results t ON t.sample_row = c.sample_row"
                       "  AND t.status = ?"
                       " LEFT JOIN student_results st ON st.sample_row = c.sample_row"
                       " JOIN machine_labels m ON m.sample_row = c.sample_row"
                       " ORDER BY c.position"),
        {int(HumanAction::Label), int(TeacherStatus::Ok)});
    while (answers.next()) {
        Answer answer;
        answer.row = answers.value(0).toLongLong();
        answer.human = answers.value(1).toInt();
        answer.teacher = machineLabel(answers, 2);
        answer.student = machineLabel(answers, 4);
        answer.final = machineLabel(answers, 6);
        result.answers << answer;
    }
    // Without answers there is nothing to estimate: spare `stats` on a large project the scans.
    if (result.answers.isEmpty())
        return result;
    result.teacher = confidenceSums(database, kTeacherSource);
    result.student = confidenceSums(database, kStudentSource);
    result.final = confidenceSums(database, kFinalSource);
    result.machineLabelled =
        sql::scalar(database,
                    QStringLiteral("SELECT count(*) FROM final_labels WHERE source IN (?, ?)"),
                    {int(LabelSource::Teacher), int(LabelSource::Student)})
            .toLongLong();
    return result;
}

} // namespace candist::spot_check_query
