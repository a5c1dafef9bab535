// Prompt templates, prompt building, few-shot retrieval, settings persistence, cache keys.
#include <QJsonDocument>
#include <QtTest>

#include "model/error.h"
#include "store/project_store.h"
#include "teacher/few_shot_pool.h"
#include "teacher/prompt_builder.h"
#include "teacher/prompt_templates.h"
#include "teacher/teacher_settings.h"
#include "teacher/tfidf_index.h"
#include "teacher_fixture.h"
#include "test_files.h"

using namespace candist;

class TestTeacherPrompts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillTemplateReplacesKnownKeysOnce()
    {
        const QString filled = fillTemplate(QStringLiteral("A {{x}} B {{unknown}} C {{y}}"),
                                            {{QStringLiteral("x"), QStringLiteral("{{y}}")},
                                             {QStringLiteral("y"), QStringLiteral("why")}});
        // A value is never re-expanded; unknown placeholders stay verbatim.
        QCOMPARE(filled, QStringLiteral("A {{y}} B {{unknown}} C why"));
    }

    void systemMessageListsEveryLabelWithDescriptionAndFormat()
    {
        const LabelSchema schema = test::fruitSchema();
        PromptBuilder builder(schema, PromptTemplates::defaults(), TeacherStrategy::CaAll, false);
        const QVector<ChatMessage> messages = builder.build(QStringLiteral("a red fruit"), {});
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].role, QStringLiteral("system"));
        for (const Label &label : schema.labels()) {
            QVERIFY2(messages[0].content.contains(
                         QStringLiteral("- %1: %2").arg(label.name, label.description)),
                     qPrintable(messages[0].content));
        }
        QVERIFY(messages[0].content.contains(QStringLiteral("JSON list")));
        QCOMPARE(messages[1].role, QStringLiteral("user"));
        QVERIFY(messages[1].content.contains(QStringLiteral("Text: a red fruit")));
        QVERIFY(messages[1].content.contains(PromptTemplates::defaults().questionCaAll));
    }

    void strategiesAskDifferentQuestions()
    {
        const LabelSchema schema = test::fruitSchema();
        const PromptTemplates templates = PromptTemplates::defaults();
        const QString sa = PromptBuilder(schema, templates, TeacherStrategy::Sa, false)
                               .build(QStringLiteral("x"), {})
                               .last()
                               .content;
        const QString add = PromptBuilder(schema, templates, TeacherStrategy::CaAdd, false)
                                .build(QStringLiteral("x"), {})
                                .last()
                                .content;
        QVERIFY(sa.contains(templates.questionSa));
        QVERIFY(add.contains(templates.questionCaAdd));
        QVERIFY(sa != add);
        const QVector<ChatMessage> select =
            PromptBuilder(schema, templates, TeacherStrategy::Select, false)
                .buildSelect(QStringLiteral("x"), {2, 0});
        QVERIFY(select.last().content.contains(QStringLiteral("cherry, apple")));
    }

    void demonstrationsBecomeUserAssistantTurns()
    {
        PromptBuilder builder(test::fruitSchema(), PromptTemplates::defaults(),
                              TeacherStrategy::CaAll, true);
        const QVector<ChatMessage> messages =
            builder.build(QStringLiteral("query"),
                          {{QStringLiteral("demo one"), 1}, {QStringLiteral("demo two"), 3}});
        QCOMPARE(messages.size(), 6);
        QCOMPARE(messages[1].role, QStringLiteral("user"));
        QVERIFY(messages[1].content.contains(QStringLiteral("demo one")));
        QCOMPARE(messages[2], (ChatMessage{QStringLiteral("assistant"),
                                           QStringLiteral("{\"labels\":[\"banana\"]}")}));
        QCOMPARE(messages[4].content, QStringLiteral("{\"labels\":[\"date\"]}"));
        QVERIFY(messages[5].content.contains(QStringLiteral("query")));
        QVERIFY(messages[0].content.contains(QStringLiteral("\"labels\"")));
    }

    void reaskAppendsTheBadAnswerAndTheLabelNames()
    {
        PromptBuilder builder(test::fruitSchema(), PromptTemplates::defaults(),
                              TeacherStrategy::CaAll, false);
        const QVector<ChatMessage> base = builder.build(QStringLiteral("x"), {});
        const QVector<ChatMessage> reask = builder.withReask(base, QStringLiteral("no idea"));
        QCOMPARE(reask.size(), base.size() + 2);
        QCOMPARE(reask[base.size()],
                 (ChatMessage{QStringLiteral("assistant"), QStringLiteral("no idea")}));
        QVERIFY(reask.last().content.contains(
            QStringLiteral("apple, banana, cherry, date, elderberry")));
    }

    void templatesRoundTripThroughTheProject()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        test::createProject(path, test::fruitSchema(), {QStringLiteral("x")});
        ProjectStore store(path);
        QCOMPARE(PromptTemplates::load(store).toJson(), PromptTemplates::defaults().toJson());
        PromptTemplates edited = PromptTemplates::defaults();
        edited.task = QStringLiteral("Sort fruit reviews.");
        edited.user = QStringLiteral("Review:\n{{text}}\n{{question}}");
        edited.save(store);
        const PromptTemplates loaded = PromptTemplates::load(store);
        QCOMPARE(loaded.task, edited.task);
        QCOMPARE(loaded.user, edited.user);
        const QVector<ChatMessage> messages =
            PromptBuilder(store.labelSchema(), loaded, TeacherStrategy::CaAll, false)
                .build(QStringLiteral("sweet"), {});
        QVERIFY(messages[0].content.contains(QStringLiteral("Sort fruit reviews.")));
        QVERIFY(messages[1].content.startsWith(QStringLiteral("Review:\nsweet\n")));
    }

    void templatesWithoutTheTextAreRejected()
    {
        QJsonObject json = PromptTemplates::defaults().toJson();
        json.insert(QStringLiteral("user"), QStringLiteral("Classify it."));
        try {
            PromptTemplates::fromJson(json, QStringLiteral("t.json"));
            QFAIL("a user template without {{text}} was accepted");
        } catch (const Error &error) {
            QVERIFY(error.message().contains(QStringLiteral("t.json")));
            QVERIFY(error.message().contains(QStringLiteral("{{text}}")));
        }
        json = PromptTemplates::defaults().toJson();
        json.insert(QStringLiteral("reask"), 3);
        QVERIFY_THROWS_EXCEPTION(Error, PromptTemplates::fromJson(json));
    }

    void tfidfFindsTheMostSimilarDocuments()
    {
        const TfidfIndex index({QStringLiteral("the app crashes on the map"),
                                QStringLiteral("I was charged twice for my ride"),
                                QStringLiteral("refund the double charge please"),
                                QStringLiteral("flat tyre on the bike")});
        QCOMPARE(index.nearest(QStringLiteral("why was I charged twice"), 1), (QVector<int>{1}));
        QCOMPARE(index.nearest(QStringLiteral("a refund for a double charge"), 2),
                 (QVector<int>{2, 1}));
        QCOMPARE(index.nearest(QStringLiteral("the map crashes"), 1), (QVector<int>{0}));
        QVERIFY(index.similarity(QStringLiteral("flat tyre"), 3) >
                index.similarity(QStringLiteral("flat tyre"), 0));
        QCOMPARE(index.nearest(QStringLiteral("x"), 10).size(), 4);
        QCOMPARE(
            TfidfIndex::tokenize(QStringLiteral("Hello, World-42!")),
            (QStringList{QStringLiteral("hello"), QStringLiteral("world"), QStringLiteral("42")}));
    }

    void cosineNeighboursOfDenseVectors()
    {
        const std::vector<std::vector<float>> documents = {{1, 0}, {0, 1}, {0.7f, 0.7f}};
        QCOMPARE(nearestByCosine({1, 0.1f}, documents, 2), (QVector<int>{0, 2}));
    }

    void fewShotPoolReadsJsonlAndReportsBadLines()
    {
        test::Scratch scratch;
        const QString good = scratch.write(QStringLiteral("pool.jsonl"),
                                           "{\"text\": \"crisp and red\", \"label\": \"apple\"}\n\n"
                                           "{\"text\": \"yellow\", \"label\": \"BANANA\"}\n");
        const QVector<FewShotExample> pool = FewShotPool::readJsonl(good, test::fruitSchema());
        QCOMPARE(pool.size(), 2);
        QCOMPARE(pool[1].label, 1);
        const QString bad =
            scratch.write(QStringLiteral("bad.jsonl"), "{\"text\": \"a\", \"label\": \"apple\"}\n"
                                                       "{\"text\": \"b\", \"label\": \"kiwi\"}\n");
        try {
            FewShotPool::readJsonl(bad, test::fruitSchema());
            QFAIL("an unknown label was accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("bad.jsonl:2")),
                     qPrintable(error.message()));
            QVERIFY(error.message().contains(QStringLiteral("kiwi")));
        }
    }

    void settingsRoundTripAndValidate()
    {
        TeacherSettings settings;
        settings.endpoint = QStringLiteral("http://127.0.0.1:9/v1/");
        settings.model = QStringLiteral("m");
        settings.strategy = TeacherStrategy::CaAdd;
        settings.samples = 5;
        settings.scTop = 2;
        settings.inputPricePerMillion = 0.15;
        settings.apiKeyEnv = QStringLiteral("MY_KEY");
        const TeacherSettings back = TeacherSettings::fromJson(settings.toJson());
        QCOMPARE(back.toJson(), settings.toJson());
        QCOMPARE(back.chatCompletionsUrl(),
                 QStringLiteral("http://127.0.0.1:9/v1/chat/completions"));
        QCOMPARE(settings.costOf(2'000'000, 0), 0.3);

        QJsonObject json = settings.toJson();
        json.insert(QStringLiteral("concurrency"), 0);
        QVERIFY_THROWS_EXCEPTION(Error, TeacherSettings::fromJson(json));
        json = settings.toJson();
        json.insert(QStringLiteral("strategy"), QStringLiteral("majority"));
        QVERIFY_THROWS_EXCEPTION(Error, TeacherSettings::fromJson(json));
        json = settings.toJson();
        json.insert(QStringLiteral("endpoint"), QStringLiteral("ftp://x"));
        QVERIFY_THROWS_EXCEPTION(Error, TeacherSettings::fromJson(json));
        json = settings.toJson();
        json.insert(QStringLiteral("temperature"), QStringLiteral("hot"));
        QVERIFY_THROWS_EXCEPTION(Error, TeacherSettings::fromJson(json));
        // Older projects without newer keys load with defaults.
        QCOMPARE(
            TeacherSettings::fromJson(QJsonObject{{QStringLiteral("model"), QStringLiteral("x")}})
                .concurrency,
            8);
    }

    void settingsNeverHoldTheKeyItself()
    {
        const QJsonObject json = TeacherSettings().toJson();
        QCOMPARE(json.value(QStringLiteral("api_key_env")).toString(),
                 QStringLiteral("OPENAI_API_KEY"));
        for (const QString &key : json.keys())
            QVERIFY2(key == QLatin1String("api_key_env") || !key.contains(QLatin1String("key")),
                     qPrintable(key));
    }

    void cacheKeyIsStableAndCoversWhatChangesTheAnswer()
    {
        TeacherSettings settings;
        const QVector<ChatMessage> messages = {{QStringLiteral("system"), QStringLiteral("s")},
                                               {QStringLiteral("user"), QStringLiteral("u")}};
        const QString key = responseCacheKey(settings, messages, 1, 0);
        QCOMPARE(key.size(), 64);
        QCOMPARE(responseCacheKey(settings, messages, 1, 0), key);
        // Fixed expectation: the key must not drift between versions, or every resumed run
        // would pay again.
        QCOMPARE(key, QStringLiteral(
                          "87235b723c228c1c0e37b4748f508749de5cc3684461b3bbbd09b6faf19bff15"));
        QCOMPARE(responseCacheKey(TeacherSettings::fromJson(settings.toJson()), messages, 1, 0),
                 key);

        TeacherSettings other = settings;
        other.concurrency = 32;
        other.timeoutSeconds = 5;
        other.inputPricePerMillion = 3;
        QCOMPARE(responseCacheKey(other, messages, 1, 0), key); // transport knobs don't matter

        auto differs = [&](const TeacherSettings &changed) {
            return responseCacheKey(changed, messages, 1, 0) != key;
        };
        other = settings;
        other.temperature = 0.9;
        QVERIFY(differs(other));
        other = settings;
        other.model = QStringLiteral("another");
        QVERIFY(differs(other));
        other = settings;
        other.endpoint = QStringLiteral("http://localhost:1/v1");
        QVERIFY(differs(other));
        other = settings;
        other.maxTokens = 7;
        QVERIFY(differs(other));
        other = settings;
        other.jsonResponseFormat = true;
        QVERIFY(differs(other));
        QVERIFY(responseCacheKey(settings, messages, 3, 0) != key);
        QVERIFY(responseCacheKey(settings, messages, 1, 1) != key);
        QVector<ChatMessage> changed = messages;
        changed[1].content = QStringLiteral("u ");
        QVERIFY(responseCacheKey(settings, changed, 1, 0) != key);
    }

    void requestBodyCarriesTheParameters()
    {
        TeacherSettings settings;
        settings.model = QStringLiteral("m1");
        settings.jsonResponseFormat = true;
        const QJsonObject body =
            QJsonDocument::fromJson(
                chatCompletionBody(settings, {{QStringLiteral("user"), QStringLiteral("hi")}}, 4))
                .object();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), QStringLiteral("m1"));
        QCOMPARE(body.value(QStringLiteral("n")).toInt(), 4);
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), settings.maxTokens);
        QCOMPARE(body.value(QStringLiteral("response_format"))
                     .toObject()
                     .value(QStringLiteral("type"))
                     .toString(),
                 QStringLiteral("json_object"));
        QCOMPARE(body.value(QStringLiteral("messages")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTeacherPrompts)
#include "test_teacher_prompts.moc"
