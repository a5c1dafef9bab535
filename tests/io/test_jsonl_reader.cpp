#include <QtTest>

#include "io/jsonl_reader.h"
#include "io/tabular_input.h"
#include "io_test_support.h"
#include "test_files.h"

using namespace candist;

namespace {

QString readError(const QString &path)
{
    return test::errorMessage([&] {
        JsonlReader reader(path);
        JsonlRecord record;
        while (reader.next(record)) {
        }
    });
}

} // namespace

class JsonlReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsObjectsSkippingBomBlankLinesAndCr()
    {
        test::Scratch scratch;
        const QString path = scratch.write(
            "a.jsonl",
            "\xEF\xBB\xBF{\"text\":\"a\\nb\",\"label\":\"x\"}\r\n\n  \n{\"text\":\"c\"}");
        JsonlReader reader(path);
        JsonlRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.line, 1);
        QCOMPARE(record.object.value("text").toString(), QStringLiteral("a\nb"));
        QVERIFY(reader.next(record));
        QCOMPARE(record.line, 4);
        QCOMPARE(record.object.value("text").toString(), QStringLiteral("c"));
        QVERIFY(!reader.next(record));
        QCOMPARE(reader.bytesRead(), reader.totalBytes());
    }

    void reportsInvalidJsonWithLineAndColumn()
    {
        test::Scratch scratch;
        const QString path = scratch.write("b.jsonl", "{\"text\":\"ok\"}\n{\"text\": \"x\",}\n");
        const QString message = readError(path);
        QVERIFY2(message.startsWith(path + QStringLiteral(":2:")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("invalid JSON")), qPrintable(message));
    }

    void reportsNonObjectsAndInvalidUtf8()
    {
        test::Scratch scratch;
        const QString array = scratch.write("c.jsonl", "{\"text\":\"ok\"}\n[1,2]\n");
        QCOMPARE(readError(array),
                 array + QStringLiteral(":2:1: expected a JSON object {...} on each line"));
        const QString utf8 = scratch.write("d.jsonl", "{\"text\":\"\xC3\xA9\xFF\"}\n");
        QCOMPARE(readError(utf8), utf8 + QStringLiteral(":1:11: invalid UTF-8 byte sequence (the "
                                                        "file must be UTF-8 encoded)"));
    }

    void tabularInputTurnsValuesIntoText()
    {
        test::Scratch scratch;
        const QString path = scratch.write(
            "e.jsonl", "{\"text\":\"t\",\"id\":7,\"score\":0.25,\"ok\":true,\"tags\":[1,\"a\"],"
                       "\"none\":null}\n{\"text\":\"u\"}\n");
        TabularInput input(path);
        QCOMPARE(input.format(), InputFormat::Jsonl);
        QCOMPARE(input.columns(), QStringList({"id", "none", "ok", "score", "tags", "text"}));
        CsvRecord record;
        QVERIFY(input.next(record));
        QCOMPARE(record.fields, QStringList({"7", "", "true", "0.25", "[1,\"a\"]", "t"}));
        QVERIFY(input.next(record));
        QCOMPARE(record.fields, QStringList({"", "", "", "", "", "u"}));
        QCOMPARE(record.line, 2);
        QVERIFY(!input.next(record));
    }

    void tabularInputRejectsKeysMissingFromTheFirstObject()
    {
        test::Scratch scratch;
        const QString path =
            scratch.write("f.jsonl", "{\"text\":\"t\"}\n{\"text\":\"u\",\"x\":1}\n");
        TabularInput input(path);
        CsvRecord record;
        QVERIFY(input.next(record));
        QCOMPARE(test::errorMessage([&] { input.next(record); }),
                 path + QStringLiteral(":2:1: unexpected key \"x\": every object may only use the "
                                       "keys of the first line (text)"));
    }
};

QTEST_GUILESS_MAIN(JsonlReaderTest)
#include "test_jsonl_reader.moc"
