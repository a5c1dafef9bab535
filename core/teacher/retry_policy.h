#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>

namespace candist {

// How a finished HTTP exchange is treated.
enum class HttpOutcome
{
    Success, // 2xx with a body to read
    Retry,   // 408, 429, 5xx, timeouts, refused/dropped connections, truncated or garbled bodies
    GiveUp,  // other 4xx: this request will not succeed (e.g. the prompt is too long)
    StopRun, // 401, 403, 404: a wrong key, model or URL; every further request would fail too
};

HttpOutcome classifyHttpStatus(long status);

// Exponential backoff with "equal jitter": the n-th retry waits a random time in
// [d/2, d] with d = min(maxDelay, baseDelay * 2^(n-1)); a server's Retry-After is a lower bound
// (capped at maxRetryAfter). `scale` shrinks every delay (tests run with 0.001).
struct RetryPolicy
{
    int maxAttempts = 6;
    double baseDelaySeconds = 0.5;
    double maxDelaySeconds = 30;
    double maxRetryAfterSeconds = 300;
    double scale = 1.0;

    // `failedAttempts` >= 1; `unitRandom` in [0, 1).
    double delaySeconds(int failedAttempts, std::optional<double> retryAfterSeconds,
                        double unitRandom) const;
};

// Retry-After as delta-seconds or an HTTP date (RFC 9110 §10.2.3); nullopt when absent/invalid.
std::optional<double> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace candist
