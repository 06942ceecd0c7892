#include "core/generation/chatendpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace digest {

namespace {

QUrl below(const QUrl& base, const QString& path)
{
    if (!base.isValid())
        return QUrl();
    QUrl url = base;
    url.setPath(base.path() + path);
    return url;
}

QString environment(const char* name)
{
    return qEnvironmentVariable(name).trimmed();
}

} // namespace

QUrl ChatEndpoint::apiBase() const
{
    QUrl url(baseUrl.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return QUrl();
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    // A pasted request URL names its endpoint too.
    for (const QString& suffix : {QStringLiteral("/chat/completions"), QStringLiteral("/models")}) {
        if (path.endsWith(suffix)) {
            path.chop(suffix.size());
            break;
        }
    }
    // Ollama, vLLM and LM Studio are given as the server ("http://host:11434"); OpenAI,
    // OpenRouter and llama.cpp with their API's "/v1". Both mean the same place.
    if (!path.endsWith(u"/v1"))
        path += QStringLiteral("/v1");
    url.setPath(path);
    return url;
}

QUrl ChatEndpoint::chatCompletionsUrl() const
{
    return below(apiBase(), QStringLiteral("/chat/completions"));
}

QUrl ChatEndpoint::modelsUrl() const
{
    return below(apiBase(), QStringLiteral("/models"));
}

bool ChatEndpoint::isConfigured() const
{
    return apiBase().isValid() && !model.trimmed().isEmpty();
}

QString ChatEndpoint::identity() const
{
    // No user or password: a URL with credentials in it must not become a key that is stored.
    return apiBase().toString(QUrl::RemoveUserInfo);
}

ChatEndpoint ChatEndpoint::fromEnvironment()
{
    return fromEnvironment(ChatEndpoint());
}

ChatEndpoint ChatEndpoint::fromEnvironment(ChatEndpoint explicitValues)
{
    if (explicitValues.baseUrl.trimmed().isEmpty())
        explicitValues.baseUrl = environment("OPENAI_BASE_URL");
    if (explicitValues.model.trimmed().isEmpty())
        explicitValues.model = environment("OPENAI_MODEL");
    if (explicitValues.apiKey.trimmed().isEmpty())
        explicitValues.apiKey = environment("OPENAI_API_KEY");
    return explicitValues;
}

QByteArray chatRequestBody(const ChatEndpoint& endpoint, const QList<ChatMessage>& messages,
                           bool stream, const EndpointQuirks& quirks)
{
    QJsonArray list;
    for (const ChatMessage& message : messages)
        list.append(QJsonObject{{QStringLiteral("role"), message.role},
                                {QStringLiteral("content"), message.content}});
    QJsonObject body{{QStringLiteral("model"), endpoint.model.trimmed()},
                     {QStringLiteral("messages"), list},
                     {QStringLiteral("temperature"), endpoint.temperature},
                     {QStringLiteral("stream"), stream}};
    if (endpoint.maxTokens > 0)
        body.insert(quirks.useMaxCompletionTokens ? QStringLiteral("max_completion_tokens")
                                                  : QStringLiteral("max_tokens"),
                    endpoint.maxTokens);
    // Without it most servers send no token counts in a stream.
    if (stream && !quirks.omitStreamOptions)
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject{{QStringLiteral("include_usage"), true}});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

EndpointQuirks quirksAfterRejection(int status, const QByteArray& errorBody, bool stream,
                                    bool sentMaxTokens, const EndpointQuirks& current)
{
    EndpointQuirks next = current;
    if (status != 400 && status != 422)
        return next;
    // The whole body, not only the message: OpenAI names the parameter in "param" as well.
    const QByteArray text = errorBody.toLower();
    // Refusing the parameter itself, not its value ("max_tokens must be at most 4096").
    bool refusesAParameter = false;
    for (const char* phrase : {"unsupported", "not supported", "unrecognized", "unknown", "extra",
                               "not permitted", "not allowed", "unexpected"}) {
        refusesAParameter = refusesAParameter || text.contains(phrase);
    }
    const bool namesMaxTokens = text.contains("max_tokens");
    const bool namesMaxCompletionTokens = text.contains("max_completion_tokens");
    if (sentMaxTokens && !current.useMaxCompletionTokens && namesMaxTokens &&
        (refusesAParameter || namesMaxCompletionTokens))
        next.useMaxCompletionTokens = true;
    // A server that knows only the older name says so the other way round.
    else if (sentMaxTokens && current.useMaxCompletionTokens && namesMaxCompletionTokens &&
             !namesMaxTokens && refusesAParameter)
        next.useMaxCompletionTokens = false;
    else if (stream && !current.omitStreamOptions && refusesAParameter &&
             (text.contains("stream_options") || text.contains("include_usage")))
        next.omitStreamOptions = true;
    return next;
}

QString serverErrorMessage(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue error = object.value(QStringLiteral("error"));
        if (error.isObject()) {
            const QString message = error.toObject().value(QStringLiteral("message")).toString();
            if (!message.isEmpty())
                return message.simplified();
        }
        if (error.isString())
            return error.toString().simplified();
        const QString message = object.value(QStringLiteral("message")).toString();
        if (!message.isEmpty())
            return message.simplified();
        const QString detail = object.value(QStringLiteral("detail")).toString();
        if (!detail.isEmpty())
            return detail.simplified();
        return QString();
    }
    const QString text = QString::fromUtf8(body).simplified();
    // An HTML error page says nothing a person can use here.
    if (text.isEmpty() || text.size() > 300 || text.startsWith(u'<'))
        return QString();
    return text;
}

} // namespace digest
