#pragma once

#include <optional>

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include "model/annotation.h"
#include "store/project_store.h"

namespace candist {

// What the sample table shows and how it is ordered. Filtering and sorting run as SQL in the
// caller's thread (the window's database thread); the widgets only ever hold the ordered row ids
// plus a few cached pages.
struct SampleFilter
{
    enum class Status
    {
        Any,
        Unreviewed,    // no human decision yet
        HumanLabelled, // a human chose a label
        Skipped,       // a human looked and skipped
        TeacherPending,
        TeacherOk,
        ParseFailed,
        TransportFailed,
    };
    enum Flag : quint32
    {
        OutOfCandidate = 1 << 0, // the student's argmax is outside the teacher's candidates
        Overruled = 1 << 1,      // ... with high confidence: the student overrules the teacher
        ParseFailure = 1 << 2,   // the teacher's answer had no readable label
        Ambiguous = 1 << 3,      // more than one candidate, or the student left the candidates
    };

    Status status = Status::Any;
    int finalLabel = -1; // -1: any
    int minSetSize = 0;
    int maxSetSize = -1; // -1: no upper bound
    quint32 flags = 0;   // every set flag must hold
    QString text;        // substring of the text or the id, case-insensitive (ASCII)
    // The annotators' notes (SampleNote, schema 4).
    quint32 noteFlags = 0;    // every set SampleNote::Flag must hold
    bool anyNoteFlag = false; // at least one note flag
    bool hasComment = false;  // a non-empty comment
    // A cell of the agreement report (ui/agreement_view): the teacher's first candidate of a
    // readable answer, the student's label; -1: any. `independentStudent` leaves out the human
    // labels the student trained on, as the report does.
    int teacherLabel = -1;
    int studentLabel = -1;
    bool independentStudent = false;

    bool isEmpty() const
    {
        return status == Status::Any && finalLabel < 0 && minSetSize <= 0 && maxSetSize < 0 &&
               flags == 0 && text.isEmpty() && noteFlags == 0 && !anyNoteFlag && !hasComment &&
               teacherLabel < 0 && studentLabel < 0 && !independentStudent;
    }
    bool operator==(const SampleFilter &other) const
    {
        return status == other.status && finalLabel == other.finalLabel &&
               minSetSize == other.minSetSize && maxSetSize == other.maxSetSize &&
               flags == other.flags && text == other.text && noteFlags == other.noteFlags &&
               anyNoteFlag == other.anyNoteFlag && hasComment == other.hasComment &&
               teacherLabel == other.teacherLabel && studentLabel == other.studentLabel &&
               independentStudent == other.independentStudent;
    }
};

struct SampleSort
{
    enum class Key
    {
        Row,
        Id,
        SetSize,
        StudentLabel,
        Confidence,
        Margin,
        Entropy,
        FinalLabel,
        ReviewPriority, // core/review's queue: most valuable human answer first, by the scores
                        // stored in the project (review_score_query.h)
        NoteFlags,      // the annotators' flags as a number (SampleNote::Flag bits); samples
                        // with a comment and no flag count 0, samples without a note come last
    };
    Key key = Key::Row;
    Qt::SortOrder order = Qt::AscendingOrder;
};

// One table row, as fetched for a page. The text is cut in SQL: the full text is the detail
// panel's business.
struct SampleRowData
{
    SampleRow row = 0;
    QString id;
    QString textPrefix;
    std::optional<TeacherStatus> teacherStatus;
    QVector<int> candidates;
    int studentLabel = -1;
    std::optional<double> studentConfidence;
    std::optional<double> margin;
    std::optional<double> entropy;
    quint8 studentFlags = 0;
    std::optional<HumanAction> humanAction;
    int finalLabel = -1;
    LabelSource finalSource = LabelSource::None;
    std::optional<double> finalConfidence;
    quint32 noteFlags = 0; // SampleNote::Flag bits
    QString comment;

    quint32 flags() const;
};

// The rows of the table in display order. The common case (no filter, import order, rows
// 1..n without gaps) is a range and costs nothing; anything else is an explicit id list,
// 8 bytes a sample.
class RowOrder
{
public:
    RowOrder() = default;
    explicit RowOrder(QVector<SampleRow> rows) : m_rows(std::move(rows)) {}
    static RowOrder range(SampleRow first, qint64 count, bool descending);

    qint64 size() const { return m_isRange ? m_count : m_rows.size(); }
    bool isEmpty() const { return size() == 0; }
    SampleRow at(qint64 position) const
    {
        if (!m_isRange)
            return m_rows.at(position);
        return m_descending ? m_first + m_count - 1 - position : m_first + position;
    }
    QVector<SampleRow> mid(qint64 position, qint64 length) const;
    // Position of `row`, -1 when absent (linear for explicit lists).
    qint64 indexOf(SampleRow row) const;
    bool isRange() const { return m_isRange; }

private:
    QVector<SampleRow> m_rows;
    bool m_isRange = false;
    bool m_descending = false;
    SampleRow m_first = 0;
    qint64 m_count = 0;
};

namespace sample_page_query {

// The rows that pass `filter`, in the order of `sort`. Rows without the sorted value (no student
// or teacher result, no final label) come last in row order in both directions; among the rows
// with a value, descending is the exact reverse of ascending (ties by row descending), which is
// the order an index scan reads backwards. SampleSort::Key::ReviewPriority is the review queue
// (samples without a decision, then the skipped ones) by the stored review scores, which the
// caller keeps current (core/review's ReviewRanker::ensureStoredScores); descending reverses it.
RowOrder orderedRows(ProjectStore &store, const SampleFilter &filter, const SampleSort &sort);
// SQLite's plan (EXPLAIN QUERY PLAN, one detail line a step) of the statements orderedRows runs
// for `filter` and `sort`, which run nothing: tests check that an order is an index scan.
QStringList queryPlan(ProjectStore &store, const SampleFilter &filter, const SampleSort &sort);
// Rows in the order of `rows`; rows that vanished are left out.
QVector<SampleRowData> fetchRows(ProjectStore &store, const QVector<SampleRow> &rows);

} // namespace sample_page_query

} // namespace candist

Q_DECLARE_METATYPE(candist::SampleFilter)
