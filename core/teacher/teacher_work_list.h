#pragma once

#include <deque>
#include <optional>

#include <QVector>

#include "model/annotation.h"

namespace candist {

class ProjectStore;

// What a run asks the teacher for.
enum class TeachMode
{
    Annotate,     // candidate sets for the samples that have none yet (sa, ca_add, ca_all)
    Select,       // one label out of each earlier candidate set
    GeneratePool, // example texts for every label (the LLM-written few-shot pool)
};

// One piece of work: a sample and, for Select, its earlier result. For GeneratePool,
// `sample.row` is the index of the label to write examples for.
struct TeacherWork
{
    Sample sample;
    QVector<int> previousCandidates; // Select
    QVector<int> previousVotes;
};

// The work a run sets out to do, fixed when the list is made: samples imported during the run
// wait for the next one. Resumable by construction: a sample is listed while it has no stored
// result (Annotate) or no select result (Select), so a run after a cancelled or failed one lists
// exactly what is left. Samples are read from the store a page at a time.
class TeacherWorkList
{
public:
    // `limit` > 0 caps Annotate and Select; `labelCount` is GeneratePool's whole work.
    TeacherWorkList(ProjectStore &store, TeachMode mode, qint64 limit, int labelCount);

    qint64 total() const { return m_total; }
    std::optional<TeacherWork> next();

private:
    void collectSelectWork();

    ProjectStore &m_store;
    TeachMode m_mode;
    qint64 m_limit;
    int m_labelCount;
    qint64 m_total = 0;
    qint64 m_taken = 0;

    std::deque<TeacherWork> m_selectQueue;
    QVector<Sample> m_page;
    qsizetype m_pageIndex = 0;
    SampleRow m_lastRow = 0;
    SampleRow m_rowCeiling = 0;
    bool m_sourceExhausted = false;
};

} // namespace candist
