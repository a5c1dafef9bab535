#include "store/queries/sample_page_query.h"

#include <algorithm>
#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include "model/error.h"
#include "model/sample_note.h"
#include "store/queries/review_query.h"
#include "store/sql_helpers.h"

namespace candist {

quint32 SampleRowData::flags() const
{
    quint32 result = 0;
    if (studentFlags & InOut)
        result |= SampleFilter::OutOfCandidate;
    if (studentFlags & InHc)
        result |= SampleFilter::Overruled;
    if (teacherStatus == TeacherStatus::ParseFailed)
        result |= SampleFilter::ParseFailure;
    if (candidates.size() > 1 || (studentFlags & InOut))
        result |= SampleFilter::Ambiguous;
    return result;
}

RowOrder RowOrder::range(SampleRow first, qint64 count, bool descending)
{
    RowOrder order;
    order.m_isRange = true;
    order.m_first = first;
    order.m_count = count;
    order.m_descending = descending;
    return order;
}

QVector<SampleRow> RowOrder::mid(qint64 position, qint64 length) const
{
    if (!m_isRange)
        return m_rows.mid(position, length);
    QVector<SampleRow> rows;
    const qint64 end = std::min(position + length, m_count);
    rows.reserve(std::max<qint64>(0, end - position));
    for (qint64 i = position; i < end; ++i)
        rows.append(at(i));
    return rows;
}

qint64 RowOrder::indexOf(SampleRow row) const
{
    if (!m_isRange)
        return m_rows.indexOf(row);
    if (row < m_first || row >= m_first + m_count)
        return -1;
    return m_descending ? m_first + m_count - 1 - row : row - m_first;
}

namespace sample_page_query {

namespace {

QString escapeLike(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('%'), QLatin1String("\\%"));
    text.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + text + QLatin1Char('%');
}

struct Clause
{
    QStringList conditions;
    QVariantList bindings;
    bool needsTeacher = false;
    bool needsStudent = false;
    bool needsHuman = false;
    bool needsFinal = false;
    bool needsSample = false; // the text or the id
    bool needsReviewScore = false;
    // sample_notes: a LEFT JOIN for a sort by flags, an inner one when a condition needs a note
    // (none holds without one), which lets SQLite read the few notes instead of every sample.
    enum class NoteJoin
    {
        None,
        Left,
        Inner
    } noteJoin = NoteJoin::None;
};

Clause whereClause(const SampleFilter &filter)
{
    Clause clause;
    using Status = SampleFilter::Status;
    switch (filter.status) {
    case Status::Any:
        break;
    case Status::Unreviewed:
        clause.conditions << QStringLiteral("h.sample_row IS NULL");
        clause.needsHuman = true;
        break;
    case Status::HumanLabelled:
        clause.conditions << QStringLiteral("h.action = ?");
        clause.bindings << int(HumanAction::Label);
        clause.needsHuman = true;
        break;
    case Status::Skipped:
        clause.conditions << QStringLiteral("h.action = ?");
        clause.bindings << int(HumanAction::Skip);
        clause.needsHuman = true;
        break;
    case Status::TeacherPending:
        clause.conditions << QStringLiteral("(t.status IS NULL OR t.status = ?)");
        clause.bindings << int(TeacherStatus::Pending);
        clause.needsTeacher = true;
        break;
    case Status::TeacherOk:
        clause.conditions << QStringLiteral("t.status = ?");
        clause.bindings << int(TeacherStatus::Ok);
        clause.needsTeacher = true;
        break;
    case Status::ParseFailed:
        clause.conditions << QStringLiteral("t.status = ?");
        clause.bindings << int(TeacherStatus::ParseFailed);
        clause.needsTeacher = true;
        break;
    case Status::TransportFailed:
        clause.conditions << QStringLiteral("t.status = ?");
        clause.bindings << int(TeacherStatus::TransportFailed);
        clause.needsTeacher = true;
        break;
    }
    if (filter.finalLabel >= 0) {
        clause.conditions << QStringLiteral("f.label = ?");
        clause.bindings << filter.finalLabel;
        clause.needsFinal = true;
    }
    if (filter.minSetSize > 0) {
        clause.conditions << QStringLiteral("t.set_size >= ?");
        clause.bindings << filter.minSetSize;
        clause.needsTeacher = true;
    }
    if (filter.maxSetSize >= 0) {
        clause.conditions << QStringLiteral("coalesce(t.set_size, 0) <= ?");
        clause.bindings << filter.maxSetSize;
        clause.needsTeacher = true;
    }
    if (filter.flags & SampleFilter::OutOfCandidate) {
        clause.conditions << QStringLiteral("(st.flags & ?) != 0");
        clause.bindings << int(InOut);
        clause.needsStudent = true;
    }
    if (filter.flags & SampleFilter::Overruled) {
        clause.conditions << QStringLiteral("(st.flags & ?) != 0");
        clause.bindings << int(InHc);
        clause.needsStudent = true;
    }
    if (filter.flags & SampleFilter::ParseFailure) {
        clause.conditions << QStringLiteral("t.status = ?");
        clause.bindings << int(TeacherStatus::ParseFailed);
        clause.needsTeacher = true;
    }
    if (filter.flags & SampleFilter::Ambiguous) {
        clause.conditions << QStringLiteral("(t.set_size > 1 OR (st.flags & ?) != 0)");
        clause.bindings << int(InOut);
        clause.needsTeacher = clause.needsStudent = true;
    }
    for (const SampleNote::Flag flag : sampleNoteFlags()) {
        if (filter.noteFlags & flag) {
            clause.conditions << QStringLiteral("(n.flags & ?) != 0");
            clause.bindings << int(flag);
            clause.noteJoin = Clause::NoteJoin::Inner;
        }
    }
    if (filter.anyNoteFlag) {
        clause.conditions << QStringLiteral("n.flags != 0");
        clause.noteJoin = Clause::NoteJoin::Inner;
    }
    if (filter.hasComment) {
        clause.conditions << QStringLiteral("n.comment != ''");
        clause.noteJoin = Clause::NoteJoin::Inner;
    }
    if (filter.teacherLabel >= 0) {
        clause.conditions << QStringLiteral("t.status = ? AND t.first_candidate = ?");
        clause.bindings << int(TeacherStatus::Ok) << filter.teacherLabel;
        clause.needsTeacher = true;
    }
    if (filter.studentLabel >= 0) {
        clause.conditions << QStringLiteral("st.predicted = ?");
        clause.bindings << filter.studentLabel;
        clause.needsStudent = true;
    }
    if (filter.independentStudent) {
        clause.conditions << QStringLiteral(
                                 "NOT EXISTS (SELECT 1 FROM distillation_runs r WHERE r.id = "
                                 "st.run_id AND ") +
                                 review_query::studentTrainedOnHumanCondition(QStringLiteral("r"),
                                                                              QStringLiteral("h")) +
                                 QStringLiteral(")");
        clause.needsStudent = clause.needsHuman = true;
    }
    if (!filter.text.isEmpty()) {
        clause.conditions << QStringLiteral(
            "(s.text LIKE ? ESCAPE '\\' OR s.ext_id LIKE ? ESCAPE '\\')");
        clause.bindings << escapeLike(filter.text) << escapeLike(filter.text);
        clause.needsSample = true;
    }
    return clause;
}

// The table and column a sort key orders by. Each column is NOT NULL in its table, so a sample
// has the value exactly when it has a row there; each has an index (schema 3), so the rows with a
// value come in index order without a sort.
struct SortColumn
{
    QString alias; // "t" or "st", as in from()
    QString column;
};

std::optional<SortColumn> indexedColumn(SampleSort::Key key)
{
    switch (key) {
    case SampleSort::Key::SetSize:
        return SortColumn{QStringLiteral("t"), QStringLiteral("set_size")};
    case SampleSort::Key::StudentLabel:
        return SortColumn{QStringLiteral("st"), QStringLiteral("predicted")};
    case SampleSort::Key::Confidence:
        return SortColumn{QStringLiteral("st"), QStringLiteral("confidence")};
    case SampleSort::Key::Margin:
        return SortColumn{QStringLiteral("st"), QStringLiteral("margin")};
    case SampleSort::Key::Entropy:
        return SortColumn{QStringLiteral("st"), QStringLiteral("entropy")};
    case SampleSort::Key::NoteFlags:
        return SortColumn{QStringLiteral("n"), QStringLiteral("flags")};
    case SampleSort::Key::Row:
    case SampleSort::Key::Id:
    case SampleSort::Key::FinalLabel:
    case SampleSort::Key::ReviewPriority:
        break;
    }
    return std::nullopt;
}

// The table a statement reads first, in its own order: samples, or for an index-ordered key the
// results table itself, so that the statement never visits the samples table (a million rows of
// text) unless the filter asks for the text or the id.
struct Driver
{
    QString table;
    QString alias;
    QString key; // the sample row, in the driver's columns

    static Driver samples()
    {
        return {QStringLiteral("samples"), QStringLiteral("s"), QStringLiteral("s.row")};
    }
    static Driver results(const QString &alias)
    {
        static const QHash<QString, QString> tables = {
            {QStringLiteral("t"), QStringLiteral("teacher_results")},
            {QStringLiteral("st"), QStringLiteral("student_results")},
            {QStringLiteral("r"), QStringLiteral("review_scores")},
            {QStringLiteral("n"), QStringLiteral("sample_notes")}};
        return {tables.value(alias), alias, alias + QStringLiteral(".sample_row")};
    }
};

// FROM and the joins the clause needs, each on the driver's sample row.
QString from(const Clause &clause, const Driver &driver)
{
    QString result = QStringLiteral(" FROM ") + driver.table + QLatin1Char(' ') + driver.alias;
    const auto join = [&](const char *kind, const QString &table, const QString &alias) {
        if (alias != driver.alias)
            result += QLatin1String(kind) + table + QLatin1Char(' ') + alias +
                      QStringLiteral(" ON ") + alias +
                      (alias == QLatin1String("s") ? QStringLiteral(".row = ")
                                                   : QStringLiteral(".sample_row = ")) +
                      driver.key;
    };
    if (clause.needsSample)
        join(" JOIN ", QStringLiteral("samples"), QStringLiteral("s"));
    if (clause.needsTeacher)
        join(" LEFT JOIN ", QStringLiteral("teacher_results"), QStringLiteral("t"));
    if (clause.needsStudent)
        join(" LEFT JOIN ", QStringLiteral("student_results"), QStringLiteral("st"));
    if (clause.needsHuman)
        join(" LEFT JOIN ", QStringLiteral("human_labels"), QStringLiteral("h"));
    // final_labels has exactly one row per sample, so an inner join is equivalent; unlike a
    // LEFT JOIN it lets SQLite flatten the view instead of materialising all of it.
    if (clause.needsFinal)
        join(" JOIN ", QStringLiteral("final_labels"), QStringLiteral("f"));
    if (clause.needsReviewScore)
        join(" JOIN ", QStringLiteral("review_scores"), QStringLiteral("r"));
    if (clause.noteJoin != Clause::NoteJoin::None)
        join(clause.noteJoin == Clause::NoteJoin::Inner ? " JOIN " : " LEFT JOIN ",
             QStringLiteral("sample_notes"), QStringLiteral("n"));
    return result;
}

QString where(const QStringList &conditions)
{
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// Where the order statements run: on the store, or, with `plan`, into SQLite's query plan of
// each statement instead (queryPlan()).
struct Runner
{
    ProjectStore &store;
    QStringList *plan = nullptr;
};

// Runs a statement whose first column is a sample row, calling `visit` on each result row.
// QSqlQuery costs more per row than SQLite itself (a QVariant per value) and these read up to a
// million rows, so they go through the connection's own handle.
template<typename Visit>
void forEachResultRow(const Runner &runner, const QString &statement, const QVariantList &bindings,
                      Visit visit)
{
    sql::NativeStatement query(runner.store.database(),
                               runner.plan ? QStringLiteral("EXPLAIN QUERY PLAN ") + statement
                                           : statement);
    QVector<QByteArray> texts; // NativeStatement binds text without copying it
    texts.reserve(bindings.size());
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &value = bindings.at(i);
        if (value.typeId() == QMetaType::QString) {
            texts.append(value.toString().toUtf8());
            query.bindText(i + 1, texts.last());
        } else {
            query.bindInt64(i + 1, value.toLongLong());
        }
    }
    while (query.next()) {
        if (runner.plan)
            *runner.plan << QString::fromUtf8(query.blob(3));
        else
            visit(query);
    }
}

QVector<SampleRow> readRowIds(const Runner &runner, const QString &statement,
                              const QVariantList &bindings, QVector<SampleRow> rows = {})
{
    forEachResultRow(runner, statement, bindings,
                     [&](const sql::NativeStatement &query) { rows.append(query.int64(0)); });
    return rows;
}

// The samples' rows, when they have no gaps: the first and how many. Rows are rowids and only
// grow, so this is the usual case.
std::optional<std::pair<SampleRow, qint64>> gapFreeRows(ProjectStore &store)
{
    QSqlQuery bounds = sql::exec(
        store.database(), QStringLiteral("SELECT min(row), max(row), count(*) FROM samples"));
    if (!bounds.next())
        return std::nullopt;
    const qint64 count = bounds.value(2).toLongLong();
    const SampleRow first = bounds.value(0).toLongLong();
    if (count > 0 && bounds.value(1).toLongLong() - first + 1 != count)
        return std::nullopt;
    return std::make_pair(first, count);
}

// Rows with the indexed value in index order (ties by row, both reversed when descending), then
// the rows without it in row order: index-ordered reads instead of a sort over a million rows
// by "(value IS NULL), value".
// A results table's value among the samples with a note, when the filter needs one: the notes are
// few, so they are read with the value and sorted here, rather than a million index entries each
// looked up in the notes. Same order as rowsByIndexedColumn: value then row, all reversed when
// descending, then the noted samples without a value in row order.
QVector<SampleRow> notedRowsByColumn(const Runner &runner, const Clause &clause,
                                     const SortColumn &sort, Qt::SortOrder order)
{
    const Driver notes = Driver::results(QStringLiteral("n"));
    const QString key = sort.alias + QStringLiteral(".sample_row");
    Clause joined = clause;
    if (sort.alias == QLatin1String("t"))
        joined.needsTeacher = true;
    else
        joined.needsStudent = true;
    Clause withValue = joined;
    withValue.conditions.prepend(key + QStringLiteral(" IS NOT NULL"));
    std::vector<std::pair<double, SampleRow>> valued;
    forEachResultRow(runner,
                     QStringLiteral("SELECT n.sample_row, ") + sort.alias + QLatin1Char('.') +
                         sort.column + from(withValue, notes) + where(withValue.conditions),
                     withValue.bindings, [&](const sql::NativeStatement &query) {
                         valued.emplace_back(query.real(1), query.int64(0));
                     });
    std::sort(valued.begin(), valued.end());
    if (order == Qt::DescendingOrder)
        std::reverse(valued.begin(), valued.end());
    QVector<SampleRow> rows;
    rows.reserve(qsizetype(valued.size()));
    for (const auto &[value, row] : valued)
        rows.append(row);
    Clause without = joined;
    without.conditions.prepend(key + QStringLiteral(" IS NULL"));
    return readRowIds(runner,
                      QStringLiteral("SELECT n.sample_row") + from(without, notes) +
                          where(without.conditions) + QStringLiteral(" ORDER BY n.sample_row"),
                      without.bindings, std::move(rows));
}

QVector<SampleRow> rowsByIndexedColumn(const Runner &runner, const Clause &clause,
                                       const SortColumn &sort, Qt::SortOrder order)
{
    if (clause.noteJoin == Clause::NoteJoin::Inner && sort.alias != QLatin1String("n"))
        return notedRowsByColumn(runner, clause, sort, order);
    const QString direction =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    // Read from the results table's index alone: it holds the value and the sample row.
    const Driver results = Driver::results(sort.alias);
    QVector<SampleRow> rows = readRowIds(
        runner,
        QStringLiteral("SELECT ") + results.key + from(clause, results) + where(clause.conditions) +
            QStringLiteral(" ORDER BY ") + sort.alias + QLatin1Char('.') + sort.column + direction +
            QStringLiteral(", ") + results.key + direction,
        clause.bindings);

    if (clause.conditions.isEmpty()) {
        // Unfiltered, the rows without a value are all the others: no need to read the samples.
        if (const auto range = gapFreeRows(runner.store)) {
            const auto [first, count] = *range;
            std::vector<bool> hasValue(size_t(count), false);
            for (SampleRow row : rows)
                if (row >= first && row < first + count)
                    hasValue[size_t(row - first)] = true;
            for (qint64 i = 0; i < count; ++i)
                if (!hasValue[size_t(i)])
                    rows.append(first + i);
            return rows;
        }
    }
    Clause without = clause;
    if (sort.alias == QLatin1String("t")) {
        without.needsTeacher = true;
    } else if (sort.alias == QLatin1String("n")) {
        if (clause.noteJoin == Clause::NoteJoin::Inner)
            return rows; // the filter needs a note: every sample without one fails it
        without.noteJoin = Clause::NoteJoin::Left;
    } else {
        without.needsStudent = true;
    }
    without.conditions.prepend(results.key + QStringLiteral(" IS NULL"));
    return readRowIds(runner,
                      QStringLiteral("SELECT s.row") + from(without, Driver::samples()) +
                          where(without.conditions) + QStringLiteral(" ORDER BY s.row"),
                      clause.bindings, std::move(rows));
}

// The final label is a view over three tables, which no index can order. Labels are few small
// integers, so one pass in row order and a counting sort replace SQLite's sort of every row.
QVector<SampleRow> rowsByFinalLabel(const Runner &runner, Clause clause, Qt::SortOrder order)
{
    clause.needsFinal = true;
    const QString statement = QStringLiteral("SELECT s.row, f.label") +
                              from(clause, Driver::samples()) + where(clause.conditions) +
                              QStringLiteral(" ORDER BY s.row");
    std::vector<std::pair<SampleRow, int>> labelled; // (row, label), in row order
    QVector<SampleRow> unlabelled;
    int labelCount = 0;
    forEachResultRow(runner, statement, clause.bindings, [&](const sql::NativeStatement &query) {
        if (query.isNull(1) || query.int64(1) < 0) {
            unlabelled.append(query.int64(0));
            return;
        }
        const int label = int(query.int64(1));
        labelled.emplace_back(query.int64(0), label);
        labelCount = std::max(labelCount, label + 1);
    });
    std::vector<qint64> start(size_t(labelCount) + 1, 0);
    for (const auto &[row, label] : labelled)
        ++start[size_t(label) + 1];
    for (size_t label = 1; label < start.size(); ++label)
        start[label] += start[label - 1];
    QVector<SampleRow> rows(qsizetype(labelled.size()));
    for (const auto &[row, label] : labelled)
        rows[qsizetype(start[size_t(label)]++)] = row;
    if (order == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
    return rows + unlabelled;
}

// The review queue narrowed by the filter: the samples without a decision by stored score, then
// the skipped ones the same way (decided samples have left the queue). The caller keeps the
// scores current (review_score_query::scoresAreCurrent).
QVector<SampleRow> rowsByReviewScore(const Runner &runner, Clause clause, Qt::SortOrder order)
{
    clause.needsHuman = true;
    const Driver scores = Driver::results(QStringLiteral("r"));
    const QString byScore = QStringLiteral(" ORDER BY r.score DESC, r.sample_row");
    Clause undecided = clause;
    undecided.conditions.prepend(QStringLiteral("h.sample_row IS NULL"));
    QVector<SampleRow> rows =
        readRowIds(runner,
                   QStringLiteral("SELECT r.sample_row") + from(undecided, scores) +
                       where(undecided.conditions) + byScore,
                   undecided.bindings);
    Clause skipped = clause;
    skipped.conditions.prepend(QStringLiteral("h.action = ?"));
    skipped.bindings.prepend(int(HumanAction::Skip));
    rows = readRowIds(runner,
                      QStringLiteral("SELECT r.sample_row") + from(skipped, scores) +
                          where(skipped.conditions) + byScore,
                      skipped.bindings, std::move(rows));
    if (order == Qt::DescendingOrder)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

QVector<SampleRow> orderedRowIds(const Runner &runner, const SampleFilter &filter,
                                 const SampleSort &sort)
{
    const Clause clause = whereClause(filter);
    if (const std::optional<SortColumn> column = indexedColumn(sort.key))
        return rowsByIndexedColumn(runner, clause, *column, sort.order);
    if (sort.key == SampleSort::Key::FinalLabel)
        return rowsByFinalLabel(runner, clause, sort.order);
    if (sort.key == SampleSort::Key::ReviewPriority)
        return rowsByReviewScore(runner, clause, sort.order);
    const QString direction =
        sort.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    if (sort.key == SampleSort::Key::Row && clause.noteJoin == Clause::NoteJoin::Inner) {
        // Only samples with a note can pass: read the notes in their key (the sample row) order
        // instead of a million samples, each looked up in the notes.
        const Driver notes = Driver::results(QStringLiteral("n"));
        return readRowIds(runner,
                          QStringLiteral("SELECT n.sample_row") + from(clause, notes) +
                              where(clause.conditions) + QStringLiteral(" ORDER BY n.sample_row") +
                              direction,
                          clause.bindings);
    }
    // ext_id is UNIQUE: its index alone orders the rows.
    const QString order = sort.key == SampleSort::Key::Id ? QStringLiteral(" ORDER BY s.ext_id")
                                                          : QStringLiteral(" ORDER BY s.row");
    return readRowIds(runner,
                      QStringLiteral("SELECT s.row") + from(clause, Driver::samples()) +
                          where(clause.conditions) + order + direction,
                      clause.bindings);
}

} // namespace

RowOrder orderedRows(ProjectStore &store, const SampleFilter &filter, const SampleSort &sort)
{
    if (filter.isEmpty() && sort.key == SampleSort::Key::Row) {
        // Rows are rowids: when they have no gaps, the order is a range and opening a
        // million-sample project need not read a million ids.
        if (const auto range = gapFreeRows(store)) {
            if (range->second == 0)
                return RowOrder();
            return RowOrder::range(range->first, range->second, sort.order == Qt::DescendingOrder);
        }
    }
    try {
        return RowOrder(orderedRowIds(Runner{store}, filter, sort));
    } catch (const Error &error) {
        throw Error(
            QCoreApplication::translate("candist::SampleQuery", "%1: cannot order the samples: %2")
                .arg(store.path(), error.message()));
    }
}

QStringList queryPlan(ProjectStore &store, const SampleFilter &filter, const SampleSort &sort)
{
    QStringList plan;
    orderedRowIds(Runner{store, &plan}, filter, sort);
    return plan;
}

QVector<SampleRowData> fetchRows(ProjectStore &store, const QVector<SampleRow> &rows)
{
    if (rows.isEmpty())
        return {};
    QStringList placeholders;
    placeholders.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        placeholders << QStringLiteral("?");
    QSqlQuery query = sql::prepare(
        store.database(),
        QStringLiteral(
            "SELECT s.row, s.ext_id, substr(s.text, 1, 300), t.status, t.candidates,"
            " st.predicted, st.confidence, st.margin, st.entropy, st.flags, h.action,"
            " f.label, f.source, f.confidence, n.flags, n.comment"
            " FROM samples s"
            " LEFT JOIN teacher_results t ON t.sample_row = s.row"
            " LEFT JOIN student_results st ON st.sample_row = s.row"
            " LEFT JOIN human_labels h ON h.sample_row = s.row"
            " JOIN final_labels f ON f.sample_row = s.row" // see from(): flattens the view
            " LEFT JOIN sample_notes n ON n.sample_row = s.row"
            " WHERE s.row IN (%1)")
            .arg(placeholders.join(QLatin1Char(','))));
    query.setForwardOnly(true);
    for (qsizetype i = 0; i < rows.size(); ++i)
        query.bindValue(int(i), rows.at(i));
    sql::exec(query);

    QHash<SampleRow, SampleRowData> byRow;
    byRow.reserve(rows.size());
    while (query.next()) {
        SampleRowData data;
        data.row = query.value(0).toLongLong();
        data.id = query.value(1).toString();
        data.textPrefix = query.value(2).toString();
        if (!query.value(3).isNull())
            data.teacherStatus = TeacherStatus(query.value(3).toInt());
        data.candidates = decodeIndexList(query.value(4).toString());
        data.studentLabel = query.value(5).isNull() ? -1 : query.value(5).toInt();
        data.studentConfidence = sql::nullable<double>(query.value(6));
        data.margin = sql::nullable<double>(query.value(7));
        data.entropy = sql::nullable<double>(query.value(8));
        data.studentFlags = quint8(query.value(9).toInt());
        if (!query.value(10).isNull())
            data.humanAction = HumanAction(query.value(10).toInt());
        data.finalLabel = query.value(11).isNull() ? -1 : query.value(11).toInt();
        data.finalSource = LabelSource(query.value(12).toInt());
        data.finalConfidence = sql::nullable<double>(query.value(13));
        data.noteFlags = quint32(query.value(14).toLongLong());
        data.comment = query.value(15).toString();
        byRow.insert(data.row, data);
    }
    QVector<SampleRowData> result;
    result.reserve(rows.size());
    for (SampleRow row : rows) {
        const auto it = byRow.constFind(row);
        if (it != byRow.constEnd())
            result.append(*it);
    }
    return result;
}

} // namespace sample_page_query

} // namespace candist
