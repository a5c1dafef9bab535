// Annotates N samples (default 2,000) through the real libcurl client against the local
// OpenAI-compatible server with a fixed latency (default 100 ms) at concurrency C (default 32).
// The ideal wall time is N x latency / C: the client adds nothing on top of the server's delay.
// Prints the client's own CPU time per request (the calling thread, where the whole client runs)
// and, last, RESULT teacher_wall_over_ideal=<wall / ideal> (goal <= 1.15).
//
//   build/bench/teacher/bench_teacher [--samples N] [--latency-ms L] [--concurrency C]
#include <ctime>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include "model/error.h"
#include "replay_server/chat_completion_server.h"
#include "store/project_store.h"
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

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("samples"), QStringLiteral("Samples."), QStringLiteral("N")},
         {QStringLiteral("latency-ms"), QStringLiteral("Server latency."), QStringLiteral("L")},
         {QStringLiteral("concurrency"), QStringLiteral("Requests in flight."),
          QStringLiteral("C")}});
    parser.addHelpOption();
    parser.process(app);
    const int samples = intOption(parser, QStringLiteral("samples"), 2000);
    const int latencyMs = intOption(parser, QStringLiteral("latency-ms"), 100);
    const int concurrency = intOption(parser, QStringLiteral("concurrency"), 32);
    QTextStream out(stdout);

    try {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bench.candist"));
        const QStringList names = {QStringLiteral("world"), QStringLiteral("sports"),
                                   QStringLiteral("business"), QStringLiteral("science"),
                                   QStringLiteral("culture")};
        QHash<QString, QStringList> answers;
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
            }
            transaction.commit();
        }
        ChatCompletionServerThread server([&](ChatCompletionServer &s) {
            s.setAnswers(answers);
            s.setLatencyMs(latencyMs);
        });

        TeacherSettings settings;
        settings.endpoint = server.baseUrl();
        settings.model = QStringLiteral("bench");
        settings.concurrency = concurrency;
        settings.apiKeyEnv = QStringLiteral("CANDIST_BENCH_NO_KEY");
        TeacherRunOptions options;
        options.useKeychain = false;

        ProjectStore store(path);
        const CancellationFlag never;
        const double cpuBefore = threadCpuSeconds();
        QElapsedTimer wall;
        wall.start();
        const TeacherRunSummary summary = TeacherRun::run(store, settings, {}, never, options);
        const double wallSeconds = wall.nsecsElapsed() / 1e9;
        const double cpuSeconds = threadCpuSeconds() - cpuBefore;
        if (summary.annotated != samples || summary.requests != samples) {
            QTextStream(stderr) << "bench_teacher: expected " << samples
                                << " annotations from as many "
                                << "requests, got\n"
                                << summary.toText();
            return 1;
        }
        const double ideal = double(samples) * latencyMs / 1000.0 / concurrency;
        out << "samples=" << samples << " latency_ms=" << latencyMs
            << " concurrency=" << concurrency << "\n";
        out << "tcp_connections=" << server.server().connectionsAccepted() << "\n";
        out << "wall_s=" << QString::number(wallSeconds, 'f', 3)
            << " ideal_s=" << QString::number(ideal, 'f', 3)
            << " requests_per_s=" << QString::number(samples / wallSeconds, 'f', 1) << "\n";
        out << "client_cpu_s=" << QString::number(cpuSeconds, 'f', 3)
            << " client_cpu_us_per_request=" << QString::number(cpuSeconds / samples * 1e6, 'f', 1)
            << " (calling thread: HTTP, JSON, parsing, SQLite writes)\n";
        out << "RESULT teacher_wall_over_ideal=" << QString::number(wallSeconds / ideal, 'f', 3)
            << "\n";
    } catch (const Error &error) {
        QTextStream(stderr) << "bench_teacher: " << error.message() << "\n";
        return 1;
    }
    return 0;
}
