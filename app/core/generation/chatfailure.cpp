#include "core/generation/chatfailure.h"

#include "core/net/httpclient.h"
#include "core/net/httpreply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace digest {
namespace chatfailure {
namespace {

QString withServerMessage(QString message, const QString& server)
{
    if (!server.isEmpty())
        message += QLatin1Char(' ') + Tr::tr("The server says: %1").arg(server);
    return message;
}

bool namesUnknownModel(const QByteArray& body)
{
    const QByteArray text = body.toLower();
    if (text.contains("model_not_found"))
        return true;
    if (!text.contains("model"))
        return false;
    for (const char* phrase : {"not found", "does not exist", "not exist", "not a valid",
                               "invalid model", "unknown model", "no such model"}) {
        if (text.contains(phrase))
            return true;
    }
    return false;
}

} // namespace

QString serverName(const QUrl& url)
{
    return url.port() < 0 ? url.host() : QStringLiteral("%1:%2").arg(url.host()).arg(url.port());
}

Failure statusFailure(const HttpReply& reply, const QByteArray& body, const ChatEndpoint& endpoint)
{
    const int status = reply.status();
    const QString server = serverName(reply.url());
    const QString said = serverErrorMessage(body);
    if (status == 401 || status == 403) {
        // Never the server's words here: some quote the key they were given.
        if (endpoint.apiKey.trimmed().isEmpty())
            return {ChatError::Unauthorized,
                    Tr::tr("%1 asks for an API key (HTTP %2): set one in the settings or in "
                           "OPENAI_API_KEY.")
                        .arg(server)
                        .arg(status)};
        return {ChatError::Unauthorized,
                Tr::tr("%1 refused the API key (HTTP %2): check the key in the settings or in "
                       "OPENAI_API_KEY.")
                    .arg(server)
                    .arg(status)};
    }
    if ((status == 404 || status == 400 || status == 422) && namesUnknownModel(body))
        return {ChatError::UnknownModel,
                withServerMessage(Tr::tr("%1 does not know the model “%2”: choose one from its "
                                         "list of models.")
                                      .arg(server, endpoint.model.trimmed()),
                                  said)};
    if (status == 404)
        return {ChatError::NotFound,
                Tr::tr("%1 has no chat-completions API at %2 (HTTP 404): check the base URL.")
                    .arg(server, redactedUrl(reply.url()))};
    if (status == 429) {
        const auto wait = reply.retryAfter();
        QString message =
            wait ? Tr::tr("%1 is limiting requests (HTTP 429) and asks to wait %n second(s).",
                          nullptr, int(wait->count()))
                       .arg(server)
                 : Tr::tr("%1 is limiting requests (HTTP 429).").arg(server);
        return {ChatError::RateLimited, withServerMessage(message, said)};
    }
    if (status >= 500)
        return {ChatError::ServerError,
                withServerMessage(Tr::tr("%1 failed (HTTP %2).").arg(server).arg(status), said)};
    return {ChatError::BadRequest,
            withServerMessage(Tr::tr("%1 refused the request (HTTP %2).").arg(server).arg(status),
                              said)};
}

Failure networkFailure(const HttpReply& reply)
{
    switch (reply.error()) {
    case NetError::Timeout:
        return {ChatError::Timeout, reply.errorMessage()};
    case NetError::Cancelled:
        return {ChatError::Cancelled, Tr::tr("Stopped.")};
    case NetError::Malformed:
    case NetError::TooLarge:
        return {ChatError::Malformed, reply.errorMessage()};
    case NetError::Truncated:
        return {ChatError::Incomplete, reply.errorMessage()};
    case NetError::UntrustedCertificate:
        // A local server with a certificate of its own: say how to trust it, not how to
        // switch checking off (there is no such switch).
        if (!reply.request().pinnedPublicKey.isEmpty())
            return {ChatError::Network,
                    reply.errorMessage() + QLatin1Char(' ') +
                        Tr::tr("It is not the certificate you chose to trust: if the server's "
                               "certificate was renewed, look at the new one with “Trust this "
                               "certificate” in the model settings.")};
        return {ChatError::Network,
                reply.errorMessage() + QLatin1Char(' ') +
                    Tr::tr("To use this server, name its certificate authority (a CA file) in "
                           "the model settings, or look at its certificate with “Trust this "
                           "certificate”.")};
    default:
        return {ChatError::Network, reply.errorMessage()};
    }
}

QList<HttpHeader> headersFor(const ChatEndpoint& endpoint, QByteArray accept)
{
    QList<HttpHeader> headers{{"Accept", std::move(accept)}};
    const QString key = endpoint.apiKey.trimmed();
    if (!key.isEmpty())
        headers.append(HttpHeader("Authorization", "Bearer " + key.toUtf8()));
    return headers;
}

QString redactedKey(QString message, const ChatEndpoint& endpoint)
{
    const QString key = endpoint.apiKey.trimmed();
    if (!key.isEmpty())
        message.replace(key, QStringLiteral("…"));
    return message;
}

QString notConfiguredMessage(const ChatEndpoint& endpoint)
{
    if (!endpoint.apiBase().isValid())
        return Tr::tr("No model endpoint is configured: set its base URL (http or https) in the "
                      "settings, or OPENAI_BASE_URL.");
    return Tr::tr("No model is chosen for %1: choose one in the settings, or set OPENAI_MODEL.")
        .arg(serverName(endpoint.apiBase()));
}

} // namespace chatfailure

QString chatErrorName(ChatError error)
{
    switch (error) {
    case ChatError::None:
        return QStringLiteral("none");
    case ChatError::NotConfigured:
        return QStringLiteral("not-configured");
    case ChatError::Unauthorized:
        return QStringLiteral("unauthorized");
    case ChatError::UnknownModel:
        return QStringLiteral("unknown-model");
    case ChatError::NotFound:
        return QStringLiteral("not-found");
    case ChatError::BadRequest:
        return QStringLiteral("bad-request");
    case ChatError::RateLimited:
        return QStringLiteral("rate-limited");
    case ChatError::ServerError:
        return QStringLiteral("server-error");
    case ChatError::Timeout:
        return QStringLiteral("timeout");
    case ChatError::Network:
        return QStringLiteral("network");
    case ChatError::Incomplete:
        return QStringLiteral("incomplete");
    case ChatError::Malformed:
        return QStringLiteral("malformed");
    case ChatError::StreamError:
        return QStringLiteral("stream-error");
    case ChatError::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace digest
