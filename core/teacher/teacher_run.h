#pragma once

#include <functional>
#include <optional>

#include <QString>

#include "model/annotation.h"
#include "model/progress.h"
#include "teacher/few_shot_pool.h"
#include "teacher/prompt_builder.h"
#include "teacher/prompt_templates.h"
#include "teacher/teacher_run_summary.h"
#include "teacher/teacher_settings.h"

namespace candist {

class ProjectStore;

// Knobs of a run that are not project settings (tests and benchmarks use them).
struct TeacherRunOptions
{
    bool useKeychain = true; // look the key up in the system keychain when the variable is unset
    double retryDelayScale = 1.0; // multiplies every backoff delay (tests: 0.001)
    int batchSize = 50;           // results per store transaction...
    int batchIntervalMs = 500;    // ...or whatever finished within this time
    quint32 randomSeed = 0;       // backoff jitter; 0 = seeded from the clock
    // On cancellation, answers already on their way are awaited this long (and cached) before
    // the transfers are dropped: the server bills them either way.
    int cancelGraceMs = 2000;
    // Chat answers larger than this are dropped as transport failures (never stored or retried):
    // a request asks for a few tokens, so a bigger answer is a broken or hostile server.
    qint64 maxAnswerBytes = 512 * 1024;
    // The circuit breaker: this many failed requests in a row (refused or dropped connections,
    // timeouts, 5xx, unreadable answers) without one success stop the run; so do two or more
    // when no request has succeeded for twice the request timeout. The rest is left for the
    // next run.
    int breakerFailures = 16;
    // Told, before the first request, where the API key came from or why there is none (never
    // the key itself), so a user sees "no key" before a long run rather than after it.
    std::function<void(const QString &)> notice;
    // Unsaved edits to use instead of the project's stored templates and pool (a dry run of
    // settings the user has not committed to yet).
    std::optional<PromptTemplates> templates;
    std::optional<QVector<FewShotExample>> fewShotPool;
};

// The teacher stage: asks the configured endpoint for a (candidate) annotation of every sample
// that has none yet, in the calling thread (libcurl multi loop, no Qt event loop needed).
//  - Results are written in batches (TeacherRunOptions), so a kill loses at most one batch; every
//    HTTP answer is cached in the project before it is parsed, so a resumed run pays for nothing
//    twice (cache key: endpoint, model, parameters, messages).
//  - Parse failures are re-asked once, then stored as ParseFailed (no candidates). Transport
//    failures after all retries are stored as TransportFailed and retried by the next run.
//  - `select` re-asks for one label out of each Ok result's candidate set; the chosen label moves
//    to the front of the set (the set itself is kept for distillation).
//  - One run per project at a time: a second refuses at once (an advisory lock beside the
//    project names the process that holds it; a dead holder's lock is taken over).
//  - Requests with the same cache key (identical texts) in flight at once are sent once.
//  - The samples to annotate are fixed at the start: samples imported during a run wait for the
//    next one.
// Throws Error for a wrong configuration, when the server refuses every request (401, 403, 404)
// and when the circuit breaker trips (a dead or hung endpoint); answers that were already on
// their way are awaited (TeacherRunOptions::cancelGraceMs) and saved, like everything that
// finished before.
// One chat request a live run sends first for a sample (re-asks and the extra requests for servers
// that ignore `n` come later, from the answers).
struct PlannedChatRequest
{
    Sample sample;
    QVector<ChatMessage> messages;
    int n = 1;    // answers asked for with this request
    int slot = 0; // tells apart repeated requests for one prompt (self-consistency without `n`)
    QString cacheKey;
    bool cached = false; // the project's response cache already holds the answer
};

class TeacherRun
{
public:
    static TeacherRunSummary run(ProjectStore &store, const TeacherSettings &settings,
                                 const ProgressCallback &progress, const CancellationFlag &cancel,
                                 const TeacherRunOptions &options = {});

    // The dry run: tokens, requests and cost the run would spend, sending nothing. Prompt
    // tokens are estimated at ~4 bytes each; answers already cached count as free.
    static TeacherRunSummary estimate(ProjectStore &store, const TeacherSettings &settings,
                                      const TeacherRunOptions &options = {});

    // The chat requests a live run would send for `samples`, or, when null, for the samples a run
    // would annotate (same selection and limit): same prompts, demonstrations, parameters and
    // cache keys. Throws Error for settings a request file cannot reproduce without the endpoint
    // (`select`, demonstrations picked by /embeddings).
    static void planRequests(ProjectStore &store, const TeacherSettings &settings,
                             const std::function<void(const PlannedChatRequest &)> &visit,
                             const QVector<Sample> *samples = nullptr,
                             const TeacherRunOptions &options = {});

    // Asks the endpoint to write `perLabel` example texts for every label (the paper's
    // LLM-generated demonstration pool), with the same retries and response cache as a run.
    // Returns the examples; the caller stores them (FewShotPool::save). Texts are deduplicated;
    // an answer that is no JSON list of strings counts as parse-failed in `summary`.
    static QVector<FewShotExample>
    generatePool(ProjectStore &store, const TeacherSettings &settings, int perLabel,
                 const ProgressCallback &progress, const CancellationFlag &cancel,
                 const TeacherRunOptions &options = {}, TeacherRunSummary *summary = nullptr);
};

} // namespace candist
