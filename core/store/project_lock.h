#pragma once

#include <QString>

namespace candist {

// An advisory lock on a file beside the project (flock): held while one process does something
// that two must not do at once (a teacher run would pay for every sample twice). The operating
// system releases it when the process ends, however it ends, so a lock left by a killed process
// is taken over by the next one. The file names its holder (pid and host) for the message.
class ProjectLock
{
public:
    struct Holder
    {
        qint64 pid = 0; // 0 when the holder has not written its name yet
        QString host;
    };

    // Takes the lock "<projectPath><suffix>" (e.g. "-teach.lock"). Returns false, with `holder`
    // set, when another process (or another ProjectLock in this one) holds it. Throws Error when
    // the lock file cannot be created.
    bool tryLock(const QString &projectPath, const QString &suffix, Holder *holder = nullptr);
    void unlock();
    bool isLocked() const { return m_fd >= 0; }

    ProjectLock() = default;
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

private:
    QString m_path;
    int m_fd = -1;
};

} // namespace candist
