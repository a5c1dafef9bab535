#pragma once

#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace candist {

// The project file's schema history. Version N is reached by applying migrations 1..N in order;
// each runs in the caller's transaction. Add a migration, never edit a released one.
class SchemaMigrations
{
public:
    static int latestVersion();

    // 0 for an empty database; throws Error when the file is not a CanDist project.
    static int currentVersion(const QSqlDatabase &database, const QString &path);

    // Brings the database to latestVersion(). Throws Error when the file was written by a newer
    // schema than this build knows.
    static void migrate(const QSqlDatabase &database, const QString &path);

    // The indexes of student_results that order the sample table (schema 3): index name and the
    // statement that creates it. A large write drops and rebuilds them (ProjectStore).
    static const QVector<QPair<QString, QString>> &studentResultIndexes();
};

} // namespace candist
