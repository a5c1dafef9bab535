// Answer parsing, self-consistency, retry/backoff, chat-completion envelopes, key redaction.
#include <QtTest>

#include "teacher/answer_parser.h"
#include "teacher/api_key.h"
#include "teacher/candidate_decision.h"
#include "teacher/chat_completion.h"
#include "teacher/retry_policy.h"
#include "teacher/self_consistency.h"
#include "teacher_fixture.h"

using namespace candist;

using Labels = QVector<int>;

class TestTeacherParsing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesJsonListsInEveryUsualWrapping_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<Labels>("expected");
        QTest::newRow("list") << QStringLiteral("[\"cherry\", \"apple\"]") << Labels{2, 0};
        QTest::newRow("case and alias") << QStringLiteral("[\"BANANA\", \"pome\"]") << Labels{1, 0};
        QTest::newRow("fence") << QStringLiteral("```json\n[\"date\"]\n```") << Labels{3};
        QTest::newRow("prose around")
            << QStringLiteral("Sure! [\"elderberry\",\"date\"] hope it helps") << Labels{4, 3};
        QTest::newRow("object") << QStringLiteral("{\"labels\": [\"apple\", \"cherry\"]}")
                                << Labels{0, 2};
        QTest::newRow("object single") << QStringLiteral("{\"label\": \"banana\"}") << Labels{1};
        QTest::newRow("duplicates and unknown")
            << QStringLiteral("[\"apple\", \"kiwi\", \"apple\", \"date\"]") << Labels{0, 3};
    }
    void parsesJsonListsInEveryUsualWrapping()
    {
        QFETCH(QString, answer);
        QFETCH(Labels, expected);
        QCOMPARE(AnswerParser(test::fruitSchema()).parse(answer), expected);
    }

    void fallsBackToNamesOnWordBoundariesInOrder_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<Labels>("expected");
        QTest::newRow("order kept")
            << QStringLiteral("Probably Date, or maybe an apple.") << Labels{3, 0};
        QTest::newRow("no substring hits") << QStringLiteral("pineapples and dates") << Labels{};
        QTest::newRow("alias") << QStringLiteral("It is a pome fruit") << Labels{0};
        QTest::newRow("longest alias wins") << QStringLiteral("a sour cherry pie") << Labels{2};
        QTest::newRow("elder vs elderberry") << QStringLiteral("elderberry jam") << Labels{4};
        QTest::newRow("broken json then words")
            << QStringLiteral("[\"banana\", cherry") << Labels{1, 2};
        QTest::newRow("nothing") << QStringLiteral("I cannot tell.") << Labels{};
        QTest::newRow("empty list") << QStringLiteral("[]") << Labels{};
    }
    void fallsBackToNamesOnWordBoundariesInOrder()
    {
        QFETCH(QString, answer);
        QFETCH(Labels, expected);
        QCOMPARE(AnswerParser(test::fruitSchema()).parse(answer), expected);
    }

    void selfConsistencyCountsVotes()
    {
        const QVector<Labels> answers = {{0, 2}, {2}, {2, 1}, {0}, {}};
        const CombinedAnswer all = combineAnswers(answers, 0, false);
        QCOMPARE(all.candidates, (Labels{2, 0, 1}));
        QCOMPARE(all.votes, (Labels{3, 2, 1}));
        const CombinedAnswer top2 = combineAnswers(answers, 2, false);
        QCOMPARE(top2.candidates, (Labels{2, 0}));
        QCOMPARE(top2.votes, (Labels{3, 2}));
        // SC-1 over first labels only: 0, 2, 2, 0 -> tie broken by mean rank then index.
        const CombinedAnswer majority = combineAnswers(answers, 1, true);
        QCOMPARE(majority.candidates, (Labels{0}));
        QCOMPARE(majority.votes, (Labels{2}));
        // Ties in votes go to the label ranked higher on average.
        const CombinedAnswer tie = combineAnswers({{3, 1}, {1, 3}, {1}}, 0, false);
        QCOMPARE(tie.candidates, (Labels{1, 3}));
        QVERIFY(combineAnswers({{}, {}}, 0, false).candidates.isEmpty());
    }

    void decidesCandidatesPerStrategy()
    {
        // One answer: kept in order; single-label strategies keep its first label.
        CandidateDecision d = decideCandidates(TeacherStrategy::CaAll, 0, {{2, 0}}, false);
        QCOMPARE(d.candidates, (Labels{2, 0}));
        QVERIFY(d.votes.isEmpty());
        QCOMPARE(d.status, TeacherStatus::Ok);
        QCOMPARE(decideCandidates(TeacherStrategy::Sa, 0, {{2, 0}}, false).candidates, (Labels{2}));
        // K answers: votes, SC-k.
        d = decideCandidates(TeacherStrategy::CaAdd, 1, {{1}, {1, 3}, {3}}, false);
        QCOMPARE(d.candidates, (Labels{1}));
        QCOMPARE(d.votes, (Labels{2}));
        // After a re-ask only the re-asked answer counts.
        d = decideCandidates(TeacherStrategy::CaAll, 0, {{}, {4}}, true);
        QCOMPARE(d.candidates, (Labels{4}));
        QVERIFY(d.votes.isEmpty());
        // Nothing readable: parse failure without candidates.
        d = decideCandidates(TeacherStrategy::CaAll, 0, {{}, {}}, true);
        QCOMPARE(d.status, TeacherStatus::ParseFailed);
        QVERIFY(d.candidates.isEmpty());
        QVERIFY(!d.readable);
        // Select: the pick leads, the set and its votes follow; no pick keeps the set.
        d = decideCandidates(TeacherStrategy::Select, 0, {{3}}, false, {1, 3, 4}, {5, 3, 1});
        QCOMPARE(d.candidates, (Labels{3, 1, 4}));
        QCOMPARE(d.votes, (Labels{3, 5, 1}));
        d = decideCandidates(TeacherStrategy::Select, 0, {{}}, true, {1, 3}, {});
        QCOMPARE(d.status, TeacherStatus::Ok);
        QCOMPARE(d.candidates, (Labels{1, 3}));
        QVERIFY(!d.readable);
    }

    void classifiesHttpStatuses()
    {
        QCOMPARE(classifyHttpStatus(200), HttpOutcome::Success);
        QCOMPARE(classifyHttpStatus(429), HttpOutcome::Retry);
        QCOMPARE(classifyHttpStatus(503), HttpOutcome::Retry);
        QCOMPARE(classifyHttpStatus(408), HttpOutcome::Retry);
        QCOMPARE(classifyHttpStatus(401), HttpOutcome::StopRun);
        QCOMPARE(classifyHttpStatus(404), HttpOutcome::StopRun);
        QCOMPARE(classifyHttpStatus(400), HttpOutcome::GiveUp);
        QCOMPARE(classifyHttpStatus(422), HttpOutcome::GiveUp);
    }

    void backoffGrowsWithJitterAndHonoursRetryAfter()
    {
        RetryPolicy policy;
        policy.baseDelaySeconds = 1;
        policy.maxDelaySeconds = 8;
        QCOMPARE(policy.delaySeconds(1, std::nullopt, 0.0), 0.5);
        QCOMPARE(policy.delaySeconds(1, std::nullopt, 1.0), 1.0);
        QCOMPARE(policy.delaySeconds(3, std::nullopt, 1.0), 4.0);
        QCOMPARE(policy.delaySeconds(10, std::nullopt, 1.0), 8.0); // capped
        const double jittered = policy.delaySeconds(2, std::nullopt, 0.37);
        QVERIFY(jittered > 1.0 && jittered < 2.0);
        QCOMPARE(policy.delaySeconds(1, 20.0, 0.5), 20.0); // Retry-After is a lower bound
        QCOMPARE(policy.delaySeconds(4, 0.1, 1.0), 8.0);   // ...not an upper one
        QCOMPARE(policy.delaySeconds(1, 1e6, 0.0), 300.0); // absurd values are capped
        policy.scale = 0.001;
        QCOMPARE(policy.delaySeconds(1, 20.0, 0.5), 0.02);
    }

    void parsesRetryAfterSecondsAndDates()
    {
        const QDateTime now = QDateTime(QDate(2025, 6, 3), QTime(12, 0, 0), Qt::UTC);
        QCOMPARE(parseRetryAfter("7", now), std::optional<double>(7.0));
        QCOMPARE(parseRetryAfter(" 0.5 ", now), std::optional<double>(0.5));
        QCOMPARE(parseRetryAfter("Tue, 03 Jun 2025 12:00:30 GMT", now),
                 std::optional<double>(30.0));
        QCOMPARE(parseRetryAfter("Tue, 03 Jun 2025 11:00:00 GMT", now), std::optional<double>(0.0));
        QCOMPARE(parseRetryAfter("", now), std::nullopt);
        QCOMPARE(parseRetryAfter("soon", now), std::nullopt);
        QCOMPARE(parseRetryAfter("-3", now), std::nullopt);
    }

    void readsChatCompletionEnvelopes()
    {
        QString error;
        const auto completion = parseChatCompletion(
            R"({"choices":[{"index":1,"message":{"content":"b"}},{"index":0,"message":{"content":"a"}}],
                "usage":{"prompt_tokens":12,"completion_tokens":3}})",
            &error);
        QVERIFY(completion);
        QCOMPARE(completion->contents, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(completion->promptTokens, 12);
        QCOMPARE(completion->completionTokens, 3);
        QVERIFY(completion->hasUsage);
        QVERIFY(!parseChatCompletion("{\"choices\": [ this is not json", &error));
        QVERIFY(!parseChatCompletion("{\"choices\": []}", &error));
        QVERIFY(error.contains(QStringLiteral("choices")));
        QVERIFY(!parseChatCompletion("{\"choices\": [{\"text\": \"legacy\"}]}", &error));
        const auto noUsage =
            parseChatCompletion(R"({"choices":[{"message":{"content":"x"}}]})", &error);
        QVERIFY(noUsage && !noUsage->hasUsage);
        QCOMPARE(errorBodySummary(R"({"error":{"message":"Rate limit"}})"),
                 QStringLiteral("Rate limit"));
        QCOMPARE(errorBodySummary("plain\ntext"), QStringLiteral("plain text"));
        const auto embeddings = parseEmbeddings(
            R"({"data":[{"index":1,"embedding":[0,1]},{"index":0,"embedding":[1,0.5]}]})", &error);
        QVERIFY(embeddings);
        QCOMPARE((*embeddings)[0], (std::vector<float>{1, 0.5f}));
    }

    void redactsTheKeyEverywhere()
    {
        const QString key = QStringLiteral("sk-test-abcdef123456");
        QCOMPARE(redactSecret(
                     QStringLiteral("Bearer sk-test-abcdef123456 and sk-test-abcdef123456"), key),
                 QStringLiteral("Bearer [redacted] and [redacted]"));
        QCOMPARE(redactSecret(QByteArray("x sk-test-abcdef123456"), key),
                 QByteArray("x [redacted]"));
        QCOMPARE(redactSecret(QStringLiteral("a b c"), QStringLiteral("a")),
                 QStringLiteral("a b c"));
        QCOMPARE(keychainEntryName(QStringLiteral("https://api.openai.com/v1")),
                 QStringLiteral("api-key@api.openai.com"));
        QCOMPARE(keychainEntryName(QStringLiteral("http://127.0.0.1:8089/v1")),
                 QStringLiteral("api-key@127.0.0.1:8089"));
    }

    void keyComesFromTheNamedEnvironmentVariable()
    {
        qputenv("CANDIST_TEST_PARSING_KEY", "  sk-from-env-0001  ");
        const ApiKeyLookup found = resolveApiKey(QStringLiteral("CANDIST_TEST_PARSING_KEY"),
                                                 QStringLiteral("http://x/v1"), true);
        QCOMPARE(found.key, QStringLiteral("sk-from-env-0001"));
        QVERIFY(found.source.contains(QStringLiteral("CANDIST_TEST_PARSING_KEY")));
        qunsetenv("CANDIST_TEST_PARSING_KEY");
        const ApiKeyLookup missing = resolveApiKey(QStringLiteral("CANDIST_TEST_PARSING_KEY"),
                                                   QStringLiteral("http://x/v1"), false);
        QVERIFY(missing.key.isEmpty());
        QVERIFY(missing.note.contains(QStringLiteral("$CANDIST_TEST_PARSING_KEY is not set")));
        // Without a D-Bus session (CI, containers) the keychain is skipped with a clear note
        // instead of hanging on a bus that is not there.
        const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        const ApiKeyLookup noBus = resolveApiKey(QStringLiteral("CANDIST_TEST_PARSING_KEY"),
                                                 QStringLiteral("http://x/v1"), true);
        if (!bus.isEmpty())
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
        QVERIFY(noBus.key.isEmpty());
        QVERIFY2(noBus.note.contains(QStringLiteral("no D-Bus session")), qPrintable(noBus.note));
        QVERIFY(noBus.note.contains(QStringLiteral("without an API key")));
    }
};

QTEST_GUILESS_MAIN(TestTeacherParsing)
#include "test_teacher_parsing.moc"
