#include "openaiserver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace digest::test::openai {

namespace {

QByteArray event(const QJsonObject& object)
{
    return "data: " + QJsonDocument(object).toJson(QJsonDocument::Compact) + "\n\n";
}

QJsonObject chunkObject(QJsonArray choices)
{
    return QJsonObject{{"id", "chatcmpl-test"},
                       {"object", "chat.completion.chunk"},
                       {"created", 1700000000},
                       {"model", "test-model"},
                       {"choices", choices}};
}

QJsonObject usage(qint64 prompt, qint64 completion)
{
    return QJsonObject{{"prompt_tokens", prompt},
                       {"completion_tokens", completion},
                       {"total_tokens", prompt + completion}};
}

} // namespace

QByteArray chunkEvent(const QJsonObject& delta, const QString& finishReason)
{
    QJsonObject choice{{"index", 0}, {"delta", delta}};
    choice.insert("finish_reason", finishReason.isEmpty() ? QJsonValue() : finishReason);
    return event(chunkObject(QJsonArray{choice}));
}

QByteArray streamBody(const Stream& stream)
{
    QByteArray body = chunkEvent(QJsonObject{{"role", "assistant"}, {"content", ""}});
    for (const QString& piece : stream.pieces)
        body += chunkEvent(QJsonObject{{"content", piece}});
    if (!stream.finishReason.isEmpty())
        body += chunkEvent(QJsonObject{}, stream.finishReason);
    if (stream.promptTokens >= 0) {
        QJsonObject last = chunkObject(QJsonArray{});
        last.insert("usage", usage(stream.promptTokens, stream.completionTokens));
        body += event(last);
    }
    if (stream.doneSentinel)
        body += "data: [DONE]\n\n";
    return body;
}

ScriptedResponse rawStream(const QByteArray& body, int bytesPerPiece, int pieceDelayMs)
{
    ScriptedResponse response = ScriptedResponse::ok(body, "text/event-stream; charset=utf-8");
    response.headers.append(Header("Cache-Control", "no-cache"));
    response.chunked = true;
    response.chunkSize = bytesPerPiece;
    response.pieceDelayMs = pieceDelayMs;
    return response;
}

ScriptedResponse droppedStream(const QStringList& kept, const QStringList& lost)
{
    QByteArray body;
    for (const QString& piece : kept)
        body += chunkEvent(QJsonObject{{QStringLiteral("content"), piece}});
    const qsizetype dropAt = body.size();
    for (const QString& piece : lost)
        body += chunkEvent(QJsonObject{{QStringLiteral("content"), piece}});
    body += chunkEvent(QJsonObject{}, QStringLiteral("stop"));
    ScriptedResponse response = rawStream(body, 9);
    // Past the last kept event, short of the next one's end.
    response.closeAfterBytes = dropAt + 20;
    return response;
}

ScriptedResponse streamed(const Stream& stream)
{
    return rawStream(streamBody(stream), stream.bytesPerPiece, stream.pieceDelayMs);
}

ScriptedResponse completion(const QString& content, const QString& finishReason,
                            qint64 promptTokens, qint64 completionTokens)
{
    const QJsonObject choice{{"index", 0},
                             {"message", QJsonObject{{"role", "assistant"}, {"content", content}}},
                             {"finish_reason", finishReason}};
    const QJsonObject body{
        {"id", "chatcmpl-test"},         {"object", "chat.completion"},
        {"created", 1700000000},         {"model", "test-model"},
        {"choices", QJsonArray{choice}}, {"usage", usage(promptTokens, completionTokens)}};
    return ScriptedResponse::ok(QJsonDocument(body).toJson(QJsonDocument::Compact),
                                "application/json");
}

ScriptedResponse apiError(int status, const QString& message, const QString& param,
                          const QString& code, QList<Header> headers)
{
    const QJsonObject error{{"message", message},
                            {"type", "invalid_request_error"},
                            {"param", param.isEmpty() ? QJsonValue() : param},
                            {"code", code.isEmpty() ? QJsonValue() : code}};
    ScriptedResponse response = ScriptedResponse::ok(
        QJsonDocument(QJsonObject{{"error", error}}).toJson(QJsonDocument::Compact),
        "application/json");
    response.status = status;
    response.headers.append(headers);
    return response;
}

ScriptedResponse models(const QStringList& ids)
{
    QJsonArray data;
    for (const QString& id : ids)
        data.append(QJsonObject{{"id", id}, {"object", "model"}, {"owned_by", "test"}});
    return ScriptedResponse::ok(
        QJsonDocument(QJsonObject{{"object", "list"}, {"data", data}}).toJson(),
        "application/json");
}

QJsonObject requestJson(const RecordedRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

} // namespace digest::test::openai
