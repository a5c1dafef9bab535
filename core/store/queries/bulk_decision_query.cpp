#include "store/queries/bulk_decision_query.h"

#include <algorithm>
#include <optional>

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include "store/sql_helpers.h"

namespace candist::bulk_decision_query {

namespace {

constexpr qsizetype kChunk = 500; // rows per IN (...) list: far below SQLite's variable limit

struct SampleState
{
    std::optional<int> student;
    std::optional<int> teacherFirst; // of an `ok` answer
    std::optional<ProjectStore::DecisionChange> human;
};

QHash<SampleRow, SampleState> readStates(const ProjectStore &store, const SampleRow *rows,
                                         qsizetype count)
{
    QStringList placeholders;
    placeholders.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery query = sql::prepare(
        store.database(),
        QStringLiteral("SELECT s.row, st.predicted, t.status, t.first_candidate, h.action, h.label"
                       " FROM samples s"
                       " LEFT JOIN student_results st ON st.sample_row = s.row"
                       " LEFT JOIN teacher_results t ON t.sample_row = s.row"
                       " LEFT JOIN human_labels h ON h.sample_row = s.row"
                       " WHERE s.row IN (%1)")
            .arg(placeholders.join(QLatin1Char(','))));
    query.setForwardOnly(true);
    for (qsizetype i = 0; i < count; ++i)
        query.bindValue(int(i), rows[i]);
    sql::exec(query);
    QHash<SampleRow, SampleState> states;
    states.reserve(count);
    while (query.next()) {
        SampleState state;
        const SampleRow row = query.value(0).toLongLong();
        if (!query.value(1).isNull())
            state.student = query.value(1).toInt();
        if (!query.value(2).isNull() && query.value(2).toInt() == int(TeacherStatus::Ok) &&
            !query.value(3).isNull())
            state.teacherFirst = query.value(3).toInt();
        if (!query.value(4).isNull())
            state.human =
                ProjectStore::DecisionChange{row, HumanAction(query.value(4).toInt()),
                                             query.value(5).isNull() ? -1 : query.value(5).toInt()};
        states.insert(row, state);
    }
    return states;
}

} // namespace

Plan plan(const ProjectStore &store, const QVector<SampleRow> &rows, Target target)
{
    Plan result;
    for (qsizetype first = 0; first < rows.size(); first += kChunk) {
        const qsizetype count = std::min(kChunk, rows.size() - first);
        const QHash<SampleRow, SampleState> states =
            readStates(store, rows.constData() + first, count);
        for (qsizetype i = first; i < first + count; ++i) {
            const SampleRow row = rows.at(i);
            const auto it = states.constFind(row);
            if (it == states.constEnd())
                continue;
            const SampleState &state = *it;
            const ProjectStore::DecisionChange before =
                state.human ? *state.human
                            : ProjectStore::DecisionChange{row, HumanAction::Clear, -1};
            std::optional<ProjectStore::DecisionChange> after;
            switch (target) {
            case Target::StudentLabel:
                if (state.student)
                    after = ProjectStore::DecisionChange{row, HumanAction::Label, *state.student};
                break;
            case Target::TeacherFirstCandidate:
                if (state.teacherFirst)
                    after =
                        ProjectStore::DecisionChange{row, HumanAction::Label, *state.teacherFirst};
                break;
            case Target::Clear:
                if (state.human)
                    after = ProjectStore::DecisionChange{row, HumanAction::Clear, -1};
                break;
            }
            if (!after) {
                ++result.withoutTarget;
            } else if (after->action == before.action && after->label == before.label) {
                ++result.unchanged;
            } else {
                result.apply << *after;
                result.restore << before;
            }
        }
    }
    return result;
}

} // namespace candist::bulk_decision_query
