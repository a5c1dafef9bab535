#include "background_job.h"

#include <QThread>

#include "model/error.h"
#include "store/project_store.h"

namespace candist {

BackgroundJob::BackgroundJob(QString title, QString projectPath, Work work, QObject *parent)
    : QObject(parent)
    , m_title(std::move(title))
    , m_projectPath(std::move(projectPath))
    , m_work(std::move(work))
{}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_thread = QThread::create([this] {
        QString message;
        bool ok = false;
        bool cancelled = false;
        try {
            ProjectStore store(m_projectPath);
            const ProgressCallback progress = [this](const ProgressUpdate &update) {
                QMetaObject::invokeMethod(
                    this, [this, update] { Q_EMIT progressed(update); }, Qt::QueuedConnection);
            };
            message = m_work(store, progress, m_cancel);
            ok = true;
            cancelled = m_cancel.isCancelled();
        } catch (const Cancelled &stopped) {
            // The job rolled back what it had begun: an outcome, reported without a warning.
            message = stopped.message();
            cancelled = true;
        } catch (const Error &error) {
            message = error.message();
        } catch (const std::exception &error) {
            message = QString::fromLocal8Bit(error.what());
        }
        QMetaObject::invokeMethod(
            this,
            [this, ok, cancelled, message] {
                m_running = false;
                m_thread->wait();
                Q_EMIT finished(ok, cancelled, message);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("candist-job"));
    m_thread->start();
}

void BackgroundJob::cancel()
{
    m_cancel.cancel();
}

} // namespace candist
