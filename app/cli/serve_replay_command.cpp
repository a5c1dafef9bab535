// candist-cli serve-replay: an OpenAI-compatible endpoint that answers from recorded answers, so
// the demo (and anyone without network or key) can run the teacher stage offline.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTimer>

#include "cli_support.h"
#include "replay_server/chat_completion_server.h"

namespace candist::cli {

int runServeReplay(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves recorded teacher answers through an OpenAI-compatible API on "
                       "127.0.0.1 (POST /v1/chat/completions, POST /v1/embeddings, GET "
                       "/v1/models) until interrupted. A request is answered with the recorded "
                       "answer of the sample text its user message contains."));
    parser.addOptions({
        QCommandLineOption(QStringLiteral("responses"),
                           QStringLiteral("JSONL of {\"text\": ..., \"answer\": ...}."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("port"),
                           QStringLiteral("Port on 127.0.0.1 (0 = any free port, printed)."),
                           QStringLiteral("P")),
        QCommandLineOption(QStringLiteral("latency-ms"),
                           QStringLiteral("Delay every answer (simulates a remote model)."),
                           QStringLiteral("N")),
    });
    parseArguments(parser, arguments, 0);
    const QString responses = requiredValue(parser, QStringLiteral("responses"));
    const int port = intValue(parser, QStringLiteral("port"), 0, 0, 65535);
    const int latency = intValue(parser, QStringLiteral("latency-ms"), 0, 0, 600000);

    ChatCompletionServer server;
    const QHash<QString, QStringList> answers =
        ChatCompletionServer::readRecordedAnswers(responses);
    server.setAnswers(answers);
    server.setLatencyMs(latency);
    const quint16 actualPort = server.listen(quint16(port));
    out() << "serving " << answers.size() << " recorded answers at http://127.0.0.1:" << actualPort
          << "/v1 (Ctrl+C stops)\n";
    out().flush();

    CancellationFlag stop;
    InterruptGuard guard(stop);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&stop] {
        if (stop.isCancelled())
            QCoreApplication::quit();
    });
    poll.start(100);
    QCoreApplication::exec();
    err() << "serve-replay: answered " << server.chatRequests() << " chat requests\n";
    err().flush();
    return 0;
}

} // namespace candist::cli
