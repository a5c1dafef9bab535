#pragma once

#include <initializer_list>
#include <optional>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace candist::sql {

// Thin helpers that turn QtSql's boolean failures into candist::Error with the driver's message,
// so every caller gets "what failed and why" without repeating the check.
QSqlQuery prepare(const QSqlDatabase &database, const QString &statement);
void exec(QSqlQuery &query);
QSqlQuery exec(const QSqlDatabase &database, const QString &statement,
               std::initializer_list<QVariant> bindings = {});
// Runs a single-value query; returns an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &database, const QString &statement,
                std::initializer_list<QVariant> bindings = {});

// A text parameter for a statement that writes it as CAST(? AS TEXT). The SQLite driver binds
// a QString as UTF-16, and SQLite drops a leading U+FEFF of UTF-16 input as a byte order mark:
// such a text travels as UTF-8 bytes instead, which the cast turns back into the same text.
QVariant text(const QString &value);

// A nullable column's value: nullopt for SQL NULL.
template<typename T>
std::optional<T> nullable(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

} // namespace candist::sql
