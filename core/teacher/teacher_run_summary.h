#pragma once

#include <QString>

namespace candist {

// What a teacher run (or a dry run, or a pool generation) did, and the report a user reads.
struct TeacherRunSummary
{
    QString strategy;
    qint64 total = 0;           // samples the run set out to annotate
    qint64 annotated = 0;       // finished with candidates
    qint64 parseFailed = 0;     // answered, but no label could be read even after re-asking
    qint64 transportFailed = 0; // no usable answer after every retry; retried by the next run
    qint64 notReached = 0;      // left for the next run (cancelled)
    qint64 requests = 0;        // HTTP requests sent, retries included (estimated in a dry run)
    qint64 retries = 0;
    qint64 cacheHits = 0;             // answers read from the project's response cache (free)
    double longestBackoffSeconds = 0; // the longest wait before a retry (Retry-After included)
    qint64 promptTokens = 0;          // paid for in this run (estimated in a dry run)
    qint64 completionTokens = 0;
    double cost = 0;
    bool estimated = false; // a dry run: nothing was sent
    bool cancelled = false;
    double seconds = 0;
    QString apiKeySource; // where the key came from (never the key)
    QString apiKeyNote;   // why there is none
    QString lastFailure;  // why the last transport-failed sample failed (redacted)

    QString toText() const;
};

// 1234, 12.3k, 1.23M: token counts in reports and progress lines.
QString formatTokenCount(qint64 count);

} // namespace candist
