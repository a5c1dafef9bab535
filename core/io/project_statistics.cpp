#include "io/project_statistics.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStringList>

#include "store/project_store.h"
#include "store/sql_helpers.h"

namespace candist {

namespace {

// A teacher result "answered" when the LLM replied: ok, or parse-failed (which the method reads as
// "no information", i.e. the candidate set Y). Pending and transport-failed ones are not
// annotations yet and stay out of the accuracy figures.
constexpr const char *kAnswered = "t.status IN (1, 2)";

QString percent(const QJsonValue &value)
{
    return QStringLiteral("%1 %").arg(value.toDouble() * 100, 0, 'f', 2);
}

} // namespace

QJsonObject ProjectStatistics::compute(const ProjectStore &store)
{
    const QSqlDatabase database = store.database();
    const auto scalar = [&](const QString &statement) {
        return sql::scalar(database, statement).toLongLong();
    };
    const LabelSchema schema = store.labelSchema();
    const int labelCount = schema.size();

    QJsonObject result;
    const qint64 samples = scalar(QStringLiteral("SELECT count(*) FROM samples"));
    result.insert(QStringLiteral("samples"), samples);
    result.insert(QStringLiteral("labels"), labelCount);
    result.insert(QStringLiteral("label_names"), QJsonArray::fromStringList(schema.names()));

    // Gold
    QJsonObject gold;
    qint64 goldSamples = 0;
    QJsonObject goldCounts;
    {
        QSqlQuery query = sql::exec(
            database, QStringLiteral(
                          "SELECT label, count(*) FROM gold_labels GROUP BY label ORDER BY label"));
        while (query.next()) {
            const int label = query.value(0).toInt();
            const qint64 count = query.value(1).toLongLong();
            goldSamples += count;
            goldCounts.insert(label < labelCount ? schema.at(label).name : QString::number(label),
                              count);
        }
    }
    gold.insert(QStringLiteral("samples"), goldSamples);
    gold.insert(QStringLiteral("counts"), goldCounts);
    result.insert(QStringLiteral("gold"), gold);

    // Teacher
    QJsonObject teacher;
    {
        QSqlQuery query =
            sql::exec(database, QStringLiteral("SELECT count(*) FILTER (WHERE status = 1),"
                                               " count(*) FILTER (WHERE status = 0),"
                                               " count(*) FILTER (WHERE status = 2),"
                                               " count(*) FILTER (WHERE status = 3),"
                                               " coalesce(sum(prompt_tokens), 0),"
                                               " coalesce(sum(completion_tokens), 0)"
                                               " FROM teacher_results"));
        query.next();
        teacher.insert(QStringLiteral("annotated"), query.value(0).toLongLong());
        // Samples without any teacher row are pending too.
        const qint64 withResult = scalar(QStringLiteral("SELECT count(*) FROM teacher_results"));
        teacher.insert(QStringLiteral("pending"),
                       query.value(1).toLongLong() + (samples - withResult));
        teacher.insert(QStringLiteral("parse_failed"), query.value(2).toLongLong());
        teacher.insert(QStringLiteral("transport_failed"), query.value(3).toLongLong());
        teacher.insert(QStringLiteral("prompt_tokens"), query.value(4).toLongLong());
        teacher.insert(QStringLiteral("completion_tokens"), query.value(5).toLongLong());
        teacher.insert(QStringLiteral("tokens"),
                       query.value(4).toLongLong() + query.value(5).toLongLong());
    }
    if (goldSamples > 0 && labelCount > 0) {
        // A parse failure means "any label": it covers the gold label with a set of size C.
        QSqlQuery query = sql::exec(
            database,
            QStringLiteral(
                "SELECT count(*),"
                " sum(t.status = 1 AND t.first_candidate = g.label),"
                " sum(t.status = 2 OR instr('|' || t.candidates || '|', '|' || g.label || '|') > "
                "0),"
                " sum(CASE WHEN t.status = 1 THEN t.set_size ELSE %1 END)"
                " FROM teacher_results t JOIN gold_labels g ON g.sample_row = t.sample_row"
                " WHERE %2")
                .arg(labelCount)
                .arg(QLatin1String(kAnswered)));
        query.next();
        const qint64 evaluated = query.value(0).toLongLong();
        teacher.insert(QStringLiteral("evaluated"), evaluated);
        if (evaluated > 0) {
            const double single = query.value(1).toDouble() / evaluated;
            const double coverage = query.value(2).toDouble() / evaluated;
            const double meanSetSize = query.value(3).toDouble() / evaluated;
            teacher.insert(QStringLiteral("single_accuracy"), single);
            teacher.insert(QStringLiteral("coverage"), coverage);
            teacher.insert(QStringLiteral("mean_set_size"), meanSetSize);
            if (labelCount > 1) {
                // Method reference: F1 = 2(1-a)b / ((1-a)+b), b = (C - #La) / (C - 1).
                const double beta = (labelCount - meanSetSize) / (labelCount - 1);
                teacher.insert(QStringLiteral("f1"),
                               coverage + beta > 0 ? 2 * coverage * beta / (coverage + beta) : 0.0);
            }
        }
    }
    result.insert(QStringLiteral("teacher"), teacher);

    // Student
    QJsonObject student;
    {
        QSqlQuery query = sql::exec(
            database, QStringLiteral("SELECT count(*), max(run_id) FROM student_results"));
        query.next();
        student.insert(QStringLiteral("samples"), query.value(0).toLongLong());
        if (!query.value(1).isNull())
            student.insert(QStringLiteral("latest_run"), query.value(1).toLongLong());
        QSqlQuery accuracy = sql::exec(
            database, QStringLiteral("SELECT count(*), sum(st.predicted = g.label)"
                                     " FROM student_results st"
                                     " JOIN gold_labels g ON g.sample_row = st.sample_row"));
        accuracy.next();
        if (accuracy.value(0).toLongLong() > 0) {
            student.insert(QStringLiteral("pool_accuracy"),
                           accuracy.value(1).toDouble() / accuracy.value(0).toDouble());
        }
    }
    result.insert(QStringLiteral("student"), student);

    // Final labels
    QJsonObject resolved;
    {
        qint64 bySource[4] = {0, 0, 0, 0};
        QSqlQuery query = sql::exec(
            database, QStringLiteral("SELECT source, count(*) FROM final_labels GROUP BY source"));
        while (query.next()) {
            const int source = query.value(0).toInt();
            if (source >= 0 && source < 4)
                bySource[source] = query.value(1).toLongLong();
        }
        resolved.insert(QStringLiteral("by_teacher"), bySource[int(LabelSource::Teacher)]);
        resolved.insert(QStringLiteral("by_student"), bySource[int(LabelSource::Student)]);
        resolved.insert(QStringLiteral("by_human"), bySource[int(LabelSource::Human)]);
        resolved.insert(QStringLiteral("unresolved"), bySource[int(LabelSource::None)]);
        if (goldSamples > 0) {
            QSqlQuery accuracy = sql::exec(
                database,
                QStringLiteral("SELECT count(*), sum(f.label = g.label) FROM final_labels f"
                               " JOIN gold_labels g ON g.sample_row = f.sample_row"
                               " WHERE f.label IS NOT NULL"));
            accuracy.next();
            if (accuracy.value(0).toLongLong() > 0) {
                resolved.insert(QStringLiteral("accuracy"),
                                accuracy.value(1).toDouble() / accuracy.value(0).toDouble());
            }
        }
    }
    result.insert(QStringLiteral("resolved"), resolved);

    QJsonObject human;
    {
        QSqlQuery query = sql::exec(
            database, QStringLiteral("SELECT count(*) FILTER (WHERE action = 0),"
                                     " count(*) FILTER (WHERE action = 1) FROM human_labels"));
        query.next();
        human.insert(QStringLiteral("labelled"), query.value(0).toLongLong());
        human.insert(QStringLiteral("skipped"), query.value(1).toLongLong());
    }
    result.insert(QStringLiteral("human"), human);
    return result;
}

QString ProjectStatistics::toText(const QJsonObject &statistics)
{
    QStringList lines;
    const auto line = [&](const QString &name, const QString &value) {
        lines << QStringLiteral("%1 %2").arg(name + QLatin1Char(':'), -26).arg(value);
    };
    const auto count = [](const QJsonValue &value) { return QString::number(value.toInteger()); };
    const QJsonObject teacher = statistics.value(QStringLiteral("teacher")).toObject();
    const QJsonObject student = statistics.value(QStringLiteral("student")).toObject();
    const QJsonObject resolved = statistics.value(QStringLiteral("resolved")).toObject();
    const QJsonObject human = statistics.value(QStringLiteral("human")).toObject();
    const QJsonObject gold = statistics.value(QStringLiteral("gold")).toObject();
    QStringList names;
    for (const QJsonValue &name : statistics.value(QStringLiteral("label_names")).toArray())
        names << name.toString();

    line(QStringLiteral("samples"), count(statistics.value(QStringLiteral("samples"))));
    line(QStringLiteral("labels"),
         QStringLiteral("%1 (%2)").arg(count(statistics.value(QStringLiteral("labels"))),
                                       names.join(QStringLiteral(", "))));
    line(QStringLiteral("gold"), count(gold.value(QStringLiteral("samples"))));
    line(QStringLiteral("teacher annotated"), count(teacher.value(QStringLiteral("annotated"))));
    line(QStringLiteral("teacher pending"), count(teacher.value(QStringLiteral("pending"))));
    line(QStringLiteral("teacher parse failed"),
         count(teacher.value(QStringLiteral("parse_failed"))));
    line(QStringLiteral("teacher transport failed"),
         count(teacher.value(QStringLiteral("transport_failed"))));
    line(QStringLiteral("teacher tokens"),
         QStringLiteral("%1 (prompt %2, completion %3)")
             .arg(count(teacher.value(QStringLiteral("tokens"))),
                  count(teacher.value(QStringLiteral("prompt_tokens"))),
                  count(teacher.value(QStringLiteral("completion_tokens")))));
    if (teacher.contains(QStringLiteral("single_accuracy"))) {
        line(QStringLiteral("teacher single accuracy"),
             percent(teacher.value(QStringLiteral("single_accuracy"))));
        line(QStringLiteral("teacher coverage"),
             percent(teacher.value(QStringLiteral("coverage"))));
        line(QStringLiteral("teacher mean set size"),
             QString::number(teacher.value(QStringLiteral("mean_set_size")).toDouble(), 'f', 3));
        if (teacher.contains(QStringLiteral("f1")))
            line(QStringLiteral("teacher F1"), percent(teacher.value(QStringLiteral("f1"))));
    }
    line(QStringLiteral("student samples"), count(student.value(QStringLiteral("samples"))));
    if (student.contains(QStringLiteral("pool_accuracy")))
        line(QStringLiteral("student pool accuracy"),
             percent(student.value(QStringLiteral("pool_accuracy"))));
    line(QStringLiteral("human labelled"), count(human.value(QStringLiteral("labelled"))));
    line(QStringLiteral("resolved by teacher"),
         count(resolved.value(QStringLiteral("by_teacher"))));
    line(QStringLiteral("resolved by student"),
         count(resolved.value(QStringLiteral("by_student"))));
    line(QStringLiteral("resolved by human"), count(resolved.value(QStringLiteral("by_human"))));
    line(QStringLiteral("unresolved"), count(resolved.value(QStringLiteral("unresolved"))));
    if (resolved.contains(QStringLiteral("accuracy")))
        line(QStringLiteral("final label accuracy"),
             percent(resolved.value(QStringLiteral("accuracy"))));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace candist
