#pragma once

#include "core/net/httprequest.h"
#include "core/net/neterror.h"

#include <QtGlobal>

#include <array>
#include <curl/curl.h>

namespace digest {

class HttpReply;
struct HttpClientOptions;

// libcurl's global set-up, once per process, before the first handle (on any thread).
void initializeCurlOnce();

// What libcurl needs for one request: the easy handle and the buffers its callbacks see, and
// the reply the bytes go to. CurlMulti owns it, so a reply can go away while libcurl is still
// inside a callback of its transfer; `reply` is then null and the bytes go nowhere.
struct HttpTransfer final
{
    explicit HttpTransfer(quint64 transferId);
    ~HttpTransfer();
    Q_DISABLE_COPY_MOVE(HttpTransfer)

    // Sets every option of the request on the easy handle; false when libcurl refuses one.
    bool configure(const HttpRequest& request, const HttpClientOptions& options);

    const quint64 id;
    CURL* const easy;
    HttpReply* reply = nullptr;
    // Set when the transfer has to stop: the callbacks then make libcurl end it, and this is
    // the reason reported instead of libcurl's.
    NetError stopReason = NetError::None;
    std::array<char, CURL_ERROR_SIZE> errorBuffer{};

private:
    // Certificate verification, against the system's authorities, a CA file, or a pinned key.
    bool setTrust(const HttpRequest& request, const HttpClientOptions& options);
    bool appendHeaders(const QList<HttpHeader>& headers);
    bool setCallbacks();
    bool setMethod(const HttpRequest& request);
    static size_t onHeader(char* data, size_t size, size_t count, void* self);
    static size_t onWrite(char* data, size_t size, size_t count, void* self);
    static int onProgress(void* self, curl_off_t, curl_off_t, curl_off_t, curl_off_t);

    curl_slist* m_headerList = nullptr;
};

} // namespace digest
