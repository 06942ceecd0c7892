#include "core/net/httptransfer.h"

#include "core/net/httpclient.h"
#include "core/net/httpreply.h"

#include <mutex>

namespace digest {
namespace {

// Both for the request and for any redirect: never file://, ftp:// and the like.
constexpr auto kProtocols = "http,https";

// "sha256//" and the base64 of 32 bytes (several pins joined by ";" are libcurl's, not ours).
bool isPinnedPublicKey(const QByteArray& pin)
{
    constexpr QByteArrayView prefix("sha256//");
    if (!pin.startsWith(prefix))
        return false;
    const auto decoded = QByteArray::fromBase64Encoding(pin.mid(prefix.size()),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded && decoded.decoded.size() == 32;
}

long milliseconds(std::chrono::milliseconds duration)
{
    return long(duration.count());
}

} // namespace

void initializeCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

HttpTransfer::HttpTransfer(quint64 transferId)
    : id(transferId)
    , easy(curl_easy_init())
{}

HttpTransfer::~HttpTransfer()
{
    if (easy)
        curl_easy_cleanup(easy);
    curl_slist_free_all(m_headerList);
}

bool HttpTransfer::configure(const HttpRequest& request, const HttpClientOptions& options)
{
    if (!easy || !appendHeaders(request.headers))
        return false;
    const QByteArray url = request.url.toEncoded();
    bool ok = curl_easy_setopt(easy, CURLOPT_URL, url.constData()) == CURLE_OK;
    const auto set = [&ok](CURLcode code) {
        ok = ok && code == CURLE_OK;
    };
    set(curl_easy_setopt(easy, CURLOPT_PRIVATE, this));
    set(curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L));
    set(curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, kProtocols));
    set(curl_easy_setopt(easy, CURLOPT_REDIR_PROTOCOLS_STR, kProtocols));
    set(curl_easy_setopt(easy, CURLOPT_FOLLOWLOCATION, 1L));
    set(curl_easy_setopt(easy, CURLOPT_MAXREDIRS, long(options.maxRedirects)));
    set(curl_easy_setopt(easy, CURLOPT_USERAGENT, options.userAgent.constData()));
    // Empty: every encoding this libcurl decodes (gzip, deflate, brotli, zstd).
    set(curl_easy_setopt(easy, CURLOPT_ACCEPT_ENCODING, ""));
    ok = ok && setTrust(request, options);
    set(curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(request.connectTimeout)));
    set(curl_easy_setopt(easy, CURLOPT_TIMEOUT_MS, milliseconds(request.totalTimeout)));
    set(curl_easy_setopt(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(request.maxBodyBytes)));
    set(curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, errorBuffer.data()));
    set(curl_easy_setopt(easy, CURLOPT_HTTPHEADER, m_headerList));
    return ok && setCallbacks() && setMethod(request);
}

bool HttpTransfer::setTrust(const HttpRequest& request, const HttpClientOptions& options)
{
    bool ok = true;
    const auto set = [&ok](CURLcode code) {
        ok = ok && code == CURLE_OK;
    };
    const QString caFile = request.caFile.isEmpty() ? options.caCertificatesFile : request.caFile;
    if (!caFile.isEmpty()) {
        const QByteArray file = caFile.toLocal8Bit();
        set(curl_easy_setopt(easy, CURLOPT_CAINFO, file.constData()));
    }
    if (request.pinnedPublicKey.isEmpty()) {
        set(curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 1L));
        set(curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 2L));
        return ok;
    }
    // A certificate the user looked at and chose to trust: its key is the check, in place of
    // a chain no authority signed. Only the "sha256//" form: anything else is a file name to
    // libcurl, and a typo must not silently mean "no check".
    if (!isPinnedPublicKey(request.pinnedPublicKey))
        return false;
    set(curl_easy_setopt(easy, CURLOPT_PINNEDPUBLICKEY, request.pinnedPublicKey.constData()));
    set(curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 0L));
    set(curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 0L));
    return ok;
}

bool HttpTransfer::appendHeaders(const QList<HttpHeader>& headers)
{
    for (const HttpHeader& header : headers) {
        // A line break would smuggle in a header of its own.
        if (header.first.contains('\n') || header.second.contains('\n') ||
            header.first.contains('\r') || header.second.contains('\r'))
            return false;
        const QByteArray line = header.first + ": " + header.second;
        curl_slist* appended = curl_slist_append(m_headerList, line.constData());
        if (!appended)
            return false;
        m_headerList = appended;
    }
    return true;
}

bool HttpTransfer::setCallbacks()
{
    bool ok = true;
    const auto set = [&ok](CURLcode code) {
        ok = ok && code == CURLE_OK;
    };
    set(curl_easy_setopt(easy, CURLOPT_HEADERFUNCTION, &HttpTransfer::onHeader));
    set(curl_easy_setopt(easy, CURLOPT_HEADERDATA, this));
    set(curl_easy_setopt(easy, CURLOPT_WRITEFUNCTION, &HttpTransfer::onWrite));
    set(curl_easy_setopt(easy, CURLOPT_WRITEDATA, this));
    // The progress callback runs about once a second even while nothing arrives, so a stop
    // asked for while libcurl waits takes effect soon.
    set(curl_easy_setopt(easy, CURLOPT_XFERINFOFUNCTION, &HttpTransfer::onProgress));
    set(curl_easy_setopt(easy, CURLOPT_XFERINFODATA, this));
    set(curl_easy_setopt(easy, CURLOPT_NOPROGRESS, 0L));
    return ok;
}

bool HttpTransfer::setMethod(const HttpRequest& request)
{
    bool ok = true;
    const auto set = [&ok](CURLcode code) {
        ok = ok && code == CURLE_OK;
    };
    if (!request.body.isEmpty()) {
        set(curl_easy_setopt(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size())));
        set(curl_easy_setopt(easy, CURLOPT_COPYPOSTFIELDS, request.body.constData()));
    }
    if (request.method == "HEAD")
        set(curl_easy_setopt(easy, CURLOPT_NOBODY, 1L));
    else if (request.method != "GET" && request.method != "POST")
        set(curl_easy_setopt(easy, CURLOPT_CUSTOMREQUEST, request.method.constData()));
    else if (request.method == "POST" && request.body.isEmpty())
        set(curl_easy_setopt(easy, CURLOPT_POST, 1L));
    return ok;
}

size_t HttpTransfer::onHeader(char* data, size_t size, size_t count, void* self)
{
    auto* transfer = static_cast<HttpTransfer*>(self);
    const size_t length = size * count;
    if (transfer->stopReason != NetError::None)
        return 0;
    if (transfer->reply)
        transfer->reply->headerLine(QByteArrayView(data, qsizetype(length)));
    return transfer->stopReason == NetError::None ? length : 0;
}

size_t HttpTransfer::onWrite(char* data, size_t size, size_t count, void* self)
{
    auto* transfer = static_cast<HttpTransfer*>(self);
    const size_t length = size * count;
    if (transfer->stopReason != NetError::None)
        return CURL_WRITEFUNC_ERROR;
    if (!transfer->reply)
        return length;
    // The reply's receivers may abort it, or delete it (which stops the transfer too).
    const bool goOn = transfer->reply->receive(QByteArrayView(data, qsizetype(length)));
    if (!goOn && transfer->stopReason == NetError::None)
        transfer->stopReason = NetError::Cancelled;
    return transfer->stopReason == NetError::None ? length : CURL_WRITEFUNC_ERROR;
}

int HttpTransfer::onProgress(void* self, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return static_cast<HttpTransfer*>(self)->stopReason == NetError::None ? 0 : 1;
}

} // namespace digest
