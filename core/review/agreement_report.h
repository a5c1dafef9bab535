#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace candist {

class ProjectStore;

// Where humans, the teacher and the student disagree, measured on the samples a human labelled.
// confusion[h][m] counts samples the human labelled h and the machine labelled m.
struct AgreementReport
{
    QStringList labels;
    int humanLabelled = 0;

    struct Machine
    {
        int compared = 0; // human-labelled samples this machine also labelled
        int agreed = 0;
        QVector<QVector<int>> confusion;
        QVector<double> perLabelAccuracy; // per human label; -1 where the human never chose it
        double accuracy() const { return compared > 0 ? double(agreed) / compared : 0.0; }
    };
    Machine teacher; // the teacher's first candidate
    // The student's prediction, on the human labels it did not train on: after Re-distil a
    // student learnt the human answers (singleton sets), and agreeing with them is no measure.
    Machine student;
    int studentTrainedOnHuman = 0; // human labels left out of the student's comparison for that
    // Samples where the teacher's first candidate, the student and the human all differ.
    int allThreeDiffer = 0;
    // Of the samples where teacher and student disagree, how often the human sided with each.
    int humanSidedWithTeacher = 0;
    int humanSidedWithStudent = 0;

    static AgreementReport compute(const ProjectStore &store);
    QJsonObject toJson() const;
};

} // namespace candist
