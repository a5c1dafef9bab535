#include "replay_server/chat_completion_server.h"

#include <cmath>

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include "model/error.h"
#include "teacher/chat_completion.h"
#include "teacher/json_files.h"
#include "teacher/tfidf_index.h"

namespace candist {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 32 * 1024 * 1024;
constexpr int kEmbeddingDimensions = 64;

QByteArray statusText(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    default:
        return "Internal Server Error";
    }
}

QByteArray errorJson(const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                      QJsonObject{{QStringLiteral("message"), message}}}})
        .toJson(QJsonDocument::Compact);
}

void writeResponse(QTcpSocket *socket, int status, const QByteArray &body, bool keepAlive,
                   const QByteArray &extraHeaders = {}, qsizetype sendOnly = -1)
{
    QByteArray response =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n" + extraHeaders +
        (keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n") + "\r\n";
    response += sendOnly >= 0 ? body.left(sendOnly) : body;
    socket->write(response);
    if (!keepAlive || sendOnly >= 0)
        socket->disconnectFromHost();
}

std::vector<float> hashedEmbedding(const QString &text)
{
    std::vector<float> vector(kEmbeddingDimensions, 0.f);
    for (const QString &token : TfidfIndex::tokenize(text)) {
        const QByteArray digest = QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Md5);
        vector[size_t(quint8(digest[0])) % kEmbeddingDimensions] += 1.f;
    }
    float norm = 0;
    for (float x : vector)
        norm += x * x;
    if (norm > 0) {
        for (float &x : vector)
            x /= std::sqrt(norm);
    }
    return vector;
}

} // namespace

struct ChatCompletionServer::Connection
{
    QByteArray buffer;
};

ChatCompletionServer::ChatCompletionServer(QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this))
{
    m_server->setMaxPendingConnections(1024);
    connect(m_server, &QTcpServer::newConnection, this, &ChatCompletionServer::onNewConnection);
}

ChatCompletionServer::~ChatCompletionServer() = default;

void ChatCompletionServer::setAnswers(QHash<QString, QStringList> answers)
{
    QMutexLocker lock(&m_mutex);
    m_answers = std::move(answers);
    // Fast path for the common templates "Text: <sample>" and "<sample>" on a line of its own.
    m_answerKeyByLine.clear();
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it)
        m_answerKeyByLine.insert(it.key(), it.key());
}

void ChatCompletionServer::setLatencyMs(int milliseconds)
{
    QMutexLocker lock(&m_mutex);
    m_latencyMs = milliseconds;
}

void ChatCompletionServer::setSupportsN(bool supported)
{
    QMutexLocker lock(&m_mutex);
    m_supportsN = supported;
}

void ChatCompletionServer::setFaultPlan(std::function<ServerFault(const ServerRequestInfo &)> plan)
{
    QMutexLocker lock(&m_mutex);
    m_plan = std::move(plan);
}

quint16 ChatCompletionServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        throw Error(tr("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_server->errorString()));
    }
    return m_server->serverPort();
}

quint16 ChatCompletionServer::port() const
{
    return m_server->serverPort();
}

qint64 ChatCompletionServer::chatRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_chatRequests;
}

int ChatCompletionServer::requestsFor(const QString &text) const
{
    QMutexLocker lock(&m_mutex);
    return m_requests.value(text);
}

int ChatCompletionServer::answeredFor(const QString &text) const
{
    QMutexLocker lock(&m_mutex);
    return m_answered.value(text);
}

qint64 ChatCompletionServer::connectionsAccepted() const
{
    QMutexLocker lock(&m_mutex);
    return m_connections;
}

QVector<QJsonObject> ChatCompletionServer::chatRequestBodies() const
{
    QMutexLocker lock(&m_mutex);
    return m_bodies;
}

void ChatCompletionServer::resetCounters()
{
    QMutexLocker lock(&m_mutex);
    m_bodies.clear();
    m_chatRequests = 0;
    m_connections = 0;
    m_requests.clear();
    m_answered.clear();
}

void ChatCompletionServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        {
            QMutexLocker lock(&m_mutex);
            ++m_connections;
        }
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto connection = std::make_shared<Connection>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, connection] {
            connection->buffer += socket->readAll();
            // Parse every complete request in the buffer (clients may pipeline).
            while (true) {
                const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
                if (headerEnd < 0) {
                    if (connection->buffer.size() > kMaxHeaderBytes)
                        socket->abort();
                    return;
                }
                const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
                const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
                QHash<QByteArray, QByteArray> headers;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon > 0)
                        headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
                }
                const qint64 length = headers.value("content-length", "0").toLongLong();
                if (requestLine.size() < 3 || length < 0 || length > kMaxBodyBytes) {
                    writeResponse(socket, 400, errorJson(QStringLiteral("malformed request")),
                                  false);
                    return;
                }
                if (connection->buffer.size() < headerEnd + 4 + length)
                    return;
                const QByteArray body = connection->buffer.mid(headerEnd + 4, length);
                connection->buffer.remove(0, headerEnd + 4 + length);
                serve(socket, requestLine[0], requestLine[1], headers, body);
            }
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void ChatCompletionServer::serve(QTcpSocket *socket, const QByteArray &method,
                                 const QByteArray &path,
                                 const QHash<QByteArray, QByteArray> &headers,
                                 const QByteArray &body)
{
    const bool keepAlive = headers.value("connection").toLower() != "close";
    QByteArray route = path;
    if (const qsizetype query = route.indexOf('?'); query >= 0)
        route.truncate(query);
    if (method == "GET" && (route == "/v1/models" || route == "/models")) {
        const QJsonObject model{{QStringLiteral("id"), QStringLiteral("replay")},
                                {QStringLiteral("object"), QStringLiteral("model")},
                                {QStringLiteral("owned_by"), QStringLiteral("candist")}};
        writeResponse(socket, 200,
                      QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                {QStringLiteral("data"), QJsonArray{model}}})
                          .toJson(QJsonDocument::Compact),
                      keepAlive);
        return;
    }
    if (method == "POST" && (route == "/v1/chat/completions" || route == "/chat/completions")) {
        serveChat(socket, headers, body, keepAlive);
        return;
    }
    if (method == "POST" && (route == "/v1/embeddings" || route == "/embeddings")) {
        const QJsonValue input =
            QJsonDocument::fromJson(body).object().value(QLatin1String("input"));
        QStringList texts;
        if (input.isString())
            texts << input.toString();
        for (const QJsonValue &value : input.toArray())
            texts << value.toString();
        QJsonArray data;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            QJsonArray vector;
            for (float x : hashedEmbedding(texts[i]))
                vector.append(double(x));
            data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("embedding")},
                                    {QStringLiteral("index"), int(i)},
                                    {QStringLiteral("embedding"), vector}});
        }
        writeResponse(socket, 200,
                      QJsonDocument(QJsonObject{{QStringLiteral("object"), QStringLiteral("list")},
                                                {QStringLiteral("data"), data}})
                          .toJson(QJsonDocument::Compact),
                      keepAlive);
        return;
    }
    writeResponse(socket, 404,
                  errorJson(QStringLiteral("no route for %1 %2")
                                .arg(QString::fromLatin1(method), QString::fromLatin1(path))),
                  keepAlive);
}

QString ChatCompletionServer::findText(const QStringList &userMessages) const
{
    for (qsizetype m = userMessages.size() - 1; m >= 0; --m) {
        const QString &message = userMessages[m];
        for (QStringView line : QStringView(message).split(QLatin1Char('\n'))) {
            line = line.trimmed();
            if (const auto it = m_answerKeyByLine.constFind(line.toString());
                it != m_answerKeyByLine.constEnd())
                return *it;
            if (const qsizetype colon = line.indexOf(QLatin1String(": ")); colon >= 0) {
                const QString rest = line.mid(colon + 2).trimmed().toString();
                if (const auto it = m_answerKeyByLine.constFind(rest);
                    it != m_answerKeyByLine.constEnd())
                    return *it;
            }
        }
        // Any other template: the longest recorded text the message contains.
        QString best;
        for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it) {
            if (it.key().size() > best.size() && message.contains(it.key()))
                best = it.key();
        }
        if (!best.isEmpty())
            return best;
    }
    return {};
}

void ChatCompletionServer::serveChat(QTcpSocket *socket,
                                     const QHash<QByteArray, QByteArray> &headers,
                                     const QByteArray &body, bool keepAlive)
{
    const QJsonObject request = QJsonDocument::fromJson(body).object();
    QStringList userMessages;
    QString promptText;
    for (const QJsonValue &value : request.value(QLatin1String("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        const QString content = message.value(QLatin1String("content")).toString();
        promptText += content;
        if (message.value(QLatin1String("role")).toString() == QLatin1String("user"))
            userMessages << content;
    }
    const int n = std::max(1, request.value(QLatin1String("n")).toInt(1));

    QMutexLocker lock(&m_mutex);
    const QString text = findText(userMessages);
    const qint64 requestIndex = ++m_chatRequests;
    m_bodies.append(request);
    const int attempt = text.isEmpty() ? 0 : ++m_requests[text];
    const ServerFault fault =
        m_plan ? m_plan(ServerRequestInfo{text, attempt, requestIndex}) : ServerFault{};
    const int latency = m_latencyMs + (fault.kind == ServerFault::Slow ? fault.value : 0);
    const QStringList answers = m_answers.value(text);
    const bool supportsN = m_supportsN;
    const QString model = request.value(QLatin1String("model")).toString(QStringLiteral("replay"));
    const qint64 completionId = ++m_completionId;
    if (fault.kind == ServerFault::None || fault.kind == ServerFault::Slow ||
        fault.kind == ServerFault::EchoKeyInAnswer || fault.kind == ServerFault::HugeAnswer) {
        if (!answers.isEmpty())
            ++m_answered[text];
    }
    lock.unlock();

    int status = 200;
    QByteArray responseBody;
    QByteArray extraHeaders;
    qsizetype sendOnly = -1;
    bool drop = false;
    switch (fault.kind) {
    case ServerFault::RateLimited:
        status = 429;
        extraHeaders = "Retry-After: " + QByteArray::number(fault.value) + "\r\n";
        responseBody = errorJson(QStringLiteral("rate limit reached, retry later"));
        break;
    case ServerFault::ServerError:
        status = 500;
        responseBody = errorJson(QStringLiteral("the server had an error"));
        break;
    case ServerFault::Unauthorized:
        status = 401;
        responseBody = errorJson(QStringLiteral("invalid API key"));
        break;
    case ServerFault::EchoKeyInError:
        status = 500;
        responseBody = errorJson(QStringLiteral("upstream rejected Authorization: ") +
                                 QString::fromUtf8(headers.value("authorization")));
        break;
    case ServerFault::MalformedJson:
        responseBody = "{\"choices\": [ this is not json";
        break;
    case ServerFault::DropConnection:
        drop = true;
        break;
    case ServerFault::Hang:
        return; // the socket stays open until the client gives up
    default:
        break;
    }
    if (status == 200 && responseBody.isEmpty() && !drop) {
        if (answers.isEmpty()) {
            status = 400;
            responseBody = errorJson(QStringLiteral("no recorded answer for this request"));
        } else {
            QJsonArray choices;
            int completionTokens = 0;
            const int count = supportsN ? n : 1;
            for (int i = 0; i < count; ++i) {
                QString content = answers.at((std::max(attempt, 1) - 1 + i) % answers.size());
                if (fault.kind == ServerFault::EchoKeyInAnswer)
                    content += QStringLiteral(" (request carried ") +
                               QString::fromUtf8(headers.value("authorization")) + QLatin1Char(')');
                if (fault.kind == ServerFault::HugeAnswer && content.size() < fault.value)
                    content += QString(fault.value - content.size(), QLatin1Char(' '));
                completionTokens += estimateTokens(content);
                choices.append(
                    QJsonObject{{QStringLiteral("index"), i},
                                {QStringLiteral("message"),
                                 QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                             {QStringLiteral("content"), content}}},
                                {QStringLiteral("finish_reason"), QStringLiteral("stop")}});
            }
            const int promptTokens = estimateTokens(promptText);
            responseBody =
                QJsonDocument(
                    QJsonObject{
                        {QStringLiteral("id"),
                         QStringLiteral("chatcmpl-replay-%1").arg(completionId)},
                        {QStringLiteral("object"), QStringLiteral("chat.completion")},
                        {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
                        {QStringLiteral("model"), model},
                        {QStringLiteral("choices"), choices},
                        {QStringLiteral("usage"),
                         QJsonObject{
                             {QStringLiteral("prompt_tokens"), promptTokens},
                             {QStringLiteral("completion_tokens"), completionTokens},
                             {QStringLiteral("total_tokens"), promptTokens + completionTokens}}}})
                    .toJson(QJsonDocument::Compact);
            if (fault.kind == ServerFault::TruncatedBody)
                sendOnly = responseBody.size() / 2;
        }
    }
    QPointer<QTcpSocket> guarded(socket);
    auto respond = [guarded, status, responseBody, keepAlive, extraHeaders, sendOnly, drop] {
        if (!guarded)
            return;
        if (drop) {
            guarded->abort();
            return;
        }
        writeResponse(guarded, status, responseBody, keepAlive, extraHeaders, sendOnly);
    };
    if (latency > 0)
        QTimer::singleShot(latency, socket, respond);
    else
        respond();
}

QHash<QString, QStringList> ChatCompletionServer::readRecordedAnswers(const QString &path)
{
    QHash<QString, QStringList> answers;
    forEachJsonlObject(
        path, QStringLiteral("recorded answers"), [&](const QJsonObject &object, int lineNumber) {
            const QString text = object.value(QLatin1String("text")).toString();
            QStringList list;
            if (object.value(QLatin1String("answer")).isString())
                list << object.value(QLatin1String("answer")).toString();
            for (const QJsonValue &value : object.value(QLatin1String("answers")).toArray())
                list << value.toString();
            if (text.isEmpty() || list.isEmpty()) {
                throw Error(tr("%1:%2:1: expected {\"text\": \"...\", \"answer\": "
                               "\"...\"} (or \"answers\": [...])")
                                .arg(path)
                                .arg(lineNumber));
            }
            answers[text] += list;
        });
    return answers;
}

ChatCompletionServerThread::ChatCompletionServerThread(
    const std::function<void(ChatCompletionServer &)> &configure)
    : m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("chat-completion-server"));
    m_thread->start();
    QSemaphore ready;
    QString failure;
    QObject *context = new QObject;
    context->moveToThread(m_thread.get());
    QMetaObject::invokeMethod(context, [&] {
        try {
            m_server = new ChatCompletionServer;
            if (configure)
                configure(*m_server);
            m_port = m_server->listen(0);
        } catch (const Error &error) {
            failure = error.message();
        }
        ready.release();
    });
    ready.acquire();
    context->deleteLater();
    if (!failure.isEmpty()) {
        m_thread->quit();
        m_thread->wait();
        throw Error(failure);
    }
}

ChatCompletionServerThread::~ChatCompletionServerThread()
{
    QMetaObject::invokeMethod(
        m_server, [server = m_server] { delete server; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString ChatCompletionServerThread::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port);
}

} // namespace candist
