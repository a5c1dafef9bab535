// End-to-end: the real libcurl client against a local OpenAI-compatible server (its own thread)
// with injected latency and faults; results, resume, cache, dry run, cancellation and secrecy.
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlQuery>
#include <QtTest>

#include "model/error.h"
#include "replay_server/chat_completion_server.h"
#include "store/project_store.h"
#include "teacher/few_shot_pool.h"
#include "teacher/teacher_run.h"
#include "teacher_fixture.h"
#include "test_files.h"

using namespace candist;

using Labels = QVector<int>;

namespace {

const char kKeyVariable[] = "CANDIST_TEST_TEACHER_KEY";
const QString kKey = QStringLiteral("sk-candist-test-7f3a9c1e5b2d");

// One chat request as the server saw it arrive.
struct LoggedRequest
{
    QString text;
    int attempt = 0;
    qint64 arrivedMs = 0; // since the table was cleared
};

// Faults per sample text and attempt (1-based); attempts beyond the list are answered normally.
// Also the server's log of every chat request, in arrival order.
class FaultTable
{
public:
    void set(const QString &text, QVector<ServerFault> faults)
    {
        QMutexLocker lock(&m_mutex);
        m_faults.insert(text, std::move(faults));
    }
    void clear()
    {
        QMutexLocker lock(&m_mutex);
        m_faults.clear();
        m_log.clear();
        m_clock.start();
    }
    QVector<LoggedRequest> log() const
    {
        QMutexLocker lock(&m_mutex);
        return m_log;
    }
    ServerFault operator()(const ServerRequestInfo &info)
    {
        QMutexLocker lock(&m_mutex);
        m_log.append({info.text, info.attempt, m_clock.elapsed()});
        const QVector<ServerFault> faults = m_faults.value(info.text);
        if (info.attempt >= 1 && info.attempt <= faults.size())
            return faults[info.attempt - 1];
        return {};
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, QVector<ServerFault>> m_faults;
    QVector<LoggedRequest> m_log;
    QElapsedTimer m_clock;
};

QString json(const QStringList &labels)
{
    return QStringLiteral("[\"") + labels.join(QStringLiteral("\", \"")) + QStringLiteral("\"]");
}

QStringList numberedTexts(int count, const QString &prefix = QStringLiteral("fruit note"))
{
    QStringList texts;
    for (int i = 1; i <= count; ++i)
        texts << QStringLiteral("%1 %2").arg(prefix).arg(i);
    return texts;
}

QString labelFor(int i)
{
    return test::fruitSchema().at(i % 5).name;
}

} // namespace

class TestTeacherRun : public QObject
{
    Q_OBJECT

    FaultTable m_faults;
    std::unique_ptr<ChatCompletionServerThread> m_server;

    TeacherSettings settings() const
    {
        TeacherSettings settings;
        settings.endpoint = m_server->baseUrl();
        settings.model = QStringLiteral("test-model");
        settings.concurrency = 4;
        settings.timeoutSeconds = 1;
        settings.maxAttempts = 4;
        settings.apiKeyEnv = QString::fromLatin1(kKeyVariable);
        settings.inputPricePerMillion = 1.0;
        settings.outputPricePerMillion = 2.0;
        return settings;
    }

    static TeacherRunOptions options() { return test::fastRunOptions(); }

    TeacherRunSummary run(const QString &path, const TeacherSettings &settings,
                          const CancellationFlag &cancel = CancellationFlag(),
                          const ProgressCallback &progress = {})
    {
        ProjectStore store(path);
        return TeacherRun::run(store, settings, progress, cancel, options());
    }

    void answer(const QHash<QString, QStringList> &answers)
    {
        m_server->server().setAnswers(answers);
    }

    // Every text gets the same answer.
    void answerAll(const QStringList &texts, const QString &reply)
    {
        QHash<QString, QStringList> answers;
        for (const QString &text : texts)
            answers.insert(text, {reply});
        answer(answers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv(kKeyVariable, kKey.toUtf8());
        m_server = std::make_unique<ChatCompletionServerThread>([this](
                                                                    ChatCompletionServer &server) {
            server.setFaultPlan([this](const ServerRequestInfo &info) { return m_faults(info); });
        });
    }

    void init()
    {
        m_faults.clear();
        m_server->server().resetCounters();
        m_server->server().setLatencyMs(0);
        m_server->server().setSupportsN(true);
    }

    void cleanupTestCase() { m_server.reset(); }

    void everyFaultEndsInTheRightState()
    {
        const QStringList texts = {
            QStringLiteral("plain apple"),       QStringLiteral("rate limited banana"),
            QStringLiteral("erroring cherry"),   QStringLiteral("garbled date"),
            QStringLiteral("truncated elder"),   QStringLiteral("dropped apple"),
            QStringLiteral("slow banana"),       QStringLiteral("always failing"),
            QStringLiteral("unreadable twice"),  QStringLiteral("readable on reask"),
            QStringLiteral("two kinds of fruit")};
        answer({{texts[0], {json({QStringLiteral("apple")})}},
                {texts[1], {json({QStringLiteral("banana")})}},
                {texts[2], {json({QStringLiteral("cherry")})}},
                {texts[3], {json({QStringLiteral("date")})}},
                {texts[4], {json({QStringLiteral("elderberry")})}},
                {texts[5], {json({QStringLiteral("apple")})}},
                {texts[6], {json({QStringLiteral("banana")})}},
                {texts[7], {json({QStringLiteral("cherry")})}},
                {texts[8], {QStringLiteral("I honestly cannot say.")}},
                {texts[9], {QStringLiteral("Hmm, hard to say."), QStringLiteral("It is a Date.")}},
                {texts[10], {QStringLiteral("Possible: cherry, or an apple")}}});
        m_faults.set(texts[1], {{ServerFault::RateLimited, 1}, {ServerFault::RateLimited, 2}});
        m_faults.set(texts[2], {{ServerFault::ServerError}});
        m_faults.set(texts[3], {{ServerFault::MalformedJson}});
        m_faults.set(texts[4], {{ServerFault::TruncatedBody}});
        m_faults.set(texts[5], {{ServerFault::DropConnection}});
        m_faults.set(texts[6], {{ServerFault::Slow, 2500}}); // past the 1 s client timeout
        m_faults.set(texts[7], QVector<ServerFault>(4, {ServerFault::ServerError}));

        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), texts);
        const TeacherRunSummary summary = run(path, settings());
        QCOMPARE(summary.total, 11);
        QCOMPARE(summary.annotated, 9);
        QCOMPARE(summary.parseFailed, 1);
        QCOMPARE(summary.transportFailed, 1);
        // Each fault cost exactly the retries it should (a dropped keep-alive connection may
        // also be retried by libcurl itself, hence the lower bound there).
        const int expectedRequests[] = {1, 3, 2, 2, 2, 2, 2, 4, 2, 2, 1};
        for (int i = 0; i < texts.size(); ++i) {
            if (i == 5)
                QVERIFY(m_server->server().requestsFor(texts[i]) >= 2);
            else
                QCOMPARE(m_server->server().requestsFor(texts[i]), expectedRequests[i]);
        }
        QVERIFY2(summary.retries >= 9, qPrintable(summary.toText()));
        QVERIFY(summary.promptTokens > 0 && summary.completionTokens > 0);
        QVERIFY(summary.cost > 0);

        ProjectStore store(path);
        const Labels expected[] = {{0}, {1}, {2}, {3}, {4}, {0}, {1}};
        for (int i = 0; i < 7; ++i) {
            const auto result = store.teacherResult(*store.rowForText(texts[i]));
            QVERIFY(result);
            QCOMPARE(result->status, TeacherStatus::Ok);
            QCOMPARE(result->candidates, expected[i]);
            QCOMPARE(result->strategy, QStringLiteral("ca_all"));
            QVERIFY(result->promptTokens > 0);
        }
        const auto failed = store.teacherResult(*store.rowForText(texts[7]));
        QCOMPARE(failed->status, TeacherStatus::TransportFailed);
        QVERIFY2(failed->rawResponse.contains(QStringLiteral("HTTP 500")),
                 qPrintable(failed->rawResponse));
        QVERIFY(failed->rawResponse.contains(QStringLiteral("4 attempts")));
        QCOMPARE(m_server->server().requestsFor(texts[7]), 4); // bounded attempts

        const auto unreadable = store.teacherResult(*store.rowForText(texts[8]));
        QCOMPARE(unreadable->status, TeacherStatus::ParseFailed);
        QVERIFY(unreadable->candidates.isEmpty());
        QVERIFY(unreadable->rawResponse.contains(QStringLiteral("cannot say")));
        QCOMPARE(m_server->server().requestsFor(texts[8]), 2); // asked, then re-asked once

        const auto reasked = store.teacherResult(*store.rowForText(texts[9]));
        QCOMPARE(reasked->status, TeacherStatus::Ok);
        QCOMPARE(reasked->candidates, (Labels{3}));
        QCOMPARE(store.teacherResult(*store.rowForText(texts[10]))->candidates, (Labels{2, 0}));

        // The next run retries only the transport failure; everything else is settled.
        m_faults.clear();
        m_server->server().resetCounters();
        const TeacherRunSummary resumed = run(path, settings());
        QCOMPARE(resumed.total, 1);
        QCOMPARE(resumed.annotated, 1);
        QCOMPARE(m_server->server().chatRequests(), 1);
        QCOMPARE(store.teacherResult(*store.rowForText(texts[7]))->candidates, (Labels{2}));
        QCOMPARE(store.teacherResultCount(TeacherStatus::Ok), 10);
    }

    // Samples with the same text ask the same question: one request, the others wait for its
    // answer (and read it like a cached one).
    void identicalTextsInFlightAreSentOnce()
    {
        const QString text = QStringLiteral("the same apple note");
        answerAll({text}, json({QStringLiteral("apple")}));
        m_server->server().setLatencyMs(150);
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), QStringList(12, text));
        const TeacherRunSummary summary = run(path, settings());
        QCOMPARE(summary.annotated, 12);
        QCOMPARE(m_server->server().requestsFor(text), 1);
        QCOMPARE(summary.requests, 1);
        QCOMPARE(summary.cacheHits, 11);
        ProjectStore store(path);
        QCOMPARE(store.teacherResultCount(TeacherStatus::Ok), 12);
    }

    // A 401 stops the run, but answers already on their way were paid for: they are saved.
    void aRefusedKeyKeepsTheAnswersInFlight()
    {
        const QStringList texts = numberedTexts(30, QStringLiteral("paid note"));
        QHash<QString, QStringList> answers;
        for (int i = 0; i < texts.size(); ++i)
            answers.insert(texts[i], {json({labelFor(i)})});
        answer(answers);
        // The 401 comes back at once, while the answers sent with it are still on their way.
        for (const QString &text : texts)
            m_faults.set(text, {{ServerFault::Slow, 150}});
        m_faults.set(texts[10], QVector<ServerFault>(4, {ServerFault::Unauthorized}));
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), texts);
        TeacherSettings eight = settings();
        eight.concurrency = 8;
        QVERIFY_THROWS_EXCEPTION(Error, run(path, eight));
        ProjectStore store(path);
        int answered = 0;
        for (const QString &text : texts) {
            if (m_server->server().answeredFor(text) == 0)
                continue;
            ++answered;
            const auto result = store.teacherResult(*store.rowForText(text));
            QVERIFY2(result && result->status == TeacherStatus::Ok, qPrintable(text));
        }
        QVERIFY2(answered > 10, qPrintable(QString::number(answered))); // some were in flight
        QCOMPARE(store.teacherResultCount(), answered);
    }

    // A runaway answer is dropped unread and not retried (each retry would be paid again).
    void anOversizedAnswerIsATransportFailure()
    {
        const QStringList texts = {QStringLiteral("runaway answer"),
                                   QStringLiteral("normal answer")};
        answerAll(texts, json({QStringLiteral("apple")}));
        m_faults.set(texts[0], QVector<ServerFault>(4, {ServerFault::HugeAnswer, 3 << 20}));
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), texts);
        TeacherRunSummary summary;
        {
            ProjectStore store(path);
            summary = TeacherRun::run(store, settings(), {}, CancellationFlag(), options());
            const auto failed = store.teacherResult(*store.rowForText(texts[0]));
            QCOMPARE(failed->status, TeacherStatus::TransportFailed);
            QVERIFY2(failed->rawResponse.contains(QStringLiteral("larger than 512 kB")),
                     qPrintable(failed->rawResponse));
            QCOMPARE(store.teacherResult(*store.rowForText(texts[1]))->status, TeacherStatus::Ok);
        }
        QCOMPARE(summary.transportFailed, 1);
        QVERIFY(summary.lastFailure.contains(QStringLiteral("larger than 512 kB")));
        QCOMPARE(m_server->server().requestsFor(texts[0]), 1);
        qint64 bytes = 0;
        for (const QString &suffix : {QString(), QStringLiteral("-wal")})
            bytes += QFileInfo(path + suffix).size();
        QVERIFY2(bytes < 1024 * 1024, qPrintable(QString::number(bytes)));
    }

    // The work is fixed when the run starts: samples imported meanwhile wait for the next run.
    void samplesImportedDuringARunWaitForTheNextOne()
    {
        const QStringList texts = numberedTexts(300, QStringLiteral("snapshot note"));
        const QStringList late = numberedTexts(40, QStringLiteral("late note"));
        answerAll(texts + late, json({QStringLiteral("banana")}));
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), texts);
        bool imported = false;
        qint64 mostDone = 0;
        TeacherSettings wide = settings();
        wide.concurrency = 2;
        const TeacherRunSummary summary =
            run(path, wide, CancellationFlag(), [&](const ProgressUpdate &update) {
                mostDone = std::max(mostDone, update.done);
                QCOMPARE(update.total, 300);
                if (imported)
                    return;
                imported = true;
                ProjectStore other(path);
                ProjectStore::Transaction transaction(other);
                ProjectStore::SampleInserter inserter(other);
                for (qsizetype i = 0; i < late.size(); ++i)
                    inserter.insert(QStringLiteral("late%1").arg(i), late[i], {}, std::nullopt);
                transaction.commit();
            });
        QVERIFY(imported);
        QCOMPARE(summary.total, 300);
        QCOMPARE(summary.annotated, 300);
        QCOMPARE(summary.notReached, 0);
        QVERIFY(mostDone <= 300);
        ProjectStore store(path);
        QCOMPARE(store.sampleCount(), 340);
        QCOMPARE(store.teacherResultCount(), 300);
        QVERIFY(!store.teacherResult(*store.rowForText(late[0])));
        QCOMPARE(run(path, settings()).annotated, 40); // the next run takes them
    }

    void retryAfterIsHonoured()
    {
        const QStringList texts = {QStringLiteral("told to wait"), QStringLiteral("plain failure")};
        answerAll(texts, json({QStringLiteral("apple")}));
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), texts);
        // Delays run at 1/1000 scale: Retry-After 40 s becomes a 40 ms wait, far above the
        // 0.25-0.5 ms a first plain backoff would take.
        m_faults.set(texts[0], {{ServerFault::RateLimited, 40}});
        TeacherRunSummary summary = run(path, settings());
        QCOMPARE(summary.annotated, 2);
        QVERIFY2(summary.longestBackoffSeconds >= 0.040,
                 qPrintable(QString::number(summary.longestBackoffSeconds)));
        QVERIFY(summary.longestBackoffSeconds < 0.050);

        test::Scratch other;
        const QString second = other.path(QStringLiteral("p.candist"));
        test::createProject(second, test::fruitSchema(), texts);
        m_faults.clear();
        m_server->server().resetCounters(); // attempts count per text again from 1
        m_faults.set(texts[1], {{ServerFault::ServerError}});
        summary = run(second, settings());
        QCOMPARE(summary.retries, 1);
        QVERIFY(summary.longestBackoffSeconds >= 0.00025 &&
                summary.longestBackoffSeconds <= 0.0005);
    }

    // A backoff holds no slot that other samples could use: while samples wait out a 429's
    // Retry-After, the others are sent and answered; the waiting ones are retried no sooner than
    // the server asked (issue 17). Sixteen waiting samples fill what the run used to admit at
    // concurrency 2, so before the fix nothing else was sent until their wait ended.
    void otherSamplesGoAheadWhileOnesWaitOutRetryAfter()
    {
        const QStringList waiting = numberedTexts(16, QStringLiteral("rate-limited note"));
        const QStringList quick = numberedTexts(24, QStringLiteral("quick note"));
        answerAll(waiting + quick, json({QStringLiteral("apple")}));
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), waiting + quick); // waiting ones first
        for (const QString &text : waiting)
            m_faults.set(text, {{ServerFault::RateLimited, 2}});
        TeacherSettings limited = settings();
        limited.concurrency = 2;
        TeacherRunOptions realDelays = options();
        realDelays.retryDelayScale = 1; // Retry-After: 2 is two real seconds
        ProjectStore store(path);
        const TeacherRunSummary summary =
            TeacherRun::run(store, limited, {}, CancellationFlag(), realDelays);
        QCOMPARE(summary.annotated, 40);
        QCOMPARE(summary.retries, 16);

        const QVector<LoggedRequest> log = m_faults.log();
        QCOMPARE(log.size(), 56);
        qsizetype firstRetry = -1;
        qsizetype lastQuick = -1;
        QHash<QString, qint64> rateLimitedAt;
        for (qsizetype i = 0; i < log.size(); ++i) {
            const LoggedRequest &request = log[i];
            if (quick.contains(request.text)) {
                lastQuick = i;
            } else if (request.attempt == 1) {
                rateLimitedAt.insert(request.text, request.arrivedMs);
            } else {
                if (firstRetry < 0)
                    firstRetry = i;
                // The wait starts when the 429 arrives, after the server logged the request.
                QVERIFY2(request.arrivedMs - rateLimitedAt.value(request.text) >= 2000,
                         qPrintable(request.text));
            }
        }
        QCOMPARE(rateLimitedAt.size(), 16);
        QVERIFY2(lastQuick < firstRetry, qPrintable(QStringLiteral("last quick request #%1, "
                                                                   "first retry #%2")
                                                        .arg(lastQuick)
                                                        .arg(firstRetry)));
    }

    void cancelledRunResumesWithoutPayingTwice()
    {
        const QStringList texts = numberedTexts(60);
        QHash<QString, QStringList> answers;
        for (int i = 0; i < texts.size(); ++i)
            answers.insert(texts[i], {json({labelFor(i)})});
        answer(answers);
        m_server->server().setLatencyMs(30);
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), texts);

        CancellationFlag cancel;
        qint64 lastDone = 0;
        const TeacherRunSummary first =
            run(path, settings(), cancel, [&](const ProgressUpdate &update) {
                lastDone = update.done;
                QCOMPARE(update.total, 60);
                QVERIFY(update.detail.contains(QStringLiteral("tokens")));
                if (update.done >= 8)
                    cancel.cancel();
            });
        QVERIFY(first.cancelled);
        QVERIFY(first.notReached > 0);
        QVERIFY(first.annotated >= 8 && first.annotated < 60);
        QCOMPARE(lastDone, first.annotated);
        {
            ProjectStore store(path);
            QCOMPARE(store.teacherResultCount(), first.annotated); // cancelled work is saved
        }

        const TeacherRunSummary second = run(path, settings());
        QVERIFY(!second.cancelled);
        // Keep-alive: two runs at concurrency 4 open at most 4 connections each.
        QVERIFY2(m_server->server().connectionsAccepted() <= 8,
                 qPrintable(QString::number(m_server->server().connectionsAccepted())));
        QCOMPARE(second.annotated + first.annotated, 60);
        ProjectStore store(path);
        QCOMPARE(store.teacherResultCount(TeacherStatus::Ok), 60);
        for (int i = 0; i < texts.size(); ++i) {
            QCOMPARE(m_server->server().answeredFor(texts[i]), 1);
            QCOMPARE(store.teacherResult(*store.rowForText(texts[i]))->candidates, (Labels{i % 5}));
        }
    }

    void lostResultsAreRestoredFromTheCache()
    {
        const QStringList texts = numberedTexts(25, QStringLiteral("cached note"));
        QHash<QString, QStringList> answers;
        for (int i = 0; i < texts.size(); ++i)
            answers.insert(texts[i], {json({labelFor(i), labelFor(i + 1)})});
        answer(answers);
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), texts);
        const TeacherRunSummary first = run(path, settings());
        QCOMPARE(first.annotated, 25);
        QCOMPARE(m_server->server().chatRequests(), 25);
        {
            // What a kill between "answer cached" and "batch committed" leaves behind.
            ProjectStore store(path);
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("DELETE FROM teacher_results")));
        }
        m_server->server().resetCounters();
        const TeacherRunSummary second = run(path, settings());
        QCOMPARE(second.annotated, 25);
        QCOMPARE(second.cacheHits, 25);
        QCOMPARE(second.requests, 0);
        QCOMPARE(second.promptTokens, 0);
        QCOMPARE(m_server->server().chatRequests(), 0);
        ProjectStore store(path);
        for (int i = 0; i < texts.size(); ++i) {
            QCOMPARE(store.teacherResult(*store.rowForText(texts[i]))->candidates,
                     (Labels{i % 5, (i + 1) % 5}));
        }
    }

    void dryRunSendsNothingAndCountsTheCache()
    {
        const QStringList texts = numberedTexts(12, QStringLiteral("estimate me"));
        answerAll(texts, json({QStringLiteral("apple")}));
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), texts);
        TeacherRunSummary estimate;
        {
            ProjectStore store(path);
            estimate = TeacherRun::estimate(store, settings());
        }
        QVERIFY(estimate.estimated);
        QCOMPARE(estimate.total, 12);
        QCOMPARE(estimate.requests, 12);
        QVERIFY(estimate.promptTokens > 12 * 50);
        QVERIFY(estimate.completionTokens > 0);
        QVERIFY(estimate.cost > 0);
        QCOMPARE(m_server->server().chatRequests(), 0);
        QVERIFY(estimate.toText().contains(QStringLiteral("dry run")));

        TeacherSettings three = settings();
        three.samples = 3;
        three.useN = false;
        {
            ProjectStore store(path);
            QCOMPARE(TeacherRun::estimate(store, three).requests, 36);
        }

        const TeacherRunSummary real = run(path, settings());
        // The estimate is in the right range of what the server reported.
        QVERIFY(estimate.promptTokens > real.promptTokens / 2 &&
                estimate.promptTokens < real.promptTokens * 2);
        {
            ProjectStore store(path);
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("DELETE FROM teacher_results")));
            const TeacherRunSummary again = TeacherRun::estimate(store, settings());
            QCOMPARE(again.cacheHits, 12);
            QCOMPARE(again.requests, 0);
            QCOMPARE(again.cost, 0.0);
        }
        QCOMPARE(m_server->server().chatRequests(), 12);
    }

    void selfConsistencyVotesWithAndWithoutN()
    {
        const QStringList texts = {QStringLiteral("mixed bowl one"),
                                   QStringLiteral("mixed bowl two")};
        const QStringList rotation = {json({QStringLiteral("apple")}),
                                      json({QStringLiteral("banana"), QStringLiteral("apple")}),
                                      json({QStringLiteral("banana")}), QStringLiteral("no idea")};
        answer({{texts[0], rotation}, {texts[1], rotation}});
        for (const bool supportsN : {true, false}) {
            m_server->server().resetCounters();
            m_server->server().setSupportsN(supportsN);
            test::Scratch scratch;
            const QString path = scratch.path(QStringLiteral("p.candist"));
            test::createProject(path, test::fruitSchema(), texts);
            TeacherSettings sc = settings();
            sc.samples = 4;
            sc.temperature = 1.0;
            run(path, sc);
            ProjectStore store(path);
            const auto result = store.teacherResult(*store.rowForText(texts[0]));
            QCOMPARE(result->status, TeacherStatus::Ok);
            // apple: 2 votes (ranks 0, 1); banana: 2 votes (ranks 0, 0) -> banana first.
            QCOMPARE(result->candidates, (Labels{1, 0}));
            QCOMPARE(result->votes, (Labels{2, 2}));
            QCOMPARE(*result->confidence(), 0.5);
            QCOMPARE(m_server->server().requestsFor(texts[0]), supportsN ? 1 : 4);
            QVERIFY(result->rawResponse.contains(QStringLiteral("no idea")));
        }
        // SC-1 of a single-label strategy is the majority vote.
        m_server->server().resetCounters();
        m_server->server().setSupportsN(true);
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), texts);
        TeacherSettings sa = settings();
        sa.strategy = TeacherStrategy::Sa;
        sa.samples = 3;
        run(path, sa);
        ProjectStore store(path);
        const auto majority = store.teacherResult(*store.rowForText(texts[0]));
        QCOMPARE(majority->candidates, (Labels{1}));
        QCOMPARE(majority->votes, (Labels{2}));
        QCOMPARE(majority->strategy, QStringLiteral("sa"));
    }

    void singleAnswerStrategyKeepsTheFirstLabel()
    {
        const QString text = QStringLiteral("a single label please");
        answer({{text, {json({QStringLiteral("date"), QStringLiteral("apple")})}}});
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), {text});
        TeacherSettings sa = settings();
        sa.strategy = TeacherStrategy::Sa;
        run(path, sa);
        ProjectStore store(path);
        const auto result = store.teacherResult(*store.rowForText(text));
        QCOMPARE(result->candidates, (Labels{3}));
        QVERIFY(result->votes.isEmpty());
    }

    void selectPicksFromTheTeachersOwnCandidates()
    {
        const QStringList texts = {QStringLiteral("choose among two"),
                                   QStringLiteral("only one candidate"),
                                   QStringLiteral("picks outside the set")};
        answer({{texts[0],
                 {json({QStringLiteral("banana"), QStringLiteral("cherry")}),
                  json({QStringLiteral("cherry")})}},
                {texts[1], {json({QStringLiteral("apple")}), json({QStringLiteral("banana")})}},
                {texts[2],
                 {json({QStringLiteral("date"), QStringLiteral("apple")}),
                  json({QStringLiteral("banana")}), QStringLiteral("still banana")}}});
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), texts);
        run(path, settings());
        TeacherSettings select = settings();
        select.strategy = TeacherStrategy::Select;
        const TeacherRunSummary summary = run(path, select);
        QCOMPARE(summary.total, 3);
        ProjectStore store(path);
        const auto picked = store.teacherResult(*store.rowForText(texts[0]));
        QCOMPARE(picked->strategy, QStringLiteral("select"));
        QCOMPARE(picked->candidates, (Labels{2, 1})); // the pick first, the rest of the set kept
        const auto single = store.teacherResult(*store.rowForText(texts[1]));
        QCOMPARE(single->candidates, (Labels{0}));
        QCOMPARE(m_server->server().requestsFor(texts[1]), 1); // no question to ask
        const auto outside = store.teacherResult(*store.rowForText(texts[2]));
        QCOMPARE(outside->status, TeacherStatus::Ok);
        QCOMPARE(outside->candidates, (Labels{3, 0})); // an answer outside the set changes nothing
        QCOMPARE(summary.parseFailed, 1);
        // A second select run has nothing left to do.
        QCOMPARE(run(path, select).total, 0);
    }

    void fewShotDemonstrationsByTfidfAndByEmbeddings()
    {
        const QStringList texts = numberedTexts(6, QStringLiteral("demo needing"));
        answerAll(texts, json({QStringLiteral("cherry")}));
        for (const QString &embeddingModel : {QString(), QStringLiteral("hashed")}) {
            m_server->server().resetCounters();
            test::Scratch scratch;
            const QString path = scratch.path(QStringLiteral("p.candist"));
            test::createProject(path, test::fruitSchema(), texts);
            {
                ProjectStore store(path);
                FewShotPool::save(store, {{QStringLiteral("red and sour"), 2},
                                          {QStringLiteral("long and yellow"), 1},
                                          {QStringLiteral("sweet brown and sticky"), 3}});
            }
            TeacherSettings shots = settings();
            shots.shots = 2;
            shots.embeddingModel = embeddingModel;
            const TeacherRunSummary summary = run(path, shots);
            QCOMPARE(summary.annotated, 6);
            QCOMPARE(m_server->server().chatRequests(), 6);
            // Embeddings: one request for the pool and one batch for all six samples.
            QCOMPARE(summary.requests, embeddingModel.isEmpty() ? 6 : 8);
            // Re-running after losing the results costs nothing, embeddings included.
            {
                ProjectStore store(path);
                QSqlQuery query(store.database());
                QVERIFY(query.exec(QStringLiteral("DELETE FROM teacher_results")));
            }
            const TeacherRunSummary again = run(path, shots);
            QCOMPARE(again.annotated, 6);
            QCOMPARE(again.requests, 0);
        }
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), texts);
        TeacherSettings shots = settings();
        shots.shots = 2;
        try {
            run(path, shots);
            QFAIL("shots without a pool were accepted");
        } catch (const Error &error) {
            QVERIFY(error.message().contains(QStringLiteral("few-shot pool")));
        }
    }

    void theModelWritesTheFewShotPool()
    {
        answer(
            {{QStringLiteral("category \"apple\""),
              {QStringLiteral("```json\n[\"crisp and red\", \"green and sour\"]\n```")}},
             {QStringLiteral("category \"banana\""), {json({QStringLiteral("long and yellow")})}},
             {QStringLiteral("category \"cherry\""),
              {json({QStringLiteral("small and red"), QStringLiteral("crisp and red")})}},
             {QStringLiteral("category \"date\""), {QStringLiteral("I would rather not.")}}});
        // elderberry has no recorded answer: the server refuses it with HTTP 400.
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), {QStringLiteral("x")});
        ProjectStore store(path);
        TeacherRunSummary summary;
        const QVector<FewShotExample> pool = TeacherRun::generatePool(
            store, settings(), 2, {}, CancellationFlag(), options(), &summary);
        QCOMPARE(pool.size(), 4); // "crisp and red" only once
        QCOMPARE(summary.annotated, 3);
        QCOMPARE(summary.parseFailed, 1);
        QCOMPARE(summary.transportFailed, 1);
        QCOMPARE(store.teacherResultCount(), 0); // generating marks no sample
        QCOMPARE(m_server->server().chatRequests(), 5);
        QStringList texts;
        for (const FewShotExample &example : pool) {
            texts << example.text;
            if (example.text == QLatin1String("long and yellow"))
                QCOMPARE(example.label, 1);
        }
        QVERIFY(texts.contains(QStringLiteral("small and red")));
        QCOMPARE(texts.count(QStringLiteral("crisp and red")), 1);
        // Generated again: from the cache, at no cost.
        const QVector<FewShotExample> again = TeacherRun::generatePool(
            store, settings(), 2, {}, CancellationFlag(), options(), &summary);
        QCOMPARE(again.size(), 4);
        QCOMPARE(summary.requests, 1); // only the refused label is asked again
        QCOMPARE(m_server->server().chatRequests(), 6);
    }

    void limitAnnotatesTheFirstSamplesOnly()
    {
        const QStringList texts = numberedTexts(10, QStringLiteral("limited"));
        answerAll(texts, json({QStringLiteral("apple")}));
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), texts);
        TeacherSettings limited = settings();
        limited.limit = 4;
        QCOMPARE(run(path, limited).annotated, 4);
        ProjectStore store(path);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(store.teacherResult(*store.rowForText(texts[i])).has_value(), i < 4);
    }

    void theKeyNeverLeaves()
    {
        const QStringList texts = {QStringLiteral("leaky proxy error"),
                                   QStringLiteral("leaky model answer"),
                                   QStringLiteral("honest answer")};
        answer({{texts[0], {json({QStringLiteral("apple")})}},
                {texts[1], {json({QStringLiteral("banana")})}},
                {texts[2], {json({QStringLiteral("cherry")})}}});
        m_faults.set(texts[0], QVector<ServerFault>(4, {ServerFault::EchoKeyInError}));
        m_faults.set(texts[1], {{ServerFault::EchoKeyInAnswer}});
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), texts);
        TeacherRunSummary summary;
        QStringList stored;
        {
            ProjectStore store(path);
            summary = TeacherRun::run(store, settings(), {}, CancellationFlag(), options());
            QCOMPARE(summary.apiKeySource,
                     QStringLiteral("environment variable %1").arg(QLatin1String(kKeyVariable)));
            const auto echoed = store.teacherResult(*store.rowForText(texts[1]));
            // The key did travel (the server saw it) and was redacted before storing.
            QVERIFY2(echoed->rawResponse.contains(QStringLiteral("Bearer [redacted]")),
                     qPrintable(echoed->rawResponse));
            QCOMPARE(echoed->candidates, (Labels{1}));
            const auto failed = store.teacherResult(*store.rowForText(texts[0]));
            QCOMPARE(failed->status, TeacherStatus::TransportFailed);
            QVERIFY(failed->rawResponse.contains(QStringLiteral("[redacted]")));
            store.forEachTeacherResult(
                [&](const TeacherResult &result) { stored << result.rawResponse; });
            // While the project is open its newest pages live in the -wal file.
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                QFile file(path + suffix);
                if (file.open(QIODevice::ReadOnly))
                    QVERIFY2(!file.readAll().contains(kKey.toUtf8()), qPrintable(path + suffix));
            }
        }
        QFile project(path);
        QVERIFY(project.open(QIODevice::ReadOnly));
        QVERIFY(!project.readAll().contains(kKey.toUtf8()));
        QVERIFY(!summary.toText().contains(kKey));
        for (const QString &raw : stored)
            QVERIFY(!raw.contains(kKey));

        // A refused key stops the run with a message that names the variable, not the key.
        m_faults.set(texts[2], {{ServerFault::Unauthorized}});
        {
            ProjectStore store(path);
            QSqlQuery query(store.database());
            QVERIFY(query.exec(QStringLiteral("DELETE FROM teacher_results")));
            QVERIFY(query.exec(QStringLiteral("DELETE FROM response_cache")));
        }
        m_server->server().resetCounters();
        m_faults.set(texts[0], QVector<ServerFault>(4, {ServerFault::Unauthorized}));
        m_faults.set(texts[1], QVector<ServerFault>(4, {ServerFault::Unauthorized}));
        try {
            run(path, settings());
            QFAIL("a 401 did not stop the run");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("HTTP 401")),
                     qPrintable(error.message()));
            QVERIFY(error.message().contains(QLatin1String(kKeyVariable)));
            QVERIFY(!error.message().contains(kKey));
        }
    }
};

QTEST_GUILESS_MAIN(TestTeacherRun)
#include "test_teacher_run.moc"
