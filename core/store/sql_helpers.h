#pragma once

#include <initializer_list>
#include <optional>

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

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

// A statement prepared on the connection's own sqlite3 handle, for the bulk paths that run one
// statement a million times. QSqlQuery costs more per row than SQLite's own work: each bound
// value is a QVariant under a generated placeholder name, and text travels as UTF-16 that SQLite
// converts back to UTF-8. Same connection, so it runs inside the store's transactions. Throws
// Error when the database is not SQLite or the statement does not compile.
class NativeStatement
{
public:
    NativeStatement(const QSqlDatabase &database, const QString &statement);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    // Parameters count from 1. Text is UTF-8 and is not copied: the bytes must stay valid until
    // the statement has run. Text is never NULL (an empty view binds '').
    void bindText(int index, QByteArrayView utf8);
    void bindInt64(int index, qint64 value);
    void bindNull(int index);
    void bindDouble(int index, double value);

    // Steps a statement that returns rows: true while there is a row to read with the column
    // accessors (columns count from 0); false at the end, when it is reset for the next bindings.
    bool next();
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    // Valid until the next step.
    QByteArrayView blob(int column) const;
    // Ends reading rows before the last, so that the statement can be bound and run again.
    void reset();

    // Runs a statement that returns no rows and resets it for the next bindings. On failure
    // throws Error with SQLite's message; failedOnUniqueConstraint() then tells a UNIQUE or
    // PRIMARY KEY violation from other failures.
    void run();
    bool failedOnUniqueConstraint() const { return m_uniqueViolation; }

    // The rowid of the connection's last successful INSERT.
    qint64 lastInsertRowId() const;

private:
    [[noreturn]] void fail(int status);

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_text;
    bool m_uniqueViolation = false;
};

// A nullable column's value: nullopt for SQL NULL.
template<typename T>
std::optional<T> nullable(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.value<T>();
}

} // namespace candist::sql
