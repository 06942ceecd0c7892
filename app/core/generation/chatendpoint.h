#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>

namespace digest {

struct ChatMessage
{
    QString role; // "system", "user", "assistant"
    QString content;

    bool operator==(const ChatMessage&) const = default;
};

// What an endpoint has been found to reject, learnt from its 400/422 answers. A plain value the
// caller may keep between runs; ChatClient remembers it per endpoint while it lives.
struct EndpointQuirks
{
    // Newer OpenAI models refuse "max_tokens" and want "max_completion_tokens".
    bool useMaxCompletionTokens = false;
    // Some servers refuse "stream_options" (and its "include_usage").
    bool omitStreamOptions = false;

    bool operator==(const EndpointQuirks&) const = default;
};

// One OpenAI-compatible chat-completions endpoint and how to ask it: OpenAI, Ollama, llama.cpp's
// server, vLLM, LM Studio, OpenRouter. The key is a secret: it goes out as a Bearer token and
// nowhere else.
struct ChatEndpoint
{
    // As the user wrote it: with or without "/v1", with or without a trailing slash.
    QString baseUrl;
    QString model;
    double temperature = 0.7;
    // Zero: the server's own limit.
    int maxTokens = 0;
    std::chrono::milliseconds connectTimeout{10'000};
    // Resets with every byte: a slow local model is not cut off by a total cap.
    std::chrono::milliseconds idleTimeout{120'000};
    // Empty for servers that need none (local ones).
    QString apiKey;
    // TLS trust for a server whose certificate no known authority signed (a local server with
    // a self-signed certificate). A PEM file of its certificate authority, or of the server's
    // own certificate: verified against it instead of the system's authorities.
    QString caFile;
    // "sha256//BASE64" of the public key of a certificate the user looked at and chose to
    // trust (fetchServerCertificate()): that key, and no other, is accepted, in place of
    // verification. Never set without the user's choice; empty verifies as usual.
    QString pinnedPublicKey;

    // "…/v1": the base every path is under; invalid when the base URL is not http(s).
    QUrl apiBase() const;
    QUrl chatCompletionsUrl() const;
    QUrl modelsUrl() const;
    // A base URL that is http(s) with a host, and a model.
    bool isConfigured() const;
    // Which endpoint this is for quirk memory: the normalised base, without the key.
    QString identity() const;

    // Fills what `explicitValues` leaves empty from OPENAI_BASE_URL, OPENAI_MODEL and
    // OPENAI_API_KEY: a value the user set (in the settings, on the command line) wins over the
    // environment, which wins over nothing.
    static ChatEndpoint fromEnvironment(ChatEndpoint explicitValues);
    static ChatEndpoint fromEnvironment();

    bool operator==(const ChatEndpoint&) const = default;
};

// The JSON body of a chat-completions request: model, messages, temperature, the token limit
// under the name the endpoint takes, and for a stream "stream_options.include_usage" unless the
// endpoint refuses it.
QByteArray chatRequestBody(const ChatEndpoint& endpoint, const QList<ChatMessage>& messages,
                           bool stream, const EndpointQuirks& quirks);

// The quirks to retry with after a 400/422 answer whose body refuses a parameter this request
// sent (names it, and says it is unsupported, unknown, extra, ...); the same as `current` when
// it refuses none of them, or only their values (no retry helps then).
EndpointQuirks quirksAfterRejection(int status, const QByteArray& errorBody, bool stream,
                                    bool sentMaxTokens, const EndpointQuirks& current);

// The message of an OpenAI-style error body ({"error": {"message": …}}, {"error": "…"},
// {"message": …}), else the body's text when it is short; empty when there is none.
QString serverErrorMessage(const QByteArray& body);

} // namespace digest
