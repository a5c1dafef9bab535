#include "store/project_files.h"

#include <sys/stat.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include "model/error.h"
#include "store/store_text.h"

namespace candist {

namespace {

constexpr int kMaxLinkDepth = 40; // what Linux allows before ELOOP

// The absolute path `path` would be written at: symbolic links followed (also a dangling one,
// which a writer would create), "." and ".." removed.
QString resolvedPath(const QString &path)
{
    QFileInfo info(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    for (int depth = 0; depth < kMaxLinkDepth && info.isSymLink(); ++depth)
        info.setFile(QDir::cleanPath(info.symLinkTarget()));
    if (info.exists())
        return info.canonicalFilePath();
    const QString directory = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((directory.isEmpty() ? info.absolutePath() : directory) +
                           QLatin1Char('/') + info.fileName());
}

bool sameInode(const QString &a, const QString &b)
{
    struct stat first = {}, second = {};
    if (::stat(QFile::encodeName(a).constData(), &first) != 0 ||
        ::stat(QFile::encodeName(b).constData(), &second) != 0)
        return false;
    return first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

} // namespace

QStringList projectFilePaths(const QString &projectPath)
{
    QStringList paths;
    for (const char *suffix :
         {"", "-wal", "-shm", "-journal", kTeachLockSuffix, kDistillLockSuffix})
        paths << projectPath + QLatin1String(suffix);
    return paths;
}

bool refersToProjectFile(const QString &path, const QString &projectPath)
{
    const QString target = resolvedPath(path);
    // The companions sit beside the project's real file, wherever a link to the project points.
    const QString project = resolvedPath(projectPath);
    for (const QString &file : projectFilePaths(project)) {
        if (target == file || sameInode(path, file))
            return true;
    }
    return false;
}

void refuseProjectFileAsOutput(const QString &path, const QString &projectPath, const QString &what)
{
    if (refersToProjectFile(path, projectPath)) {
        throw Error(
            Error::Kind::BadInput, {path},
            StoreText::tr("is the project file or one of its companion files (%1); %2 would "
                          "destroy the project, so nothing was written. Choose another output "
                          "file.")
                .arg(projectPath, what));
    }
}

} // namespace candist
