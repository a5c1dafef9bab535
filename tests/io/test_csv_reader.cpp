#include <QtTest>

#include "io/csv_reader.h"
#include "io_test_support.h"
#include "test_files.h"

using namespace candist;

namespace {

QVector<CsvRecord> readAll(const QString &path)
{
    CsvReader reader(path);
    QVector<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records << record;
    return records;
}

QString readError(const QString &path)
{
    return test::errorMessage([&] { readAll(path); });
}

} // namespace

class CsvReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsHeaderAndPlainRecords()
    {
        test::Scratch scratch;
        const QString path = scratch.write("a.csv", "id,text,label\n1,hello,a\n2,world,b\n");
        CsvReader reader(path);
        QCOMPARE(reader.header(), QStringList({"id", "text", "label"}));
        QCOMPARE(reader.delimiter(), QLatin1Char(','));
        QCOMPARE(reader.columnIndex("label"), 2);
        QCOMPARE(reader.columnIndex(" LABEL "), 2);
        QCOMPARE(reader.columnIndex("missing"), -1);
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields, QStringList({"1", "hello", "a"}));
        QCOMPARE(record.line, 2);
        QVERIFY(reader.next(record));
        QCOMPARE(record.line, 3);
        QVERIFY(!reader.next(record));
        QCOMPARE(reader.bytesRead(), reader.totalBytes());
    }

    void readsQuotedFieldsWithNewlinesQuotesAndCrlf()
    {
        test::Scratch scratch;
        const QString path = scratch.write(
            "q.csv",
            "text,n\r\n\"a, \"\"quoted\"\"\r\nsecond\nthird\",1\r\n\"\",2\r\n plain ,3\r\n");
        const QVector<CsvRecord> records = readAll(path);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records[0].fields[0], QStringLiteral("a, \"quoted\"\r\nsecond\nthird"));
        QCOMPARE(records[0].line, 2);
        QCOMPARE(records[1].fields, QStringList({"", "2"}));
        QCOMPARE(records[1].line, 5); // the quoted field spanned lines 2-4
        QCOMPARE(records[2].fields[0], QStringLiteral(" plain "));
        QCOMPARE(records[2].line, 6);
    }

    void skipsBomAndBlankLinesAndReadsLastLineWithoutBreak()
    {
        test::Scratch scratch;
        const QString path =
            scratch.write("b.csv", "\xEF\xBB\xBFtext,label\n\nx,a\r\n\r\n\ny,\xC3\xA9t\xC3\xA9");
        CsvReader reader(path);
        QCOMPARE(reader.header().first(), QStringLiteral("text"));
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.line, 3);
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields, QStringList({"y", QStringLiteral("\u00e9t\u00e9")}));
        QCOMPARE(record.line, 6);
        QVERIFY(!reader.next(record));
    }

    // Only the start of the file has a byte order mark; at the start of a field U+FEFF is text.
    void keepsAByteOrderMarkThatStartsAField()
    {
        test::Scratch scratch;
        const QString path =
            scratch.write("bom.csv", "\xEF\xBB\xBFtext,id\n\xEF\xBB\xBFhello,\"\xEF\xBB\xBF"
                                     "1\"\n");
        QCOMPARE(readError(path), QString());
        const QVector<CsvRecord> records = readAll(path);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records[0].fields,
                 QStringList({QStringLiteral("\uFEFFhello"), QStringLiteral("\uFEFF1")}));
    }

    // The byte records an import reads are the string records as UTF-8: several unescaped
    // quoted fields in one record each keep their own bytes, also when a record straddles a
    // 1 MiB chunk and is parsed again.
    void utf8RecordsAreTheStringRecordsAsBytes()
    {
        test::Scratch scratch;
        QByteArray csv = "a,b,c,d\n";
        for (int i = 0; i < 30000; ++i) {
            const QByteArray n = QByteArray::number(i);
            csv +=
                "\"x\"\"" + n + "\"\"\",plain " + n + ",\"y \"\"\xC3\xA9\"\"\n" + n + "\",\"\"\n";
        }
        const QString path = scratch.write("bytes.csv", csv);
        QVERIFY(csv.size() > (1 << 20));
        const QVector<CsvRecord> strings = readAll(path);
        CsvReader reader(path);
        Utf8Record bytes;
        for (const CsvRecord &expected : strings) {
            QVERIFY(reader.next(bytes));
            QCOMPARE(bytes.line, expected.line);
            QCOMPARE(qsizetype(bytes.fields.size()), expected.fields.size());
            for (qsizetype i = 0; i < expected.fields.size(); ++i)
                QCOMPARE(bytes.fields[size_t(i)], QByteArrayView(expected.fields[i].toUtf8()));
        }
        QVERIFY(!reader.next(bytes));
        QCOMPARE(strings.size(), 30000);
        QCOMPARE(strings[777].fields,
                 QStringList({"x\"777\"", "plain 777", QStringLiteral("y \"\u00e9\"\n777"), ""}));
        QCOMPARE(strings[777].line, 2 + 2 * 777);
    }

    // Unquoted fields are scanned a word at a time: a delimiter, line break or stray quote at any
    // offset within or across words is found at its exact byte.
    void findsFieldBreaksAtEveryOffset()
    {
        test::Scratch scratch;
        for (int length = 0; length < 20; ++length) {
            const QByteArray field(length, 'a');
            const QString text = QString::fromLatin1(field);
            for (const char delimiter : {',', ';', '\t'}) {
                const QByteArray d(1, delimiter);
                const QString path = scratch.write("ok.csv", "x" + d + "y\n" + field + d + field +
                                                                 "b\r\n" + field + d + "\n");
                const QVector<CsvRecord> records = readAll(path);
                QCOMPARE(records.size(), 2);
                QCOMPARE(records[0].fields, QStringList({text, text + QLatin1Char('b')}));
                QCOMPARE(records[1].fields, QStringList({text, QString()}));
            }
            if (length == 0)
                continue; // a field that starts with a quote is a quoted field
            const QString stray = scratch.write("stray.csv", "x\n" + field + "\"" + field + "\n");
            QCOMPARE(readError(stray),
                     stray + QStringLiteral(":2:%1: stray quote in an unquoted field: quote the "
                                            "whole field and write the quote as \"\"")
                                 .arg(length + 1));
        }
    }

    void detectsSemicolonAndTab()
    {
        test::Scratch scratch;
        CsvReader semicolons(scratch.write("s.csv", "text;label;\"a,b,c\"\nx;y;z\n"));
        QCOMPARE(semicolons.delimiter(), QLatin1Char(';'));
        QCOMPARE(semicolons.header().size(), 3);
        CsvReader tabs(scratch.write("t.tsv", "text\tlabel\nx,1\ty;2\n"));
        QCOMPARE(tabs.delimiter(), QLatin1Char('\t'));
        CsvRecord record;
        QVERIFY(tabs.next(record));
        QCOMPARE(record.fields, QStringList({"x,1", "y;2"}));
        CsvReader single(scratch.write("one.csv", "text\nhello\n"));
        QCOMPARE(single.delimiter(), QLatin1Char(','));
    }

    void namesEmptyHeaderCellsAndRejectsDuplicates()
    {
        test::Scratch scratch;
        CsvReader reader(scratch.write("h.csv", ",text\n0,x\n"));
        QCOMPARE(reader.header(), QStringList({"column1", "text"}));
        QCOMPARE(test::errorMessage(
                     [&] { CsvReader(scratch.write("d.csv", "text,label,text\nx,y,z\n")); }),
                 scratch.path("d.csv") +
                     QStringLiteral(":1:12: column \"text\" appears twice in the header"));
    }

    void reportsEmptyAndMissingFiles()
    {
        test::Scratch scratch;
        QCOMPARE(test::errorMessage([&] { CsvReader(scratch.write("e.csv", "")); }),
                 scratch.path("e.csv") + QStringLiteral(": the file is empty; expected a header "
                                                        "line"));
        QVERIFY(test::errorMessage([&] {
                    CsvReader(scratch.path("none.csv"));
                }).startsWith(scratch.path("none.csv") + QStringLiteral(": cannot read")));
    }

    void reportsUnterminatedQuoteAtItsOpening()
    {
        test::Scratch scratch;
        const QString path = scratch.write("u.csv", "text,label\nok,a\nx,\"never\nclosed\n");
        QCOMPARE(readError(path), path + QStringLiteral(":3:3: unterminated quoted field: expected "
                                                        "a closing '\"' before the end of the "
                                                        "file"));
    }

    void reportsStrayQuotes()
    {
        test::Scratch scratch;
        const QString inField = scratch.write("s1.csv", "text,label\n5\" screen,a\n");
        QCOMPARE(readError(inField), inField + QStringLiteral(":2:2: stray quote in an unquoted "
                                                              "field: quote the whole field and "
                                                              "write the quote as \"\""));
        const QString afterQuote = scratch.write("s2.csv", "text,label\n\"ab\nc\"d,a\n");
        QVERIFY2(readError(afterQuote)
                     .startsWith(afterQuote + QStringLiteral(":3:3: unexpected character after a "
                                                             "closing quote")),
                 qPrintable(readError(afterQuote)));
    }

    void reportsInvalidUtf8WithCharacterColumn()
    {
        test::Scratch scratch;
        // "héllo" is 6 bytes but 5 characters: the bad byte after it is character column 9.
        const QString path = scratch.write("i.csv", "text,label\nok,a\nx,h\xC3\xA9llo \xFF,b\n");
        QCOMPARE(readError(path), path + QStringLiteral(":3:9: invalid UTF-8 byte sequence (the "
                                                        "file must be UTF-8 encoded)"));
        const QString overlong = scratch.write("o.csv", "text\n\xC0\xAF\n");
        QVERIFY(readError(overlong).startsWith(overlong + QStringLiteral(":2:1: invalid UTF-8")));
        const QString truncated = scratch.write("t.csv", "text\nab\xE2\x82");
        QVERIFY(readError(truncated).startsWith(truncated + QStringLiteral(":2:3: invalid UTF-8")));
    }

    void reportsRaggedRows()
    {
        test::Scratch scratch;
        const QString tooMany = scratch.write("m.csv", "text,label\na,b\nc,d,e\n");
        QCOMPARE(readError(tooMany),
                 tooMany + QStringLiteral(":3:5: expected 2 fields as in the header, found 3"));
        const QString tooFew = scratch.write("f.csv", "text,label\r\na,b\r\nlonely\r\n");
        QCOMPARE(readError(tooFew),
                 tooFew + QStringLiteral(":3:7: expected 2 fields as in the header, found 1"));
    }

    void streamsAcrossChunkBoundaries()
    {
        test::Scratch scratch;
        // 60 000 records with multi-line quoted fields (~6 MB, several 1 MiB chunks) plus one
        // 3 MiB field that outgrows a chunk on its own.
        QByteArray csv = "id,text\n";
        for (int i = 0; i < 60000; ++i)
            csv += QByteArray::number(i) + ",\"line " + QByteArray::number(i) +
                   " with \"\"quotes\"\", commas\nand a second line ~~~~~~~~~~~~~~~~~~~~~~~~~~\"\n";
        const QByteArray huge(3 << 20, 'x');
        csv += "huge,\"" + huge + "\"\nlast,end\n";
        const QString path = scratch.write("big.csv", csv);
        const QVector<CsvRecord> records = readAll(path);
        QCOMPARE(records.size(), 60002);
        QCOMPARE(records[12345].fields[1],
                 QStringLiteral("line 12345 with \"quotes\", commas\nand a second line "
                                "~~~~~~~~~~~~~~~~~~~~~~~~~~"));
        QCOMPARE(records[12345].line, 2 + 2 * 12345);
        QCOMPARE(records[60000].fields[1].size(), huge.size());
        QCOMPARE(records[60001].fields, QStringList({"last", "end"}));
        QCOMPARE(records[60001].line, 2 + 2 * 60000 + 1);
    }
};

QTEST_GUILESS_MAIN(CsvReaderTest)
#include "test_csv_reader.moc"
