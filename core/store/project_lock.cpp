#include "store/project_lock.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#include "model/error.h"
#include "store/store_text.h"

namespace candist {

namespace {

ProjectLock::Holder readHolder(int fd)
{
    char buffer[512] = {};
    const ssize_t size = ::pread(fd, buffer, sizeof(buffer) - 1, 0);
    ProjectLock::Holder holder;
    if (size <= 0)
        return holder;
    const QString text = QString::fromUtf8(buffer, qsizetype(size)).trimmed();
    holder.pid = text.section(QLatin1Char(' '), 0, 0).toLongLong();
    holder.host = text.section(QLatin1Char(' '), 1);
    return holder;
}

} // namespace

ProjectLock::~ProjectLock()
{
    unlock();
}

bool ProjectLock::tryLock(const QString &projectPath, const QString &suffix, Holder *holder)
{
    unlock();
    const QString path = projectPath + suffix;
    const QByteArray native = QFile::encodeName(path);
    // A holder that unlinks the file on release can do so between our open() and flock(): then
    // we hold a lock on a file nobody else sees, so check that the path still names our file.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) {
            throw Error(Error::Kind::FileSystem, {path},
                        StoreText::tr("cannot create the lock file: %1")
                            .arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
            const int error = errno;
            if (error == EWOULDBLOCK) {
                if (holder)
                    *holder = readHolder(fd);
                ::close(fd);
                return false;
            }
            ::close(fd);
            throw Error(
                Error::Kind::FileSystem, {path},
                StoreText::tr("cannot lock: %1").arg(QString::fromLocal8Bit(std::strerror(error))));
        }
        struct stat opened = {}, named = {};
        if (::fstat(fd, &opened) != 0 || ::stat(native.constData(), &named) != 0 ||
            opened.st_ino != named.st_ino || opened.st_dev != named.st_dev) {
            ::close(fd);
            continue;
        }
        const QByteArray name = QByteArray::number(QCoreApplication::applicationPid()) + ' ' +
                                QSysInfo::machineHostName().toUtf8() + '\n';
        if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, name.constData(), size_t(name.size()), 0) < 0) {
            // The lock holds without the name; only the message of a second process suffers.
        }
        m_path = path;
        m_fd = fd;
        return true;
    }
    throw Error(Error::Kind::Busy, {path},
                StoreText::tr("cannot lock: the lock file keeps being replaced"));
}

void ProjectLock::unlock()
{
    if (m_fd < 0)
        return;
    // Removed while still locked, so that no one can lock the old file after we let go.
    ::unlink(QFile::encodeName(m_path).constData());
    ::close(m_fd);
    m_fd = -1;
}

} // namespace candist
