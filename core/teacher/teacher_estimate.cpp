#include "teacher/teacher_estimate.h"

#include <algorithm>
#include <optional>

#include "model/error.h"
#include "store/project_store.h"
#include "teacher/chat_completion.h"
#include "teacher/teach_session.h"
#include "teacher/teacher_text.h"

namespace candist {

using teacher::Teacher;

TeacherRunSummary estimateTeacherRun(TeachSession &session)
{
    const TeacherSettings &settings = session.settings();
    TeacherRunSummary summary = session.emptySummary();
    summary.estimated = true;
    const QVector<std::pair<int, int>> shapes = session.questions().requestShapes();
    int answersPerWork = 0;
    for (const auto &shape : shapes)
        answersPerWork += shape.first;
    const qint64 requestsPerWork = shapes.size();
    const double labelsPerAnswer = settings.strategy == TeacherStrategy::CaAll   ? 2.5
                                   : settings.strategy == TeacherStrategy::CaAdd ? 1.5
                                                                                 : 1.0;
    const int completionPerAnswer =
        std::min(settings.maxTokens, int(3 + 5 * labelsPerAnswer + 0.5));
    while (std::optional<TeacherWork> work = session.work().next()) {
        if (session.mode() == TeachMode::Select && work->previousCandidates.size() == 1)
            continue; // nothing to choose from: no request
        const QVector<ChatMessage> messages = session.questions().first(*work);
        // The first request stands for the work's: cached together, paid together.
        if (session.store().cachedResponse(
                responseCacheKey(settings, messages, shapes.front().first, 0))) {
            ++summary.cacheHits;
            continue;
        }
        summary.requests += requestsPerWork;
        summary.promptTokens += qint64(estimatePromptTokens(messages)) * requestsPerWork;
        summary.completionTokens += qint64(completionPerAnswer) * answersPerWork;
    }
    summary.cost = settings.costOf(summary.promptTokens, summary.completionTokens);
    return summary;
}

void planTeacherRequests(TeachSession &session,
                         const std::function<void(const PlannedChatRequest &)> &visit,
                         const QVector<Sample> *samples)
{
    const TeacherSettings &settings = session.settings();
    if (session.mode() == TeachMode::Select) {
        throw Error(
            Teacher::tr("the select strategy asks about each sample's earlier candidates and needs "
                        "a live run; a request file can hold sa, ca_add or ca_all"));
    }
    if (session.useEmbeddings()) {
        throw Error(
            Teacher::tr(
                "demonstrations picked by /embeddings (embedding model %1) need the "
                "endpoint; a request file needs TF-IDF demonstrations (--embedding-model '')")
                .arg(settings.embeddingModel));
    }
    qsizetype next = 0;
    const auto nextWork = [&]() -> std::optional<TeacherWork> {
        if (!samples)
            return session.work().next();
        if (next >= samples->size())
            return std::nullopt;
        TeacherWork work;
        work.sample = samples->at(next++);
        return work;
    };
    while (const std::optional<TeacherWork> work = nextWork()) {
        PlannedChatRequest request;
        request.sample = work->sample;
        request.messages = session.questions().first(*work);
        for (const auto &[n, slot] : session.questions().requestShapes()) {
            request.n = n;
            request.slot = slot;
            request.cacheKey = responseCacheKey(settings, request.messages, n, slot);
            request.cached = session.store().cachedResponse(request.cacheKey).has_value();
            visit(request);
        }
    }
}

} // namespace candist
