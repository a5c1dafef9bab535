#pragma once

#include <memory>

#include <QObject>
#include <QString>

#include "store/project_store.h"

namespace candist {

// Lives in the document's database thread and owns that thread's ProjectStore connection. Jobs
// reach it as queued functors (the thread's event queue is the job queue, so jobs run in the
// order the GUI posted them); it never touches a widget.
class StoreWorker : public QObject
{
    Q_OBJECT
public:
    StoreWorker(QString path, ProjectStore::OpenMode mode);
    ~StoreWorker() override;

    // Opens the connection on first use, in the worker thread that calls it.
    ProjectStore &store();
    // Closes the connection; called as the last job so that SQLite sees it closed in its thread.
    void closeStore();

private:
    QString m_path;
    ProjectStore::OpenMode m_mode;
    std::unique_ptr<ProjectStore> m_store;
};

} // namespace candist
