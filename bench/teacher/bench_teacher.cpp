// Annotates N samples (default 2,000) through the real libcurl client against the local
// OpenAI-compatible server with a fixed latency (default 100 ms) at concurrency C (default 32).
// The ideal wall time is N x latency / C: the client adds nothing on top of the server's delay.
// Prints the client's own CPU time per request (the calling thread, where the whole client runs)
// and, last, RESULT teacher_wall_over_ideal=<wall / ideal> (goal <= 1.15).
//
// --faults P makes P % of the chat requests fail: the first request of some samples, chosen by a
// hash of their text (the same in every run), answered by, in turn, 429 with Retry-After: S
// (--retry-after, default 5, as hosted APIs send: longer than the run takes to send the work it
// holds, so a client that keeps waiting work in its window runs dry), 500, a malformed 200 or a
// dropped connection. The ideal is then the makespan of a perfect client given what the server
// did (its log of every request): C slots that never idle while a request is ready, every
// request taking exactly L, and each retry ready after the wait it must keep: the Retry-After of
// a 429 (at least the retry policy's shortest backoff), the shortest backoff (no jitter) after a
// 500 or a malformed answer, none after a dropped connection (libcurl may resend at once on a
// fresh connection, and the server counts that resend). Retries go before new samples. Prints,
// last, RESULT teacher_faults_wall_over_ideal=<wall / that ideal> (goal <= 1.10, issue 17).
//
//   build/bench/teacher/bench_teacher [--samples N] [--latency-ms L] [--concurrency C]
//                                     [--faults P [--retry-after S]]
#include <ctime>
#include <functional>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QTemporaryDir>
#include <QTextStream>
#include <queue>

#include "model/error.h"
#include "replay_server/chat_completion_server.h"
#include "store/project_store.h"
#include "teacher/retry_policy.h"
#include "teacher/teacher_run.h"

using namespace candist;

namespace {

double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

int intOption(const QCommandLineParser &parser, const QString &name, int fallback)
{
    return parser.isSet(name) ? parser.value(name).toInt() : fallback;
}

// FNV-1a: unlike qHash, the same in every process, so every run injects the same faults.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

// The fate of the `attempt`-th request for `text`. With `percent` > 0 a share of the samples
// fails its first request and gets an answer on the second, so that `percent` % of all requests
// are faults: every retry then stands for overlapping a backoff with new work, and no chain of
// growing backoffs (whose random jitter would swamp the figure) decides the wall time.
ServerFault benchFault(const QString &text, int attempt, int percent, int retryAfterSeconds)
{
    if (percent <= 0 || attempt != 1)
        return {};
    // f of all requests are faults when a share f / (1 - f) of the samples fails once.
    const double share = percent / (100.0 - percent);
    const quint32 hash = stableHash(text);
    if (hash % 10000 >= quint32(share * 10000))
        return {};
    switch ((hash / 10000) % 4) {
    case 0:
        return {ServerFault::RateLimited, retryAfterSeconds};
    case 1:
        return {ServerFault::ServerError, 0};
    case 2:
        return {ServerFault::MalformedJson, 0};
    default:
        return {ServerFault::DropConnection, 0};
    }
}

// What the server did with every chat request, by sample text, in attempt order.
class RequestLog
{
public:
    void add(const QString &text, ServerFault fault)
    {
        QMutexLocker lock(&m_mutex);
        m_faults[text].append(fault);
    }
    QVector<ServerFault> of(const QString &text) const
    {
        QMutexLocker lock(&m_mutex);
        return m_faults.value(text);
    }

private:
    mutable QMutex m_mutex;
    QHash<QString, QVector<ServerFault>> m_faults;
};

// The waits one sample's retries must keep: waits[i] between attempt i + 1 failing and the next.
// A dropped connection neither waits nor counts towards the backoff's growth: libcurl may have
// resent the request itself, which the client never counts, so the ideal takes the shorter case.
std::vector<double> requiredWaits(const QVector<ServerFault> &faults)
{
    const RetryPolicy policy; // the run's: default settings, no scale
    std::vector<double> waits;
    int failedAttempts = 0;
    for (const ServerFault &fault : faults) {
        if (fault.kind == ServerFault::None)
            break;
        if (fault.kind == ServerFault::DropConnection) {
            waits.push_back(0.0);
            continue;
        }
        ++failedAttempts;
        waits.push_back(policy.delaySeconds(failedAttempts,
                                            fault.kind == ServerFault::RateLimited
                                                ? std::optional<double>(fault.value)
                                                : std::nullopt,
                                            0.0));
    }
    return waits;
}

// The makespan of the perfect client described at the top (list scheduling, retries first).
double idealSeconds(const std::vector<std::vector<double>> &waits, double latency, int concurrency)
{
    struct Retry
    {
        double ready;
        size_t sample;
        size_t attempt; // 0-based index of the attempt this retry is
        bool operator>(const Retry &other) const { return ready > other.ready; }
    };
    std::priority_queue<double, std::vector<double>, std::greater<>> slots;
    for (int i = 0; i < concurrency; ++i)
        slots.push(0.0);
    std::priority_queue<Retry, std::vector<Retry>, std::greater<>> retries;
    size_t next = 0;
    double makespan = 0;
    while (next < waits.size() || !retries.empty()) {
        double start = slots.top();
        slots.pop();
        size_t sample = 0;
        size_t attempt = 0;
        if (!retries.empty() && (retries.top().ready <= start || next == waits.size())) {
            start = std::max(start, retries.top().ready);
            sample = retries.top().sample;
            attempt = retries.top().attempt;
            retries.pop();
        } else {
            sample = next++;
        }
        const double end = start + latency;
        makespan = std::max(makespan, end);
        slots.push(end);
        if (attempt < waits[sample].size())
            retries.push({end + waits[sample][attempt], sample, attempt + 1});
    }
    return makespan;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("samples"), QStringLiteral("Samples."), QStringLiteral("N")},
         {QStringLiteral("latency-ms"), QStringLiteral("Server latency."), QStringLiteral("L")},
         {QStringLiteral("concurrency"), QStringLiteral("Requests in flight."),
          QStringLiteral("C")},
         {QStringLiteral("faults"), QStringLiteral("Percent of requests that fail."),
          QStringLiteral("P")},
         {QStringLiteral("retry-after"), QStringLiteral("Retry-After of a 429, in seconds."),
          QStringLiteral("S")}});
    parser.addHelpOption();
    parser.process(app);
    const int samples = intOption(parser, QStringLiteral("samples"), 2000);
    const int latencyMs = intOption(parser, QStringLiteral("latency-ms"), 100);
    const int concurrency = intOption(parser, QStringLiteral("concurrency"), 32);
    const int faultPercent = intOption(parser, QStringLiteral("faults"), 0);
    const int retryAfter = intOption(parser, QStringLiteral("retry-after"), 5);
    QTextStream out(stdout);

    try {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.candist"));
        const QStringList names = {QStringLiteral("world"), QStringLiteral("sports"),
                                   QStringLiteral("business"), QStringLiteral("science"),
                                   QStringLiteral("culture")};
        QHash<QString, QStringList> answers;
        QStringList texts;
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            QVector<Label> labels;
            for (const QString &name : names)
                labels.append({name, QStringLiteral("news about ") + name, {}, {}, {}});
            store.setLabelSchema(LabelSchema(labels));
            ProjectStore::Transaction transaction(store);
            ProjectStore::SampleInserter inserter(store);
            for (int i = 0; i < samples; ++i) {
                const QString text =
                    QStringLiteral("Headline %1: a short news text about %2 and %3 with some "
                                   "more words to make it realistic")
                        .arg(i)
                        .arg(names[i % 5], names[(i + 2) % 5]);
                inserter.insert(QString::number(i), text, {}, std::nullopt);
                answers.insert(
                    text,
                    {QStringLiteral("[\"%1\", \"%2\"]").arg(names[i % 5], names[(i + 2) % 5])});
                texts << text;
            }
            transaction.commit();
        }
        RequestLog log;
        ChatCompletionServerThread server([&](ChatCompletionServer &s) {
            s.setAnswers(answers);
            s.setLatencyMs(latencyMs);
            s.setFaultPlan([faultPercent, retryAfter, &log](const ServerRequestInfo &info) {
                const ServerFault fault =
                    benchFault(info.text, info.attempt, faultPercent, retryAfter);
                log.add(info.text, fault);
                return fault;
            });
        });

        TeacherSettings settings;
        settings.endpoint = server.baseUrl();
        settings.model = QStringLiteral("bench");
        settings.concurrency = concurrency;
        settings.apiKeyEnv = QStringLiteral("CANDIST_BENCH_NO_KEY");
        TeacherRunOptions options;
        options.useKeychain = false;
        options.randomSeed = 17; // the same backoff jitter in every run

        ProjectStore store(path);
        const CancellationFlag never;
        const double cpuBefore = threadCpuSeconds();
        QElapsedTimer wall;
        wall.start();
        const TeacherRunSummary summary = TeacherRun::run(store, settings, {}, never, options);
        const double wallSeconds = wall.nsecsElapsed() / 1e9;
        const double cpuSeconds = threadCpuSeconds() - cpuBefore;
        const qint64 served = server.server().chatRequests();
        if (summary.annotated != samples || (faultPercent == 0 && summary.requests != samples)) {
            QTextStream(stderr) << "bench_teacher: expected " << samples << " annotations"
                                << (faultPercent == 0 ? " from as many requests" : "") << ", got\n"
                                << summary.toText();
            return 1;
        }
        std::vector<std::vector<double>> waits;
        for (const QString &text : texts)
            waits.push_back(requiredWaits(log.of(text)));
        const double ideal = faultPercent > 0 ? idealSeconds(waits, latencyMs / 1000.0, concurrency)
                                              : double(samples) * latencyMs / 1000.0 / concurrency;
        out << "samples=" << samples << " latency_ms=" << latencyMs
            << " concurrency=" << concurrency << " faults_percent=" << faultPercent
            << " retry_after_s=" << retryAfter << "\n";
        out << "requests_sent=" << summary.requests << " retries=" << summary.retries
            << " requests_served=" << served
            << " tcp_connections=" << server.server().connectionsAccepted() << "\n";
        out << "wall_s=" << QString::number(wallSeconds, 'f', 3)
            << " ideal_s=" << QString::number(ideal, 'f', 3)
            << " requests_per_s=" << QString::number(served / wallSeconds, 'f', 1) << "\n";
        out << "client_cpu_s=" << QString::number(cpuSeconds, 'f', 3)
            << " client_cpu_us_per_request=" << QString::number(cpuSeconds / served * 1e6, 'f', 1)
            << " (calling thread: HTTP, JSON, parsing, SQLite writes)\n";
        out << (faultPercent > 0 ? "RESULT teacher_faults_wall_over_ideal="
                                 : "RESULT teacher_wall_over_ideal=")
            << QString::number(wallSeconds / ideal, 'f', 3) << "\n";
    } catch (const Error &error) {
        QTextStream(stderr) << "bench_teacher: " << error.message() << "\n";
        return 1;
    }
    return 0;
}
