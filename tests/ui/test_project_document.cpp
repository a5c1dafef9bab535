#include <atomic>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QThread>
#include <QtTest>

#include "background_job.h"
#include "project_document.h"
#include "store/project_store.h"
#include "test_files.h"

using namespace candist;

// The document owns the long jobs (issue 14): one at a time, results streamed to the views,
// a reload when a job ends, and closing the project stops the job before the store closes.
class ProjectDocumentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void longJobReloadsBeforeItIsAnnounced();
    void oneLongJobAtATime();
    void closingStopsTheLongJob();
    void noLongJobWithoutAProject();

private:
    test::Scratch m_scratch;
    std::unique_ptr<ProjectDocument> m_document;
};

void ProjectDocumentTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void ProjectDocumentTest::init()
{
    m_document = std::make_unique<ProjectDocument>();
    QSignalSpy opened(m_document.get(), &ProjectDocument::opened);
    m_document->open(m_scratch.path(QStringLiteral("%1.candist").arg(QTest::currentTestFunction())),
                     true);
    QVERIFY(opened.wait(20000));
}

void ProjectDocumentTest::cleanup()
{
    m_document.reset();
}

void ProjectDocumentTest::longJobReloadsBeforeItIsAnnounced()
{
    QSignalSpy started(m_document.get(), &ProjectDocument::longJobStarted);
    QSignalSpy finished(m_document.get(), &ProjectDocument::longJobFinished);
    // What the document knew when the job's own callback and its announcement ran.
    qint64 countInCallback = -1;
    qint64 countWhenAnnounced = -1;
    connect(m_document.get(), &ProjectDocument::longJobFinished, this,
            [this, &countWhenAnnounced] { countWhenAnnounced = m_document->sampleCount(); });
    BackgroundJob *job = m_document->startLongJob(
        QStringLiteral("Insert"),
        [](ProjectStore &store, const ProgressCallback &, const CancellationFlag &) {
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter inserter(store);
            for (int i = 0; i < 3; ++i)
                inserter.insert(QStringLiteral("s%1").arg(i), QStringLiteral("text %1").arg(i), {},
                                std::nullopt);
            transaction.commit();
            return QStringLiteral("3 inserted");
        },
        [this, &countInCallback](bool ok, bool cancelled, const QString &message) {
            QVERIFY(ok);
            QVERIFY(!cancelled);
            QCOMPARE(message, QStringLiteral("3 inserted"));
            countInCallback = m_document->sampleCount();
        });
    QVERIFY(job);
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().first().value<BackgroundJob *>(), job);
    QCOMPARE(m_document->longJob(), job);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().at(0).toString(), QStringLiteral("Insert"));
    QVERIFY(finished.first().at(1).toBool());
    // The reload has run (it reads the count in the database thread) before anyone hears of
    // the end, so every view that follows reloaded() sees the job's rows.
    QTRY_COMPARE(m_document->sampleCount(), 3);
    QCOMPARE(countWhenAnnounced, countInCallback);
    QVERIFY(m_document->longJob() == nullptr);
}

void ProjectDocumentTest::oneLongJobAtATime()
{
    std::atomic<bool> release{false};
    BackgroundJob *first = m_document->startLongJob(
        QStringLiteral("First"),
        [&release](ProjectStore &, const ProgressCallback &, const CancellationFlag &) {
            while (!release)
                QThread::msleep(2);
            return QString();
        });
    QVERIFY(first);
    QVERIFY(!m_document->startLongJob(QStringLiteral("Second"), {}));
    QSignalSpy finished(m_document.get(), &ProjectDocument::longJobFinished);
    release = true;
    QVERIFY(finished.wait(20000));
    QVERIFY(m_document->startLongJob(QStringLiteral("Third"),
                                     [](ProjectStore &, const ProgressCallback &,
                                        const CancellationFlag &) { return QString(); }));
    QVERIFY(finished.wait(20000));
}

void ProjectDocumentTest::closingStopsTheLongJob()
{
    std::atomic<bool> sawCancel{false};
    QSignalSpy finished(m_document.get(), &ProjectDocument::longJobFinished);
    QVERIFY(m_document->startLongJob(
        QStringLiteral("Endless"),
        [&sawCancel](ProjectStore &, const ProgressCallback &, const CancellationFlag &cancel) {
            while (!cancel.isCancelled())
                QThread::msleep(2);
            sawCancel = true;
            return QString();
        }));
    m_document->close(); // returns only once the job's thread has ended
    QVERIFY(sawCancel);
    QVERIFY(m_document->longJob() == nullptr);
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0); // a closing caller is not told of an end it asked for
}

void ProjectDocumentTest::noLongJobWithoutAProject()
{
    m_document->close();
    QVERIFY(!m_document->startLongJob(QStringLiteral("Orphan"),
                                      [](ProjectStore &, const ProgressCallback &,
                                         const CancellationFlag &) { return QString(); }));
}

QTEST_MAIN(ProjectDocumentTest)
#include "test_project_document.moc"
