// candist-cli teach and serve-replay end to end on the bundled demo data (a child serve-replay
// process on 127.0.0.1, the teach command in another).
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

#include "model/label_schema.h"
#include "replay_server/chat_completion_server.h"
#include "store/project_store.h"
#include "teacher_fixture.h"
#include "test_files.h"

using namespace candist;

namespace {

const QString kDemo = QStringLiteral(CANDIST_DEMO_DIR);
const QString kKey = QStringLiteral("sk-cli-test-9d8c7b6a5f4e");

// The demo project without the `import` command: labels and samples (with gold) from the files.
void createDemoProject(const QString &path)
{
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    const LabelSchema schema = LabelSchema::fromJsonFile(kDemo + QStringLiteral("/labels.json"));
    store.setLabelSchema(schema);
    QFile file(kDemo + QStringLiteral("/samples.jsonl"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    ProjectStore::Transaction transaction(store);
    ProjectStore::SampleInserter inserter(store);
    while (!file.atEnd()) {
        const QJsonObject object = QJsonDocument::fromJson(file.readLine()).object();
        const int gold = schema.indexOf(object.value(QStringLiteral("label")).toString());
        QVERIFY(gold >= 0);
        inserter.insert(object.value(QStringLiteral("id")).toString(),
                        object.value(QStringLiteral("text")).toString(), {}, gold);
    }
    transaction.commit();
}

} // namespace

class TestTeachCli : public QObject
{
    Q_OBJECT

    QProcess m_server;
    QString m_endpoint;

private Q_SLOTS:
    void initTestCase()
    {
        m_server.start(test::cliPath(),
                       {QStringLiteral("serve-replay"), QStringLiteral("--responses"),
                        kDemo + QStringLiteral("/teacher_answers.jsonl"), QStringLiteral("--port"),
                        QStringLiteral("0")});
        QVERIFY(m_server.waitForStarted());
        QVERIFY(m_server.waitForReadyRead(30000));
        const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
        QVERIFY2(
            line.startsWith(QStringLiteral("serving 300 recorded answers at http://127.0.0.1:")),
            qPrintable(line));
        m_endpoint = line.section(QLatin1Char(' '), 5, 5);
        QVERIFY(m_endpoint.endsWith(QStringLiteral("/v1")));
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        QVERIFY(m_server.waitForFinished(10000));
        QCOMPARE(m_server.exitCode(), 0);
    }

    void usageErrorsExitWithTwo()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("demo.candist"));
        createDemoProject(path);
        // A fresh project needs an endpoint and a model.
        test::ProcessResult result = test::runCli({QStringLiteral("teach"), path});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains("--endpoint"));
        result = test::runCli({QStringLiteral("teach"), path, QStringLiteral("--endpoint"),
                               m_endpoint, QStringLiteral("--model"), QStringLiteral("replay"),
                               QStringLiteral("--strategy"), QStringLiteral("majority")});
        QCOMPARE(result.exitCode, 2);
        result = test::runCli({QStringLiteral("teach"), path, QStringLiteral("--endpoint"),
                               QStringLiteral("not a url"), QStringLiteral("--model"),
                               QStringLiteral("m")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains("not an http(s) URL"));
        result = test::runCli({QStringLiteral("serve-replay"), QStringLiteral("--responses"),
                               scratch.write(QStringLiteral("bad.jsonl"), "{\"text\": \"x\"}\n")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains("bad.jsonl:1:1"), result.standardError.constData());
    }

    void teachesTheDemoProjectOffline()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("demo.candist"));
        createDemoProject(path);
        const QStringList environment = {QStringLiteral("CANDIST_CLI_TEST_KEY=") + kKey};
        const QStringList teach = {
            QStringLiteral("teach"),         path,
            QStringLiteral("--endpoint"),    m_endpoint,
            QStringLiteral("--model"),       QStringLiteral("replay"),
            QStringLiteral("--api-key-env"), QStringLiteral("CANDIST_CLI_TEST_KEY"),
            QStringLiteral("--concurrency"), QStringLiteral("32"),
            QStringLiteral("--price-in"),    QStringLiteral("0.15"),
            QStringLiteral("--price-out"),   QStringLiteral("0.6")};

        test::ProcessResult dry =
            test::runCli(teach + QStringList{QStringLiteral("--dry-run")}, 120000, environment);
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.standardOutput.contains("dry run (ca_all): 300 samples, about 300 requests"),
                 dry.standardOutput.constData());
        {
            ProjectStore store(path);
            QCOMPARE(store.teacherResultCount(), 0);
            QVERIFY(store.metaValue(QStringLiteral("teacher.settings"))
                        .isEmpty()); // dry runs change nothing
        }

        test::ProcessResult run = test::runCli(teach, 300000, environment);
        QVERIFY2(run.exitCode == 0, run.standardError.constData());
        QVERIFY2(run.standardOutput.contains("ok: 292, parse-failed: 8, transport-failed: 0"),
                 run.standardOutput.constData());
        QVERIFY(!run.standardOutput.contains(kKey.toUtf8()));
        QVERIFY(!run.standardError.contains(kKey.toUtf8()));

        ProjectStore store(path);
        QCOMPARE(store.teacherResultCount(TeacherStatus::Ok), 292);
        QCOMPARE(store.teacherResultCount(TeacherStatus::ParseFailed), 8);
        // The simulated teacher is mostly right and its candidate sets cover more than its
        // first guesses do: the premise of CanDist.
        int covered = 0, firstRight = 0, multi = 0;
        store.forEachTeacherResult([&](const TeacherResult &result) {
            const int gold = *store.goldLabel(result.row);
            covered += result.candidates.contains(gold);
            firstRight += !result.candidates.isEmpty() && result.candidates.first() == gold;
            multi += result.candidates.size() > 1;
        });
        // Counted independently from the answer file (resources/demo/README.md).
        QCOMPARE(firstRight, 250);
        QCOMPARE(covered, 283);
        QVERIFY(multi > 50);
        const QString settings = store.metaValue(QStringLiteral("teacher.settings"));
        QVERIFY(settings.contains(m_endpoint));
        QVERIFY(settings.contains(QStringLiteral("CANDIST_CLI_TEST_KEY")));
        QVERIFY(!settings.contains(kKey));

        // Nothing left: the second run sends nothing and reuses the stored settings.
        test::ProcessResult again =
            test::runCli({QStringLiteral("teach"), path}, 120000, environment);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.standardOutput.contains("0 of 0 samples"), again.standardOutput.constData());
        QVERIFY(again.standardOutput.contains("requests: 0"));
        QVERIFY(!again.standardError.contains(kKey.toUtf8()));
    }

    void killedRunResumesWithoutPayingTwice()
    {
        // The server runs in this process so that it can count every request.
        ChatCompletionServerThread server([](ChatCompletionServer &s) {
            s.setAnswers(ChatCompletionServer::readRecordedAnswers(
                kDemo + QStringLiteral("/teacher_answers.jsonl")));
            s.setLatencyMs(15);
        });
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("demo.candist"));
        createDemoProject(path);
        const QStringList teach = {QStringLiteral("teach"),
                                   path,
                                   QStringLiteral("--endpoint"),
                                   server.baseUrl(),
                                   QStringLiteral("--model"),
                                   QStringLiteral("replay"),
                                   QStringLiteral("--no-keychain"),
                                   QStringLiteral("--concurrency"),
                                   QStringLiteral("8")};
        QProcess victim;
        victim.start(test::cliPath(), teach);
        QVERIFY(victim.waitForStarted());
        // Kill it (SIGKILL: no cleanup at all) once a few batches are committed.
        QTRY_VERIFY_WITH_TIMEOUT(ProjectStore(path).teacherResultCount() >= 60, 60000);
        victim.kill();
        QVERIFY(victim.waitForFinished());
        const qint64 saved = ProjectStore(path).teacherResultCount();
        QVERIFY(saved < 300);
        const qint64 beforeResume = server.server().chatRequests();

        const test::ProcessResult resumed = test::runCli(teach);
        QVERIFY2(resumed.exitCode == 0, resumed.standardError.constData());
        ProjectStore store(path);
        QCOMPARE(store.teacherResultCount(), 300);
        // 300 first answers + 8 re-asks of the unparseable ones. Answers that had arrived (and
        // were cached) before the kill are not asked again, whether or not their batch was
        // committed; only the at most 8 requests in flight at the kill can be repeated.
        const qint64 total = server.server().chatRequests();
        qInfo("%lld results saved at the kill, %lld requests before the resume, %lld in all", saved,
              beforeResume, total);
        QVERIFY2(total >= 308 && total <= 308 + 8,
                 qPrintable(QStringLiteral("%1 requests (%2 before the resume, %3 results saved)")
                                .arg(total)
                                .arg(beforeResume)
                                .arg(saved)));
        QVERIFY(resumed.standardOutput.contains("answers from cache:"));
    }

    // A dead endpoint (connection refused) trips the circuit breaker at once: the run stops,
    // says why, exits non-zero and leaves the samples for the next run.
    void deadEndpointStopsAtOnceAndSaysWhy()
    {
        QTcpServer probe; // a port that was free a moment ago: nothing listens there now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("dead.candist"));
        QStringList texts;
        for (int i = 0; i < 500; ++i)
            texts << QStringLiteral("dead endpoint note %1").arg(i);
        test::createProject(path, test::fruitSchema(), texts);
        QElapsedTimer timer;
        timer.start();
        const test::ProcessResult result = test::runCli(
            {QStringLiteral("teach"), path, QStringLiteral("--endpoint"),
             QStringLiteral("http://127.0.0.1:%1/v1").arg(port), QStringLiteral("--model"),
             QStringLiteral("m"), QStringLiteral("--no-keychain"), QStringLiteral("--api-key-env"),
             QStringLiteral("CANDIST_CLI_TEST_KEY"), QStringLiteral("--concurrency"),
             QStringLiteral("32")},
            120000, {QStringLiteral("CANDIST_CLI_TEST_KEY=") + kKey});
        const qint64 elapsed = timer.elapsed();
        qInfo("dead endpoint, 500 samples at concurrency 32: %lld ms", elapsed);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(
                     QStringLiteral("Failed to connect to 127.0.0.1 port %1").arg(port).toUtf8()),
                 result.standardError.constData());
        QVERIFY2(result.standardError.contains("in a row failed without one success"),
                 result.standardError.constData());
        QVERIFY(!result.standardError.contains(kKey.toUtf8()));
        QVERIFY(!result.standardOutput.contains(kKey.toUtf8()));
        QVERIFY2(elapsed < 15000, qPrintable(QString::number(elapsed))); // generous safety bound
        ProjectStore store(path);
        QCOMPARE(store.samplesAwaitingTeacherCount(), 500); // all left for the next run
    }

    // A server that accepts and never answers: the breaker trips once nothing has succeeded for
    // twice the request timeout.
    void hungServerStopsWithinTwiceTheTimeout()
    {
        ChatCompletionServerThread server([](ChatCompletionServer &s) {
            s.setFaultPlan(
                [](const ServerRequestInfo &) { return ServerFault{ServerFault::Hang}; });
        });
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("hung.candist"));
        QStringList texts;
        for (int i = 0; i < 100; ++i)
            texts << QStringLiteral("hung server note %1").arg(i);
        test::createProject(path, test::fruitSchema(), texts);
        QElapsedTimer timer;
        timer.start();
        const test::ProcessResult result = test::runCli(
            {QStringLiteral("teach"), path, QStringLiteral("--endpoint"), server.baseUrl(),
             QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("--no-keychain"),
             QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--concurrency"),
             QStringLiteral("4")});
        const qint64 elapsed = timer.elapsed();
        qInfo("hung server, 2 s timeout: %lld ms", elapsed);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains("no answer within 2 s"),
                 result.standardError.constData());
        QVERIFY2(elapsed < 2 * 2000 + 10000, qPrintable(QString::number(elapsed)));
    }

    // Every sample failed (here: the server refuses each request with a 400): exit 1 and why.
    void everySampleFailingExitsNonZero()
    {
        ChatCompletionServerThread server; // no recorded answers: every request gets a 400
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("failing.candist"));
        test::createProject(path, test::fruitSchema(),
                            {QStringLiteral("unknown one"), QStringLiteral("unknown two")});
        const test::ProcessResult result = test::runCli(
            {QStringLiteral("teach"), path, QStringLiteral("--endpoint"), server.baseUrl(),
             QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("--no-keychain")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains("every sample failed"),
                 result.standardError.constData());
        QVERIFY2(result.standardError.contains("no recorded answer for this request"),
                 result.standardError.constData());
        QVERIFY(result.standardOutput.contains("transport-failed: 2"));
    }

    // A second teach on a project that one is annotating refuses at once and names the first;
    // once that one is gone (even killed), its lock is taken over.
    void secondTeachOnOneProjectRefuses()
    {
        ChatCompletionServerThread server([](ChatCompletionServer &s) {
            s.setAnswers(ChatCompletionServer::readRecordedAnswers(
                kDemo + QStringLiteral("/teacher_answers.jsonl")));
            s.setLatencyMs(100);
        });
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("demo.candist"));
        createDemoProject(path);
        const QStringList teach = {QStringLiteral("teach"),
                                   path,
                                   QStringLiteral("--endpoint"),
                                   server.baseUrl(),
                                   QStringLiteral("--model"),
                                   QStringLiteral("replay"),
                                   QStringLiteral("--no-keychain"),
                                   QStringLiteral("--concurrency"),
                                   QStringLiteral("1")};
        QProcess first;
        first.start(test::cliPath(), teach);
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(server.server().chatRequests() >= 2, 60000);
        const test::ProcessResult second = test::runCli(teach);
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(
            second.standardError.contains(QStringLiteral("is being annotated by process %1 on ")
                                              .arg(first.processId())
                                              .toUtf8()),
            second.standardError.constData());
        first.kill();
        QVERIFY(first.waitForFinished());
        const test::ProcessResult third =
            test::runCli(teach + QStringList{QStringLiteral("--limit"), QStringLiteral("3")});
        QVERIFY2(third.exitCode == 0, third.standardError.constData());
    }

    // A line break in the key would inject an HTTP header: refused before any request, and the
    // message does not repeat the key.
    void aKeyWithALineBreakIsRefused()
    {
        ChatCompletionServerThread server;
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("key.candist"));
        test::createProject(path, test::fruitSchema(), {QStringLiteral("a note")});
        const test::ProcessResult result = test::runCli(
            {QStringLiteral("teach"), path, QStringLiteral("--endpoint"), server.baseUrl(),
             QStringLiteral("--model"), QStringLiteral("m"), QStringLiteral("--no-keychain"),
             QStringLiteral("--api-key-env"), QStringLiteral("CANDIST_CLI_TEST_KEY")},
            60000, {QStringLiteral("CANDIST_CLI_TEST_KEY=sk-secret-1234\r\nX-Injected: yes")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains("control character"),
                 result.standardError.constData());
        QVERIFY(!result.standardError.contains("sk-secret-1234"));
        QVERIFY(!result.standardError.contains("X-Injected"));
        QCOMPARE(server.server().chatRequests(), 0);
    }

    void fewShotPoolAndTemplatesFromFiles()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("demo.candist"));
        createDemoProject(path);
        const QString templates =
            scratch.write(QStringLiteral("templates.json"),
                          "{\"task\": \"Route customer messages of a bike-sharing service.\",\n"
                          " \"user\": \"Message:\\n{{text}}\\n\\n{{question}}\"}");
        const QStringList dryRun = {
            QStringLiteral("teach"),      path,
            QStringLiteral("--endpoint"), m_endpoint,
            QStringLiteral("--model"),    QStringLiteral("replay"),
            QStringLiteral("--pool"),     kDemo + QStringLiteral("/fewshot_pool.jsonl"),
            QStringLiteral("--shots"),    QStringLiteral("3"),
            QStringLiteral("--dry-run")};
        test::ProcessResult estimate = test::runCli(dryRun);
        QVERIFY2(estimate.exitCode == 0, estimate.standardError.constData());
        test::ProcessResult plain =
            test::runCli(dryRun.mid(0, 6) + QStringList{QStringLiteral("--dry-run")});
        // Three demonstrations make every prompt longer; neither dry run stored anything.
        const auto promptTokens = [](const QByteArray &output) {
            const QByteArray line = output.mid(output.indexOf("estimated tokens: ") + 18);
            return line.left(line.indexOf(' ')).replace("k", "").toDouble();
        };
        QVERIFY2(promptTokens(estimate.standardOutput) > promptTokens(plain.standardOutput),
                 estimate.standardOutput.constData());
        {
            ProjectStore store(path);
            QVERIFY(store.metaValue(QStringLiteral("teacher.fewshot_pool")).isEmpty());
        }
        test::ProcessResult run = test::runCli(
            {QStringLiteral("teach"), path, QStringLiteral("--endpoint"), m_endpoint,
             QStringLiteral("--model"), QStringLiteral("replay"), QStringLiteral("--no-keychain"),
             QStringLiteral("--api-key-env"), QStringLiteral("CANDIST_CLI_TEST_UNSET_KEY"),
             QStringLiteral("--pool"), kDemo + QStringLiteral("/fewshot_pool.jsonl"),
             QStringLiteral("--shots"), QStringLiteral("3"), QStringLiteral("--templates"),
             templates, QStringLiteral("--limit"), QStringLiteral("20")});
        QVERIFY2(run.exitCode == 0, run.standardError.constData());
        QVERIFY2(run.standardError.contains("note: $CANDIST_CLI_TEST_UNSET_KEY is not set"),
                 run.standardError.constData());
        QVERIFY2(run.standardOutput.contains("20 of 20 samples"), run.standardOutput.constData());
        ProjectStore store(path);
        QCOMPARE(store.teacherResultCount(), 20);
        QVERIFY(store.metaValue(QStringLiteral("teacher.templates"))
                    .contains(QStringLiteral("Route customer")));
        QVERIFY(store.metaValue(QStringLiteral("teacher.fewshot_pool"))
                    .contains(QStringLiteral("\"label\"")));
        // A pool naming an unknown label is refused with file and line.
        const QString badPool =
            scratch.write(QStringLiteral("pool.jsonl"), "{\"text\": \"x\", \"label\": \"tram\"}\n");
        run = test::runCli({QStringLiteral("teach"), path, QStringLiteral("--pool"), badPool});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.standardError.contains("pool.jsonl:1: label \"tram\""),
                 run.standardError.constData());
    }
};

QTEST_GUILESS_MAIN(TestTeachCli)
#include "test_teach_cli.moc"
