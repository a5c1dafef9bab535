#include "store/sql_helpers.h"

#include <sqlite3.h>

#include <QSqlDriver>
#include <QSqlError>

#include "model/error.h"
#include "store/store_text.h"

namespace candist::sql {

namespace {

[[noreturn]] void fail(const QSqlQuery &query, const QString &statement)
{
    throw Error(StoreText::tr("database error: %1 (in: %2)")
                    .arg(query.lastError().text(), statement.simplified().left(200)),
                Error::Kind::Database);
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

NativeStatement::NativeStatement(const QSqlDatabase &database, const QString &statement)
    : m_text(statement)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_connection = *static_cast<sqlite3 *const *>(handle.data());
    if (!m_connection) {
        throw Error(StoreText::tr("database error: not an open SQLite connection (in: %1)")
                        .arg(statement.simplified().left(200)),
                    Error::Kind::Database);
    }
    const QByteArray utf8 = statement.toUtf8();
    // PERSISTENT: the statement lives for a whole import, not one call.
    const int status = sqlite3_prepare_v3(m_connection, utf8.constData(), int(utf8.size()),
                                          SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (status != SQLITE_OK)
        fail(status);
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

void NativeStatement::bindText(int index, QByteArrayView utf8)
{
    // A null pointer would bind SQL NULL; NOT NULL text columns want ''.
    const char *data = utf8.data() ? utf8.data() : "";
    const int status = sqlite3_bind_text(m_statement, index, data, int(utf8.size()), SQLITE_STATIC);
    if (status != SQLITE_OK)
        fail(status);
}

void NativeStatement::bindInt64(int index, qint64 value)
{
    const int status = sqlite3_bind_int64(m_statement, index, value);
    if (status != SQLITE_OK)
        fail(status);
}

void NativeStatement::bindNull(int index)
{
    const int status = sqlite3_bind_null(m_statement, index);
    if (status != SQLITE_OK)
        fail(status);
}

void NativeStatement::bindDouble(int index, double value)
{
    const int status = sqlite3_bind_double(m_statement, index, value);
    if (status != SQLITE_OK)
        fail(status);
}

bool NativeStatement::next()
{
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_ROW)
        return true;
    if (status == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return false;
    }
    fail(status);
}

bool NativeStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 NativeStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double NativeStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView NativeStatement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_statement, column);
    return QByteArrayView(static_cast<const char *>(data),
                          sqlite3_column_bytes(m_statement, column));
}

void NativeStatement::reset()
{
    sqlite3_reset(m_statement);
}

void NativeStatement::run()
{
    m_uniqueViolation = false;
    const int status = sqlite3_step(m_statement);
    if (status == SQLITE_DONE || status == SQLITE_ROW) {
        sqlite3_reset(m_statement);
        return;
    }
    fail(status);
}

qint64 NativeStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_connection);
}

void NativeStatement::fail(int status)
{
    // The message belongs to the failed call: read it before the reset clears it.
    const int extended = m_connection ? sqlite3_extended_errcode(m_connection) : status;
    const QString message = m_connection ? QString::fromUtf8(sqlite3_errmsg(m_connection))
                                         : QString::fromUtf8(sqlite3_errstr(status));
    m_uniqueViolation =
        extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY;
    if (m_statement)
        sqlite3_reset(m_statement);
    throw Error(
        StoreText::tr("database error: %1 (in: %2)").arg(message, m_text.simplified().left(200)),
        Error::Kind::Database);
}

} // namespace candist::sql
