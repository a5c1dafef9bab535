#pragma once

#include <QHash>

#include "model/annotation.h"

namespace candist {

// What a view read of its queue's samples in the database thread, by row: the answers it has,
// the requests on their way, and which request's answer counts. A change forgets a row, and the
// answer still on its way then describes the state before the change: finish() drops it.
template<typename Value>
class RowFetchCache
{
public:
    // A request number for reading `row`, or 0 when it is cached or on its way already.
    quint64 begin(SampleRow row)
    {
        if (row < 0 || contains(row))
            return 0;
        m_pending.insert(row, ++m_requests);
        return m_requests;
    }
    // Keeps the answer of `request`; false when it was superseded.
    bool finish(SampleRow row, quint64 request, const Value &value)
    {
        if (m_pending.value(row) != request)
            return false;
        m_pending.remove(row);
        m_values.insert(row, value);
        return true;
    }
    // Cached or on its way.
    bool contains(SampleRow row) const { return m_values.contains(row) || m_pending.contains(row); }
    const Value *find(SampleRow row) const
    {
        const auto it = m_values.constFind(row);
        return it == m_values.constEnd() ? nullptr : &*it;
    }
    // The next begin() reads the row again.
    void forget(SampleRow row)
    {
        m_values.remove(row);
        m_pending.remove(row);
    }
    // The answer on its way no longer counts; a cached one stays.
    void dropPending(SampleRow row) { m_pending.remove(row); }
    void clear()
    {
        m_values.clear();
        m_pending.clear();
    }
    // Forgets the cached rows `far` says are far away, once more than `limit` are cached.
    template<typename Far>
    void trim(int limit, Far far)
    {
        if (m_values.size() <= limit)
            return;
        for (auto it = m_values.begin(); it != m_values.end();)
            it = far(it.key()) ? m_values.erase(it) : std::next(it);
    }

private:
    QHash<SampleRow, Value> m_values;
    QHash<SampleRow, quint64> m_pending;
    quint64 m_requests = 0;
};

} // namespace candist
