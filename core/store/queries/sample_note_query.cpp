#include "store/queries/sample_note_query.h"

#include <algorithm>

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include "model/error.h"
#include "store/sql_helpers.h"
#include "store/store_text.h"

namespace candist::sample_note_query {

namespace {

constexpr qsizetype kChunk = 500; // rows per IN (...) list: far below SQLite's variable limit

SampleNote noteFrom(SampleRow row, const QSqlQuery &query, int firstColumn)
{
    SampleNote note;
    note.row = row;
    if (query.value(firstColumn).isNull())
        return note;
    note.flags = quint32(query.value(firstColumn).toLongLong());
    note.comment = query.value(firstColumn + 1).toString();
    note.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(firstColumn + 2).toLongLong());
    return note;
}

} // namespace

SampleNote note(const ProjectStore &store, SampleRow row)
{
    QSqlQuery query = sql::exec(
        store.database(),
        QStringLiteral("SELECT flags, comment, updated_at FROM sample_notes WHERE sample_row = ?"),
        {row});
    if (!query.next()) {
        SampleNote empty;
        empty.row = row;
        return empty;
    }
    return noteFrom(row, query, 0);
}

QVector<SampleNote> notes(const ProjectStore &store, const QVector<SampleRow> &rows)
{
    QVector<SampleNote> result;
    result.reserve(rows.size());
    for (qsizetype first = 0; first < rows.size(); first += kChunk) {
        const qsizetype count = std::min(kChunk, rows.size() - first);
        QStringList placeholders;
        for (qsizetype i = 0; i < count; ++i)
            placeholders << QStringLiteral("?");
        QSqlQuery query = sql::prepare(
            store.database(),
            QStringLiteral("SELECT s.row, n.flags, n.comment, n.updated_at FROM samples s"
                           " LEFT JOIN sample_notes n ON n.sample_row = s.row"
                           " WHERE s.row IN (%1)")
                .arg(placeholders.join(QLatin1Char(','))));
        query.setForwardOnly(true);
        for (qsizetype i = 0; i < count; ++i)
            query.bindValue(int(i), rows.at(first + i));
        sql::exec(query);
        QHash<SampleRow, SampleNote> byRow;
        byRow.reserve(count);
        while (query.next()) {
            const SampleRow row = query.value(0).toLongLong();
            byRow.insert(row, noteFrom(row, query, 1));
        }
        for (qsizetype i = first; i < first + count; ++i) {
            const auto it = byRow.constFind(rows.at(i));
            if (it != byRow.constEnd())
                result << *it;
        }
    }
    return result;
}

void save(ProjectStore &store, const QVector<SampleNote> &notes)
{
    if (notes.isEmpty())
        return;
    for (const SampleNote &note : notes) {
        if (note.flags & ~SampleNote::kAllFlags)
            throw Error(Error::Kind::BadInput, {store.path()},
                        StoreText::tr("sample %1: unknown note flags %2 (known: %3)")
                            .arg(note.row)
                            .arg(note.flags)
                            .arg(SampleNote::kAllFlags));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ProjectStore::Transaction transaction(store);
    // A selection can be a million rows: the connection's own statements, bound once each.
    sql::NativeStatement write(
        store.database(),
        QStringLiteral("INSERT OR REPLACE INTO sample_notes (sample_row, flags, comment, "
                       "updated_at) VALUES (?, ?, ?, ?)"));
    sql::NativeStatement remove(store.database(),
                                QStringLiteral("DELETE FROM sample_notes WHERE sample_row = ?"));
    for (const SampleNote &note : notes) {
        try {
            if (note.isEmpty()) {
                remove.bindInt64(1, note.row);
                remove.run();
                continue;
            }
            const QByteArray comment = note.comment.toUtf8();
            write.bindInt64(1, note.row);
            write.bindInt64(2, qint64(note.flags));
            write.bindText(3, comment);
            write.bindInt64(4, note.updatedAt.isValid() ? note.updatedAt.toMSecsSinceEpoch() : now);
            write.run();
        } catch (const Error &error) {
            throw Error(error.kind(), {store.path()},
                        StoreText::tr("cannot save the note of sample %1: %2")
                            .arg(note.row)
                            .arg(error.message()));
        }
    }
    transaction.commit();
}

FlagPlan planFlag(const ProjectStore &store, const QVector<SampleRow> &rows, SampleNote::Flag flag)
{
    FlagPlan plan;
    plan.flag = flag;
    const QDateTime now = QDateTime::currentDateTime();
    const QVector<SampleNote> before = notes(store, rows);
    plan.set = std::any_of(before.cbegin(), before.cend(),
                           [flag](const SampleNote &note) { return !(note.flags & flag); });
    for (const SampleNote &note : before) {
        SampleNote after = note;
        after.flags = plan.set ? note.flags | flag : note.flags & ~quint32(flag);
        // One time for the whole selection; redo writes it again, so undo and redo both put
        // back exact notes.
        after.updatedAt = now;
        if (after.flags == note.flags)
            continue;
        plan.apply << after;
        plan.restore << note;
    }
    return plan;
}

Counts counts(const ProjectStore &store)
{
    QSqlQuery query =
        sql::exec(store.database(),
                  QStringLiteral("SELECT count(CASE WHEN flags != 0 THEN 1 END),"
                                 " count(CASE WHEN flags & ? THEN 1 END),"
                                 " count(CASE WHEN flags & ? THEN 1 END),"
                                 " count(CASE WHEN flags & ? THEN 1 END),"
                                 " count(CASE WHEN comment != '' THEN 1 END) FROM sample_notes"),
                  {int(SampleNote::Discuss), int(SampleNote::BadText), int(SampleNote::SchemaGap)});
    Counts result;
    if (query.next()) {
        result.flagged = query.value(0).toLongLong();
        result.discuss = query.value(1).toLongLong();
        result.badText = query.value(2).toLongLong();
        result.schemaGap = query.value(3).toLongLong();
        result.commented = query.value(4).toLongLong();
    }
    return result;
}

} // namespace candist::sample_note_query
