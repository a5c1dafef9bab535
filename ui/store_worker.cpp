#include "store_worker.h"

namespace candist {

StoreWorker::StoreWorker(QString path, ProjectStore::OpenMode mode)
    : m_path(std::move(path)), m_mode(mode)
{}

StoreWorker::~StoreWorker() = default;

ProjectStore &StoreWorker::store()
{
    if (!m_store)
        m_store = std::make_unique<ProjectStore>(m_path, m_mode);
    return *m_store;
}

void StoreWorker::closeStore()
{
    m_store.reset();
}

} // namespace candist
