#include "core/generation/chatclient.h"
#include "core/generation/chatfailure.h"
#include "core/net/httpclient.h"
#include "core/net/httpreply.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace digest {

using namespace chatfailure;

ModelListing::ModelListing(HttpClient& http, const ChatEndpoint& endpoint, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
{
    if (!endpoint.apiBase().isValid()) {
        QMetaObject::invokeMethod(
            this,
            [this] { finishWith(ChatError::NotConfigured, notConfiguredMessage(m_endpoint)); },
            Qt::QueuedConnection);
        return;
    }
    HttpRequest request;
    request.url = endpoint.modelsUrl();
    request.headers = headersFor(endpoint, "application/json");
    request.connectTimeout = endpoint.connectTimeout;
    request.caFile = endpoint.caFile;
    request.pinnedPublicKey = endpoint.pinnedPublicKey.toLatin1();
    m_reply = http.send(request, this);
    connect(m_reply, &HttpReply::finished, this, &ModelListing::onReplyFinished);
}

ModelListing::~ModelListing() = default;

void ModelListing::onReplyFinished()
{
    const HttpReply& reply = *m_reply;
    if (reply.status() >= 400) {
        const Failure failure = statusFailure(reply, reply.body(), m_endpoint);
        finishWith(failure.error, failure.message);
        return;
    }
    if (reply.error() != NetError::None) {
        const Failure failure = networkFailure(reply);
        finishWith(failure.error, failure.message);
        return;
    }
    // OpenAI's {"data": [{"id": …}]}; Ollama's native {"models": [{"name": …}]} as well.
    const QJsonObject root = QJsonDocument::fromJson(reply.body()).object();
    QJsonArray list = root.value(QStringLiteral("data")).toArray();
    if (list.isEmpty())
        list = root.value(QStringLiteral("models")).toArray();
    QStringList models;
    for (const QJsonValue& entry : std::as_const(list)) {
        const QJsonObject model = entry.toObject();
        QString id = model.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            id = model.value(QStringLiteral("name")).toString();
        if (!id.trimmed().isEmpty())
            models.append(id.trimmed());
    }
    if (models.isEmpty() && !root.contains(QStringLiteral("data")) &&
        !root.contains(QStringLiteral("models"))) {
        finishWith(ChatError::Malformed,
                   tr("The answer from %1 is not a list of models.").arg(serverName(reply.url())));
        return;
    }
    models.sort(Qt::CaseInsensitive);
    models.removeDuplicates();
    m_models = models;
    finishWith(ChatError::None, QString());
}

void ModelListing::finishWith(ChatError error, const QString& message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorMessage = redactedKey(message, m_endpoint);
    emit finished();
}

// ChatClient

} // namespace digest
