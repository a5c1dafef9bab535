// The OpenAI Batch API path: a request file written from a project holds exactly what the live
// client sends; a recorded results file (written here in OpenAI's output format) is read back
// into teacher results and the response cache; bad files leave the project unchanged; and the
// CLI commands end to end.
#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "model/error.h"
#include "replay_server/chat_completion_server.h"
#include "store/project_store.h"
#include "teacher/batch_request_file.h"
#include "teacher/batch_results_importer.h"
#include "teacher/few_shot_pool.h"
#include "teacher/teacher_run.h"
#include "teacher_fixture.h"
#include "test_files.h"

using namespace candist;

using Labels = QVector<int>;

namespace {

const QStringList kTexts = {QStringLiteral("a crisp red pome from the orchard"),
                            QStringLiteral("long yellow and curved"),
                            QStringLiteral("small, red and sour on a stem"),
                            QStringLiteral("sticky sweet palm fruit"),
                            QStringLiteral("dark berries for syrup"),
                            QStringLiteral("green apple or maybe a pear")};

QString json(const QStringList &labels)
{
    return QStringLiteral("[\"") + labels.join(QStringLiteral("\", \"")) + QStringLiteral("\"]");
}

QVector<QJsonObject> readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QVector<QJsonObject> lines;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (!line.isEmpty())
            lines << QJsonDocument::fromJson(line).object();
    }
    return lines;
}

// One line of a Batch API output file, as OpenAI writes it.
QByteArray answerLine(const QString &customId, const QStringList &contents, int promptTokens,
                      int completionTokens)
{
    static int counter = 0;
    ++counter;
    QJsonArray choices;
    for (qsizetype i = 0; i < contents.size(); ++i) {
        choices.append(QJsonObject{
            {QStringLiteral("index"), int(i)},
            {QStringLiteral("message"), QJsonObject{{QStringLiteral("role"), "assistant"},
                                                    {QStringLiteral("content"), contents[i]},
                                                    {QStringLiteral("refusal"), QJsonValue()}}},
            {QStringLiteral("logprobs"), QJsonValue()},
            {QStringLiteral("finish_reason"), QStringLiteral("stop")}});
    }
    const QJsonObject body{
        {QStringLiteral("id"), QStringLiteral("chatcmpl-B%1").arg(counter)},
        {QStringLiteral("object"), QStringLiteral("chat.completion")},
        {QStringLiteral("created"), 1732180000},
        {QStringLiteral("model"), QStringLiteral("gpt-4o-mini-2024-07-18")},
        {QStringLiteral("choices"), choices},
        {QStringLiteral("usage"),
         QJsonObject{{QStringLiteral("prompt_tokens"), promptTokens},
                     {QStringLiteral("completion_tokens"), completionTokens},
                     {QStringLiteral("total_tokens"), promptTokens + completionTokens}}},
        {QStringLiteral("system_fingerprint"), QStringLiteral("fp_0ba0d124f1")}};
    const QJsonObject line{
        {QStringLiteral("id"), QStringLiteral("batch_req_%1").arg(counter)},
        {QStringLiteral("custom_id"), customId},
        {QStringLiteral("response"),
         QJsonObject{{QStringLiteral("status_code"), 200},
                     {QStringLiteral("request_id"), QStringLiteral("req_%1").arg(counter)},
                     {QStringLiteral("body"), body}}},
        {QStringLiteral("error"), QJsonValue()}};
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray errorLine(const QString &customId)
{
    const QJsonObject line{
        {QStringLiteral("id"), QStringLiteral("batch_req_err")},
        {QStringLiteral("custom_id"), customId},
        {QStringLiteral("response"), QJsonValue()},
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), QStringLiteral("batch_expired")},
                     {QStringLiteral("message"),
                      QStringLiteral("This request could not be executed before the completion "
                                     "window expired.")}}}};
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

QVector<QJsonObject> sorted(QVector<QJsonObject> bodies)
{
    std::sort(bodies.begin(), bodies.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return QJsonDocument(a).toJson(QJsonDocument::Compact) <
               QJsonDocument(b).toJson(QJsonDocument::Compact);
    });
    return bodies;
}

const QVector<FewShotExample> kPool = {{QStringLiteral("a shiny red apple"), 0},
                                       {QStringLiteral("a ripe yellow banana"), 1},
                                       {QStringLiteral("a bowl of sour cherries"), 2},
                                       {QStringLiteral("dried dates from the market"), 3}};

} // namespace

class TestBatchApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<ChatCompletionServerThread> m_server;

    TeacherSettings settings(int samples, bool useN) const
    {
        TeacherSettings settings;
        settings.endpoint = m_server->baseUrl();
        settings.model = QStringLiteral("gpt-4o-mini");
        settings.strategy = TeacherStrategy::CaAll;
        settings.shots = 2;
        settings.samples = samples;
        settings.useN = useN;
        settings.jsonResponseFormat = true;
        settings.apiKeyEnv = QStringLiteral("CANDIST_TEST_BATCH_NO_KEY");
        settings.inputPricePerMillion = 0.075;
        settings.outputPricePerMillion = 0.3;
        return settings;
    }

    static TeacherRunOptions options() { return test::fastRunOptions(); }

    // A project with the samples, the few-shot pool and the teacher settings stored.
    static void createProject(const QString &path, const TeacherSettings &settings)
    {
        test::createProject(path, test::fruitSchema(), kTexts);
        ProjectStore store(path);
        FewShotPool::save(store, kPool);
        settings.save(store);
    }

    // ...and its request file: {project path, request file path}.
    static std::pair<QString, QString> createProjectWithRequestFile(const test::Scratch &scratch,
                                                                    const TeacherSettings &settings)
    {
        const QString path = scratch.path(QStringLiteral("p.candist"));
        const QString requests = scratch.path(QStringLiteral("requests.jsonl"));
        createProject(path, settings);
        ProjectStore store(path);
        BatchRequestFile::write(store, settings, requests, options());
        return {path, requests};
    }

    void answerEverything(const QString &reply)
    {
        QHash<QString, QStringList> answers;
        for (const QString &text : kTexts)
            answers.insert(text, {reply});
        m_server->server().setAnswers(answers);
    }

    static TeacherRunSummary liveRun(const QString &path, const TeacherSettings &settings)
    {
        ProjectStore store(path);
        return TeacherRun::run(store, settings, {}, CancellationFlag(), options());
    }

private Q_SLOTS:
    void initTestCase()
    {
        qunsetenv("CANDIST_TEST_BATCH_NO_KEY");
        m_server = std::make_unique<ChatCompletionServerThread>();
    }

    void init() { m_server->server().resetCounters(); }

    void cleanupTestCase() { m_server.reset(); }

    void customIdsSurviveHashesInSampleIds()
    {
        const BatchCustomId id{QStringLiteral("doc#7"), 2, QStringLiteral("0123456789abcdef")};
        const auto parsed = BatchCustomId::parse(id.toString());
        QVERIFY(parsed);
        QCOMPARE(parsed->sampleId, QStringLiteral("doc#7"));
        QCOMPARE(parsed->slot, 2);
        QCOMPARE(parsed->guard, id.guard);
        QVERIFY(!BatchCustomId::parse(QStringLiteral("s1")));
        QVERIFY(!BatchCustomId::parse(QStringLiteral("s1#x#0123456789abcdef")));
        QVERIFY(!BatchCustomId::parse(QStringLiteral("s1#0#0123")));
    }

    void unusualSampleIdsRoundTrip()
    {
        test::Scratch scratch;
        const TeacherSettings batch = settings(1, true);
        const QString path = scratch.path(QStringLiteral("p.candist"));
        const QStringList ids = {QStringLiteral("q\"uote#1"), QStringLiteral("日本 #2\\n")};
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            store.setLabelSchema(test::fruitSchema());
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter inserter(store);
            inserter.insert(ids[0], kTexts[0], {}, std::nullopt);
            inserter.insert(ids[1], kTexts[1], {}, std::nullopt);
            transaction.commit();
            FewShotPool::save(store, kPool);
            batch.save(store);
            BatchRequestFile::write(store, batch, scratch.path(QStringLiteral("r.jsonl")),
                                    options());
        }
        QByteArray recorded;
        QStringList seen;
        for (const QJsonObject &line : readLines(scratch.path(QStringLiteral("r.jsonl")))) {
            const QString customId = line.value(QStringLiteral("custom_id")).toString();
            seen << BatchCustomId::parse(customId)->sampleId;
            recorded += answerLine(customId, {json({QStringLiteral("date")})}, 5, 1);
        }
        QCOMPARE(seen, ids);
        ProjectStore store(path);
        const BatchResultsReport report = BatchResultsImporter::run(
            store, scratch.write(QStringLiteral("results.jsonl"), recorded));
        QCOMPARE(report.annotated, 2);
        QCOMPARE(store.teacherResult(*store.rowForId(ids[1]))->candidates, Labels({3}));
    }

    void requestFileHoldsWhatTheLiveClientSends_data()
    {
        QTest::addColumn<int>("samples");
        QTest::addColumn<bool>("useN");
        QTest::addColumn<int>("linesPerSample");
        QTest::newRow("one answer") << 1 << true << 1;
        QTest::newRow("n = 3") << 3 << true << 1;
        QTest::newRow("3 slots without n") << 3 << false << 3;
    }

    void requestFileHoldsWhatTheLiveClientSends()
    {
        QFETCH(int, samples);
        QFETCH(bool, useN);
        QFETCH(int, linesPerSample);
        test::Scratch scratch;
        const TeacherSettings live = settings(samples, useN);
        const QString batchProject = scratch.path(QStringLiteral("batch.candist"));
        const QString liveProject = scratch.path(QStringLiteral("live.candist"));
        createProject(batchProject, live);
        createProject(liveProject, live);

        const QString file = scratch.path(QStringLiteral("requests.jsonl"));
        BatchRequestFileSummary summary;
        {
            ProjectStore store(batchProject);
            summary = BatchRequestFile::write(store, live, file, options());
            QCOMPARE(store.teacherResultCount(), 0); // writing the file annotates nothing
        }
        QCOMPARE(summary.samples, kTexts.size());
        QCOMPARE(summary.requests, kTexts.size() * linesPerSample);
        QCOMPARE(summary.cachedRequests, 0);
        QCOMPARE(summary.estimate.requests, summary.requests);
        QVERIFY(summary.estimate.promptTokens > 0);
        QVERIFY(summary.estimate.cost > 0);

        const QVector<QJsonObject> lines = readLines(file);
        QCOMPARE(lines.size(), summary.requests);
        QSet<QString> customIds;
        QVector<QJsonObject> bodies;
        for (const QJsonObject &line : lines) {
            QCOMPARE(line.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
            QCOMPARE(line.value(QStringLiteral("url")).toString(),
                     QStringLiteral("/v1/chat/completions"));
            const QString customId = line.value(QStringLiteral("custom_id")).toString();
            const auto id = BatchCustomId::parse(customId);
            QVERIFY2(id, qPrintable(customId));
            QVERIFY(id->sampleId.startsWith(QLatin1Char('s')));
            QVERIFY(id->slot < linesPerSample);
            customIds.insert(customId);
            const QJsonObject body = line.value(QStringLiteral("body")).toObject();
            QCOMPARE(body.value(QStringLiteral("n")).toInt(1), useN ? samples : 1);
            const QJsonObject jsonFormat{{QStringLiteral("type"), QStringLiteral("json_object")}};
            QCOMPARE(body.value(QStringLiteral("response_format")).toObject(), jsonFormat);
            // Two demonstrations: system, 2 x (user, assistant), user.
            QCOMPARE(body.value(QStringLiteral("messages")).toArray().size(), 6);
            bodies << body;
        }
        QCOMPARE(customIds.size(), lines.size()); // unambiguous

        answerEverything(QStringLiteral("{\"labels\": [\"apple\"]}"));
        const TeacherRunSummary run = liveRun(liveProject, live);
        QCOMPARE(run.annotated, kTexts.size());
        const QVector<QJsonObject> received = m_server->server().chatRequestBodies();
        QCOMPARE(received.size(), lines.size());
        QCOMPARE(sorted(bodies), sorted(received));
    }

    void recordedResultsBecomeTeacherResults()
    {
        test::Scratch scratch;
        const TeacherSettings batch = settings(3, true);
        const auto [path, requests] = createProjectWithRequestFile(scratch, batch);
        QHash<QString, QString> idOf; // sample id -> custom_id
        for (const QJsonObject &line : readLines(requests)) {
            const QString customId = line.value(QStringLiteral("custom_id")).toString();
            idOf.insert(BatchCustomId::parse(customId)->sampleId, customId);
        }
        QCOMPARE(idOf.size(), kTexts.size());

        // s1: self-consistency over 3 choices; s2: no valid label; s3: an error line;
        // s4: a 500 from the API; s5: not in the file (partial); s6: one clear answer.
        QByteArray recorded;
        recorded += answerLine(idOf[QStringLiteral("s1")],
                               {json({QStringLiteral("apple")}),
                                json({QStringLiteral("apple"), QStringLiteral("banana")}),
                                QStringLiteral("{\"labels\": [\"apple\"]}")},
                               210, 24);
        recorded += answerLine(idOf[QStringLiteral("s2")],
                               {QStringLiteral("I cannot tell."), QStringLiteral("No idea."),
                                QStringLiteral("Unclear.")},
                               205, 15);
        recorded += errorLine(idOf[QStringLiteral("s3")]);
        {
            const QJsonObject failed{
                {QStringLiteral("id"), QStringLiteral("batch_req_500")},
                {QStringLiteral("custom_id"), idOf[QStringLiteral("s4")]},
                {QStringLiteral("response"),
                 QJsonObject{{QStringLiteral("status_code"), 500},
                             {QStringLiteral("request_id"), QStringLiteral("req_500")},
                             {QStringLiteral("body"),
                              QJsonObject{{QStringLiteral("error"),
                                           QJsonObject{{QStringLiteral("message"),
                                                        QStringLiteral("The server had an error")},
                                                       {QStringLiteral("type"),
                                                        QStringLiteral("server_error")}}}}}}},
                {QStringLiteral("error"), QJsonValue()}};
            recorded += QJsonDocument(failed).toJson(QJsonDocument::Compact) + '\n';
        }
        recorded += answerLine(idOf[QStringLiteral("s6")],
                               {json({QStringLiteral("apple")}), json({QStringLiteral("apple")}),
                                json({QStringLiteral("apple"), QStringLiteral("banana")})},
                               220, 21);
        const QString results = scratch.write(QStringLiteral("results.jsonl"), recorded);

        BatchResultsReport report;
        {
            ProjectStore store(path);
            report = BatchResultsImporter::run(store, results);
        }
        QCOMPARE(report.lines, 5);
        QCOMPARE(report.annotated, 2);
        QCOMPARE(report.parseFailed, 1);
        QCOMPARE(report.transportFailed, 2);
        QCOMPARE(report.incomplete, 0);
        QCOMPARE(report.cachedAnswers, 3);
        QCOMPARE(report.promptTokens, 210 + 205 + 220);
        QCOMPARE(report.completionTokens, 24 + 15 + 21);
        QVERIFY(qAbs(report.cost - batch.costOf(635, 60)) < 1e-12);

        {
            ProjectStore store(path);
            const auto s1 = store.teacherResult(*store.rowForId(QStringLiteral("s1")));
            QVERIFY(s1);
            QCOMPARE(s1->status, TeacherStatus::Ok);
            QCOMPARE(s1->strategy, QStringLiteral("ca_all"));
            QCOMPARE(s1->candidates, Labels({0, 1}));
            QCOMPARE(s1->votes, Labels({3, 1}));
            QCOMPARE(s1->promptTokens, 210);
            QCOMPARE(s1->completionTokens, 24);
            QVERIFY(s1->rawResponse.contains(QStringLiteral("banana")));
            const auto s2 = store.teacherResult(*store.rowForId(QStringLiteral("s2")));
            QCOMPARE(s2->status, TeacherStatus::ParseFailed);
            QVERIFY(s2->candidates.isEmpty());
            QVERIFY(s2->rawResponse.contains(QStringLiteral("No idea.")));
            const auto s3 = store.teacherResult(*store.rowForId(QStringLiteral("s3")));
            QCOMPARE(s3->status, TeacherStatus::TransportFailed);
            QVERIFY2(s3->rawResponse.contains(QStringLiteral("batch_expired")),
                     qPrintable(s3->rawResponse));
            const auto s4 = store.teacherResult(*store.rowForId(QStringLiteral("s4")));
            QCOMPARE(s4->status, TeacherStatus::TransportFailed);
            QVERIFY2(s4->rawResponse.contains(QStringLiteral("500")) &&
                         s4->rawResponse.contains(QStringLiteral("The server had an error")),
                     qPrintable(s4->rawResponse));
            QVERIFY(!store.teacherResult(*store.rowForId(QStringLiteral("s5"))));
            const auto s6 = store.teacherResult(*store.rowForId(QStringLiteral("s6")));
            QCOMPARE(s6->candidates, Labels({0, 1}));
            QCOMPARE(s6->votes, Labels({3, 1}));
            QCOMPARE(store.samplesAwaitingTeacherCount(), 3); // s3, s4 (failed) and s5

            // Make s1 and s6 pending again: the live run must take their answers from the
            // cache the import filled, under the keys the live client uses.
            TeacherResult pending1;
            pending1.row = s1->row;
            TeacherResult pending6;
            pending6.row = s6->row;
            store.saveTeacherResults({pending1, pending6});
        }
        answerEverything(json({QStringLiteral("date")}));
        const TeacherRunSummary live = liveRun(path, batch);
        QCOMPARE(live.total, 5);
        QCOMPARE(live.cacheHits, 2);
        ChatCompletionServer &server = m_server->server();
        QCOMPARE(server.requestsFor(kTexts[0]), 0);
        QCOMPARE(server.requestsFor(kTexts[5]), 0);
        QCOMPARE(server.requestsFor(kTexts[1]), 0); // parse-failed is not re-asked
        QCOMPARE(server.requestsFor(kTexts[2]), 1);
        QCOMPARE(server.requestsFor(kTexts[3]), 1);
        QCOMPARE(server.requestsFor(kTexts[4]), 1);
        ProjectStore store(path);
        const auto s1 = store.teacherResult(*store.rowForId(QStringLiteral("s1")));
        QCOMPARE(s1->candidates, Labels({0, 1}));
        QCOMPARE(s1->votes, Labels({3, 1}));
        QCOMPARE(store.teacherResult(*store.rowForId(QStringLiteral("s5")))->candidates,
                 Labels({3}));
        QCOMPARE(store.samplesAwaitingTeacherCount(), 0);
    }

    void partialSlotsStayPendingAndOnlyTheMissingOneIsPaidLive()
    {
        test::Scratch scratch;
        const TeacherSettings batch = settings(2, false);
        const auto [path, requests] = createProjectWithRequestFile(scratch, batch);
        QByteArray recorded;
        for (const QJsonObject &line : readLines(requests)) {
            const QString customId = line.value(QStringLiteral("custom_id")).toString();
            const auto id = BatchCustomId::parse(customId);
            if (id->sampleId == QLatin1String("s2") && id->slot == 1)
                continue; // the batch was cancelled before this one
            recorded += answerLine(customId, {json({QStringLiteral("cherry")})}, 100, 5);
        }
        const QString results = scratch.write(QStringLiteral("results.jsonl"), recorded);
        {
            ProjectStore store(path);
            const BatchResultsReport report = BatchResultsImporter::run(store, results);
            QCOMPARE(report.annotated, kTexts.size() - 1);
            QCOMPARE(report.incomplete, 1);
            QCOMPARE(report.cachedAnswers, 2 * kTexts.size() - 1);
            QVERIFY(!store.teacherResult(*store.rowForId(QStringLiteral("s2"))));
            const auto s1 = store.teacherResult(*store.rowForId(QStringLiteral("s1")));
            QCOMPARE(s1->candidates, Labels({2}));
            QCOMPARE(s1->votes, Labels({2}));
            QCOMPARE(s1->promptTokens, 200);
        }
        answerEverything(json({QStringLiteral("banana")}));
        const TeacherRunSummary live = liveRun(path, batch);
        QCOMPARE(live.total, 1);
        QCOMPARE(live.cacheHits, 1);
        QCOMPARE(m_server->server().chatRequests(), 1);
        ProjectStore store(path);
        const auto s2 = store.teacherResult(*store.rowForId(QStringLiteral("s2")));
        QCOMPARE(s2->status, TeacherStatus::Ok);
        QCOMPARE(s2->votes, Labels({1, 1}));
    }

    void badFilesNameTheLineAndChangeNothing_data()
    {
        QTest::addColumn<QString>("secondLine");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QStringLiteral("{\"custom_id\": ") << QStringLiteral(":2:");
        QTest::newRow("no custom_id") << QStringLiteral("{\"response\": null}")
                                      << QStringLiteral(":2: expected a \"custom_id\"");
        QTest::newRow("foreign custom_id")
            << QStringLiteral("{\"custom_id\": \"request-1\", \"response\": null, \"error\": {}}")
            << QStringLiteral(":2: custom_id \"request-1\" was not written by teach --batch-file");
        QTest::newRow("unknown sample")
            << QStringLiteral("UNKNOWN") << QStringLiteral(":2: custom_id \"s99#0#");
        QTest::newRow("duplicate")
            << QStringLiteral("DUPLICATE") << QStringLiteral(":2: custom_id \"s1#0#");
        QTest::newRow("other prompt")
            << QStringLiteral("OTHER PROMPT") << QStringLiteral(":2: custom_id \"s2#0#");
        QTest::newRow("slot out of range")
            << QStringLiteral("SLOT")
            << QStringLiteral(":2: sample \"s2\" has no request with slot 4");
        QTest::newRow("neither response nor error")
            << QStringLiteral("BARE") << QStringLiteral(":2: expected a \"response\" object");
        QTest::newRow("no status code")
            << QStringLiteral("NO STATUS")
            << QStringLiteral(":2: expected \"response\".\"status_code\"");
        QTest::newRow("body not a completion")
            << QStringLiteral("NO CHOICES")
            << QStringLiteral(":2: the response body is not a chat completion");
    }

    void badFilesNameTheLineAndChangeNothing()
    {
        QFETCH(QString, secondLine);
        QFETCH(QString, expected);
        test::Scratch scratch;
        const TeacherSettings batch = settings(1, true);
        const auto [path, requests] = createProjectWithRequestFile(scratch, batch);
        const QVector<QJsonObject> lines = readLines(requests);
        const QString first = lines[0].value(QStringLiteral("custom_id")).toString();
        const QString second = lines[1].value(QStringLiteral("custom_id")).toString();
        const QString guard = BatchCustomId::parse(second)->guard;
        QByteArray content = answerLine(first, {json({QStringLiteral("apple")})}, 10, 2);
        const QString apple = json({QStringLiteral("apple")});
        if (secondLine == QLatin1String("UNKNOWN")) {
            content += answerLine(QStringLiteral("s99#0#") + guard, {apple}, 10, 2);
        } else if (secondLine == QLatin1String("DUPLICATE")) {
            content += answerLine(first, {apple}, 10, 2);
        } else if (secondLine == QLatin1String("OTHER PROMPT")) {
            content += answerLine(QStringLiteral("s2#0#") +
                                      BatchCustomId::parse(first)->guard, // s1's prompt
                                  {apple}, 10, 2);
        } else if (secondLine == QLatin1String("SLOT")) {
            content += answerLine(QStringLiteral("s2#4#") + guard, {apple}, 10, 2);
        } else if (secondLine == QLatin1String("BARE")) {
            content +=
                QStringLiteral("{\"custom_id\": \"%1\", \"response\": null, \"error\": null}\n")
                    .arg(second)
                    .toUtf8();
        } else if (secondLine == QLatin1String("NO STATUS")) {
            content += QStringLiteral("{\"custom_id\": \"%1\", \"response\": {\"body\": {}}}\n")
                           .arg(second)
                           .toUtf8();
        } else if (secondLine == QLatin1String("NO CHOICES")) {
            content +=
                QStringLiteral("{\"custom_id\": \"%1\", \"response\": {\"status_code\": 200, "
                               "\"body\": {\"object\": \"chat.completion\"}}, \"error\": "
                               "null}\n")
                    .arg(second)
                    .toUtf8();
        } else {
            content += secondLine.toUtf8() + '\n';
        }
        const QString results = scratch.write(QStringLiteral("results.jsonl"), content);
        ProjectStore store(path);
        try {
            BatchResultsImporter::run(store, results);
            QFAIL("the bad file was accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(results + expected), qPrintable(error.message()));
        }
        QCOMPARE(store.teacherResultCount(), 0);
        // Nothing was cached either: a live run pays for the first sample.
        answerEverything(apple);
        const TeacherRunSummary live =
            TeacherRun::run(store, batch, {}, CancellationFlag(), options());
        QCOMPARE(live.cacheHits, 0);
    }

    void changedSettingsOrAnotherProjectAreRefused()
    {
        test::Scratch scratch;
        const TeacherSettings batch = settings(1, true);
        const auto [path, requests] = createProjectWithRequestFile(scratch, batch);
        QByteArray recorded;
        for (const QJsonObject &line : readLines(requests))
            recorded += answerLine(line.value(QStringLiteral("custom_id")).toString(),
                                   {json({QStringLiteral("apple")})}, 10, 2);
        const QString results = scratch.write(QStringLiteral("results.jsonl"), recorded);

        // The temperature changed after the file was written: its answers are for other prompts.
        {
            ProjectStore store(path);
            TeacherSettings changed = batch;
            changed.temperature = 0.9;
            changed.save(store);
            QVERIFY_THROWS_EXCEPTION(Error, BatchResultsImporter::run(store, results));
            try {
                BatchResultsImporter::run(store, results);
            } catch (const Error &error) {
                QVERIFY2(error.message().contains(results + QStringLiteral(":1:")) &&
                             error.message().contains(QStringLiteral("another prompt")),
                         qPrintable(error.message()));
            }
            QCOMPARE(store.teacherResultCount(), 0);
        }
        // A project without teacher settings.
        const QString other = scratch.path(QStringLiteral("other.candist"));
        test::createProject(other, test::fruitSchema(), kTexts);
        {
            ProjectStore store(other);
            try {
                BatchResultsImporter::run(store, results);
                QFAIL("accepted without settings");
            } catch (const Error &error) {
                QVERIFY2(error.message().contains(QStringLiteral("no teacher settings")),
                         qPrintable(error.message()));
            }
        }
        // The same data re-imported into a new project (new rows, same ids): accepted.
        const QString reimported = scratch.path(QStringLiteral("reimported.candist"));
        {
            ProjectStore store(reimported, ProjectStore::OpenMode::CreateIfMissing);
            store.setLabelSchema(test::fruitSchema());
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter inserter(store);
            inserter.insert(QStringLiteral("extra"), QStringLiteral("an unrelated first row"), {},
                            std::nullopt);
            for (qsizetype i = kTexts.size() - 1; i >= 0; --i)
                inserter.insert(QStringLiteral("s%1").arg(i + 1), kTexts[i], {}, std::nullopt);
            transaction.commit();
            FewShotPool::save(store, kPool);
            batch.save(store);
            const BatchResultsReport report = BatchResultsImporter::run(store, results);
            QCOMPARE(report.annotated, kTexts.size());
            QCOMPARE(store.teacherResult(*store.rowForId(QStringLiteral("s3")))->candidates,
                     Labels({0}));
        }
    }

    void largeRequestSetsAreSplitAtSampleBoundaries()
    {
        test::Scratch scratch;
        const TeacherSettings batch = settings(2, false); // two lines per sample
        const QString path = scratch.path(QStringLiteral("p.candist"));
        createProject(path, batch);
        ProjectStore store(path);
        const QString requests = scratch.path(QStringLiteral("requests.jsonl"));

        BatchFileLimits limits;
        limits.maxRequests = 5; // two samples fit, the third would straddle
        const BatchRequestFileSummary summary =
            BatchRequestFile::write(store, batch, requests, options(), limits);
        QCOMPARE(summary.files, QStringList({scratch.path(QStringLiteral("requests-001.jsonl")),
                                             scratch.path(QStringLiteral("requests-002.jsonl")),
                                             scratch.path(QStringLiteral("requests-003.jsonl"))}));
        QCOMPARE(summary.requestsPerFile, QVector<qint64>({4, 4, 4}));
        QCOMPARE(summary.samples, kTexts.size());
        QVERIFY(!QFile::exists(requests));
        QSet<QString> samplesSeen;
        for (const QString &file : summary.files) {
            QSet<QString> inThisFile;
            for (const QJsonObject &line : readLines(file)) {
                const auto id =
                    BatchCustomId::parse(line.value(QStringLiteral("custom_id")).toString());
                QVERIFY(!samplesSeen.contains(id->sampleId));
                inThisFile.insert(id->sampleId);
            }
            QCOMPARE(inThisFile.size(), 2);
            samplesSeen.unite(inThisFile);
        }

        // By bytes: each line is a few hundred bytes, so a limit of one line per file...
        const qint64 lineBytes = QFileInfo(summary.files.first()).size() / 4;
        limits = BatchFileLimits{};
        limits.maxBytes = 3 * lineBytes;
        const BatchRequestFileSummary byBytes = BatchRequestFile::write(
            store, batch, scratch.path(QStringLiteral("bytes.jsonl")), options(), limits);
        QCOMPARE(byBytes.files.size(), kTexts.size()); // one sample (two lines) per file

        // A sample that cannot fit in any batch is an error, and nothing is written.
        limits = BatchFileLimits{};
        limits.maxRequests = 1;
        const QString tooSmall = scratch.path(QStringLiteral("small.jsonl"));
        try {
            BatchRequestFile::write(store, batch, tooSmall, options(), limits);
            QFAIL("a sample was split across batches");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("sample \"s1\"")),
                     qPrintable(error.message()));
        }
        QVERIFY(!QFile::exists(tooSmall));
        QVERIFY(!QFile::exists(scratch.path(QStringLiteral("small-001.jsonl"))));

        // Progress counts samples; a cancelled write leaves no file.
        QVector<ProgressUpdate> updates;
        const QString reported = scratch.path(QStringLiteral("reported.jsonl"));
        CancellationFlag cancel;
        BatchRequestFile::write(
            store, batch, reported, options(), {},
            [&](const ProgressUpdate &update) { updates << update; }, &cancel);
        QVERIFY(!updates.isEmpty());
        QCOMPARE(updates.last().done, kTexts.size());
        QCOMPARE(updates.last().total, kTexts.size());
        cancel.cancel();
        const QString cancelled = scratch.path(QStringLiteral("cancelled.jsonl"));
        // Cancel is an outcome, not an error: the summary says so and nothing is written.
        const BatchRequestFileSummary stopped =
            BatchRequestFile::write(store, batch, cancelled, options(), {}, {}, &cancel);
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.files.isEmpty());
        QVERIFY(!QFile::exists(cancelled));
    }

    void selectAndEmbeddingsNeedTheEndpoint()
    {
        test::Scratch scratch;
        TeacherSettings select = settings(1, true);
        select.strategy = TeacherStrategy::Select;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        createProject(path, select);
        ProjectStore store(path);
        QVERIFY_THROWS_EXCEPTION(
            Error, BatchRequestFile::write(store, select, scratch.path(QStringLiteral("a.jsonl"))));
        TeacherSettings embeddings = settings(1, true);
        embeddings.embeddingModel = QStringLiteral("text-embedding-3-small");
        QVERIFY_THROWS_EXCEPTION(
            Error,
            BatchRequestFile::write(store, embeddings, scratch.path(QStringLiteral("b.jsonl"))));
        QVERIFY(!QFile::exists(scratch.path(QStringLiteral("a.jsonl"))));
    }

    void commandLineEndToEnd()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), kTexts);
        const QString requests = scratch.path(QStringLiteral("requests.jsonl"));
        const test::ProcessResult written = test::runCli(
            {QStringLiteral("teach"), path, QStringLiteral("--batch-file"), requests,
             QStringLiteral("--endpoint"), m_server->baseUrl(), QStringLiteral("--model"),
             QStringLiteral("gpt-4o-mini"), QStringLiteral("--samples"), QStringLiteral("3"),
             QStringLiteral("--price-in"), QStringLiteral("0.075"), QStringLiteral("--price-out"),
             QStringLiteral("0.3"), QStringLiteral("--limit"), QStringLiteral("4"),
             QStringLiteral("--no-keychain")});
        QVERIFY2(written.exitCode == 0, written.standardError.constData());
        const QString text = QString::fromUtf8(written.standardOutput);
        QVERIFY2(text.contains(QStringLiteral("wrote 4 requests for 4 samples")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("estimated cost")), qPrintable(text));
        {
            ProjectStore store(path);
            const TeacherSettings stored = TeacherSettings::load(store);
            QCOMPARE(stored.samples, 3);
            QCOMPARE(stored.endpoint, m_server->baseUrl());
            QCOMPARE(stored.limit, 0); // --limit is per run
        }
        QByteArray recorded;
        bool first = true;
        for (const QJsonObject &line : readLines(requests)) {
            const QString customId = line.value(QStringLiteral("custom_id")).toString();
            recorded +=
                first
                    ? errorLine(customId)
                    : answerLine(customId,
                                 {json({QStringLiteral("banana")}),
                                  json({QStringLiteral("banana")}), json({QStringLiteral("date")})},
                                 150, 18);
            first = false;
        }
        const QString results = scratch.write(QStringLiteral("results.jsonl"), recorded);
        const test::ProcessResult imported =
            test::runCli({QStringLiteral("import-annotations"), path,
                          QStringLiteral("--batch-results"), results});
        QVERIFY2(imported.exitCode == 0, imported.standardError.constData());
        QVERIFY2(imported.standardOutput.contains("ok 3, parse-failed 0, transport-failed 1"),
                 imported.standardOutput.constData());

        const QString bad = scratch.write(QStringLiteral("bad.jsonl"),
                                          answerLine(QStringLiteral("s9#0#0123456789abcdef"),
                                                     {json({QStringLiteral("apple")})}, 1, 1));
        const test::ProcessResult refused = test::runCli(
            {QStringLiteral("import-annotations"), path, QStringLiteral("--batch-results"), bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.standardError.contains((bad + QStringLiteral(":1:")).toUtf8()),
                 refused.standardError.constData());
        const test::ProcessResult mixed = test::runCli(
            {QStringLiteral("import-annotations"), path, QStringLiteral("--batch-results"), bad,
             QStringLiteral("--column"), QStringLiteral("label")});
        QCOMPARE(mixed.exitCode, 2);
        const test::ProcessResult limitAlone =
            test::runCli({QStringLiteral("teach"), path, QStringLiteral("--batch-max-requests"),
                          QStringLiteral("10"), QStringLiteral("--no-keychain")});
        QCOMPARE(limitAlone.exitCode, 2);
        QCOMPARE(m_server->server().chatRequests(), 0);

        // The live run picks up the failed sample and the two beyond the limit, nothing else.
        answerEverything(json({QStringLiteral("elderberry")}));
        const test::ProcessResult live =
            test::runCli({QStringLiteral("teach"), path, QStringLiteral("--no-keychain")});
        QVERIFY2(live.exitCode == 0, live.standardError.constData());
        QCOMPARE(m_server->server().chatRequests(), 3);
        QCOMPARE(m_server->server().requestsFor(kTexts[1]), 0);
        ProjectStore store(path);
        const auto s2 = store.teacherResult(*store.rowForId(QStringLiteral("s2")));
        QCOMPARE(s2->candidates, Labels({1, 3}));
        QCOMPARE(s2->votes, Labels({2, 1}));
        QCOMPARE(store.samplesAwaitingTeacherCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBatchApi)
#include "test_batch_api.moc"
