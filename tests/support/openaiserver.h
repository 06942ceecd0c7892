#pragma once

#include "testhttpserver.h"

#include <QJsonObject>
#include <QStringList>

namespace digest::test {

// What an OpenAI-compatible chat server answers, for scripting a TestHttpServer at
// /v1/chat/completions and /v1/models: the shapes OpenAI, Ollama, llama.cpp and vLLM send.
namespace openai {

inline constexpr auto chatPath = "/v1/chat/completions";
inline constexpr auto modelsPath = "/v1/models";

struct Stream
{
    // The content pieces, one chunk each.
    QStringList pieces;
    // Sent with a last, empty chunk; none when empty.
    QString finishReason = QStringLiteral("stop");
    // A usage-only chunk (empty "choices") after the last one; none when negative.
    qint64 promptTokens = 12;
    qint64 completionTokens = 34;
    bool doneSentinel = true;
    // The body goes out in pieces of this many bytes (splitting events anywhere)...
    int bytesPerPiece = 64;
    // ...with this pause before each.
    int pieceDelayMs = 0;
};

// One "data: {...}" event of a chat.completion.chunk.
QByteArray chunkEvent(const QJsonObject& delta, const QString& finishReason = QString());
// The whole text/event-stream body of a streamed completion.
QByteArray streamBody(const Stream& stream);
ScriptedResponse streamed(const Stream& stream);
// A server that streams whatever body it is given as text/event-stream, in pieces.
ScriptedResponse rawStream(const QByteArray& body, int bytesPerPiece = 64, int pieceDelayMs = 0);
// A stream whose connection closes midway, without the chunked body's end: the `kept` pieces
// arrive whole, the `lost` ones (and the finish) never do.
ScriptedResponse droppedStream(const QStringList& kept, const QStringList& lost);
// A whole chat.completion as application/json.
ScriptedResponse completion(const QString& content, const QString& finishReason = "stop",
                            qint64 promptTokens = 5, qint64 completionTokens = 7);
// {"error": {"message", "type", "param", "code"}} with the status.
ScriptedResponse apiError(int status, const QString& message, const QString& param = QString(),
                          const QString& code = QString(), QList<Header> headers = {});
// {"object": "list", "data": [{"id": …}, …]}
ScriptedResponse models(const QStringList& ids);

// The JSON body a request sent.
QJsonObject requestJson(const RecordedRequest& request);

} // namespace openai
} // namespace digest::test
