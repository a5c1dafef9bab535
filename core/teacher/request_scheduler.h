#pragma once

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <unordered_map>
#include <vector>

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include "teacher/chat_completion.h"
#include "teacher/prompt_builder.h"
#include "teacher/retry_policy.h"

namespace candist {

class CurlMultiClient;
class ProjectStore;
struct HttpResponse;
struct TeacherRunOptions;
struct TeacherRunSummary;

enum class RequestKind
{
    Chat,
    SampleEmbedding, // a batch of samples' texts (each text's vector is cached on its own)
    PoolEmbedding,   // the few-shot pool's texts: the run cannot pick demonstrations without it
};

// One request the run wants answered, however many HTTP attempts it takes.
struct TeacherRequest
{
    quint64 item = 0; // the piece of work a Chat request belongs to
    RequestKind kind = RequestKind::Chat;
    QVector<ChatMessage> messages; // Chat
    int n = 1;
    int slot = 0;
    QStringList inputs;     // embeddings
    QVector<quint64> batch; // the items of a SampleEmbedding request, in input order
    QString key;            // the response cache key (set by the scheduler)
    int attempts = 0;
};

// An answer, parsed once, by the scheduler (it must read an answer to tell a good one from a
// garbled one, which is retried).
struct TeacherAnswer
{
    // Read from the body; nullopt only for a cache entry that no longer parses (`error` says why).
    std::optional<ChatCompletion> completion;                  // Chat
    std::optional<std::vector<std::vector<float>>> embeddings; // embeddings
    QString error;
    bool fromCache = false; // the project's cache or an identical request's answer: not paid
    int latencyMs = 0;
};

// Sends the run's requests through the libcurl multi client: at most `concurrency` in flight,
// answers from the project's response cache first, identical requests in flight sent once,
// retries with jittered exponential backoff that honours Retry-After, and a circuit breaker
// that stops the run on an endpoint that looks dead. Every HTTP answer is cached in the project
// before it is handed on. Reports through callbacks, which may enqueue or drop requests.
class RequestScheduler
{
public:
    struct Callbacks
    {
        // Answered: by the server, by the project's response cache, or by the answer of an
        // identical request.
        std::function<void(TeacherRequest &&, const TeacherAnswer &)> answered;
        // Will not be answered: its retries are spent or the server refused it (4xx). Not
        // called for PoolEmbedding requests, whose failure stops the run.
        std::function<void(TeacherRequest &&, const QString &reason)> failed;
    };

    // `counters` receives requests, retries, cache hits and the longest backoff as they happen.
    RequestScheduler(ProjectStore &store, const TeacherSettings &settings,
                     const TeacherRunOptions &options, const QString &apiKey,
                     TeacherRunSummary &counters, Callbacks callbacks);
    ~RequestScheduler();

    void enqueue(TeacherRequest request);
    // Drops the requests still pending for `item` (its result is decided).
    void dropRequestsOf(quint64 item);
    // Starts ready requests while there is room in flight.
    void dispatch();
    // Waits for answers (at most 100 ms, less when a retry is due sooner; retries are not
    // waited for while `draining`), hands them on and readies the retries that are due, ahead
    // of requests that have not been sent yet.
    void poll(bool draining);

    // Stops the run: nothing new is sent. The first reason is kept.
    void stop(const QString &reason);
    const QString &stopReason() const { return m_stopReason; }

    bool idle() const { return m_requests.empty(); } // nothing pending, waiting or in flight
    // Requests waiting out a backoff or a Retry-After before their next attempt.
    size_t waitingRetries() const { return m_delayed.size(); }
    int inFlight() const;
    void abortAll();

private:
    using Clock = std::chrono::steady_clock;

    void handle(const HttpResponse &response);
    void handleSuccess(quint64 tag, const HttpResponse &response);
    void retryOrFail(quint64 tag, const QString &reason, const QByteArray &retryAfter);
    void fail(quint64 tag, const QString &reason);
    void answer(quint64 tag, const TeacherAnswer &answer);
    void releaseFollowers(const QString &key, quint64 owner, const TeacherAnswer *answer,
                          const QString *failure);
    void noteTransportFailure(const QString &reason);
    void noteServerAlive();
    TeacherAnswer read(RequestKind kind, const QByteArray &body) const;
    QString redact(const QString &text) const;

    ProjectStore &m_store;
    const TeacherSettings &m_settings;
    const TeacherRunOptions &m_options;
    QString m_key;
    TeacherRunSummary &m_counters;
    Callbacks m_callbacks;
    RetryPolicy m_policy;
    std::mt19937 m_random;
    std::unique_ptr<CurlMultiClient> m_client;

    std::unordered_map<quint64, TeacherRequest> m_requests; // by tag
    quint64 m_nextTag = 1;
    std::deque<quint64> m_ready;
    std::multimap<Clock::time_point, quint64> m_delayed; // retries, by the time they are due
    QString m_stopReason;

    // Identical requests (same cache key) in flight at once are sent once: the others wait for
    // the owner's answer.
    QHash<QString, quint64> m_keyOwner;
    QHash<QString, std::vector<quint64>> m_keyFollowers;

    // The circuit breaker.
    int m_consecutiveFailures = 0;
    Clock::time_point m_lastSuccess;
};

} // namespace candist
