#include "teacher/teacher_run.h"

#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <unordered_map>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "model/error.h"
#include "store/project_files.h"
#include "store/project_lock.h"
#include "store/project_store.h"
#include "teacher/answer_parser.h"
#include "teacher/api_key.h"
#include "teacher/candidate_decision.h"
#include "teacher/chat_completion.h"
#include "teacher/curl_multi_client.h"
#include "teacher/few_shot_pool.h"
#include "teacher/prompt_builder.h"
#include "teacher/retry_policy.h"
#include "teacher/teacher_text.h"
#include "teacher/tfidf_index.h"

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

namespace {

constexpr int kPageSize = 256;
constexpr int kEmbeddingBatch = 64; // texts per /embeddings request
// 64 texts of up to 3072 dimensions, as JSON: embeddings answers are legitimately large.
constexpr qint64 kMaxEmbeddingAnswerBytes = 64 * 1024 * 1024;
const QString kPoolItemText = QStringLiteral("few-shot pool");

enum class CallKind
{
    Chat,
    SampleEmbedding,
    PoolEmbedding
};

struct Call
{
    quint64 item = 0;
    CallKind kind = CallKind::Chat;
    QVector<ChatMessage> messages;
    QStringList inputs;     // embeddings
    QVector<quint64> batch; // the items of a sample-embedding request, in input order
    int n = 1;
    int slot = 0;
    QString key;
    int attempts = 0;
};

struct Item
{
    Sample sample;
    QVector<int> previousCandidates; // select
    QVector<int> previousVotes;
    QVector<ChatMessage> messages;
    QVector<QVector<int>> answers;
    QStringList rawAnswers;
    int outstanding = 0;
    bool reasked = false;
    int promptTokens = 0;
    int completionTokens = 0;
    int latencyMs = 0;
};

using Clock = std::chrono::steady_clock;

// The strings of the first JSON list in `answer` (code fences and prose around it are ignored).
QStringList parseStringList(const QString &answer)
{
    const qsizetype first = answer.indexOf(QLatin1Char('['));
    const qsizetype last = answer.lastIndexOf(QLatin1Char(']'));
    QStringList strings;
    if (first < 0 || last <= first)
        return strings;
    const QJsonArray array =
        QJsonDocument::fromJson(answer.mid(first, last - first + 1).toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QString text = value.toString().trimmed();
        if (!text.isEmpty())
            strings << text;
    }
    return strings;
}

QString embeddingCacheKey(const TeacherSettings &settings, const QStringList &inputs)
{
    const QJsonObject key{{QStringLiteral("endpoint"), settings.embeddingsUrl()},
                          {QStringLiteral("model"), settings.embeddingModel},
                          {QStringLiteral("input"), QJsonArray::fromStringList(inputs)}};
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(key).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

class Runner
{
public:
    Runner(ProjectStore &store, const TeacherSettings &settings, const ProgressCallback &progress,
           const CancellationFlag &cancel, const TeacherRunOptions &options,
           int generatePerLabel = 0)
        : m_generatePerLabel(generatePerLabel)
        , m_store(store)
        , m_settings(settings)
        , m_cancel(cancel)
        , m_options(options)
        , m_meter(progress)
        , m_schema(store.labelSchema())
        , m_parser(m_schema)
        , m_builder(m_schema, options.templates ? *options.templates : PromptTemplates::load(store),
                    settings.strategy, settings.jsonResponseFormat)
        , m_select(settings.strategy == TeacherStrategy::Select && generatePerLabel == 0)
    {
        m_settings.validate();
        if (m_schema.isEmpty())
            throw Error(
                Teacher::tr("%1: the project has no labels to annotate with").arg(store.path()));
        m_policy.maxAttempts = m_settings.maxAttempts;
        m_policy.scale = options.retryDelayScale;
        m_random.seed(options.randomSeed ? options.randomSeed
                                         : quint32(Clock::now().time_since_epoch().count()));
        m_summary.strategy = teacherStrategyName(settings.strategy);
        if (m_generatePerLabel > 0) {
            m_summary.strategy = QStringLiteral("generate-pool");
            m_total = m_schema.size();
            m_summary.total = m_total;
            m_meter.setTotal(m_total);
            return;
        }
        if (m_settings.shots > 0 && !m_select) {
            m_pool = options.fewShotPool ? *options.fewShotPool : FewShotPool::load(store);
            if (m_pool.isEmpty()) {
                throw Error(Teacher::tr("%1 few-shot demonstrations were asked for, but the "
                                        "project has no few-shot pool (teach --pool FILE.jsonl)")
                                .arg(m_settings.shots));
            }
            for (const FewShotExample &example : m_pool) {
                if (example.label < 0 || example.label >= m_schema.size())
                    throw Error(Teacher::tr(
                        "the few-shot pool names a label that is no longer in the schema"));
            }
            QStringList texts;
            for (const FewShotExample &example : m_pool)
                texts << example.text;
            m_tfidf = std::make_unique<TfidfIndex>(texts);
            m_useEmbeddings = !m_settings.embeddingModel.isEmpty();
        }
        if (m_select)
            collectSelectItems();
        // The work is fixed here: samples imported while the run goes wait for the next one.
        m_rowCeiling = m_store.lastSampleRow();
        m_total = m_select ? qint64(m_selectQueue.size())
                           : m_store.samplesAwaitingTeacherCount(m_rowCeiling);
        if (m_settings.limit > 0)
            m_total = std::min(m_total, m_settings.limit);
        m_summary.total = m_total;
        m_meter.setTotal(m_total);
    }

    TeacherRunSummary estimate();
    TeacherRunSummary run();
    void plan(const std::function<void(const PlannedChatRequest &)> &visit,
              const QVector<Sample> *samples);

private:
    void collectSelectItems();
    std::optional<Item> nextItem();
    void admit();
    QVector<FewShotExample> demosFor(const QString &text,
                                     const std::vector<float> *embedding) const;
    void startChat(quint64 id, Item &item);
    void embedItem(quint64 id, Item &item, const std::vector<float> &embedding);
    void failCall(quint64 tag, const QString &reason);
    void enqueue(Call call);
    void dispatch();
    void handle(const HttpResponse &response);
    void retryOrFail(quint64 tag, const QString &reason, const QByteArray &retryAfter);
    void onSuccess(Call &call, const QByteArray &body, bool fromCache, int latencyMs);
    void onChatAnswer(quint64 id, Item &item, const Call &call, const ChatCompletion &completion);
    void finishItem(quint64 id, Item &item);
    void failItem(quint64 id, const QString &reason);
    void releaseFollowers(const QString &key, quint64 owner, const QByteArray *body,
                          const QString *failure);
    void noteTransportFailure(const QString &reason);
    void noteServerAlive();
    void stop(const QString &reason);
    void record(const TeacherResult &result);
    void flush(bool force);
    void report(bool force);
    QString redact(const QString &text) const { return redactSecret(text, m_key); }

public:
    QVector<FewShotExample> m_generated;

private:
    int m_generatePerLabel = 0;
    ProjectStore &m_store;
    TeacherSettings m_settings;
    const CancellationFlag &m_cancel;
    TeacherRunOptions m_options;
    ProgressMeter m_meter;
    LabelSchema m_schema;
    AnswerParser m_parser;
    PromptBuilder m_builder;
    bool m_select;
    RetryPolicy m_policy;
    std::mt19937 m_random;
    TeacherRunSummary m_summary;
    qint64 m_total = 0;

    QVector<FewShotExample> m_pool;
    std::unique_ptr<TfidfIndex> m_tfidf;
    bool m_useEmbeddings = false;
    std::vector<std::vector<float>> m_poolEmbeddings;
    bool m_poolReady = true;

    QString m_key;
    std::unique_ptr<CurlMultiClient> m_client;

    // Sources of work.
    std::deque<Item> m_selectQueue;
    QVector<Sample> m_page;
    qsizetype m_pageIndex = 0;
    SampleRow m_lastRow = 0;
    bool m_sourceExhausted = false;
    SampleRow m_rowCeiling = 0;
    bool m_noMoreItems = false;
    qint64 m_admitted = 0;
    qint64 m_finished = 0;

    std::unordered_map<quint64, Item> m_items;
    QVector<quint64> m_awaitingEmbedding;
    quint64 m_nextItemId = 1;
    std::unordered_map<quint64, Call> m_calls; // by call tag
    quint64 m_nextCallTag = 1;
    std::deque<quint64> m_ready;
    std::multimap<Clock::time_point, quint64> m_delayed;
    QString m_stopReason;

    // Identical requests (same cache key) in flight at once are sent once: the others wait for
    // the owner's answer.
    QHash<QString, quint64> m_keyOwner;
    QHash<QString, std::vector<quint64>> m_keyFollowers;

    // The circuit breaker.
    int m_consecutiveFailures = 0;
    Clock::time_point m_lastSuccess;

    QVector<TeacherResult> m_batch;
    QElapsedTimer m_sinceFlush;
};

void Runner::collectSelectItems()
{
    // Collect first, then read texts: the visitor must not run other queries on the connection.
    std::vector<TeacherResult> eligible;
    m_store.forEachTeacherResult([&](const TeacherResult &result) {
        if (result.status == TeacherStatus::Ok && !result.candidates.isEmpty() &&
            result.strategy != QLatin1String("select"))
            eligible.push_back(result);
    });
    for (const TeacherResult &result : eligible) {
        Item item;
        const std::optional<Sample> sample = m_store.sample(result.row);
        if (!sample)
            continue;
        item.sample = *sample;
        item.previousCandidates = result.candidates;
        item.previousVotes = result.votes;
        m_selectQueue.push_back(std::move(item));
    }
}

std::optional<Item> Runner::nextItem()
{
    if (m_generatePerLabel > 0) {
        if (m_admitted >= m_schema.size())
            return std::nullopt;
        Item item;
        item.sample.row = m_admitted++; // the label index
        return item;
    }
    if (m_settings.limit > 0 && m_admitted >= m_settings.limit)
        return std::nullopt;
    if (m_select) {
        if (m_selectQueue.empty())
            return std::nullopt;
        Item item = std::move(m_selectQueue.front());
        m_selectQueue.pop_front();
        ++m_admitted;
        return item;
    }
    if (m_admitted >= m_total)
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
    Item item;
    item.sample = m_page.at(m_pageIndex++);
    ++m_admitted;
    return item;
}

QVector<FewShotExample> Runner::demosFor(const QString &text,
                                         const std::vector<float> *embedding) const
{
    if (m_settings.shots <= 0 || m_pool.isEmpty())
        return {};
    // One extra neighbour so that a pool example identical to the sample can be left out.
    const int wanted = m_settings.shots + 1;
    const QVector<int> nearest = embedding ? nearestByCosine(*embedding, m_poolEmbeddings, wanted)
                                           : m_tfidf->nearest(text, wanted);
    QVector<FewShotExample> demos;
    for (int index : nearest) {
        if (m_pool.at(index).text == text || demos.size() == m_settings.shots)
            continue;
        demos << m_pool.at(index);
    }
    // The most similar demonstration goes last, right before the sample.
    std::reverse(demos.begin(), demos.end());
    return demos;
}

void Runner::admit()
{
    const size_t window = size_t(std::max(16, m_settings.concurrency * 2));
    while (m_poolReady && m_items.size() < window) {
        std::optional<Item> next = nextItem();
        if (!next) {
            m_noMoreItems = true;
            break;
        }
        const quint64 id = m_nextItemId++;
        Item &item = m_items.emplace(id, std::move(*next)).first->second;
        if (m_generatePerLabel > 0) {
            item.messages = m_builder.buildGeneration(int(item.sample.row), m_generatePerLabel);
            item.outstanding = 1;
            Call call;
            call.item = id;
            call.messages = item.messages;
            enqueue(std::move(call));
        } else if (m_select) {
            if (item.previousCandidates.size() == 1) {
                item.answers << item.previousCandidates; // nothing to choose from: no request
                finishItem(id, item);
                continue;
            }
            item.messages = m_builder.buildSelect(item.sample.text, item.previousCandidates);
            startChat(id, item);
        } else if (m_useEmbeddings) {
            // Each text's embedding is cached on its own, so a resumed run never embeds a text
            // twice however the batches fall.
            item.outstanding = 1;
            if (const auto cached =
                    m_store.cachedResponse(embeddingCacheKey(m_settings, {item.sample.text}))) {
                ++m_summary.cacheHits;
                QString error;
                const auto vectors = parseEmbeddings(cached->response.toUtf8(), &error);
                if (vectors && vectors->size() == 1) {
                    embedItem(id, item, vectors->front());
                    continue;
                }
            }
            m_awaitingEmbedding << id;
        } else {
            item.messages = m_builder.build(item.sample.text, demosFor(item.sample.text, nullptr));
            startChat(id, item);
        }
    }
    while (!m_awaitingEmbedding.isEmpty()) {
        Call call;
        call.kind = CallKind::SampleEmbedding;
        call.batch = m_awaitingEmbedding.mid(0, kEmbeddingBatch);
        m_awaitingEmbedding.remove(0, call.batch.size());
        for (quint64 id : call.batch)
            call.inputs << m_items.at(id).sample.text;
        enqueue(std::move(call));
    }
}

void Runner::embedItem(quint64 id, Item &item, const std::vector<float> &embedding)
{
    item.outstanding = 0;
    item.messages = m_builder.build(item.sample.text, demosFor(item.sample.text, &embedding));
    startChat(id, item);
}

// The (n, slot) of each request that asks for a sample's K answers: one request with n = K, or K
// requests told apart by their slot.
QVector<std::pair<int, int>> requestShapes(int k, bool useN)
{
    if (k > 1 && useN)
        return {{k, 0}};
    QVector<std::pair<int, int>> shapes;
    for (int slot = 0; slot < k; ++slot)
        shapes.append({1, slot});
    return shapes;
}

void Runner::startChat(quint64 id, Item &item)
{
    const QVector<std::pair<int, int>> shapes =
        requestShapes(m_select ? 1 : m_settings.samples, m_settings.useN);
    item.outstanding = int(shapes.size());
    for (const auto &[n, slot] : shapes) {
        Call call;
        call.item = id;
        call.messages = item.messages;
        call.n = n;
        call.slot = slot;
        enqueue(std::move(call));
    }
}

void Runner::enqueue(Call call)
{
    if (call.kind == CallKind::Chat)
        call.key = responseCacheKey(m_settings, call.messages, call.n, call.slot);
    else if (call.kind == CallKind::PoolEmbedding)
        call.key = embeddingCacheKey(m_settings, call.inputs);
    // Sample-embedding batches have no key of their own: each text is cached separately.
    const quint64 tag = m_nextCallTag++;
    m_calls.emplace(tag, std::move(call));
    m_ready.push_back(tag);
}

void Runner::dispatch()
{
    while (!m_ready.empty() && m_client->inFlight() < m_settings.concurrency) {
        const quint64 tag = m_ready.front();
        m_ready.pop_front();
        const auto found = m_calls.find(tag);
        if (found == m_calls.end()) // its item already failed
            continue;
        Call &call = found->second;
        if (call.attempts == 0 && !call.key.isEmpty()) {
            if (const std::optional<CachedResponse> cached = m_store.cachedResponse(call.key)) {
                ++m_summary.cacheHits;
                Call taken = std::move(call);
                m_calls.erase(tag);
                onSuccess(taken, cached->response.toUtf8(), true, 0);
                continue;
            }
            // The same request is on its way for another sample with the same text: wait for
            // its answer rather than pay for it twice.
            const auto owner = m_keyOwner.constFind(call.key);
            if (owner != m_keyOwner.constEnd() && *owner != tag && m_calls.count(*owner) > 0) {
                m_keyFollowers[call.key].push_back(tag);
                continue;
            }
            m_keyOwner.insert(call.key, tag);
        }
        HttpRequest request;
        request.tag = tag;
        request.timeoutMs = m_settings.timeoutSeconds * 1000;
        request.maxResponseBytes =
            call.kind == CallKind::Chat ? m_options.maxAnswerBytes : kMaxEmbeddingAnswerBytes;
        request.bearerToken = m_key.toUtf8();
        if (call.kind == CallKind::Chat) {
            request.url = m_settings.chatCompletionsUrl().toUtf8();
            request.body = chatCompletionBody(m_settings, call.messages, call.n);
        } else {
            request.url = m_settings.embeddingsUrl().toUtf8();
            request.body =
                QJsonDocument(
                    QJsonObject{{QStringLiteral("model"), m_settings.embeddingModel},
                                {QStringLiteral("input"), QJsonArray::fromStringList(call.inputs)}})
                    .toJson(QJsonDocument::Compact);
        }
        ++call.attempts;
        ++m_summary.requests;
        if (call.attempts > 1)
            ++m_summary.retries;
        m_client->start(request);
    }
}

void Runner::handle(const HttpResponse &response)
{
    const auto it = m_calls.find(response.tag);
    if (it == m_calls.end())
        return;
    if (response.oversized) {
        // Not retried: every attempt would be paid for and answered the same way.
        failCall(response.tag, response.curlError);
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
    const QString where = it->second.kind == CallKind::Chat ? m_settings.chatCompletionsUrl()
                                                            : m_settings.embeddingsUrl();
    switch (classifyHttpStatus(response.status)) {
    case HttpOutcome::Success: {
        QString error;
        const bool valid = it->second.kind == CallKind::Chat
                               ? parseChatCompletion(response.body, &error).has_value()
                               : parseEmbeddings(response.body, &error).has_value();
        if (!valid) {
            const QString reason = Teacher::tr("unreadable answer: ") + error;
            retryOrFail(response.tag, reason, {});
            noteTransportFailure(reason);
            return;
        }
        noteServerAlive();
        Call call = std::move(it->second);
        m_calls.erase(it);
        const QByteArray body = redactSecret(response.body, m_key);
        // Cached before it is parsed: a crash from here on never pays for this answer again.
        if (call.kind == CallKind::Chat) {
            QString ignored;
            const std::optional<ChatCompletion> completion = parseChatCompletion(body, &ignored);
            m_store.cacheResponse(call.key,
                                  CachedResponse{QString::fromUtf8(body),
                                                 completion ? completion->promptTokens : 0,
                                                 completion ? completion->completionTokens : 0});
        } else if (!call.key.isEmpty()) {
            m_store.cacheResponse(call.key, CachedResponse{QString::fromUtf8(body), 0, 0});
        }
        onSuccess(call, body, false, int(response.seconds * 1000));
        releaseFollowers(call.key, response.tag, &body, nullptr);
        return;
    }
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
        if (it->second.kind == CallKind::PoolEmbedding) {
            stop(Teacher::tr("%1 answered HTTP %2 (%3)")
                     .arg(where)
                     .arg(response.status)
                     .arg(redact(errorBodySummary(response.body))));
            return;
        }
        failCall(response.tag, Teacher::tr("HTTP %1 from %2: %3")
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

void Runner::retryOrFail(quint64 tag, const QString &reason, const QByteArray &retryAfter)
{
    Call &call = m_calls.at(tag);
    if (call.attempts >= m_policy.maxAttempts) {
        if (call.kind == CallKind::PoolEmbedding) {
            stop(Teacher::tr("the few-shot pool could not be embedded: %1").arg(reason));
            return;
        }
        failCall(tag, Teacher::tr("%1 (after %2 attempts)").arg(reason).arg(m_policy.maxAttempts));
        return;
    }
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double delay = m_policy.delaySeconds(
        call.attempts, parseRetryAfter(retryAfter, QDateTime::currentDateTimeUtc()),
        unit(m_random));
    m_summary.longestBackoffSeconds = std::max(m_summary.longestBackoffSeconds, delay);
    m_delayed.emplace(Clock::now() + std::chrono::microseconds(qint64(delay * 1e6)), tag);
}

void Runner::failCall(quint64 tag, const QString &reason)
{
    const Call call = std::move(m_calls.at(tag));
    m_calls.erase(tag);
    if (call.kind == CallKind::SampleEmbedding) {
        for (quint64 id : call.batch)
            failItem(id, reason);
    } else {
        failItem(call.item, reason);
    }
    // Identical requests would fail the same way.
    releaseFollowers(call.key, tag, nullptr, &reason);
}

void Runner::releaseFollowers(const QString &key, quint64 owner, const QByteArray *body,
                              const QString *failure)
{
    if (key.isEmpty())
        return;
    const auto it = m_keyOwner.find(key);
    if (it == m_keyOwner.end() || *it != owner)
        return;
    m_keyOwner.erase(it);
    const std::vector<quint64> followers = m_keyFollowers.take(key);
    for (quint64 tag : followers) {
        const auto found = m_calls.find(tag);
        if (found == m_calls.end()) // its item already failed
            continue;
        if (body) {
            ++m_summary.cacheHits;
            Call taken = std::move(found->second);
            m_calls.erase(found);
            onSuccess(taken, *body, true, 0);
        } else if (failure) {
            failCall(tag, *failure);
        } else {
            m_ready.push_back(tag); // the owner was dropped: send it after all
        }
    }
}

void Runner::noteTransportFailure(const QString &reason)
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

void Runner::noteServerAlive()
{
    m_consecutiveFailures = 0;
    m_lastSuccess = Clock::now();
}

void Runner::stop(const QString &reason)
{
    if (m_stopReason.isEmpty())
        m_stopReason = reason;
}

void Runner::onSuccess(Call &call, const QByteArray &body, bool fromCache, int latencyMs)
{
    QString error;
    if (call.kind == CallKind::PoolEmbedding) {
        auto vectors = parseEmbeddings(body, &error);
        if (!vectors || vectors->size() != size_t(m_pool.size())) {
            stop(Teacher::tr("%1 gave no usable embeddings for the few-shot pool (%2)")
                     .arg(m_settings.embeddingsUrl(), error));
            return;
        }
        m_poolEmbeddings = std::move(*vectors);
        m_poolReady = true;
        return;
    }
    if (call.kind == CallKind::SampleEmbedding) {
        const auto vectors = parseEmbeddings(body, &error);
        if (!vectors || vectors->size() != size_t(call.batch.size())) {
            const QString reason = Teacher::tr("%1 gave %2 embeddings for %3 texts %4")
                                       .arg(m_settings.embeddingsUrl())
                                       .arg(vectors ? qsizetype(vectors->size()) : 0)
                                       .arg(call.batch.size())
                                       .arg(error);
            for (quint64 id : call.batch)
                failItem(id, reason);
            return;
        }
        for (qsizetype i = 0; i < call.batch.size(); ++i) {
            const std::vector<float> &vector = (*vectors)[size_t(i)];
            QJsonArray values;
            for (float x : vector)
                values.append(double(x));
            const QJsonObject single{
                {QStringLiteral("data"),
                 QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                        {QStringLiteral("embedding"), values}}}}};
            m_store.cacheResponse(
                embeddingCacheKey(m_settings, {call.inputs[i]}),
                CachedResponse{
                    QString::fromUtf8(QJsonDocument(single).toJson(QJsonDocument::Compact)), 0, 0});
            const auto itemIt = m_items.find(call.batch[i]);
            if (itemIt != m_items.end())
                embedItem(call.batch[i], itemIt->second, vector);
        }
        return;
    }
    const auto itemIt = m_items.find(call.item);
    if (itemIt == m_items.end())
        return;
    Item &item = itemIt->second;
    std::optional<ChatCompletion> completion = parseChatCompletion(body, &error);
    if (!completion) { // a cache entry written by an older version; treat as a failed request
        failItem(call.item, Teacher::tr("unreadable cached answer: ") + error);
        return;
    }
    if (!completion->hasUsage) {
        // Servers without usage reporting still cost something: estimate it.
        int prompt = 0;
        for (const ChatMessage &message : call.messages)
            prompt += estimateTokens(message.content) + 4;
        completion->promptTokens = prompt;
        for (const QString &content : completion->contents)
            completion->completionTokens += estimateTokens(content);
    }
    item.promptTokens += completion->promptTokens;
    item.completionTokens += completion->completionTokens;
    item.latencyMs += latencyMs;
    if (!fromCache) {
        m_summary.promptTokens += completion->promptTokens;
        m_summary.completionTokens += completion->completionTokens;
    }
    onChatAnswer(call.item, item, call, *completion);
}

void Runner::onChatAnswer(quint64 id, Item &item, const Call &call,
                          const ChatCompletion &completion)
{
    if (m_generatePerLabel > 0) {
        const int before = int(m_generated.size());
        for (const QString &content : completion.contents) {
            for (const QString &text : parseStringList(content)) {
                const bool known =
                    std::any_of(m_generated.cbegin(), m_generated.cend(),
                                [&](const FewShotExample &e) { return e.text == text; });
                if (!known)
                    m_generated.append({text, int(item.sample.row)});
            }
        }
        if (m_generated.size() > before)
            ++m_summary.annotated;
        else
            ++m_summary.parseFailed;
        m_items.erase(id);
        ++m_finished;
        report(false);
        return;
    }
    for (const QString &content : completion.contents) {
        item.rawAnswers << redact(content);
        QVector<int> labels = m_parser.parse(content);
        if (m_select) {
            // Only the offered candidates count; the first of them the teacher named is its pick.
            QVector<int> offered;
            for (int label : labels) {
                if (item.previousCandidates.contains(label))
                    offered << label;
            }
            labels = offered;
        }
        item.answers << labels;
    }
    --item.outstanding;
    // A server that ignores `n` returns fewer choices: ask for the missing answers one by one.
    const int missing = call.n - int(completion.contents.size());
    for (int slot = 1; slot <= missing; ++slot) {
        Call extra;
        extra.item = id;
        extra.messages = item.messages;
        extra.slot = slot;
        ++item.outstanding;
        enqueue(std::move(extra));
    }
    if (item.outstanding == 0)
        finishItem(id, item);
}

void Runner::finishItem(quint64 id, Item &item)
{
    bool anyLabel = false;
    for (const QVector<int> &answer : item.answers)
        anyLabel = anyLabel || !answer.isEmpty();
    if (!anyLabel && !item.reasked && !item.rawAnswers.isEmpty()) {
        item.reasked = true;
        Call call;
        call.item = id;
        call.messages = m_builder.withReask(item.messages, item.rawAnswers.first());
        item.messages = call.messages;
        item.outstanding = 1;
        enqueue(std::move(call));
        return;
    }
    TeacherResult result;
    result.row = item.sample.row;
    result.strategy = m_summary.strategy;
    result.promptTokens = item.promptTokens;
    result.completionTokens = item.completionTokens;
    result.latencyMs = item.latencyMs;
    result.rawResponse =
        item.rawAnswers.size() == 1
            ? item.rawAnswers.first()
            : QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(item.rawAnswers))
                                    .toJson(QJsonDocument::Compact));
    const CandidateDecision decision =
        decideCandidates(m_settings.strategy, m_settings.scTop, item.answers, item.reasked,
                         item.previousCandidates, item.previousVotes);
    result.candidates = decision.candidates;
    result.votes = decision.votes;
    result.status = decision.status;
    ++(decision.readable ? m_summary.annotated : m_summary.parseFailed);
    m_items.erase(id);
    record(result);
}

void Runner::failItem(quint64 id, const QString &reason)
{
    const auto it = m_items.find(id);
    if (it == m_items.end())
        return;
    Item &item = it->second;
    // Drop the item's other outstanding calls: its result is decided.
    std::vector<std::pair<QString, quint64>> dropped;
    for (auto call = m_calls.begin(); call != m_calls.end();) {
        if (call->second.item == id) {
            dropped.emplace_back(call->second.key, call->first);
            call = m_calls.erase(call);
        } else {
            ++call;
        }
    }
    for (const auto &[key, tag] : dropped)
        releaseFollowers(key, tag, nullptr, nullptr);
    ++m_summary.transportFailed;
    m_summary.lastFailure = redact(reason);
    // Select keeps the earlier candidate set (the next select run tries again); pool generation
    // has no sample to mark.
    if (m_select || m_generatePerLabel > 0) {
        m_items.erase(it);
        ++m_finished;
        report(false);
        return;
    }
    TeacherResult result;
    result.row = item.sample.row;
    result.strategy = m_summary.strategy;
    result.status = TeacherStatus::TransportFailed;
    result.rawResponse = redact(reason);
    result.promptTokens = item.promptTokens;
    result.completionTokens = item.completionTokens;
    m_items.erase(it);
    record(result);
}

void Runner::record(const TeacherResult &result)
{
    m_batch << result;
    ++m_finished;
    flush(false);
    report(false);
}

void Runner::flush(bool force)
{
    if (m_batch.isEmpty())
        return;
    if (!force && m_batch.size() < m_options.batchSize &&
        m_sinceFlush.elapsed() < m_options.batchIntervalMs)
        return;
    m_store.saveTeacherResults(m_batch);
    m_batch.clear();
    m_sinceFlush.restart();
}

void Runner::report(bool force)
{
    QString detail =
        QStringLiteral("%1 tokens")
            .arg(formatTokenCount(m_summary.promptTokens + m_summary.completionTokens));
    if (m_settings.inputPricePerMillion > 0 || m_settings.outputPricePerMillion > 0) {
        detail += QStringLiteral(", cost %1")
                      .arg(m_settings.costOf(m_summary.promptTokens, m_summary.completionTokens), 0,
                           'f', 4);
    }
    if (m_summary.cacheHits > 0)
        detail += QStringLiteral(", %1 cached").arg(m_summary.cacheHits);
    if (m_summary.retries > 0)
        detail += QStringLiteral(", %1 retries").arg(m_summary.retries);
    if (m_summary.transportFailed + m_summary.parseFailed > 0) {
        detail +=
            QStringLiteral(", %1 failed").arg(m_summary.transportFailed + m_summary.parseFailed);
    }
    m_meter.report(m_finished, detail, force);
}

TeacherRunSummary Runner::run()
{
    // Two runs on one project would pay for every sample twice. The project's real path: two
    // names (links) of one project share one lock.
    ProjectLock lock;
    ProjectLock::Holder holder;
    const QString canonical = QFileInfo(m_store.path()).canonicalFilePath();
    if (!lock.tryLock(canonical.isEmpty() ? m_store.path() : canonical,
                      QLatin1String(kTeachLockSuffix), &holder)) {
        throw Error(Teacher::tr("%1: the project is being annotated by process %2 on %3; wait "
                                "for that run to end or stop it (a stopped run resumes where it "
                                "was, paid answers are cached)")
                        .arg(m_store.path(),
                             holder.pid > 0 ? QString::number(holder.pid) : QStringLiteral("?"),
                             holder.host.isEmpty() ? Teacher::tr("this host") : holder.host));
    }
    const ApiKeyLookup key =
        resolveApiKey(m_settings.apiKeyEnv, m_settings.endpoint, m_options.useKeychain);
    // A line break in the key would end the Authorization header and start one of the key's
    // choosing; refused before any request, and without showing the key.
    for (const QChar c : key.key) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f)) {
            throw Error(Teacher::tr("the API key from the %1 contains a line break or another "
                                    "control character (U+%2), which would corrupt the HTTP "
                                    "request; nothing was sent. Store the key without it.")
                            .arg(key.source)
                            .arg(int(c.unicode()), 4, 16, QLatin1Char('0')));
        }
    }
    m_key = key.key;
    m_summary.apiKeySource = key.source;
    m_summary.apiKeyNote = key.note;
    if (m_options.notice && m_total > 0)
        m_options.notice(key.note.isEmpty() ? Teacher::tr("API key from the ") + key.source
                                            : key.note);
    m_client = std::make_unique<CurlMultiClient>(m_settings.concurrency);
    m_sinceFlush.start();
    QElapsedTimer wall;
    wall.start();
    if (m_useEmbeddings && m_total > 0) {
        m_poolReady = false;
        Call call;
        call.kind = CallKind::PoolEmbedding;
        for (const FewShotExample &example : m_pool)
            call.inputs << example.text;
        enqueue(std::move(call));
    }
    report(true);
    m_lastSuccess = Clock::now();
    bool draining = false;
    QElapsedTimer drainTimer;
    while (true) {
        // Cancelled or stopped (401, circuit breaker): nothing new is sent, and the answers
        // already on their way are awaited and saved: the server bills them either way.
        if (!draining && (m_cancel.isCancelled() || !m_stopReason.isEmpty())) {
            draining = true;
            drainTimer.start();
            m_summary.cancelled = m_stopReason.isEmpty();
        }
        if (draining) {
            if (m_client->inFlight() == 0 || drainTimer.elapsed() > m_options.cancelGraceMs)
                break;
        } else {
            admit();
            dispatch();
            if (m_items.empty() && m_calls.empty()) {
                if (m_noMoreItems)
                    break;
                continue; // everything admitted came from the cache: admit more at once
            }
        }
        int waitMs = 100; // also bounds how long a cancellation waits
        if (!m_delayed.empty() && !draining) {
            const auto untilDue = std::chrono::duration_cast<std::chrono::milliseconds>(
                m_delayed.begin()->first - Clock::now());
            waitMs = int(std::clamp<qint64>(untilDue.count(), 0, waitMs));
        }
        for (const HttpResponse &response : m_client->poll(waitMs))
            handle(response);
        const auto now = Clock::now();
        while (!m_delayed.empty() && m_delayed.begin()->first <= now) {
            m_ready.push_back(m_delayed.begin()->second);
            m_delayed.erase(m_delayed.begin());
        }
        flush(false);
        report(false);
    }
    m_client->abortAll();
    flush(true);
    m_summary.notReached = m_total - m_finished;
    m_summary.cost = m_settings.costOf(m_summary.promptTokens, m_summary.completionTokens);
    m_summary.seconds = wall.elapsed() / 1000.0;
    report(true);
    if (!m_stopReason.isEmpty()) {
        throw Error(Teacher::tr("teacher stopped: %1. %2 results were saved; run teach again "
                                "to resume.")
                        .arg(m_stopReason)
                        .arg(m_finished));
    }
    return m_summary;
}

TeacherRunSummary Runner::estimate()
{
    m_summary.estimated = true;
    const int k = m_select ? 1 : m_settings.samples;
    const int requestsPerItem = (k > 1 && m_settings.useN) ? 1 : k;
    const double labelsPerAnswer = m_settings.strategy == TeacherStrategy::CaAll   ? 2.5
                                   : m_settings.strategy == TeacherStrategy::CaAdd ? 1.5
                                                                                   : 1.0;
    const int completionPerAnswer =
        std::min(m_settings.maxTokens, int(3 + 5 * labelsPerAnswer + 0.5));
    while (std::optional<Item> item = nextItem()) {
        if (m_select && item->previousCandidates.size() == 1)
            continue;
        const QVector<ChatMessage> messages =
            m_select ? m_builder.buildSelect(item->sample.text, item->previousCandidates)
                     : m_builder.build(item->sample.text, demosFor(item->sample.text, nullptr));
        const int n = requestsPerItem == 1 ? k : 1;
        if (m_store.cachedResponse(responseCacheKey(m_settings, messages, n, 0))) {
            ++m_summary.cacheHits;
            continue;
        }
        qint64 prompt = 0;
        for (const ChatMessage &message : messages)
            prompt += estimateTokens(message.content) + 4;
        m_summary.requests += requestsPerItem;
        m_summary.promptTokens += prompt * requestsPerItem;
        m_summary.completionTokens += qint64(completionPerAnswer) * k;
    }
    m_summary.cost = m_settings.costOf(m_summary.promptTokens, m_summary.completionTokens);
    return m_summary;
}

void Runner::plan(const std::function<void(const PlannedChatRequest &)> &visit,
                  const QVector<Sample> *samples)
{
    if (m_select) {
        throw Error(
            Teacher::tr("the select strategy asks about each sample's earlier candidates and needs "
                        "a live run; a request file can hold sa, ca_add or ca_all"));
    }
    if (m_useEmbeddings) {
        throw Error(
            Teacher::tr(
                "demonstrations picked by /embeddings (embedding model %1) need the "
                "endpoint; a request file needs TF-IDF demonstrations (--embedding-model '')")
                .arg(m_settings.embeddingModel));
    }
    qsizetype next = 0;
    const auto nextSample = [&]() -> std::optional<Sample> {
        if (samples)
            return next < samples->size() ? std::optional<Sample>(samples->at(next++))
                                          : std::nullopt;
        std::optional<Item> item = nextItem();
        return item ? std::optional<Sample>(item->sample) : std::nullopt;
    };
    while (const std::optional<Sample> sample = nextSample()) {
        PlannedChatRequest request;
        request.sample = *sample;
        request.messages = m_builder.build(sample->text, demosFor(sample->text, nullptr));
        for (const auto &[n, slot] : requestShapes(m_settings.samples, m_settings.useN)) {
            request.n = n;
            request.slot = slot;
            request.cacheKey = responseCacheKey(m_settings, request.messages, n, slot);
            request.cached = m_store.cachedResponse(request.cacheKey).has_value();
            visit(request);
        }
    }
}

} // namespace

void TeacherRun::planRequests(ProjectStore &store, const TeacherSettings &settings,
                              const std::function<void(const PlannedChatRequest &)> &visit,
                              const QVector<Sample> *samples, const TeacherRunOptions &options)
{
    const CancellationFlag never;
    Runner runner(store, settings, {}, never, options);
    runner.plan(visit, samples);
}

TeacherRunSummary TeacherRun::run(ProjectStore &store, const TeacherSettings &settings,
                                  const ProgressCallback &progress, const CancellationFlag &cancel,
                                  const TeacherRunOptions &options)
{
    Runner runner(store, settings, progress, cancel, options);
    return runner.run();
}

QVector<FewShotExample>
TeacherRun::generatePool(ProjectStore &store, const TeacherSettings &settings, int perLabel,
                         const ProgressCallback &progress, const CancellationFlag &cancel,
                         const TeacherRunOptions &options, TeacherRunSummary *summary)
{
    if (perLabel < 1 || perLabel > 1000)
        throw Error(
            Teacher::tr("examples per label must lie between 1 and 1000, got %1").arg(perLabel));
    TeacherSettings single = settings;
    single.samples = 1;
    single.maxTokens = std::max(settings.maxTokens, 60 * perLabel);
    Runner runner(store, single, progress, cancel, options, perLabel);
    const TeacherRunSummary result = runner.run();
    if (summary)
        *summary = result;
    return runner.m_generated;
}

TeacherRunSummary TeacherRun::estimate(ProjectStore &store, const TeacherSettings &settings,
                                       const TeacherRunOptions &options)
{
    const CancellationFlag never;
    Runner runner(store, settings, {}, never, options);
    return runner.estimate();
}

} // namespace candist
