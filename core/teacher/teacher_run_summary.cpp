#include "teacher/teacher_run_summary.h"

#include "teacher/teacher_text.h"

namespace candist {

using teacher::Teacher;

QString formatTokenCount(qint64 count)
{
    if (count >= 1000000)
        return QString::number(count / 1e6, 'f', 2) + QLatin1Char('M');
    if (count >= 10000)
        return QString::number(count / 1e3, 'f', 1) + QLatin1Char('k');
    return QString::number(count);
}

QString TeacherRunSummary::toText() const
{
    QString text;
    if (estimated) {
        text += Teacher::tr("dry run (%1): %2 samples, about %3 requests, %4 answers already "
                            "cached\n")
                    .arg(strategy)
                    .arg(total)
                    .arg(requests)
                    .arg(cacheHits);
        text += Teacher::tr("estimated tokens: %1 prompt + %2 completion, estimated cost %3\n")
                    .arg(formatTokenCount(promptTokens), formatTokenCount(completionTokens))
                    .arg(cost, 0, 'f', 4);
        return text;
    }
    text += Teacher::tr("teacher (%1): %2 of %3 samples %4%5\n")
                .arg(strategy)
                .arg(annotated + parseFailed + transportFailed)
                .arg(total)
                .arg(cancelled ? Teacher::tr("processed before cancellation")
                               : Teacher::tr("processed"))
                .arg(seconds > 0 ? QStringLiteral(" in %1 s").arg(seconds, 0, 'f', 1) : QString());
    text += Teacher::tr("  ok: %1, parse-failed: %2, transport-failed: %3, not reached: %4\n")
                .arg(annotated)
                .arg(parseFailed)
                .arg(transportFailed)
                .arg(notReached);
    text += Teacher::tr("  requests: %1 (%2 retries), answers from cache: %3\n")
                .arg(requests)
                .arg(retries)
                .arg(cacheHits);
    if (longestBackoffSeconds >= 1)
        text += Teacher::tr("  longest wait before a retry: %1 s\n")
                    .arg(longestBackoffSeconds, 0, 'f', 1);
    if (transportFailed > 0 && !lastFailure.isEmpty())
        text += Teacher::tr("  last failure: %1\n").arg(lastFailure);
    text += Teacher::tr("  tokens paid: %1 prompt + %2 completion, cost %3\n")
                .arg(formatTokenCount(promptTokens), formatTokenCount(completionTokens))
                .arg(cost, 0, 'f', 4);
    if (transportFailed > 0 || notReached > 0)
        text += Teacher::tr("  run teach again to resume the rest (cached answers are free)\n");
    return text;
}

} // namespace candist
