#include "teacher/annotation_run.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "model/error.h"
#include "store/project_lock.h"
#include "store/project_store.h"
#include "teacher/api_key.h"
#include "teacher/candidate_decision.h"
#include "teacher/demonstration_picker.h"
#include "teacher/pool_generation.h"
#include "teacher/teach_session.h"
#include "teacher/teacher_text.h"

namespace candist {

using teacher::Teacher;

namespace {

constexpr int kEmbeddingBatch = 64; // texts per /embeddings request

} // namespace

AnnotationRun::AnnotationRun(TeachSession &session, const ProgressCallback &progress,
                             const CancellationFlag &cancel, GeneratedPool *pool)
    : m_session(session)
    , m_settings(session.settings())
    , m_cancel(cancel)
    , m_pool(pool)
    , m_meter(progress)
    , m_summary(session.emptySummary())
{
    m_meter.setTotal(m_summary.total);
}

AnnotationRun::~AnnotationRun() = default;

QString AnnotationRun::redact(const QString &text) const
{
    return redactSecret(text, m_key);
}

void AnnotationRun::admit()
{
    // Enough work to keep every slot busy and the next requests ready.
    const size_t window = size_t(std::max(16, m_settings.concurrency * 2));
    // Work waiting out a backoff or a Retry-After holds no slot, so other work is admitted in its
    // place: the slots stay busy while it waits (issue 17). At most one more window of it,
    // so a server that rate-limits every request is not sent the whole work list meanwhile.
    const size_t admitted = window + std::min(m_scheduler->waitingRetries(), window);
    while (m_poolReady && m_items.size() < admitted) {
        std::optional<TeacherWork> next = m_session.work().next();
        if (!next) {
            m_noMoreWork = true;
            break;
        }
        const quint64 id = m_nextItemId++;
        Item &item = m_items[id];
        item.work = std::move(*next);
        if (m_session.mode() == TeachMode::Select && item.work.previousCandidates.size() == 1) {
            item.answers << item.work.previousCandidates; // nothing to choose from: no request
            finishItem(id, item);
            continue;
        }
        if (!m_session.useEmbeddings()) {
            ask(id, item, nullptr);
            continue;
        }
        // Each text's embedding is cached on its own, so a resumed run never embeds a text
        // twice however the batches fall.
        item.outstanding = 1;
        if (const auto cached = m_session.store().cachedResponse(
                embeddingCacheKey(m_settings, {item.work.sample.text}))) {
            ++m_summary.cacheHits;
            QString error;
            const auto vectors = parseEmbeddings(cached->response.toUtf8(), &error);
            if (vectors && vectors->size() == 1) {
                ask(id, item, &vectors->front());
                continue;
            }
        }
        m_awaitingEmbedding << id;
    }
    while (!m_awaitingEmbedding.isEmpty()) {
        TeacherRequest request;
        request.kind = RequestKind::SampleEmbedding;
        request.batch = m_awaitingEmbedding.mid(0, kEmbeddingBatch);
        m_awaitingEmbedding.remove(0, request.batch.size());
        for (quint64 id : request.batch)
            request.inputs << m_items.at(id).work.sample.text;
        m_scheduler->enqueue(std::move(request));
    }
}

void AnnotationRun::ask(quint64 id, Item &item, const std::vector<float> *embedding)
{
    item.messages = m_session.questions().first(item.work, embedding);
    const QVector<std::pair<int, int>> shapes = m_session.questions().requestShapes();
    item.outstanding = int(shapes.size());
    for (const auto &[n, slot] : shapes) {
        TeacherRequest request;
        request.item = id;
        request.messages = item.messages;
        request.n = n;
        request.slot = slot;
        m_scheduler->enqueue(std::move(request));
    }
}

void AnnotationRun::onAnswered(TeacherRequest &&request, const TeacherAnswer &answer)
{
    if (request.kind == RequestKind::PoolEmbedding) {
        onPoolEmbeddings(answer);
        return;
    }
    if (request.kind == RequestKind::SampleEmbedding) {
        onSampleEmbeddings(request, answer);
        return;
    }
    const auto itemIt = m_items.find(request.item);
    if (itemIt == m_items.end())
        return;
    Item &item = itemIt->second;
    if (!answer.completion) { // a cache entry written by an older version; a failed request
        failItem(request.item, Teacher::tr("unreadable cached answer: ") + answer.error);
        return;
    }
    ChatCompletion completion = *answer.completion;
    if (!completion.hasUsage) {
        // Servers without usage reporting still cost something: estimate it.
        completion.promptTokens = estimatePromptTokens(request.messages);
        for (const QString &content : completion.contents)
            completion.completionTokens += estimateTokens(content);
    }
    item.promptTokens += completion.promptTokens;
    item.completionTokens += completion.completionTokens;
    item.latencyMs += answer.latencyMs;
    if (!answer.fromCache) {
        m_summary.promptTokens += completion.promptTokens;
        m_summary.completionTokens += completion.completionTokens;
    }
    onChatAnswer(request.item, item, request, completion);
}

void AnnotationRun::onPoolEmbeddings(const TeacherAnswer &answer)
{
    DemonstrationPicker *demos = m_session.demonstrations();
    if (!answer.embeddings || answer.embeddings->size() != size_t(demos->pool().size())) {
        m_scheduler->stop(Teacher::tr("%1 gave no usable embeddings for the few-shot pool (%2)")
                              .arg(m_settings.embeddingsUrl(), answer.error));
        return;
    }
    demos->setPoolEmbeddings(*answer.embeddings);
    m_poolReady = true;
}

void AnnotationRun::onSampleEmbeddings(const TeacherRequest &request, const TeacherAnswer &answer)
{
    if (!answer.embeddings || answer.embeddings->size() != size_t(request.batch.size())) {
        const QString reason =
            Teacher::tr("%1 gave %2 embeddings for %3 texts %4")
                .arg(m_settings.embeddingsUrl())
                .arg(answer.embeddings ? qsizetype(answer.embeddings->size()) : 0)
                .arg(request.batch.size())
                .arg(answer.error);
        for (quint64 id : request.batch)
            failItem(id, reason);
        return;
    }
    for (qsizetype i = 0; i < request.batch.size(); ++i) {
        const std::vector<float> &vector = (*answer.embeddings)[size_t(i)];
        QJsonArray values;
        for (float x : vector)
            values.append(double(x));
        const QJsonObject single{{QStringLiteral("data"),
                                  QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                                         {QStringLiteral("embedding"), values}}}}};
        m_session.store().cacheResponse(
            embeddingCacheKey(m_settings, {request.inputs[i]}),
            CachedResponse{QString::fromUtf8(QJsonDocument(single).toJson(QJsonDocument::Compact)),
                           0, 0});
        const auto itemIt = m_items.find(request.batch[i]);
        if (itemIt != m_items.end())
            ask(request.batch[i], itemIt->second, &vector);
    }
}

void AnnotationRun::onChatAnswer(quint64 id, Item &item, const TeacherRequest &request,
                                 const ChatCompletion &completion)
{
    if (m_pool) {
        ++(m_pool->add(int(item.work.sample.row), completion.contents) ? m_summary.annotated
                                                                       : m_summary.parseFailed);
        m_items.erase(id);
        countFinished();
        return;
    }
    for (const QString &content : completion.contents) {
        item.rawAnswers << redact(content);
        item.answers << m_session.questions().labelsIn(content, item.work);
    }
    --item.outstanding;
    // A server that ignores `n` returns fewer choices: ask for the missing answers one by one.
    const int missing = request.n - int(completion.contents.size());
    for (int slot = 1; slot <= missing; ++slot) {
        TeacherRequest extra;
        extra.item = id;
        extra.messages = item.messages;
        extra.slot = slot;
        ++item.outstanding;
        m_scheduler->enqueue(std::move(extra));
    }
    if (item.outstanding == 0)
        finishItem(id, item);
}

void AnnotationRun::finishItem(quint64 id, Item &item)
{
    bool anyLabel = false;
    for (const QVector<int> &answer : item.answers)
        anyLabel = anyLabel || !answer.isEmpty();
    if (!anyLabel && !item.reasked && !item.rawAnswers.isEmpty()) {
        item.reasked = true;
        item.messages = m_session.questions().reask(item.messages, item.rawAnswers.first());
        item.outstanding = 1;
        TeacherRequest request;
        request.item = id;
        request.messages = item.messages;
        m_scheduler->enqueue(std::move(request));
        return;
    }
    TeacherResult result;
    result.row = item.work.sample.row;
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
                         item.work.previousCandidates, item.work.previousVotes);
    result.candidates = decision.candidates;
    result.votes = decision.votes;
    result.status = decision.status;
    ++(decision.readable ? m_summary.annotated : m_summary.parseFailed);
    m_items.erase(id);
    record(result);
}

void AnnotationRun::onFailed(TeacherRequest &&request, const QString &reason)
{
    if (request.kind == RequestKind::SampleEmbedding) {
        for (quint64 id : request.batch)
            failItem(id, reason);
    } else {
        failItem(request.item, reason);
    }
}

void AnnotationRun::failItem(quint64 id, const QString &reason)
{
    const auto it = m_items.find(id);
    if (it == m_items.end())
        return;
    Item &item = it->second;
    m_scheduler->dropRequestsOf(id); // its result is decided
    ++m_summary.transportFailed;
    m_summary.lastFailure = redact(reason);
    // Select keeps the earlier candidate set (the next select run tries again); pool generation
    // has no sample to mark.
    if (m_session.mode() != TeachMode::Annotate) {
        m_items.erase(it);
        countFinished();
        return;
    }
    TeacherResult result;
    result.row = item.work.sample.row;
    result.strategy = m_summary.strategy;
    result.status = TeacherStatus::TransportFailed;
    result.rawResponse = redact(reason);
    result.promptTokens = item.promptTokens;
    result.completionTokens = item.completionTokens;
    m_items.erase(it);
    record(result);
}

void AnnotationRun::countFinished()
{
    ++m_finished;
    report(false);
}

void AnnotationRun::record(const TeacherResult &result)
{
    m_batch << result;
    flush(false);
    countFinished();
}

void AnnotationRun::flush(bool force)
{
    if (m_batch.isEmpty())
        return;
    if (!force && m_batch.size() < m_session.options().batchSize &&
        m_sinceFlush.elapsed() < m_session.options().batchIntervalMs)
        return;
    m_session.store().saveTeacherResults(m_batch);
    m_batch.clear();
    m_sinceFlush.restart();
}

void AnnotationRun::report(bool force)
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

TeacherRunSummary AnnotationRun::run()
{
    ProjectLock lock;
    lockProjectForTeaching(m_session.store(), lock);
    const ApiKeyLookup key = requestApiKey(m_settings, m_session.options());
    m_key = key.key;
    m_summary.apiKeySource = key.source;
    m_summary.apiKeyNote = key.note;
    const TeacherRunOptions &options = m_session.options();
    if (options.notice && m_summary.total > 0)
        options.notice(key.note.isEmpty() ? Teacher::tr("API key from the ") + key.source
                                          : key.note);
    m_scheduler = std::make_unique<RequestScheduler>(
        m_session.store(), m_settings, options, m_key, m_summary,
        RequestScheduler::Callbacks{[this](TeacherRequest &&request, const TeacherAnswer &answer) {
                                        onAnswered(std::move(request), answer);
                                    },
                                    [this](TeacherRequest &&request, const QString &reason) {
                                        onFailed(std::move(request), reason);
                                    }});
    m_sinceFlush.start();
    QElapsedTimer wall;
    wall.start();
    if (m_session.useEmbeddings() && m_summary.total > 0) {
        m_poolReady = false;
        TeacherRequest request;
        request.kind = RequestKind::PoolEmbedding;
        for (const FewShotExample &example : m_session.demonstrations()->pool())
            request.inputs << example.text;
        m_scheduler->enqueue(std::move(request));
    }
    report(true);
    bool draining = false;
    QElapsedTimer drainTimer;
    while (true) {
        // Cancelled or stopped (401, circuit breaker): nothing new is sent, and the answers
        // already on their way are awaited and saved: the server bills them either way.
        if (!draining && (m_cancel.isCancelled() || !m_scheduler->stopReason().isEmpty())) {
            draining = true;
            drainTimer.start();
            m_summary.cancelled = m_scheduler->stopReason().isEmpty();
        }
        if (draining) {
            if (m_scheduler->inFlight() == 0 || drainTimer.elapsed() > options.cancelGraceMs)
                break;
        } else {
            admit();
            m_scheduler->dispatch();
            if (m_items.empty() && m_scheduler->idle()) {
                if (m_noMoreWork)
                    break;
                continue; // everything admitted came from the cache: admit more at once
            }
        }
        m_scheduler->poll(draining);
        flush(false);
        report(false);
    }
    m_scheduler->abortAll();
    flush(true);
    m_summary.notReached = m_summary.total - m_finished;
    m_summary.cost = m_settings.costOf(m_summary.promptTokens, m_summary.completionTokens);
    m_summary.seconds = wall.elapsed() / 1000.0;
    report(true);
    if (!m_scheduler->stopReason().isEmpty()) {
        throw Error(Teacher::tr("teacher stopped: %1. %2 results were saved; run teach again "
                                "to resume.")
                        .arg(m_scheduler->stopReason())
                        .arg(m_finished),
                    Error::Kind::Network);
    }
    return m_summary;
}

} // namespace candist
