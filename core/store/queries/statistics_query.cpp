#include "store/queries/statistics_query.h"

#include "store/sql_helpers.h"

namespace candist::statistics_query {

ProjectCounts projectCounts(const ProjectStore &store, int labelCount)
{
    const QSqlDatabase database = store.database();
    const int ok = int(TeacherStatus::Ok);
    const int parseFailed = int(TeacherStatus::ParseFailed);
    ProjectCounts counts;
    counts.samples =
        sql::scalar(database, QStringLiteral("SELECT count(*) FROM samples")).toLongLong();

    qint64 goldSamples = 0;
    {
        QSqlQuery query = sql::exec(
            database, QStringLiteral(
                          "SELECT label, count(*) FROM gold_labels GROUP BY label ORDER BY label"));
        while (query.next()) {
            counts.goldByLabel.insert(query.value(0).toInt(), query.value(1).toLongLong());
            goldSamples += query.value(1).toLongLong();
        }
    }

    {
        QSqlQuery query = sql::exec(
            database,
            QStringLiteral("SELECT count(*) FILTER (WHERE status = ?),"
                           " count(*) FILTER (WHERE status = ?),"
                           " count(*) FILTER (WHERE status = ?),"
                           " count(*) FILTER (WHERE status = ?),"
                           " coalesce(sum(prompt_tokens), 0),"
                           " coalesce(sum(completion_tokens), 0),"
                           " count(*)"
                           " FROM teacher_results"),
            {ok, int(TeacherStatus::Pending), parseFailed, int(TeacherStatus::TransportFailed)});
        query.next();
        counts.teacher.ok = query.value(0).toLongLong();
        counts.teacher.pending = query.value(1).toLongLong();
        counts.teacher.parseFailed = query.value(2).toLongLong();
        counts.teacher.transportFailed = query.value(3).toLongLong();
        counts.teacher.promptTokens = query.value(4).toLongLong();
        counts.teacher.completionTokens = query.value(5).toLongLong();
        counts.teacher.withResult = query.value(6).toLongLong();
    }
    if (goldSamples > 0 && labelCount > 0) {
        // "Answered": the LLM replied, ok or parse-failed (which the method reads as "no
        // information", i.e. the candidate set Y). Pending and transport-failed ones are not
        // annotations yet and stay out of the accuracy figures.
        QSqlQuery query = sql::exec(
            database,
            QStringLiteral(
                "SELECT count(*),"
                " sum(t.status = ? AND t.first_candidate = g.label),"
                " sum(t.status = ? OR instr('|' || t.candidates || '|', '|' || g.label || '|') > "
                "0),"
                " sum(CASE WHEN t.status = ? THEN t.set_size ELSE ? END)"
                " FROM teacher_results t JOIN gold_labels g ON g.sample_row = t.sample_row"
                " WHERE t.status IN (?, ?)"),
            {ok, parseFailed, ok, labelCount, ok, parseFailed});
        query.next();
        counts.teacherOnGold =
            ProjectCounts::TeacherOnGold{query.value(0).toLongLong(), query.value(1).toDouble(),
                                         query.value(2).toDouble(), query.value(3).toDouble()};
    }

    {
        QSqlQuery query = sql::exec(
            database, QStringLiteral("SELECT count(*), max(run_id) FROM student_results"));
        query.next();
        counts.student.samples = query.value(0).toLongLong();
        if (!query.value(1).isNull()) {
            counts.student.latestRun = query.value(1).toLongLong();
            QSqlQuery parameters = sql::exec(
                database, QStringLiteral("SELECT parameters FROM distillation_runs WHERE id = ?"),
                {*counts.student.latestRun});
            if (parameters.next())
                counts.student.latestRunParameters = parameters.value(0).toString();
        }
        QSqlQuery accuracy = sql::exec(
            database, QStringLiteral("SELECT count(*), sum(st.predicted = g.label)"
                                     " FROM student_results st"
                                     " JOIN gold_labels g ON g.sample_row = st.sample_row"));
        accuracy.next();
        counts.student.withGold = accuracy.value(0).toLongLong();
        counts.student.right = accuracy.value(1).toDouble();
    }

    {
        QSqlQuery query = sql::exec(
            database, QStringLiteral("SELECT source, count(*) FROM final_labels GROUP BY source"));
        while (query.next())
            counts.finalBySource.insert(query.value(0).toInt(), query.value(1).toLongLong());
        if (goldSamples > 0) {
            QSqlQuery accuracy = sql::exec(
                database,
                QStringLiteral("SELECT count(*), sum(f.label = g.label) FROM final_labels f"
                               " JOIN gold_labels g ON g.sample_row = f.sample_row"
                               " WHERE f.label IS NOT NULL"));
            accuracy.next();
            counts.finalOnGold = ProjectCounts::FinalOnGold{accuracy.value(0).toLongLong(),
                                                            accuracy.value(1).toDouble()};
        }
    }

    {
        QSqlQuery query =
            sql::exec(database,
                      QStringLiteral("SELECT count(*) FILTER (WHERE action = ?),"
                                     " count(*) FILTER (WHERE action = ?) FROM human_labels"),
                      {int(HumanAction::Label), int(HumanAction::Skip)});
        query.next();
        counts.humanLabelled = query.value(0).toLongLong();
        counts.humanSkipped = query.value(1).toLongLong();
    }
    return counts;
}

} // namespace candist::statistics_query
