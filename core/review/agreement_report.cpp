#include "review/agreement_report.h"

#include <QJsonArray>

#include "model/annotation.h"
#include "store/project_store.h"
#include "store/queries/review_query.h"

namespace candist {

namespace {

void initialise(AgreementReport::Machine &machine, int labelCount)
{
    machine.confusion = QVector<QVector<int>>(labelCount, QVector<int>(labelCount, 0));
}

void count(AgreementReport::Machine &machine, int human, int predicted)
{
    const int size = int(machine.confusion.size());
    if (predicted < 0 || predicted >= size || human < 0 || human >= size)
        return;
    ++machine.compared;
    machine.agreed += human == predicted ? 1 : 0;
    ++machine.confusion[human][predicted];
}

void finish(AgreementReport::Machine &machine)
{
    for (qsizetype human = 0; human < machine.confusion.size(); ++human) {
        const QVector<int> &row = machine.confusion.at(human);
        int total = 0;
        for (int value : row)
            total += value;
        machine.perLabelAccuracy << (total > 0 ? double(row.at(human)) / total : -1.0);
    }
}

QJsonObject machineJson(const AgreementReport::Machine &machine, const QStringList &labels)
{
    QJsonArray confusion;
    QJsonObject perLabel;
    for (qsizetype i = 0; i < machine.confusion.size(); ++i) {
        QJsonArray row;
        for (int value : machine.confusion.at(i))
            row.append(value);
        confusion.append(row);
        if (machine.perLabelAccuracy.at(i) >= 0)
            perLabel.insert(labels.at(i), machine.perLabelAccuracy.at(i));
    }
    return {{QStringLiteral("compared"), machine.compared},
            {QStringLiteral("accuracy"), machine.accuracy()},
            {QStringLiteral("per_label_accuracy"), perLabel},
            {QStringLiteral("confusion"), confusion}};
}

} // namespace

AgreementReport AgreementReport::compute(const ProjectStore &store)
{
    AgreementReport report;
    report.labels = store.labelSchema().names();
    const int labelCount = int(report.labels.size());
    initialise(report.teacher, labelCount);
    initialise(report.student, labelCount);
    review_query::forEachHumanLabel(store, [&](const review_query::HumanLabelRow &row) {
        ++report.humanLabelled;
        const int human = row.human;
        const int teacher = row.teacher.value_or(-1);
        if (row.studentTrainedOnIt)
            ++report.studentTrainedOnHuman;
        const int student = row.studentTrainedOnIt ? -1 : row.student.value_or(-1);
        count(report.teacher, human, teacher);
        count(report.student, human, student);
        if (teacher >= 0 && student >= 0 && teacher != student) {
            if (human == teacher)
                ++report.humanSidedWithTeacher;
            else if (human == student)
                ++report.humanSidedWithStudent;
            else
                ++report.allThreeDiffer;
        }
    });
    finish(report.teacher);
    finish(report.student);
    return report;
}

QJsonObject AgreementReport::toJson() const
{
    return {{QStringLiteral("labels"), QJsonArray::fromStringList(labels)},
            {QStringLiteral("human_labelled"), humanLabelled},
            {QStringLiteral("teacher"), machineJson(teacher, labels)},
            {QStringLiteral("student"), machineJson(student, labels)},
            {QStringLiteral("all_three_differ"), allThreeDiffer},
            {QStringLiteral("human_sided_with_teacher"), humanSidedWithTeacher},
            {QStringLiteral("human_sided_with_student"), humanSidedWithStudent},
            {QStringLiteral("student_trained_on_human"), studentTrainedOnHuman}};
}

} // namespace candist
