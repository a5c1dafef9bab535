#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

#include "store/project_store.h"
#include "test_files.h"

using namespace candist;

namespace {

// Starts the writer, lets it commit at least `minimumCommits` times, kills it with SIGKILL and
// returns the highest commit number it reported.
int runAndKill(const QString &mode, const QString &path, const QString &tag, int minimumCommits)
{
    QProcess writer;
    writer.start(QStringLiteral(CRASH_WRITER_PATH), {mode, path, tag});
    if (!writer.waitForStarted())
        qFatal("crash writer did not start");
    int reported = 0;
    QByteArray pending;
    const auto drain = [&] {
        pending += writer.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(newline);
            pending.remove(0, newline + 1);
            if (line.startsWith("committed "))
                reported = line.mid(10).toInt();
        }
    };
    QElapsedTimer timer;
    timer.start();
    while (reported < minimumCommits && timer.elapsed() < 60000) {
        writer.waitForReadyRead(1000);
        drain();
    }
    writer.kill(); // SIGKILL: no destructor, no rollback, no WAL checkpoint
    writer.waitForFinished();
    drain();
    return reported;
}

} // namespace

class CrashSafetyTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesAtMostTheBatchInFlight_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("human decisions") << QStringLiteral("human");
        QTest::newRow("import batches") << QStringLiteral("batches");
    }

    void killedWriterLosesAtMostTheBatchInFlight()
    {
        QFETCH(QString, mode);
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("crash.candist"));
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            store.setLabelSchema(
                LabelSchema({{QStringLiteral("a")}, {QStringLiteral("b")}, {QStringLiteral("c")}}));
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter inserter(store);
            for (int i = 0; i < 100; ++i)
                inserter.insert(QString::number(i), QStringLiteral("seed %1").arg(i), {}, {});
            transaction.commit();
        }
        qint64 committedBefore = 0;
        for (int round = 0; round < 6; ++round) {
            const int target =
                1 +
                int(QRandomGenerator::global()->bounded(mode == QLatin1String("human") ? 200 : 8));
            const int reported = runAndKill(mode, path, QStringLiteral("r%1").arg(round), target);
            QVERIFY2(reported >= target, "writer did not make progress");

            ProjectStore store(path);
            QSqlQuery check(store.database());
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
            if (mode == QLatin1String("human")) {
                QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM human_log")));
                QVERIFY(check.next());
                const qint64 logged = check.value(0).toLongLong() - committedBefore;
                // Everything reported is there; at most the one decision in flight beyond it.
                QVERIFY2(
                    logged >= reported && logged <= reported + 1,
                    qPrintable(QStringLiteral("logged %1, reported %2").arg(logged).arg(reported)));
                committedBefore += logged;
            } else {
                const qint64 added = store.sampleCount() - 100 - committedBefore;
                QCOMPARE(added % 500, 0); // never half a batch
                QVERIFY2(
                    added / 500 >= reported && added / 500 <= reported + 1,
                    qPrintable(
                        QStringLiteral("batches %1, reported %2").arg(added / 500).arg(reported)));
                committedBefore += added;
            }
        }
    }
};

QTEST_GUILESS_MAIN(CrashSafetyTest)
#include "test_crash_safety.moc"
