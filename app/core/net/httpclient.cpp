#include "core/net/httpclient.h"

#include "core/net/curlerror.h"
#include "core/net/curlmulti.h"
#include "core/net/httptransfer.h"
#include "core/version.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QRegularExpression>

namespace digest {
namespace {

Q_LOGGING_CATEGORY(lcHttp, "digest.http", QtWarningMsg)

bool isHttpUrl(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == u"http" || scheme == u"https");
}

TransferOutcome outcomeOf(const HttpTransfer& transfer, CURLcode result, const HttpReply& reply)
{
    TransferOutcome outcome;
    outcome.result = result;
    outcome.stopReason = transfer.stopReason;
    outcome.status = reply.status();
    outcome.reasonPhrase = reply.reasonPhrase();
    outcome.host = reply.url().host();
    curl_easy_getinfo(transfer.easy, CURLINFO_OS_ERRNO, &outcome.osErrno);
    curl_easy_getinfo(transfer.easy, CURLINFO_TOTAL_TIME, &outcome.seconds);
    outcome.detail = QString::fromUtf8(transfer.errorBuffer.data()).trimmed();
    if (outcome.detail.isEmpty())
        outcome.detail = QString::fromUtf8(curl_easy_strerror(result));
    outcome.maxBodyBytes = reply.request().maxBodyBytes;
    return outcome;
}

} // namespace

QByteArray HttpClientOptions::defaultUserAgent()
{
    return QByteArrayLiteral("DigestEditor/") + kVersion + " (+" + kHomepageUrl + ')';
}

HttpClient::HttpClient(QObject* parent)
    : HttpClient(HttpClientOptions(), parent)
{}

HttpClient::HttpClient(const HttpClientOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    initializeCurlOnce();
    m_multi = new CurlMulti(
        options.maxConnections, options.maxConnectionsPerHost,
        [this](HttpTransfer& transfer, CURLcode result) { finished(transfer, result); }, this);
}

HttpClient::~HttpClient()
{
    // Each finish() takes the reply out of m_running.
    while (!m_running.isEmpty()) {
        HttpReply* reply = m_running.takeFirst();
        reply->m_transfer = nullptr;
        reply->finish(NetError::Cancelled,
                      tr("The request to %1 was cancelled.").arg(reply->url().host()));
    }
    delete m_multi;
}

HttpReply* HttpClient::send(const HttpRequest& request, QObject* parent)
{
    auto* reply = new HttpReply(this, request);
    reply->setParent(parent);
    if (!isHttpUrl(request.url)) {
        finishLater(
            reply, NetError::UnsupportedUrl,
            tr("Only http and https addresses can be fetched (%1).").arg(redactedUrl(request.url)));
        return reply;
    }
    auto transfer = std::make_unique<HttpTransfer>(++m_lastTransferId);
    if (!transfer->configure(request, m_options)) {
        finishLater(reply, NetError::Other,
                    tr("The request to %1 could not be prepared.").arg(request.url.host()));
        return reply;
    }
    qCDebug(lcHttp) << "start" << request.method << redactedUrl(request.url);
    transfer->reply = reply;
    reply->m_transfer = transfer.get();
    m_running.append(reply);
    m_multi->start(std::move(transfer));
    return reply;
}

void HttpClient::stop(HttpReply& reply, NetError reason)
{
    if (!reply.m_transfer)
        return;
    if (reply.m_transfer->stopReason == NetError::None)
        reply.m_transfer->stopReason = reason;
    m_multi->stop(reply.m_transfer->id);
}

void HttpClient::finished(HttpTransfer& transfer, int result)
{
    HttpReply* reply = transfer.reply;
    transfer.reply = nullptr;
    if (!reply)
        return;
    m_running.removeOne(reply);
    reply->m_transfer = nullptr;
    char* effectiveUrl = nullptr;
    if (curl_easy_getinfo(transfer.easy, CURLINFO_EFFECTIVE_URL, &effectiveUrl) == CURLE_OK &&
        effectiveUrl)
        reply->m_url = QUrl::fromEncoded(effectiveUrl);
    const TransferFailure failure = describeOutcome(outcomeOf(transfer, CURLcode(result), *reply));
    qCDebug(lcHttp) << "done" << redactedUrl(reply->url()) << reply->status()
                    << netErrorName(failure.error);
    reply->finish(failure.error, failure.message);
}

void HttpClient::finishLater(HttpReply* reply, NetError error, const QString& message)
{
    QMetaObject::invokeMethod(
        reply, [reply, error, message] { reply->finish(error, message); }, Qt::QueuedConnection);
}

QString redactedUrl(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

QString redactedAddress(const QString& address)
{
    QString text = address;
    // Text, not QUrl: a malformed address is the one a message shows.
    if (const qsizetype cut = text.indexOf(QRegularExpression(QStringLiteral("[?#]"))); cut >= 0)
        text.truncate(cut);
    const qsizetype authority = text.indexOf(QStringLiteral("//"));
    const qsizetype at = text.lastIndexOf(u'@');
    if (at >= 0) {
        const qsizetype from = authority >= 0 && authority < at ? authority + 2 : 0;
        const qsizetype slash = text.indexOf(u'/', from);
        // Only an "@" in the authority part: a path may hold one harmlessly.
        if (slash < 0 || slash > at)
            text.remove(from, at + 1 - from);
    }
    if (text.size() > kMaxShownAddressLength)
        text = text.first(kMaxShownAddressLength) + u'…';
    return text;
}

} // namespace digest
