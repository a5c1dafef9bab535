#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "store/project_store.h"
#include "test_files.h"

using namespace candist;

class ReviewCommandTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheQueueAsJsonAndText()
    {
        test::Scratch scratch;
        const QString path = scratch.path(QStringLiteral("p.candist"));
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            store.setLabelSchema(
                LabelSchema({Label{QStringLiteral("yes")}, Label{QStringLiteral("no")}}));
            QVector<TeacherResult> teacher;
            QVector<StudentResult> student;
            for (int i = 0; i < 5; ++i) {
                const SampleRow row = ProjectStore::SampleInserter(store).insert(
                    QStringLiteral("id%1").arg(i), QStringLiteral("sample number %1").arg(i), {},
                    {});
                teacher.append({row, QStringLiteral("sa"), {0}, {}, {}, TeacherStatus::Ok});
                // Sample i's student leans to "no" more the higher i is: id4 disagrees most surely.
                const float no = 0.1f + 0.2f * i;
                student.append({row,
                                {1 - no, no},
                                no > 0.5f ? 1 : 0,
                                std::max(no, 1 - no),
                                quint8(no > 0.5f ? InOut : 0)});
            }
            store.saveTeacherResults(teacher);
            store.saveStudentResults(1, student);
            store.recordHumanDecision({1, HumanAction::Label, 0, {}});
        }
        const test::ProcessResult json = test::runCli(
            {QStringLiteral("review"), path, QStringLiteral("--list"), QStringLiteral("--limit"),
             QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(json.standardOutput).array();
        QCOMPARE(items.size(), 3);
        // id2 (p(no)=0.5) is a coin flip, the most uncertain; id3 (p(no)=0.7) an unsure
        // disagreement; id0 was decided by a human and is absent.
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("id2"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("uncertain"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("id3"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("suggested_label")).toString(),
                 QStringLiteral("no"));
        for (const QJsonValue &item : items)
            QVERIFY(item.toObject().value(QStringLiteral("id")).toString() != QLatin1String("id0"));

        const test::ProcessResult text = test::runCli({QStringLiteral("review"), path});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.standardOutput.startsWith("1. ["), text.standardOutput.constData());
        QVERIFY(text.standardOutput.contains("sample number 3"));
        const test::ProcessResult weighted = test::runCli(
            {QStringLiteral("review"), path, QStringLiteral("--weight-label-against-student"),
             QStringLiteral("5"), QStringLiteral("--json")});
        QCOMPARE(weighted.exitCode, 0);

        const test::ProcessResult agreement =
            test::runCli({QStringLiteral("review"), path, QStringLiteral("--agreement"),
                          QStringLiteral("--json")});
        QCOMPARE(agreement.exitCode, 0);
        const QJsonObject report = QJsonDocument::fromJson(agreement.standardOutput).object();
        QCOMPARE(report.value(QStringLiteral("human_labelled")).toInt(), 1);
        QCOMPARE(report.value(QStringLiteral("teacher"))
                     .toObject()
                     .value(QStringLiteral("accuracy"))
                     .toDouble(),
                 1.0);
        const test::ProcessResult agreementText =
            test::runCli({QStringLiteral("review"), path, QStringLiteral("--agreement")});
        QVERIFY2(agreementText.standardOutput.contains("teacher agrees with the human on 1 of 1"),
                 agreementText.standardOutput.constData());

        const test::ProcessResult usage = test::runCli(
            {QStringLiteral("review"), path, QStringLiteral("--limit"), QStringLiteral("zero")});
        QCOMPARE(usage.exitCode, 2);
        QVERIFY(usage.standardError.contains("--limit"));
        const test::ProcessResult missing =
            test::runCli({QStringLiteral("review"), scratch.path(QStringLiteral("none.candist"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.standardError.contains("no such project file"));
    }
};

QTEST_GUILESS_MAIN(ReviewCommandTest)
#include "test_review_command.moc"
