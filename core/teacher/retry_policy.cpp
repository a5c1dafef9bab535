#include "teacher/retry_policy.h"

#include <algorithm>
#include <cmath>

#include <QLocale>

namespace candist {

HttpOutcome classifyHttpStatus(long status)
{
    if (status >= 200 && status < 300)
        return HttpOutcome::Success;
    if (status == 408 || status == 409 || status == 425 || status == 429 || status >= 500)
        return HttpOutcome::Retry;
    if (status == 401 || status == 403 || status == 404)
        return HttpOutcome::StopRun;
    return HttpOutcome::GiveUp;
}

double RetryPolicy::delaySeconds(int failedAttempts, std::optional<double> retryAfterSeconds,
                                 double unitRandom) const
{
    const double exponent = std::min(failedAttempts - 1, 30);
    const double ceiling = std::min(maxDelaySeconds, baseDelaySeconds * std::pow(2.0, exponent));
    double delay = ceiling * (0.5 + 0.5 * std::clamp(unitRandom, 0.0, 1.0));
    if (retryAfterSeconds)
        delay = std::max(delay, std::min(*retryAfterSeconds, maxRetryAfterSeconds));
    return delay * scale;
}

std::optional<double> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double seconds = trimmed.toDouble(&ok);
    if (ok)
        return seconds >= 0 ? std::optional<double>(seconds) : std::nullopt;
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!date.isValid())
        return std::nullopt;
    date.setTimeSpec(Qt::UTC);
    return std::max(0.0, now.msecsTo(date) / 1000.0);
}

} // namespace candist
