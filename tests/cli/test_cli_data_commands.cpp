#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include "test_files.h"

using namespace candist;

namespace {

const QByteArray kSamples = "id,text,label\n"
                            "a1,\"Stocks rally, \"\"again\"\"\",Business\n"
                            "a2,Team wins the cup,Sports\n"
                            "a3,\"Election\nresults\",World\n"
                            "a4,=cmd,Sports\n";

} // namespace

class CliDataCommandsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importAnnotateStatsExport()
    {
        test::Scratch scratch;
        const QString project = scratch.path("p.candist");
        const QString input = scratch.write("in.csv", kSamples);
        test::ProcessResult result = test::runCli(
            {"import", project, "--input", input, "--id-column", "id", "--gold-column", "label"});
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        QVERIFY(result.standardOutput.contains("imported 4 samples (4 with gold)"));

        const QString annotations =
            scratch.write("ann.csv", "id,llm\na1,Business|World\na2,Sports\na3,Business\na4,\n");
        result = test::runCli({"import-annotations", project, "--input", annotations, "--column",
                               "llm", "--id-column", "id"});
        QVERIFY2(result.exitCode == 0, result.standardError.constData());

        result = test::runCli({"stats", project, "--json"});
        QCOMPARE(result.exitCode, 0);
        QJsonParseError error;
        const QJsonObject stats = QJsonDocument::fromJson(result.standardOutput, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(stats["samples"].toInteger(), 4);
        QCOMPARE(stats["labels"].toInteger(), 3);
        const QJsonObject teacher = stats["teacher"].toObject();
        QCOMPARE(teacher["annotated"].toInteger(), 3);
        QCOMPARE(teacher["parse_failed"].toInteger(), 1);
        QCOMPARE(teacher["single_accuracy"].toDouble(), 0.5); // a1, a2 right
        QCOMPARE(teacher["coverage"].toDouble(), 0.75);       // a3 missed
        QCOMPARE(teacher["mean_set_size"].toDouble(), 1.75);  // (2 + 1 + 1 + 3) / 4
        const QJsonObject resolved = stats["resolved"].toObject();
        QCOMPARE(resolved["by_teacher"].toInteger(), 3);
        QCOMPARE(resolved["by_student"].toInteger(), 0);
        QCOMPARE(resolved["by_human"].toInteger(), 0);

        result = test::runCli({"stats", project});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.standardOutput.contains("teacher coverage:          75.00 %"));

        const QString output = scratch.path("out.csv");
        result = test::runCli(
            {"export", project, "--output", output, "--only-resolved", "--spreadsheet-safe"});
        QVERIFY2(result.exitCode == 0, result.standardError.constData());
        QCOMPARE(scratch.read("out.csv"),
                 QByteArray("id,text,label,source,confidence,candidates,flags,comment,gold\n"
                            "a1,\"Stocks rally, \"\"again\"\"\",Business,teacher,,Business|World,"
                            ",,Business\n"
                            "a2,Team wins the cup,Sports,teacher,,Sports,,,Sports\n"
                            "a3,\"Election\nresults\",Business,teacher,,Business,,,World\n"));
        result = test::runCli({"export", project, "--output", output});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(scratch.read("out.csv").endsWith("a4,=cmd,,,,,,,Sports\n"));
    }

    // Export onto the project itself, its -wal/-shm companions or a link to it would replace
    // the project (paid answers, cache, labels) with CSV: refused before anything is written.
    void exportRefusesToOverwriteTheProject()
    {
        test::Scratch scratch;
        const QString project = scratch.path("p.candist");
        const QString input = scratch.write("in.csv", kSamples);
        QCOMPARE(test::runCli({"import", project, "--input", input, "--id-column", "id"}).exitCode,
                 0);
        const QByteArray before = scratch.read("p.candist");
        QVERIFY(QFile::link(project, scratch.path("link.csv")));
        QVERIFY(QDir().mkpath(scratch.path("sub")));
        const QStringList targets = {project,
                                     project + "-wal",
                                     project + "-shm",
                                     scratch.path("link.csv"),
                                     scratch.path("sub/../p.candist"),
                                     scratch.path("./p.candist")};
        for (const QString &target : targets) {
            const test::ProcessResult result =
                test::runCli({"export", project, "--output", target});
            QVERIFY2(result.exitCode == 1, qPrintable(target));
            QVERIFY2(result.standardError.contains("is the project file or one of its companion"),
                     result.standardError.constData());
            QCOMPARE(scratch.read("p.candist"), before);
        }
        test::ProcessResult stats = test::runCli({"stats", project, "--json"});
        QCOMPARE(stats.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(stats.standardOutput).object()["samples"].toInteger(), 4);
        QVERIFY(QFileInfo(scratch.path("link.csv")).isSymLink());
    }

    // Input files can hold escape sequences and NULs; a message that quotes them must not hand
    // them to the terminal.
    void errorMessagesEscapeControlCharacters()
    {
        test::Scratch scratch;
        const QString input = scratch.write(
            "evil.csv", QByteArray("\"a\x1b]0;owned\x07\x1b[2J\0b\",label\nx,y\n", 30));
        const test::ProcessResult result = test::runCli(
            {"import", scratch.path("p.candist"), "--input", input, "--text-column", "text"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains("no column \"text\""),
                 result.standardError.constData());
        QVERIFY(!result.standardError.contains('\x1b'));
        QVERIFY(!result.standardError.contains('\x07'));
        QVERIFY(!result.standardError.contains('\0'));
        QVERIFY2(result.standardError.contains("a\\x1b]0;owned\\x07\\x1b[2J\\x00b"),
                 result.standardError.constData());
    }

    // A full disk (or a file size limit) is named, with the file, instead of "Unknown error".
    void exportNamesAFullDisk()
    {
        test::Scratch scratch;
        QByteArray csv = "id,text\n";
        for (int i = 0; i < 4000; ++i)
            csv += "n" + QByteArray::number(i) + ",a sample text that fills the disk a bit\n";
        const QString project = scratch.path("p.candist");
        QCOMPARE(test::runCli({"import", project, "--input", scratch.write("in.csv", csv),
                               "--id-column", "id"})
                     .exitCode,
                 0);

        // A 64 KiB file size limit in the child; SIGXFSZ ignored, so write() fails with EFBIG.
        QProcess limited;
        const QString output = scratch.path("out.csv");
        limited.start("/bin/sh", {"-c", "ulimit -f 64 && trap '' XFSZ && exec \"$0\" \"$@\"",
                                  test::cliPath(), "export", project, "--output", output});
        QVERIFY(limited.waitForFinished(60000));
        QCOMPARE(limited.exitCode(), 1);
        const QByteArray error = limited.readAllStandardError();
        QVERIFY2(error.contains(QByteArray(output.toUtf8() + ": cannot write: File too large")),
                 error.constData());
        QVERIFY(!QFileInfo::exists(output));

        // A real full disk: a 64 KiB tmpfs (the tests run as root, as scripts/setup and CI do).
        const QString small = scratch.path("small");
        QVERIFY(QDir().mkpath(small));
        QVERIFY2(QProcess::execute("mount", {"-t", "tmpfs", "-o", "size=64k", "tmpfs", small}) == 0,
                 "mounting a 64 KiB tmpfs needs root");
        struct Unmount
        {
            QString path;
            ~Unmount() { QProcess::execute("umount", {path}); }
        } unmount{small};
        const QString full = small + "/out.csv";
        const test::ProcessResult result = test::runCli({"export", project, "--output", full});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(
                     QByteArray(full.toUtf8() + ": cannot write: No space left on device")),
                 result.standardError.constData());
        QVERIFY(result.standardError.contains("the disk is full"));
        QVERIFY(!QFileInfo::exists(full));
    }

    void usageErrorsExitWithTwo()
    {
        test::Scratch scratch;
        const QString project = scratch.path("p.candist");
        test::ProcessResult result = test::runCli({"import", project});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains("--input is required"));
        result = test::runCli({"import", project, "--input", "x.csv", "--bogus"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains("bogus"));
        result = test::runCli({"export", project});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains("--output is required"));
        result = test::runCli({"stats"});
        QCOMPARE(result.exitCode, 2);
        result = test::runCli({"import-annotations", project, "--input", "a.csv"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.standardError.contains("--column is required"));
        QVERIFY(!QFileInfo::exists(project));
    }

    // Ctrl+C (SIGINT) and SIGTERM set the cancellation flag: the import rolls back and the project
    // it created disappears.
    void interruptedImportRollsBackAndRemovesTheProject()
    {
        test::Scratch scratch;
        QByteArray csv = "id,text\n";
        for (int i = 0; i < 400000; ++i) {
            csv += 'n';
            csv += QByteArray::number(i);
            csv += ",a sample text that takes some room\n";
        }
        const QString input = scratch.write("big.csv", csv);
        const QString project = scratch.path("p.candist");
        QProcess process;
        process.start(test::cliPath(), {"import", project, "--input", input, "--id-column", "id"});
        QVERIFY(process.waitForStarted());
        // The first progress line comes once the import runs inside its transaction.
        process.setReadChannel(QProcess::StandardError);
        QVERIFY(process.waitForReadyRead(60000));
        process.terminate();
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 130); // cancel is an outcome, as after Ctrl+C in a shell
        QVERIFY2(process.readAll().contains("import cancelled; the project is "
                                            "unchanged"),
                 "no cancellation message");
        QVERIFY(!QFileInfo::exists(project));
        QVERIFY(!QFileInfo::exists(project + "-wal"));
    }

    void dataErrorsExitWithOneAndLeaveNoProject()
    {
        test::Scratch scratch;
        const QString project = scratch.path("p.candist");
        const QString bad = scratch.write("bad.csv", "text,label\nok,a\nbroken,\"a\n");
        test::ProcessResult result = test::runCli({"import", project, "--input", bad});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.standardError.contains(
                     QByteArray(bad.toUtf8() + ":3:8: unterminated quoted field")),
                 result.standardError.constData());
        QVERIFY(!QFileInfo::exists(project));

        result = test::runCli({"import", project, "--input", scratch.write("in.csv", kSamples),
                               "--gold-column", "gold"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.contains("no column \"gold\" (given by --gold-column)"));

        result = test::runCli({"stats", scratch.path("missing.candist"), "--json"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.contains("no such project file"));

        QCOMPARE(test::runCli({"import", project, "--input", scratch.path("in.csv"), "--id-column",
                               "id", "--gold-column", "label"})
                     .exitCode,
                 0);
        const QString annotations = scratch.write("ann.csv", "id,llm\na1,Finance\n");
        result = test::runCli({"import-annotations", project, "--input", annotations, "--column",
                               "llm", "--id-column", "id"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.standardError.contains("unknown label(s): \"Finance\" (line 2)"));
    }
};

QTEST_GUILESS_MAIN(CliDataCommandsTest)
#include "test_cli_data_commands.moc"
