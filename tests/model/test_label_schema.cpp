#include <QtTest>

#include "model/annotation.h"
#include "model/error.h"
#include "model/label_schema.h"
#include "test_files.h"

using namespace candist;

class LabelSchemaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesObjectsAndPlainNames()
    {
        const LabelSchema schema = LabelSchema::fromJson(
            R"({"labels":[{"name":"World","description":"politics, wars","aliases":["international"]},
                          "Sports",
                          {"name":"Sci/Tech","hotkey":"t","color":"#112233"}]})",
            QStringLiteral("labels.json"));
        QCOMPARE(schema.size(), 3);
        QCOMPARE(schema.at(0).description, QStringLiteral("politics, wars"));
        QCOMPARE(schema.at(1).name, QStringLiteral("Sports"));
        QCOMPARE(schema.at(2).hotkey, QStringLiteral("t"));
        QCOMPARE(schema.indexOf(u"INTERNATIONAL"), 0);
        QCOMPARE(schema.indexOf(u" sports "), 1);
        QCOMPARE(schema.indexOf(u"Business"), -1);
        QCOMPARE(LabelSchema::fromJson(schema.toJson(), QStringLiteral("x")), schema);
    }

    void reportsLineAndColumnOfJsonErrors()
    {
        try {
            LabelSchema::fromJson("{\"labels\": [\n  {\"name\": \"a\"},\n  {\"name\" \"b\"}\n]}",
                                  QStringLiteral("labels.json"));
            QFAIL("invalid JSON accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().startsWith(QLatin1String("labels.json:3:")),
                     qPrintable(error.message()));
        }
    }

    void rejectsAmbiguousSchemas_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray(R"({"labels":[]})") << QStringLiteral("no labels");
        QTest::newRow("not a list")
            << QByteArray(R"({"labels":{}})") << QStringLiteral("expected an object");
        QTest::newRow("duplicate")
            << QByteArray(R"({"labels":["a","a"]})") << QStringLiteral("defined twice");
        QTest::newRow("alias clash")
            << QByteArray(R"({"labels":["a",{"name":"b","aliases":["A"]}]})")
            << QStringLiteral("names both");
        QTest::newRow("hotkey clash")
            << QByteArray(R"({"labels":[{"name":"a","hotkey":"1"},{"name":"b","hotkey":"1"}]})")
            << QStringLiteral("hotkey \"1\" is used");
        QTest::newRow("long hotkey") << QByteArray(R"({"labels":[{"name":"a","hotkey":"ctrl"}]})")
                                     << QStringLiteral("one letter or digit");
        QTest::newRow("pipe") << QByteArray(R"({"labels":["a|b"]})")
                              << QStringLiteral("separates candidates");
        QTest::newRow("alias type") << QByteArray(R"({"labels":[{"name":"a","aliases":[1]}]})")
                                    << QStringLiteral("list of strings");
    }

    void rejectsAmbiguousSchemas()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        try {
            LabelSchema::fromJson(json, QStringLiteral("l.json"));
            QFAIL("accepted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(expected), qPrintable(error.message()));
            QVERIFY(error.message().startsWith(QLatin1String("l.json")));
        }
    }

    void assignsDistinctDefaultHotkeysAndColours()
    {
        QVector<Label> labels;
        for (int i = 0; i < 14; ++i)
            labels << Label{
                QStringLiteral("l%1").arg(i), {}, {}, i == 3 ? QStringLiteral("1") : QString(), {}};
        LabelSchema schema(labels);
        schema.assignDefaults();
        schema.validate(QStringLiteral("x")); // no clash
        QCOMPARE(schema.at(0).hotkey, QStringLiteral("2"));
        QCOMPARE(schema.at(3).hotkey, QStringLiteral("1"));
        QCOMPARE(schema.at(10).hotkey, QStringLiteral("a"));
        QCOMPARE(schema.at(11).hotkey, QStringLiteral("b"));
        QVERIFY(schema.at(13).color.startsWith(QLatin1Char('#')));
    }

    void encodesIndexListsAndTeacherConfidence()
    {
        QCOMPARE(encodeIndexList({3, 0, 12}), QStringLiteral("3|0|12"));
        QCOMPARE(decodeIndexList(u"3|0|12"), (QVector<int>{3, 0, 12}));
        QVERIFY(decodeIndexList(u"").isEmpty());
        TeacherResult result;
        QVERIFY(!result.confidence());
        result.votes = {6, 2, 2};
        QCOMPARE(*result.confidence(), 0.6);
        QCOMPARE(teacherStatusFromName(u"parse-failed"), std::optional(TeacherStatus::ParseFailed));
        QVERIFY(!teacherStatusFromName(u"bogus"));
    }
};

QTEST_GUILESS_MAIN(LabelSchemaTest)
#include "test_label_schema.moc"
