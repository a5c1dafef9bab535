#include "teacher/curl_multi_client.h"

#include <curl/curl.h>
#include <mutex>
#include <unordered_map>

#include "model/error.h"
#include "teacher/teacher_text.h"

namespace candist {

using teacher::Teacher;

namespace {

std::once_flag g_curlInit;

// Retry-After is the only response header the teacher needs.
size_t onHeader(char *data, size_t size, size_t count, void *user)
{
    const size_t length = size * count;
    static constexpr char kName[] = "retry-after:";
    constexpr size_t kNameLength = sizeof(kName) - 1;
    if (length > kNameLength && qstrnicmp(data, kName, kNameLength) == 0)
        *static_cast<QByteArray *>(user) =
            QByteArray(data + kNameLength, qsizetype(length - kNameLength)).trimmed();
    return length;
}

} // namespace

bool HttpResponse::isTimeout() const
{
    return curlCode == CURLE_OPERATION_TIMEDOUT;
}

struct CurlMultiClient::Transfer
{
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    quint64 tag = 0;
    QByteArray body;
    QByteArray response;
    QByteArray retryAfter;
    qint64 maxResponseBytes = 0;
    bool oversized = false;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    // Returning less than was handed in makes libcurl abort the transfer (CURLE_WRITE_ERROR).
    static size_t onBody(char *data, size_t size, size_t count, void *user)
    {
        auto *transfer = static_cast<Transfer *>(user);
        const size_t length = size * count;
        if (transfer->response.size() + qint64(length) > transfer->maxResponseBytes) {
            transfer->oversized = true;
            return 0;
        }
        transfer->response.append(data, qsizetype(length));
        return length;
    }
};

struct CurlMultiClient::Private
{
    CURLM *multi = nullptr;
    std::vector<std::unique_ptr<Transfer>> idle;
    std::unordered_map<CURL *, std::unique_ptr<Transfer>> active;

    void recycle(std::unique_ptr<Transfer> transfer)
    {
        curl_multi_remove_handle(multi, transfer->easy);
        curl_slist_free_all(transfer->headers);
        transfer->headers = nullptr;
        transfer->body.clear();
        transfer->response.clear();
        transfer->retryAfter.clear();
        transfer->oversized = false;
        idle.push_back(std::move(transfer));
    }
};

CurlMultiClient::CurlMultiClient(int maxConnectionsPerHost) : d(new Private)
{
    std::call_once(g_curlInit, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    d->multi = curl_multi_init();
    if (!d->multi)
        throw Error(Teacher::tr("cannot initialise libcurl"));
    curl_multi_setopt(d->multi, CURLMOPT_MAX_HOST_CONNECTIONS, long(maxConnectionsPerHost));
    curl_multi_setopt(d->multi, CURLMOPT_MAXCONNECTS, long(maxConnectionsPerHost) + 4);
}

CurlMultiClient::~CurlMultiClient()
{
    abortAll();
    for (auto &transfer : d->idle)
        curl_easy_cleanup(transfer->easy);
    curl_multi_cleanup(d->multi);
}

void CurlMultiClient::start(const HttpRequest &request)
{
    std::unique_ptr<Transfer> transfer;
    if (!d->idle.empty()) {
        transfer = std::move(d->idle.back());
        d->idle.pop_back();
        curl_easy_reset(transfer->easy);
    } else {
        transfer = std::make_unique<Transfer>();
        transfer->easy = curl_easy_init();
        if (!transfer->easy)
            throw Error(Teacher::tr("cannot create a libcurl transfer"));
    }
    CURL *easy = transfer->easy;
    transfer->tag = request.tag;
    transfer->body = request.body;
    transfer->errorBuffer[0] = 0;
    transfer->maxResponseBytes = request.maxResponseBytes;
    transfer->oversized = false;
    transfer->headers = curl_slist_append(nullptr, "Content-Type: application/json");
    transfer->headers = curl_slist_append(transfer->headers, "Accept: application/json");
    transfer->headers = curl_slist_append(transfer->headers, "Expect:"); // no 100-continue wait
    if (!request.bearerToken.isEmpty()) {
        QByteArray header = "Authorization: Bearer " + request.bearerToken;
        transfer->headers = curl_slist_append(transfer->headers, header.constData());
        header.fill('\0'); // don't leave a second copy of the key lying around
    }
    curl_easy_setopt(easy, CURLOPT_URL, request.url.constData());
    curl_easy_setopt(easy, CURLOPT_HTTPHEADER, transfer->headers);
    curl_easy_setopt(easy, CURLOPT_POST, 1L);
    curl_easy_setopt(easy, CURLOPT_POSTFIELDS, transfer->body.constData());
    curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(transfer->body.size()));
    curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &Transfer::onBody);
    curl_easy_setopt(easy, CURLOPT_WRITEDATA, transfer.get());
    curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(easy, CURLOPT_HEADERDATA, &transfer->retryAfter);
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, transfer->errorBuffer);
    curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, long(request.timeoutMs));
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(std::min(request.timeoutMs, 15000)));
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(easy, CURLOPT_TCP_KEEPALIVE, 1L);
    curl_easy_setopt(easy, CURLOPT_TCP_NODELAY, 1L);
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(easy, CURLOPT_USERAGENT, "CanDist-Workbench/" CANDIST_VERSION);
    curl_easy_setopt(easy, CURLOPT_PRIVATE, transfer.get());
    const CURLMcode added = curl_multi_add_handle(d->multi, easy);
    if (added != CURLM_OK) {
        curl_slist_free_all(transfer->headers);
        transfer->headers = nullptr;
        d->idle.push_back(std::move(transfer));
        throw Error(Teacher::tr("libcurl: %1").arg(QLatin1String(curl_multi_strerror(added))),
                    Error::Kind::Network);
    }
    d->active.emplace(easy, std::move(transfer));
}

int CurlMultiClient::inFlight() const
{
    return int(d->active.size());
}

std::vector<HttpResponse> CurlMultiClient::poll(int timeoutMs)
{
    std::vector<HttpResponse> finished;
    auto collect = [&] {
        int queued = 0;
        while (CURLMsg *message = curl_multi_info_read(d->multi, &queued)) {
            if (message->msg != CURLMSG_DONE)
                continue;
            const auto it = d->active.find(message->easy_handle);
            if (it == d->active.end())
                continue;
            std::unique_ptr<Transfer> transfer = std::move(it->second);
            d->active.erase(it);
            HttpResponse response;
            response.tag = transfer->tag;
            response.curlCode = int(message->data.result);
            response.oversized = transfer->oversized;
            if (response.oversized) {
                response.curlError = Teacher::tr("the answer is larger than %1 kB, the limit for "
                                                 "one answer; it was not stored")
                                         .arg(transfer->maxResponseBytes / 1024);
            } else if (response.curlCode != CURLE_OK) {
                response.curlError = QString::fromUtf8(
                    transfer->errorBuffer[0] ? transfer->errorBuffer
                                             : curl_easy_strerror(message->data.result));
            }
            curl_easy_getinfo(transfer->easy, CURLINFO_RESPONSE_CODE, &response.status);
            curl_easy_getinfo(transfer->easy, CURLINFO_TOTAL_TIME, &response.seconds);
            response.body = std::move(transfer->response);
            response.retryAfter = std::move(transfer->retryAfter);
            finished.push_back(std::move(response));
            d->recycle(std::move(transfer));
        }
    };
    int running = 0;
    curl_multi_perform(d->multi, &running);
    collect();
    if (finished.empty()) { // curl_multi_poll also sleeps when nothing is in flight
        curl_multi_poll(d->multi, nullptr, 0, timeoutMs, nullptr);
        curl_multi_perform(d->multi, &running);
        collect();
    }
    return finished;
}

void CurlMultiClient::abortAll()
{
    std::vector<std::unique_ptr<Transfer>> dropped;
    for (auto &entry : d->active)
        dropped.push_back(std::move(entry.second));
    d->active.clear();
    for (auto &transfer : dropped)
        d->recycle(std::move(transfer));
}

} // namespace candist
