#pragma once

#include <memory>
#include <vector>

#include <QByteArray>
#include <QString>

namespace candist {

struct HttpRequest
{
    quint64 tag = 0; // the caller's id, handed back with the response
    QByteArray url;
    QByteArray body;        // POSTed as application/json
    QByteArray bearerToken; // empty: no Authorization header
    int timeoutMs = 60000;
    // The transfer is aborted once the answer body grows past this (a runaway or hostile server
    // must not fill memory and the project); the response then has `oversized` set.
    qint64 maxResponseBytes = 512 * 1024;
};

struct HttpResponse
{
    quint64 tag = 0;
    int curlCode = 0;  // CURLcode; 0 = the exchange completed (any HTTP status)
    QString curlError; // curl's description when curlCode != 0
    long status = 0;   // HTTP status; 0 when no response arrived
    QByteArray body;
    QByteArray retryAfter;  // the Retry-After header, if any
    double seconds = 0;     // total transfer time
    bool oversized = false; // aborted: the body exceeded HttpRequest::maxResponseBytes

    bool isTimeout() const;
};

// Many concurrent HTTP POSTs on libcurl's multi interface, driven from the calling thread (no
// event loop, no threads). Connections are pooled and kept alive across requests (HTTP/1.1
// keep-alive, HTTP/2 multiplexing over TLS); easy handles are recycled.
class CurlMultiClient
{
public:
    explicit CurlMultiClient(int maxConnectionsPerHost);
    ~CurlMultiClient();
    CurlMultiClient(const CurlMultiClient &) = delete;
    CurlMultiClient &operator=(const CurlMultiClient &) = delete;

    void start(const HttpRequest &request);
    int inFlight() const;

    // Drives the transfers, waiting at most `timeoutMs` for network activity, and returns the
    // exchanges that finished (possibly none).
    std::vector<HttpResponse> poll(int timeoutMs);

    // Drops every transfer in flight (cancellation); their responses are never returned.
    void abortAll();

private:
    struct Transfer;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace candist
