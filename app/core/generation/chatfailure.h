#pragma once

// What the chat client's jobs share to turn replies into errors for people. Private to the
// generation library.

#include "core/generation/chatclient.h"
#include "core/net/httprequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace digest {

class HttpReply;

namespace chatfailure {

// The translation context of everything the chat client says.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(digest::ChatClient)
};

struct Failure
{
    ChatError error = ChatError::None;
    QString message;
};

// host:port, which is all a message needs to name (a path or query may hold a key).
QString serverName(const QUrl& url);
// The failure an HTTP status (and the server's error body) means.
Failure statusFailure(const HttpReply& reply, const QByteArray& body, const ChatEndpoint& endpoint);
// The failure of a request that got no answer (timeout, refused, cut off...).
Failure networkFailure(const HttpReply& reply);
// The request's headers: what it accepts, and the key as a Bearer token when there is one.
QList<HttpHeader> headersFor(const ChatEndpoint& endpoint, QByteArray accept);
// The message with the endpoint's key taken out, wherever a server quoted it.
QString redactedKey(QString message, const ChatEndpoint& endpoint);
// Why nothing can be asked of the endpoint: no base URL, or no model.
QString notConfiguredMessage(const ChatEndpoint& endpoint);

} // namespace chatfailure
} // namespace digest
