#pragma once

#include <initializer_list>

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

} // namespace candist::sql
