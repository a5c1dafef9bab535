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

    // Ids above 2^53 are kept as written: read through a double they collided.
    void integersBeyondDoublePrecisionRoundTrip()
    {
        test::Scratch scratch;
        const QString path =
            scratch.write("ids.jsonl", "{\"id\":1456789012345678901,\"text\":\"a\"}\n"
                                       "{\"id\":1456789012345678902,\"text\":\"b\"}\n"
                                       "{\"id\":18446744073709551615,\"text\":\"c\"}\n"
                                       "{\"id\":-9223372036854775807,\"text\":\"d\"}\n"
                                       "{\"id\":0.1,\"text\":\"e\"}\n");
        TabularInput input(path);
        CsvRecord record;
        const QStringList expected = {"1456789012345678901", "1456789012345678902",
                                      "18446744073709551615", "-9223372036854775807", "0.1"};
        for (const QString &id : expected) {
            QVERIFY(input.next(record));
            QCOMPARE(record.fields.first(), id);
        }
        QVERIFY(!input.next(record));
    }

    void keepsAByteOrderMarkThatStartsAValue()
    {
        test::Scratch scratch;
        const QString path = scratch.write(
            "bom.jsonl",
            "\xEF\xBB\xBF{\"text\":\"\xEF\xBB\xBFraw\"}\n{\"text\":\"\\ufeffescaped\"}\n");
        TabularInput input(path);
        CsvRecord record;
        QVERIFY(input.next(record));
        QCOMPARE(record.fields.first(), QStringLiteral("\uFEFFraw"));
        QVERIFY(input.next(record));
        QCOMPARE(record.fields.first(), QStringLiteral("\uFEFFescaped"));
    }

    // What RFC 8259 (and docs/data-formats.md) call errors, with file and line.
    void rejectsWhatJsonForbids()
    {
        test::Scratch scratch;
        const QList<QPair<QByteArray, QString>> cases = {
            {"{\"text\":\"\\x41\"}", QStringLiteral("invalid JSON")},
            {"{\"text\":\"\\ud800\"}", QStringLiteral("surrogate")},
            {"{\"text\":\"\\udc00 low\"}", QStringLiteral("surrogate")},
            {QByteArray("{\"text\":\"a\0b\"}", 14), QStringLiteral("raw NUL byte")},
            {QByteArray("{\"text\":\"a\"}\0", 13), QStringLiteral("invalid JSON")},
            {"{\"text\":\"a\",\"text\":\"b\"}", QStringLiteral("the key \"text\" appears twice")},
            {"{\"text\":\"a\",\"meta\":{\"k\":1,\"k\":2}}",
             QStringLiteral("the key \"k\" appears twice")},
        };
        int n = 0;
        for (const auto &[line, expected] : cases) {
            const QString path = scratch.write(QStringLiteral("bad%1.jsonl").arg(++n),
                                               "{\"text\":\"fine\"}\n" + line + "\n");
            const QString message = readError(path);
            QVERIFY2(message.startsWith(path + QStringLiteral(":2:")),
                     qPrintable(QStringLiteral("case %1: %2").arg(n).arg(message)));
            QVERIFY2(message.contains(expected), qPrintable(message));
        }
    }

    // 200k keys in one object: linear, not quadratic (it took 33 s), and Ctrl+C (the cancel flag)
    // is honoured inside such a line rather than after it.
    void hugeObjectsAreReadAndCancellable()
    {
        test::Scratch scratch;
        QByteArray line = "{\"text\":\"t\"";
        for (int i = 0; i < 200000; ++i)
            line += ",\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i);
        line += "}\n";
        const QString path = scratch.write("wide.jsonl", line);
        QElapsedTimer timer;
        timer.start();
        TabularInput input(path);
        QCOMPARE(input.columns().size(), 200001);
        CsvRecord record;
        QVERIFY(input.next(record));
        QCOMPARE(record.fields.at(input.columnIndex("k199999")), QStringLiteral("199999"));
        qInfo("200001 keys read in %lld ms", timer.elapsed());

        CancellationFlag cancel;
        cancel.cancel();
        const QString message = test::errorMessage([&] { TabularInput cancelled(path, &cancel); });
        QVERIFY2(message.contains(QStringLiteral(":1: cancelled while reading this line")),
                 qPrintable(message));
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
