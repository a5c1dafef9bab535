#pragma once

#include <QString>
#include <QStringList>

namespace candist {

// Held (ProjectLock) while a teacher run works on the project.
inline constexpr char kTeachLockSuffix[] = "-teach.lock";
// Held while a distillation run trains: a "running" run without a holder has died.
inline constexpr char kDistillLockSuffix[] = "-distill.lock";

// The files that make up a project on disk: the SQLite file, its -wal, -shm and -journal
// companions and the lock files. Whatever removes or overwrites a project must treat
// them as one.
QStringList projectFilePaths(const QString &projectPath);

// True when writing `path` would write one of the project's files: the same path after
// resolving symbolic links, "." and "..", or the same file by inode (a hard link).
bool refersToProjectFile(const QString &path, const QString &projectPath);

// Throws Error naming both paths when refersToProjectFile(); `what` says what was to be
// written ("the export", ...).
void refuseProjectFileAsOutput(const QString &path, const QString &projectPath,
                               const QString &what);

} // namespace candist
