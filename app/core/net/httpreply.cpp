#include "core/net/httpreply.h"

#include "core/net/httpclient.h"
#include "core/net/httpdate.h"
#include "core/net/httptransfer.h"

#include <QDateTime>
#include <QTimer>

namespace digest {

HttpReply::HttpReply(HttpClient* client, HttpRequest request)
    : m_client(client)
    , m_request(std::move(request))
    , m_url(m_request.url)
{
    if (m_request.idleTimeout.count() > 0) {
        m_idleTimer = new QTimer(this);
        m_idleTimer->setSingleShot(true);
        connect(m_idleTimer, &QTimer::timeout, this, [this] { stopWith(NetError::Timeout); });
        m_idleTimer->start(m_request.idleTimeout);
    }
}

HttpReply::~HttpReply()
{
    if (m_transfer) {
        m_transfer->reply = nullptr;
        if (m_client) {
            m_client->m_running.removeOne(this);
            m_client->stop(*this, NetError::Cancelled);
        }
    }
}

QByteArray HttpReply::header(QByteArrayView name) const
{
    for (auto it = m_headers.crbegin(); it != m_headers.crend(); ++it) {
        if (QByteArrayView(it->first).compare(name, Qt::CaseInsensitive) == 0)
            return it->second;
    }
    return QByteArray();
}

std::optional<std::chrono::seconds> HttpReply::retryAfter() const
{
    const QByteArray value = header("Retry-After");
    if (value.isEmpty())
        return std::nullopt;
    return parseRetryAfter(value, QDateTime::currentDateTimeUtc());
}

void HttpReply::abort()
{
    stopWith(NetError::Cancelled);
}

void HttpReply::stopWith(NetError reason)
{
    if (m_finished || !m_client)
        return;
    m_client->stop(*this, reason);
}

void HttpReply::headerLine(QByteArrayView line)
{
    restartIdleTimer();
    const QByteArrayView trimmed = line.trimmed();
    if (trimmed.startsWith("HTTP/")) {
        // A new answer begins: after a redirect, or after "100 Continue".
        m_headers.clear();
        // "HTTP/1.1 404 Not Found"; HTTP/2 has no reason phrase.
        const qsizetype firstSpace = trimmed.indexOf(' ');
        const QByteArrayView rest =
            firstSpace < 0 ? QByteArrayView() : trimmed.sliced(firstSpace + 1);
        const qsizetype secondSpace = rest.indexOf(' ');
        m_status = (secondSpace < 0 ? rest : rest.first(secondSpace)).toInt();
        m_reason = secondSpace < 0 ? QByteArray() : rest.sliced(secondSpace + 1).toByteArray();
        return;
    }
    const qsizetype colon = trimmed.indexOf(':');
    if (colon > 0)
        m_headers.append({trimmed.first(colon).trimmed().toByteArray(),
                          trimmed.sliced(colon + 1).trimmed().toByteArray()});
}

bool HttpReply::receive(QByteArrayView data)
{
    restartIdleTimer();
    m_received += data.size();
    if (m_received > m_request.maxBodyBytes) {
        if (m_transfer)
            m_transfer->stopReason = NetError::TooLarge;
        return false;
    }
    // Receivers may delete the reply from any of its signals.
    const QPointer<HttpReply> alive(this);
    announceMetaData();
    if (!alive)
        return false;
    if (m_request.keepBody)
        m_body.append(data);
    emit dataReceived(data.toByteArray());
    return true;
}

void HttpReply::announceMetaData()
{
    if (m_metaDataAnnounced)
        return;
    m_metaDataAnnounced = true;
    emit metaDataChanged();
}

void HttpReply::finish(NetError error, const QString& message)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_idleTimer)
        m_idleTimer->stop();
    m_error = error;
    m_errorMessage = message;
    const QPointer<HttpReply> alive(this);
    if (m_status > 0)
        announceMetaData();
    if (alive)
        emit finished();
}

void HttpReply::restartIdleTimer()
{
    if (m_idleTimer)
        m_idleTimer->start();
}

} // namespace digest
