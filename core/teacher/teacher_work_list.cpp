#include "teacher/teacher_work_list.h"

#include <algorithm>
#include <vector>

#include "store/project_store.h"

namespace candist {

namespace {

constexpr int kPageSize = 256;

} // namespace

TeacherWorkList::TeacherWorkList(ProjectStore &store, TeachMode mode, qint64 limit, int labelCount)
    : m_store(store), m_mode(mode), m_limit(limit), m_labelCount(labelCount)
{
    if (m_mode == TeachMode::GeneratePool) {
        m_total = m_labelCount;
        return;
    }
    if (m_mode == TeachMode::Select)
        collectSelectWork();
    // The work is fixed here: samples imported while the run goes wait for the next one.
    m_rowCeiling = m_store.lastSampleRow();
    m_total = m_mode == TeachMode::Select ? qint64(m_selectQueue.size())
                                          : m_store.samplesAwaitingTeacherCount(m_rowCeiling);
    if (m_limit > 0)
        m_total = std::min(m_total, m_limit);
}

void TeacherWorkList::collectSelectWork()
{
    // Collect first, then read texts: the visitor must not run other queries on the connection.
    std::vector<TeacherResult> eligible;
    m_store.forEachTeacherResult([&](const TeacherResult &result) {
        if (result.status == TeacherStatus::Ok && !result.candidates.isEmpty() &&
            result.strategy != QLatin1String("select"))
            eligible.push_back(result);
    });
    for (const TeacherResult &result : eligible) {
        const std::optional<Sample> sample = m_store.sample(result.row);
        if (!sample)
            continue;
        m_selectQueue.push_back({*sample, result.candidates, result.votes});
    }
}

std::optional<TeacherWork> TeacherWorkList::next()
{
    if (m_mode == TeachMode::GeneratePool) {
        if (m_taken >= m_labelCount)
            return std::nullopt;
        TeacherWork work;
        work.sample.row = m_taken++; // the label index
        return work;
    }
    if (m_limit > 0 && m_taken >= m_limit)
        return std::nullopt;
    if (m_mode == TeachMode::Select) {
        if (m_selectQueue.empty())
            return std::nullopt;
        TeacherWork work = std::move(m_selectQueue.front());
        m_selectQueue.pop_front();
        ++m_taken;
        return work;
    }
    if (m_taken >= m_total)
        return std::nullopt;
    if (m_pageIndex >= m_page.size()) {
        if (m_sourceExhausted)
            return std::nullopt;
        m_page = m_store.samplesAwaitingTeacher(m_lastRow, kPageSize);
        m_pageIndex = 0;
        if (m_page.size() < kPageSize)
            m_sourceExhausted = true;
        while (!m_page.isEmpty() && m_page.last().row > m_rowCeiling) {
            m_page.removeLast();
            m_sourceExhausted = true;
        }
        if (m_page.isEmpty())
            return std::nullopt;
        m_lastRow = m_page.last().row;
    }
    TeacherWork work;
    work.sample = m_page.at(m_pageIndex++);
    ++m_taken;
    return work;
}

} // namespace candist
