#include <QJsonArray>
#include <QtTest>

#include "review/agreement_report.h"
#include "store/project_store.h"
#include "test_files.h"

using namespace candist;

class AgreementReportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuresTeacherAndStudentAgainstHumanAnswers()
    {
        test::Scratch scratch;
        ProjectStore store(scratch.path(QStringLiteral("a.candist")),
                           ProjectStore::OpenMode::CreateIfMissing);
        store.setLabelSchema(LabelSchema(
            {Label{QStringLiteral("a")}, Label{QStringLiteral("b")}, Label{QStringLiteral("c")}}));
        // (teacher first candidate, student prediction, human label); -1 = no result
        const QVector<std::array<int, 3>> rows = {
            {0, 0, 0},  // all agree
            {0, 1, 1},  // human sides with the student
            {2, 1, 2},  // human sides with the teacher
            {0, 1, 2},  // all three differ
            {1, -1, 1}, // no student yet
            {2, 2, -1}, // no human: not part of the report
        };
        QVector<TeacherResult> teacher;
        QVector<StudentResult> student;
        for (const auto &[t, s, h] : rows) {
            const SampleRow row = ProjectStore::SampleInserter(store).insert(
                QString::number(store.sampleCount()), QStringLiteral("x"), {}, {});
            teacher.append({row, QStringLiteral("sa"), {t}, {}, {}, TeacherStatus::Ok});
            if (s >= 0)
                student.append({row, {0.f, 0.f, 0.f}, s, 0.9f, 0});
            if (h >= 0)
                store.recordHumanDecision({row, HumanAction::Label, h, {}});
        }
        store.saveTeacherResults(teacher);
        store.saveStudentResults(1, student);

        const AgreementReport report = AgreementReport::compute(store);
        QCOMPARE(report.humanLabelled, 5);
        QCOMPARE(report.teacher.compared, 5);
        QCOMPARE(report.teacher.agreed, 3);
        QCOMPARE(report.student.compared, 4);
        QCOMPARE(report.student.agreed, 2);
        QCOMPARE(report.humanSidedWithStudent, 1);
        QCOMPARE(report.humanSidedWithTeacher, 1);
        QCOMPARE(report.allThreeDiffer, 1);
        QCOMPARE(report.teacher.confusion[2][0], 1); // human c, teacher a
        QCOMPARE(report.student.confusion[1][1], 1);
        QCOMPARE(report.teacher.perLabelAccuracy[1], 0.5); // human b: teacher right once of twice
        QCOMPARE(report.student.perLabelAccuracy[2], 0.0);

        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(QStringLiteral("teacher"))
                     .toObject()
                     .value(QStringLiteral("accuracy"))
                     .toDouble(),
                 0.6);
        QCOMPARE(json.value(QStringLiteral("student"))
                     .toObject()
                     .value(QStringLiteral("confusion"))
                     .toArray()
                     .size(),
                 3);
    }
};

QTEST_GUILESS_MAIN(AgreementReportTest)
#include "test_agreement_report.moc"
