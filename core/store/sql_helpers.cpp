#include "store/sql_helpers.h"

#include <QSqlError>

#include "model/error.h"

namespace candist::sql {

namespace {

[[noreturn]] void fail(const QSqlQuery &query, const QString &statement)
{
    throw Error(QStringLiteral("database error: %1 (in: %2)")
                    .arg(query.lastError().text(), statement.simplified().left(200)));
}

} // namespace

QSqlQuery prepare(const QSqlDatabase &database, const QString &statement)
{
    QSqlQuery query(database);
    if (!query.prepare(statement))
        fail(query, statement);
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query, query.lastQuery());
}

QSqlQuery exec(const QSqlDatabase &database, const QString &statement,
               std::initializer_list<QVariant> bindings)
{
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (bindings.size() == 0) {
        if (!query.exec(statement))
            fail(query, statement);
        return query;
    }
    if (!query.prepare(statement))
        fail(query, statement);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    exec(query);
    return query;
}

QVariant scalar(const QSqlDatabase &database, const QString &statement,
                std::initializer_list<QVariant> bindings)
{
    QSqlQuery query = exec(database, statement, bindings);
    return query.next() ? query.value(0) : QVariant();
}

QVariant text(const QString &value)
{
    if (value.startsWith(QChar(0xFEFF)))
        return value.toUtf8();
    return value;
}

} // namespace candist::sql
