#pragma once

// The model endpoint of a loopback OpenAI-compatible server (openaiserver.h), for the tests that
// talk to one. Header-only: it needs the generation library's ChatEndpoint, which the test
// support library itself does not link.

#include "core/generation/chatendpoint.h"
#include "testhttpserver.h"

#include <chrono>

namespace digest::test {

// "test-model" at the server, asking for at most 300 tokens (what tst_chatclient checks is
// sent), with timeouts short enough for a test that waits one out and long enough for a
// loaded machine.
inline ChatEndpoint endpointFor(const TestHttpServer& server, const QString& key = QString())
{
    using namespace std::chrono_literals;
    ChatEndpoint endpoint;
    endpoint.baseUrl = server.url(QString()).toString();
    endpoint.model = QStringLiteral("test-model");
    endpoint.maxTokens = 300;
    endpoint.connectTimeout = 2s;
    endpoint.idleTimeout = 5s;
    endpoint.apiKey = key;
    return endpoint;
}

} // namespace digest::test
