// The typed error: its message names the place in the file, and its kind tells a boundary what
// to do (a cancellation is no failure).
#include <QtTest>

#include "model/error.h"

using namespace candist;

Q_DECLARE_METATYPE(candist::ErrorLocation)

class ErrorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void locationPrefixesTheMessage_data()
    {
        QTest::addColumn<ErrorLocation>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("file only") << ErrorLocation{"a.csv", 0, 0} << "a.csv: bad";
        QTest::newRow("line") << ErrorLocation{"a.csv", 7, 0} << "a.csv:7: bad";
        QTest::newRow("line and column") << ErrorLocation{"a.csv", 7, 3} << "a.csv:7:3: bad";
        QTest::newRow("nowhere") << ErrorLocation{} << "bad";
    }
    void locationPrefixesTheMessage()
    {
        QFETCH(ErrorLocation, where);
        QFETCH(QString, message);
        const Error error(Error::Kind::BadInput, where, QStringLiteral("bad"));
        QCOMPARE(error.message(), message);
        QCOMPARE(QString::fromUtf8(error.what()), message);
        QCOMPARE(error.location().line, where.line);
        QCOMPARE(error.location().file, where.file);
    }

    void kindsSurviveCatchingAsError()
    {
        try {
            throw Cancelled(QStringLiteral("p.candist: import cancelled"));
        } catch (const Error &error) {
            QCOMPARE(error.kind(), Error::Kind::Cancelled);
            QCOMPARE(error.message(), QStringLiteral("p.candist: import cancelled"));
        }
        try {
            throw Error(QStringLiteral("locked"), Error::Kind::Busy);
        } catch (const Cancelled &) {
            QFAIL("a failure was caught as a cancellation");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), Error::Kind::Busy);
        }
        QCOMPARE(Error(QStringLiteral("x")).kind(), Error::Kind::BadInput);
    }
};

QTEST_GUILESS_MAIN(ErrorTest)
#include "test_error.moc"
