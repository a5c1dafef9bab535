#include "store/queries/sample_page_query.h"

#include <algorithm>
#include <memory>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include "model/error.h"
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
    if (!filter.text.isEmpty()) {
        clause.conditions << QStringLiteral(
            "(s.text LIKE ? ESCAPE '\\' OR s.ext_id LIKE ? ESCAPE '\\')");
        clause.bindings << escapeLike(filter.text) << escapeLike(filter.text);
    }
    return clause;
}

// Rows without the sorted value go last in either direction, so that "lowest confidence first"
// starts with real values rather than with unannotated samples.
QString orderClause(const SampleSort &sort, Clause &clause)
{
    const QString direction =
        sort.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString column;
    switch (sort.key) {
    case SampleSort::Key::Row:
        return QStringLiteral(" ORDER BY s.row ") + direction;
    case SampleSort::Key::Id:
        return QStringLiteral(" ORDER BY s.ext_id ") + direction + QStringLiteral(", s.row");
    case SampleSort::Key::SetSize:
        column = QStringLiteral("t.set_size");
        clause.needsTeacher = true;
        break;
    case SampleSort::Key::StudentLabel:
        column = QStringLiteral("st.predicted");
        clause.needsStudent = true;
        break;
    case SampleSort::Key::Confidence:
        column = QStringLiteral("st.confidence");
        clause.needsStudent = true;
        break;
    case SampleSort::Key::Margin:
        column = QStringLiteral("st.margin");
        clause.needsStudent = true;
        break;
    case SampleSort::Key::Entropy:
        column = QStringLiteral("st.entropy");
        clause.needsStudent = true;
        break;
    case SampleSort::Key::FinalLabel:
        column = QStringLiteral("f.label");
        clause.needsFinal = true;
        break;
    case SampleSort::Key::ReviewPriority:
        return QStringLiteral(" ORDER BY s.row");
    }
    return QStringLiteral(" ORDER BY (%1 IS NULL), %1 %2, s.row").arg(column, direction);
}

QString joins(const Clause &clause)
{
    QString result;
    if (clause.needsTeacher)
        result += QStringLiteral(" LEFT JOIN teacher_results t ON t.sample_row = s.row");
    if (clause.needsStudent)
        result += QStringLiteral(" LEFT JOIN student_results st ON st.sample_row = s.row");
    if (clause.needsHuman)
        result += QStringLiteral(" LEFT JOIN human_labels h ON h.sample_row = s.row");
    // final_labels has exactly one row per sample, so an inner join is equivalent; unlike a
    // LEFT JOIN it lets SQLite flatten the view instead of materialising all of it.
    if (clause.needsFinal)
        result += QStringLiteral(" JOIN final_labels f ON f.sample_row = s.row");
    return result;
}

// One column of row ids, possibly a million of them. QSqlQuery costs more per row than SQLite
// itself (a QVariant per value), so the ids are read through the connection's sqlite3 handle;
// QSqlQuery remains the fallback for another driver.
QVector<SampleRow> readRowIds(ProjectStore &store, const QString &statement,
                              const QVariantList &bindings)
{
    QVector<SampleRow> rows;
    const QVariant handle = store.database().driver()->handle();
    sqlite3 *connection = nullptr;
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        connection = *static_cast<sqlite3 *const *>(handle.data());
    if (!connection) {
        QSqlQuery query = sql::prepare(store.database(), statement);
        query.setForwardOnly(true);
        for (int i = 0; i < bindings.size(); ++i)
            query.bindValue(i, bindings.at(i));
        sql::exec(query);
        while (query.next())
            rows.append(query.value(0).toLongLong());
        return rows;
    }
    sqlite3_stmt *prepared = nullptr;
    const QByteArray utf8 = statement.toUtf8();
    if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &prepared, nullptr) !=
        SQLITE_OK)
        throw Error(
            QCoreApplication::translate("candist::SampleQuery", "%1: cannot order the samples: %2")
                .arg(store.path(), QString::fromUtf8(sqlite3_errmsg(connection))));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(prepared, sqlite3_finalize);
    for (int i = 0; i < bindings.size(); ++i) {
        const QVariant &value = bindings.at(i);
        if (value.typeId() == QMetaType::QString) {
            const QByteArray text = value.toString().toUtf8();
            sqlite3_bind_text(prepared, i + 1, text.constData(), int(text.size()),
                              SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(prepared, i + 1, value.toLongLong());
        }
    }
    int status;
    while ((status = sqlite3_step(prepared)) == SQLITE_ROW)
        rows.append(sqlite3_column_int64(prepared, 0));
    if (status != SQLITE_DONE)
        throw Error(
            QCoreApplication::translate("candist::SampleQuery", "%1: cannot order the samples: %2")
                .arg(store.path(), QString::fromUtf8(sqlite3_errmsg(connection))));
    return rows;
}

} // namespace

RowOrder orderedRows(ProjectStore &store, const SampleFilter &filter, const SampleSort &sort)
{
    if (filter.isEmpty() && sort.key == SampleSort::Key::Row) {
        // Rows are rowids: when they have no gaps, the order is a range and opening a
        // million-sample project need not read a million ids.
        QSqlQuery bounds = sql::exec(
            store.database(), QStringLiteral("SELECT min(row), max(row), count(*) FROM samples"));
        if (bounds.next()) {
            const qint64 count = bounds.value(2).toLongLong();
            if (count == 0)
                return RowOrder();
            const SampleRow first = bounds.value(0).toLongLong();
            if (bounds.value(1).toLongLong() - first + 1 == count)
                return RowOrder::range(first, count, sort.order == Qt::DescendingOrder);
        }
    }
    Clause clause = whereClause(filter);
    const QString order = orderClause(sort, clause);
    QString statement = QStringLiteral("SELECT s.row FROM samples s") + joins(clause);
    if (!clause.conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + clause.conditions.join(QStringLiteral(" AND "));
    statement += order;

    return RowOrder(readRowIds(store, statement, clause.bindings));
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
            " f.label, f.source, f.confidence"
            " FROM samples s"
            " LEFT JOIN teacher_results t ON t.sample_row = s.row"
            " LEFT JOIN student_results st ON st.sample_row = s.row"
            " LEFT JOIN human_labels h ON h.sample_row = s.row"
            " JOIN final_labels f ON f.sample_row = s.row" // see joins(): flattens the view
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
