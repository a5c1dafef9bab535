#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QString>

#include "store/project_store.h"

namespace candist::sql {
class NativeStatement;
}

namespace candist::review_query {

// What core/review scores a sample by: the teacher's answer, the student's output and whether
// a human skipped it.
struct ReviewRow
{
    SampleRow row = 0;
    bool teacherOk = false; // the teacher answered with a readable candidate set
    // Pending when the teacher has no result for the sample (never sent): the review must not
    // call that an unreadable answer.
    TeacherStatus teacherStatus = TeacherStatus::Pending;
    QString candidates;       // as stored (decodeIndexList); meaningful when teacherOk
    QByteArray probabilities; // the student's float32 probabilities; empty without a student
    int studentLabel = -1;    // the student's label (its final-label policy), -1 without one
    quint8 studentFlags = 0;  // StudentFlag bits
    bool skipped = false;     // a human looked and skipped
};

// Every sample still waiting for a human (no decision, or skipped), in import order.
void forEachUndecided(const ProjectStore &store,
                      const std::function<void(const ReviewRow &)> &visit);
// Every sample, decided or not, in import order.
void forEachSample(const ProjectStore &store, const std::function<void(const ReviewRow &)> &visit);

// One sample at a time, whatever its decision; prepares its statement once for many reads.
class RowReader
{
public:
    explicit RowReader(const ProjectStore &store);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    // std::nullopt when the sample does not exist.
    std::optional<ReviewRow> read(SampleRow row);

private:
    std::unique_ptr<sql::NativeStatement> m_query;
};

// A human label beside the teacher's first candidate (when the teacher answered ok) and the
// student's prediction, for the agreement report.
struct HumanLabelRow
{
    int human = -1;
    std::optional<int> teacher;
    std::optional<int> student;
    // The student's run began after this decision and trained on it (a human label enters as a
    // singleton candidate set), without cross-fitting: its label here is no independent answer.
    bool studentTrainedOnIt = false;
};
void forEachHumanLabel(const ProjectStore &store,
                       const std::function<void(const HumanLabelRow &)> &visit);

// The SQL condition "the student run `runs` trained on the human decision `human`" (table
// aliases of distillation_runs and human_labels): the agreement report and the table's
// agreement-cell filter leave those labels out alike.
QString studentTrainedOnHumanCondition(const QString &runs, const QString &human);

} // namespace candist::review_query
