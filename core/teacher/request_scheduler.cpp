#include "teacher/request_scheduler.h"

#include <algorithm>

#include <QDateTime>

#include "store/project_store.h"
#include "teacher/api_key.h"
#include "teacher/curl_multi_client.h"
#include "teacher/teacher_run.h"
#include "teacher/teacher_text.h"

namespace candist {

using teacher::Teacher;

namespace {

// 64 texts of up to 3072 dimensions, as JSON: embeddings answers are legitimately large.
constexpr qint64 kMaxEmbeddingAnswerBytes = 64 * 1024 * 1024;

} // namespace

RequestScheduler::RequestScheduler(ProjectStore &store, const TeacherSettings &settings,
                                   const TeacherRunOptions &options, const QString &apiKey,
                                   TeacherRunSummary &counters, Callbacks callbacks)
    : m_store(store)
    , m_settings(settings)
    , m_options(options)
    , m_key(apiKey)
    , m_counters(counters)
    , m_callbacks(std::move(callbacks))
    , m_client(std::make_unique<CurlMultiClient>(settings.concurrency))
    , m_lastSuccess(Clock::now())
{
    m_policy.maxAttempts = settings.maxAttempts;
    m_policy.scale = options.retryDelayScale;
    m_random.seed(options.randomSeed ? options.randomSeed
                                     : quint32(Clock::now().time_since_epoch().count()));
}

RequestScheduler::~RequestScheduler() = default;

QString RequestScheduler::redact(const QString &text) const
{
    return redactSecret(text, m_key);
}

void RequestScheduler::enqueue(TeacherRequest request)
{
    if (request.kind == RequestKind::Chat)
        request.key = responseCacheKey(m_settings, request.messages, request.n, request.slot);
    else if (request.kind == RequestKind::PoolEmbedding)
        request.key = embeddingCacheKey(m_settings, request.inputs);
    // Sample-embedding batches have no key of their own: each text is cached separately.
    const quint64 tag = m_nextTag++;
    m_requests.emplace(tag, std::move(request));
    m_ready.push_back(tag);
}

void RequestScheduler::dropRequestsOf(quint64 item)
{
    std::vector<std::pair<QString, quint64>> dropped;
    for (auto request = m_requests.begin(); request != m_requests.end();) {
        if (request->second.item == item) {
            dropped.emplace_back(request->second.key, request->first);
            request = m_requests.erase(request);
        } else {
            ++request;
        }
    }
    for (const auto &[key, tag] : dropped)
        releaseFollowers(key, tag, nullptr, nullptr);
}

TeacherAnswer RequestScheduler::read(RequestKind kind, const QByteArray &body) const
{
    TeacherAnswer answer;
    if (kind == RequestKind::Chat)
        answer.completion = parseChatCompletion(body, &answer.error);
    else
        answer.embeddings = parseEmbeddings(body, &answer.error);
    return answer;
}

void RequestScheduler::dispatch()
{
    while (!m_ready.empty() && m_client->inFlight() < m_settings.concurrency) {
        const quint64 tag = m_ready.front();
        m_ready.pop_front();
        const auto found = m_requests.find(tag);
        if (found == m_requests.end()) // its item already failed
            continue;
        TeacherRequest &request = found->second;
        if (request.attempts == 0 && !request.key.isEmpty()) {
            if (const std::optional<CachedResponse> cached = m_store.cachedResponse(request.key)) {
                ++m_counters.cacheHits;
                TeacherAnswer answer = read(request.kind, cached->response.toUtf8());
                answer.fromCache = true;
                TeacherRequest taken = std::move(request);
                m_requests.erase(found);
                m_callbacks.answered(std::move(taken), answer);
                continue;
            }
            // The same request is on its way for another sample with the same text: wait for
            // its answer rather than pay for it twice.
            const auto owner = m_keyOwner.constFind(request.key);
            if (owner != m_keyOwner.constEnd() && *owner != tag && m_requests.count(*owner) > 0) {
                m_keyFollowers[request.key].push_back(tag);
                continue;
            }
            m_keyOwner.insert(request.key, tag);
        }
        HttpRequest http;
        http.tag = tag;
        http.timeoutMs = m_settings.timeoutSeconds * 1000;
        http.bearerToken = m_key.toUtf8();
        if (request.kind == RequestKind::Chat) {
            http.maxResponseBytes = m_options.maxAnswerBytes;
            http.url = m_settings.chatCompletionsUrl().toUtf8();
            http.body = chatCompletionBody(m_settings, request.messages, request.n);
        } else {
            http.maxResponseBytes = kMaxEmbeddingAnswerBytes;
            http.url = m_settings.embeddingsUrl().toUtf8();
            http.body = embeddingsBody(m_settings, request.inputs);
        }
        ++request.attempts;
        ++m_counters.requests;
        if (request.attempts > 1)
            ++m_counters.retries;
        m_client->start(http);
    }
}

void RequestScheduler::poll(bool draining)
{
    int waitMs = 100; // also bounds how long a cancellation waits
    if (!m_delayed.empty() && !draining) {
        const auto untilDue = std::chrono::duration_cast<std::chrono::milliseconds>(
            m_delayed.begin()->first - Clock::now());
        waitMs = int(std::clamp<qint64>(untilDue.count(), 0, waitMs));
    }
    for (const HttpResponse &response : m_client->poll(waitMs))
        handle(response);
    // A due retry goes first: its sample has waited longest and holds a place in the run's
    // window until it is answered, and the last retries are what the run's end waits for.
    const auto now = Clock::now();
    const auto due = m_delayed.upper_bound(now);
    std::vector<quint64> retries;
    for (auto it = m_delayed.begin(); it != due; ++it)
        retries.push_back(it->second);
    m_delayed.erase(m_delayed.begin(), due);
    m_ready.insert(m_ready.begin(), retries.begin(), retries.end());
}

void RequestScheduler::handle(const HttpResponse &response)
{
    const auto it = m_requests.find(response.tag);
    if (it == m_requests.end())
        return;
    if (response.oversized) {
        // Not retried: every attempt would be paid for and answered the same way.
        fail(response.tag, response.curlError);
        return;
    }
    if (response.curlCode != 0) {
        const QString reason =
            response.isTimeout()
                ? Teacher::tr("no answer within %1 s").arg(m_settings.timeoutSeconds)
                : redact(response.curlError);
        retryOrFail(response.tag, reason, {});
        noteTransportFailure(reason);
        return;
    }
    const RequestKind kind = it->second.kind;
    const QString where =
        kind == RequestKind::Chat ? m_settings.chatCompletionsUrl() : m_settings.embeddingsUrl();
    switch (classifyHttpStatus(response.status)) {
    case HttpOutcome::Success:
        handleSuccess(response.tag, response);
        return;
    case HttpOutcome::Retry: {
        const QString reason = Teacher::tr("HTTP %1: %2")
                                   .arg(response.status)
                                   .arg(redact(errorBodySummary(response.body)));
        retryOrFail(response.tag, reason, response.retryAfter);
        // A server that rate-limits is alive; one that answers 5xx to everything is not.
        if (response.status >= 500)
            noteTransportFailure(reason);
        else
            noteServerAlive();
        return;
    }
    case HttpOutcome::GiveUp:
        noteServerAlive();
        if (kind == RequestKind::PoolEmbedding) {
            stop(Teacher::tr("%1 answered HTTP %2 (%3)")
                     .arg(where)
                     .arg(response.status)
                     .arg(redact(errorBodySummary(response.body))));
            return;
        }
        fail(response.tag, Teacher::tr("HTTP %1 from %2: %3")
                               .arg(response.status)
                               .arg(where, redact(errorBodySummary(response.body))));
        return;
    case HttpOutcome::StopRun:
        stop(Teacher::tr("%1 answered HTTP %2 (%3)%4")
                 .arg(where)
                 .arg(response.status)
                 .arg(redact(errorBodySummary(response.body)))
                 .arg(response.status == 404
                          ? Teacher::tr("; check the endpoint URL and the model name")
                          : Teacher::tr("; check the API key in $%1 or the keychain")
                                .arg(m_settings.apiKeyEnv)));
        return;
    }
}

void RequestScheduler::handleSuccess(quint64 tag, const HttpResponse &response)
{
    // Redacted before it is read: what is parsed is what is cached, so the answer is read once
    // and a proxy that echoes the key cannot leak it into the project.
    const auto it = m_requests.find(tag);
    const QByteArray body = redactSecret(response.body, m_key);
    TeacherAnswer answer = read(it->second.kind, body);
    if (!answer.completion && !answer.embeddings) {
        const QString reason = Teacher::tr("unreadable answer: ") + answer.error;
        retryOrFail(tag, reason, {});
        noteTransportFailure(reason);
        return;
    }
    noteServerAlive();
    answer.latencyMs = int(response.seconds * 1000);
    TeacherRequest request = std::move(it->second);
    m_requests.erase(it);
    // Cached before it is handed on: a crash from here on never pays for this answer again.
    if (request.kind == RequestKind::Chat) {
        m_store.cacheResponse(request.key, CachedResponse{QString::fromUtf8(body),
                                                          answer.completion->promptTokens,
                                                          answer.completion->completionTokens});
    } else if (!request.key.isEmpty()) {
        m_store.cacheResponse(request.key, CachedResponse{QString::fromUtf8(body), 0, 0});
    }
    const QString key = request.key;
    m_callbacks.answered(std::move(request), answer);
    releaseFollowers(key, tag, &answer, nullptr);
}

void RequestScheduler::retryOrFail(quint64 tag, const QString &reason, const QByteArray &retryAfter)
{
    TeacherRequest &request = m_requests.at(tag);
    if (request.attempts >= m_policy.maxAttempts) {
        if (request.kind == RequestKind::PoolEmbedding) {
            stop(Teacher::tr("the few-shot pool could not be embedded: %1").arg(reason));
            return;
        }
        fail(tag, Teacher::tr("%1 (after %2 attempts)").arg(reason).arg(m_policy.maxAttempts));
        return;
    }
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double delay = m_policy.delaySeconds(
        request.attempts, parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc()),
        unit(m_random));
    m_counters.longestBackoffSeconds = std::max(m_counters.longestBackoffSeconds, delay);
    m_delayed.emplace(Clock::now() + std::chrono::microseconds(qint64(delay * 1e6)), tag);
}

void RequestScheduler::fail(quint64 tag, const QString &reason)
{
    TeacherRequest request = std::move(m_requests.at(tag));
    m_requests.erase(tag);
    const QString key = request.key;
    if (request.kind == RequestKind::PoolEmbedding) // no demonstrations, no run
        stop(Teacher::tr("the few-shot pool could not be embedded: %1").arg(reason));
    else
        m_callbacks.failed(std::move(request), reason);
    // Identical requests would fail the same way.
    releaseFollowers(key, tag, nullptr, &reason);
}

void RequestScheduler::releaseFollowers(const QString &key, quint64 owner,
                                        const TeacherAnswer *answer, const QString *failure)
{
    if (key.isEmpty())
        return;
    const auto it = m_keyOwner.find(key);
    if (it == m_keyOwner.end() || *it != owner)
        return;
    m_keyOwner.erase(it);
    const std::vector<quint64> followers = m_keyFollowers.take(key);
    for (quint64 tag : followers) {
        const auto found = m_requests.find(tag);
        if (found == m_requests.end()) // its item already failed
            continue;
        if (answer) {
            ++m_counters.cacheHits;
            TeacherAnswer shared = *answer;
            shared.fromCache = true;
            shared.latencyMs = 0;
            TeacherRequest taken = std::move(found->second);
            m_requests.erase(found);
            m_callbacks.answered(std::move(taken), shared);
        } else if (failure) {
            fail(tag, *failure);
        } else {
            m_ready.push_back(tag); // the owner was dropped: send it after all
        }
    }
}

void RequestScheduler::noteTransportFailure(const QString &reason)
{
    ++m_consecutiveFailures;
    if (m_options.breakerFailures <= 0)
        return;
    const bool tooMany = m_consecutiveFailures >= m_options.breakerFailures;
    const bool tooLong =
        m_consecutiveFailures >= 2 &&
        Clock::now() - m_lastSuccess >= std::chrono::seconds(2 * m_settings.timeoutSeconds);
    if (!tooMany && !tooLong)
        return;
    stop(Teacher::tr("%1 requests in a row failed without one success (the last: %2); %3 looks "
                     "down or unreachable, so the run stopped instead of retrying every sample")
             .arg(m_consecutiveFailures)
             .arg(reason, m_settings.endpoint));
}

void RequestScheduler::noteServerAlive()
{
    m_consecutiveFailures = 0;
    m_lastSuccess = Clock::now();
}

void RequestScheduler::stop(const QString &reason)
{
    if (m_stopReason.isEmpty())
        m_stopReason = reason;
}

int RequestScheduler::inFlight() const
{
    return m_client->inFlight();
}

void RequestScheduler::abortAll()
{
    m_client->abortAll();
}

} // namespace candist
