#pragma once

#include "core/net/httprequest.h"
#include "core/net/neterror.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <optional>

class QTimer;

namespace digest {

class HttpClient;
struct HttpTransfer;

// The answer to one HttpRequest, as it arrives. Made by HttpClient::send(). It emits
// metaDataChanged() once the final status and headers are known (before the first byte of the
// body), dataReceived() for every piece of the body as it comes (a stream, Server-Sent Events
// for instance, reads these), and finished() exactly once, never from inside send(). Delete it
// with deleteLater() from its own signals; deleting it while running cancels the request.
class HttpReply final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpReply)

public:
    ~HttpReply() override;

    const HttpRequest& request() const { return m_request; }
    // Where the answer came from, after redirects.
    QUrl url() const { return m_url; }
    bool isFinished() const { return m_finished; }

    // The final HTTP status; 0 until it is known, and when no answer came at all.
    int status() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    // The headers of the final answer, in order, names as the server wrote them.
    const QList<HttpHeader>& headers() const { return m_headers; }
    // The last value of the named header (case-insensitive); empty when there is none.
    QByteArray header(QByteArrayView name) const;
    // What a Retry-After header asks for (429 and 503 answers carry it).
    std::optional<std::chrono::seconds> retryAfter() const;

    // The whole body so far (decompressed), unless the request said not to keep it.
    const QByteArray& body() const { return m_body; }

    NetError error() const { return m_error; }
    // For people: what failed, naming the server (never the path or query, which may hold a
    // key). Empty when the request succeeded.
    QString errorMessage() const { return m_errorMessage; }

    // Stops the transfer; finished() follows with NetError::Cancelled. Safe from any of the
    // reply's own signals.
    void abort();

signals:
    void metaDataChanged();
    void dataReceived(const QByteArray& chunk);
    void finished();

private:
    friend class HttpClient;
    friend struct HttpTransfer;

    HttpReply(HttpClient* client, HttpRequest request);

    void stopWith(NetError reason);
    void headerLine(QByteArrayView line);
    // False when the transfer has to stop (aborted, or too large).
    bool receive(QByteArrayView data);
    void announceMetaData();
    void finish(NetError error, const QString& message);
    void restartIdleTimer();

    QPointer<HttpClient> m_client;
    HttpTransfer* m_transfer = nullptr;
    HttpRequest m_request;
    QUrl m_url;
    int m_status = 0;
    QByteArray m_reason;
    QList<HttpHeader> m_headers;
    QByteArray m_body;
    qint64 m_received = 0;
    QTimer* m_idleTimer = nullptr;
    NetError m_error = NetError::None;
    QString m_errorMessage;
    bool m_metaDataAnnounced = false;
    bool m_finished = false;
};

} // namespace digest
