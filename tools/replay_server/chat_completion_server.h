#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

class QTcpServer;
class QTcpSocket;
class QThread;

namespace candist {

// What the server does with one /chat/completions request (fault injection for tests/benches).
struct ServerFault
{
    enum Kind
    {
        None,
        RateLimited,     // 429 with "Retry-After: <value>" seconds
        ServerError,     // 500
        MalformedJson,   // 200 whose body is not JSON
        TruncatedBody,   // Content-Length promises more than is sent, then the connection closes
        DropConnection,  // the connection closes without an answer
        Slow,            // answers after `value` extra milliseconds
        Unauthorized,    // 401
        EchoKeyInError,  // 500 whose body repeats the Authorization header (a leaky proxy)
        EchoKeyInAnswer, // 200 whose answer repeats the Authorization header after the labels
        HugeAnswer,      // 200 whose answer is padded to `value` bytes
        Hang,            // accepts the request and never answers
    };
    Kind kind = None;
    int value = 0;
};

struct ServerRequestInfo
{
    QString text;        // the recorded sample text found in the request; empty when none
    int attempt = 0;     // 1-based count of chat requests that carried this text so far
    qint64 requestIndex; // 1-based count of all chat requests
};

// A small OpenAI-compatible HTTP/1.1 server (keep-alive, many connections, loopback only):
//   POST /v1/chat/completions  answers with the recorded answer of the sample text found in the
//                              request's user messages (last first); supports `n`
//   POST /v1/embeddings        deterministic hashed bag-of-words vectors
//   GET  /v1/models            one model, "replay"
// It serves `candist-cli serve-replay` (the offline demo teacher) and the tests and benchmarks,
// which add latency and faults. Lives in the thread that starts it; see ChatCompletionServerThread.
class ChatCompletionServer : public QObject
{
    Q_OBJECT
public:
    explicit ChatCompletionServer(QObject *parent = nullptr);
    ~ChatCompletionServer() override;

    // text -> answers; the i-th request for a text gets answers[i % size] (n > 1: consecutive).
    void setAnswers(QHash<QString, QStringList> answers);
    void setLatencyMs(int milliseconds);
    void setSupportsN(bool supported);
    void setFaultPlan(std::function<ServerFault(const ServerRequestInfo &)> plan);

    // Listens on 127.0.0.1; port 0 picks a free port. Throws Error when it cannot.
    quint16 listen(quint16 port = 0);
    quint16 port() const;

    // Thread-safe counters.
    qint64 chatRequests() const;
    int requestsFor(const QString &text) const; // chat requests that carried this text
    int answeredFor(const QString &text) const; // ...and got a 200 with a chat completion
    qint64 connectionsAccepted() const;         // TCP connections (keep-alive keeps this low)
    // Every chat request body received since the last reset, in arrival order (tests compare
    // what the live client sends with what a Batch API request file holds).
    QVector<QJsonObject> chatRequestBodies() const;
    void resetCounters();

    // Reads JSONL lines {"text": ..., "answer": ...} or {"text": ..., "answers": [...]}. Throws
    // Error naming file, line and column for bad lines.
    static QHash<QString, QStringList> readRecordedAnswers(const QString &path);

private:
    struct Connection;
    void onNewConnection();
    void serve(QTcpSocket *socket, const QByteArray &method, const QByteArray &path,
               const QHash<QByteArray, QByteArray> &headers, const QByteArray &body);
    void serveChat(QTcpSocket *socket, const QHash<QByteArray, QByteArray> &headers,
                   const QByteArray &body, bool keepAlive);
    QString findText(const QStringList &userMessages) const;

    QTcpServer *m_server = nullptr;
    QHash<QString, QStringList> m_answers;
    QHash<QString, QString> m_answerKeyByLine;
    int m_latencyMs = 0;
    bool m_supportsN = true;
    std::function<ServerFault(const ServerRequestInfo &)> m_plan;

    mutable QMutex m_mutex;
    qint64 m_chatRequests = 0;
    qint64 m_connections = 0;
    QHash<QString, int> m_requests;
    QHash<QString, int> m_answered;
    QVector<QJsonObject> m_bodies;
    qint64 m_completionId = 0;
};

// Runs a ChatCompletionServer in its own thread (tests and benchmarks drive the client in the
// main thread). Configure through `configure`, which runs in the server's thread before it
// listens; the counters of server() are thread-safe.
class ChatCompletionServerThread
{
public:
    explicit ChatCompletionServerThread(
        const std::function<void(ChatCompletionServer &)> &configure = {});
    ~ChatCompletionServerThread();

    ChatCompletionServer &server() { return *m_server; }
    quint16 port() const { return m_port; }
    QString baseUrl() const; // http://127.0.0.1:<port>/v1

private:
    std::unique_ptr<QThread> m_thread;
    ChatCompletionServer *m_server = nullptr;
    quint16 m_port = 0;
};

} // namespace candist
