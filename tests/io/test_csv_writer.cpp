#include <QBuffer>
#include <QtTest>

#include "io/csv_reader.h"
#include "io/csv_writer.h"
#include "test_files.h"

using namespace candist;

class CsvWriterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesExactlyWhenNeeded()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&buffer);
            writer.writeRow({"plain", " spaced ", "a,b", "say \"hi\"", "two\nlines", "cr\r", ""});
            writer.writeRow({""});
            writer.flush();
        }
        QCOMPARE(buffer.data(),
                 QByteArray("plain, spaced ,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\","
                            "\"cr\r\",\n\"\"\n"));
    }

    void roundTripsTextByteForByte()
    {
        const QStringList tricky = {
            QStringLiteral("commas, \"quotes\" and\nnewlines\r\nand CRLF"),
            QStringLiteral("  leading and trailing spaces  "),
            QStringLiteral("unicode: \u00e9\u00e8 \u4e2d\u6587 \U0001F600 \u200b"),
            QStringLiteral("=1+2"),
            QStringLiteral("\"\"\""),
            QStringLiteral("tab\tinside"),
            QString(),
            QStringLiteral(";semicolon;"),
        };
        test::Scratch scratch;
        const QString path = scratch.path("round.csv");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            CsvWriter writer(&file);
            writer.writeRow({"n", "text"});
            for (int i = 0; i < tricky.size(); ++i)
                writer.writeRow({QString::number(i), tricky[i]});
            writer.flush();
        }
        CsvReader reader(path);
        CsvRecord record;
        for (int i = 0; i < tricky.size(); ++i) {
            QVERIFY(reader.next(record));
            QCOMPARE(record.fields[0], QString::number(i));
            QCOMPARE(record.fields[1].toUtf8(), tricky[i].toUtf8());
        }
        QVERIFY(!reader.next(record));
    }

    void writesOtherDelimiters()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer, '\t');
        writer.writeRow({"a,b", "c\td"});
        writer.flush();
        QCOMPARE(buffer.data(), QByteArray("a,b\t\"c\td\"\n"));
    }
};

QTEST_GUILESS_MAIN(CsvWriterTest)
#include "test_csv_writer.moc"
