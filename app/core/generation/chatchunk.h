#pragma once

#include "core/generation/thinkfilter.h" // streamed content goes through it

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace digest {

struct TokenUsage
{
    qint64 promptTokens = -1; // -1: the server did not say
    qint64 completionTokens = -1;

    bool operator==(const TokenUsage&) const = default;
};

struct ChatChunk
{
    QString content;      // text meant for the post (may be empty)
    QString reasoning;    // "reasoning_content" or "reasoning": never for the post
    QString finishReason; // "stop", "length", ...; empty when the chunk has none
    std::optional<TokenUsage> usage;
    QString error;          // the message of an "error" object inside the stream; empty if none
    bool done = false;      // the "[DONE]" sentinel
    bool malformed = false; // not JSON, or not a chat chunk

    bool operator==(const ChatChunk&) const = default;
};

// One SSE data payload of an OpenAI-compatible streamed chat completion.
//
// The first choice is read (one is asked for). A chunk with an "error" (an object with a
// "message", OpenRouter's with a "code" too, or a bare string as Ollama sends) carries only
// the error, never its content. "content" may be null, missing, or a list of parts (the text
// ones are joined; "thinking" parts are reasoning). A chunk with no choices is fine when it
// carries usage (the last chunk when usage is asked for); JSON that has neither choices, usage
// nor error is malformed.
ChatChunk parseChatChunk(const QByteArray& data);
// A whole non-streamed chat.completion response body, in the same shape (choices[0].message
// instead of the delta); "done" is never set.
ChatChunk parseChatCompletion(const QByteArray& body);

} // namespace digest
