#pragma once

#include <atomic>
#include <functional>
#include <optional>

#include <QElapsedTimer>
#include <QString>

namespace candist {

// Shared by every long job (import, export, teacher, distillation): the worker polls it between
// batches; the GUI's Cancel button and the CLI's SIGINT handler set it.
class CancellationFlag
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void reset() { m_cancelled.store(false, std::memory_order_relaxed); }

private:
    std::atomic_bool m_cancelled{false};
};

struct ProgressUpdate
{
    qint64 done = 0;
    qint64 total = 0; // 0 when unknown
    double elapsedSeconds = 0;
    QString detail; // job-specific, e.g. "1.2M tokens, $0.37" or "epoch 3/20"

    double rate() const { return elapsedSeconds > 0 ? done / elapsedSeconds : 0; }
    std::optional<double> etaSeconds() const
    {
        if (total <= 0 || done <= 0 || elapsedSeconds <= 0)
            return std::nullopt;
        return (total - done) / rate();
    }
};

using ProgressCallback = std::function<void(const ProgressUpdate &)>;

// Measures elapsed time from construction and rate-limits reports so that a callback running
// on every item cannot flood a terminal or an event queue.
class ProgressMeter
{
public:
    explicit ProgressMeter(ProgressCallback callback, qint64 total = 0, int minimumIntervalMs = 100)
        : m_callback(std::move(callback)), m_total(total), m_minimumIntervalMs(minimumIntervalMs)
    {
        m_timer.start();
    }

    void setTotal(qint64 total) { m_total = total; }

    // Reports unless the last report was less than the minimum interval ago; `force` always
    // reports (use it for the final update).
    void report(qint64 done, const QString &detail = {}, bool force = false)
    {
        if (!m_callback)
            return;
        const qint64 now = m_timer.elapsed();
        if (!force && m_lastReportMs >= 0 && now - m_lastReportMs < m_minimumIntervalMs)
            return;
        m_lastReportMs = now;
        m_callback(ProgressUpdate{done, m_total, now / 1000.0, detail});
    }

    double elapsedSeconds() const { return m_timer.elapsed() / 1000.0; }

private:
    ProgressCallback m_callback;
    qint64 m_total = 0;
    int m_minimumIntervalMs = 100;
    qint64 m_lastReportMs = -1;
    QElapsedTimer m_timer;
};

} // namespace candist
