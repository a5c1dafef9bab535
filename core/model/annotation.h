#pragma once

#include <optional>
#include <vector>

#include <QDateTime>
#include <QString>
#include <QVector>

namespace candist {

// Row key of a sample inside a project (SQLite rowid); stable for the project's lifetime.
using SampleRow = qint64;

// What the teacher and student may see of a sample. The gold label lives elsewhere on purpose
// (ProjectStore::goldLabels) so that no annotation code can peek at it by accident.
struct Sample
{
    SampleRow row = 0;
    QString id; // the user's id, or the 1-based input line number when the input had none
    QString text;
    QString metadata; // compact JSON object of the input's other columns; empty when none
};

enum class TeacherStatus : int
{
    Pending = 0,
    Ok = 1,
    ParseFailed = 2,     // the LLM answered, but no valid label could be read from the answer
    TransportFailed = 3, // no usable HTTP answer after all retries
};

QString teacherStatusName(TeacherStatus status);
std::optional<TeacherStatus> teacherStatusFromName(QStringView name);

struct TeacherResult
{
    SampleRow row = 0;
    QString strategy;        // sa, ca_add, ca_all, select, imported, ...
    QVector<int> candidates; // label indices, most likely first
    QVector<int> votes;      // self-consistency vote per candidate; empty without sampling
    QString rawResponse;
    TeacherStatus status = TeacherStatus::Pending;
    int promptTokens = 0;
    int completionTokens = 0;
    int latencyMs = 0;

    // The teacher's confidence in its first candidate: its vote share when votes exist.
    std::optional<double> confidence() const;
};

// Candidate lists travel through SQLite and CSV as label indices or names joined by '|'.
QString encodeIndexList(const QVector<int> &indices);
QVector<int> decodeIndexList(QStringView encoded);

enum StudentFlag : quint8
{
    InOut = 1 << 0, // the student's argmax lies outside the teacher's candidate set
    InHc = 1 << 1,  // ...and with high confidence: the student overrules the teacher
    InSl = 1 << 2,  // selected as a clean small-loss sample in the last epoch
};

struct StudentResult
{
    SampleRow row = 0;
    std::vector<float> probabilities; // over all C labels
    int predicted = -1;
    float confidence = 0.f;
    quint8 flags = 0;
};

enum class LabelSource : int
{
    None = 0,
    Teacher = 1,
    Student = 2,
    Human = 3,
};

QString labelSourceName(LabelSource source);

enum class HumanAction : int
{
    Label = 0, // the human chose `label`
    Skip = 1,  // the human looked and is unsure; the sample keeps its machine label
    Clear = 2, // the decision was withdrawn (undo to "never decided")
};

struct HumanDecision
{
    SampleRow row = 0;
    HumanAction action = HumanAction::Label;
    int label = -1; // valid only for HumanAction::Label
    QDateTime decidedAt;
    QString annotator; // who decided; empty when unknown (the window does not ask)
};

// The label a sample leaves the workbench with: human beats student beats teacher.
struct FinalLabel
{
    SampleRow row = 0;
    int label = -1;
    LabelSource source = LabelSource::None;
    std::optional<double> confidence;
};

} // namespace candist
