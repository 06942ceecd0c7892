#pragma once

#include "core/net/httpreply.h"
#include "core/net/httprequest.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

namespace digest {

class CurlMulti;
struct HttpTransfer;

struct HttpClientOptions
{
    // "DigestEditor/<version> (+<homepage>)": servers see who is asking, and whom to ask.
    QByteArray userAgent = defaultUserAgent();
    // Transfers beyond these wait for a connection instead of flooding a server.
    long maxConnections = 8;
    long maxConnectionsPerHost = 4;
    long maxRedirects = 5;
    // A PEM file of certificate authorities to trust instead of the system's; empty for the
    // system's. Verification itself is never turned off.
    QString caCertificatesFile;

    static QByteArray defaultUserAgent();

    bool operator==(const HttpClientOptions&) const = default;
};

// The one way this application speaks HTTP: libcurl's multi interface on the Qt event loop of
// the thread the client lives in. Transfers run in parallel up to the connection limits, with
// their own timeouts; TLS certificates are verified; only http and https are spoken, redirects
// included; answers may come compressed; proxies come from the environment as libcurl reads
// it (http_proxy, https_proxy, all_proxy, no_proxy).
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    explicit HttpClient(QObject* parent = nullptr);
    explicit HttpClient(const HttpClientOptions& options, QObject* parent = nullptr);
    // Replies still running finish with NetError::Cancelled.
    ~HttpClient() override;

    const HttpClientOptions& options() const { return m_options; }

    // Starts the request. The reply is a child of `parent` (the caller's object) and finishes
    // later, never before this returns.
    HttpReply* send(const HttpRequest& request, QObject* parent);

private:
    friend class HttpReply;

    void stop(HttpReply& reply, NetError reason);
    // `result` is libcurl's CURLcode; libcurl stays out of this header.
    void finished(HttpTransfer& transfer, int result);
    void finishLater(HttpReply* reply, NetError error, const QString& message);

    HttpClientOptions m_options;
    CurlMulti* m_multi = nullptr;
    QList<HttpReply*> m_running;
    quint64 m_lastTransferId = 0;
};

// The URL without what may be secret (user, password, query, fragment): what logs may show.
QString redactedUrl(const QUrl& url);

// The same for an address someone typed, which may not be a valid URL at all (a message about
// a wrong address shows it): user and password before an "@" and everything from a "?" or "#"
// on are cut out, and a long one is shortened to kMaxShownAddressLength characters and "…".
QString redactedAddress(const QString& address);
inline constexpr qsizetype kMaxShownAddressLength = 200;

} // namespace digest
