#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace digest::test {

using Header = std::pair<QByteArray, QByteArray>;

// How the server answers one request: a real HTTP/1.1 answer, or one that misbehaves the ways
// servers and networks do.
struct ScriptedResponse
{
    int status = 200;
    QList<Header> headers;
    QByteArray body;
    // Content-Encoding: gzip, when the request accepts it.
    bool gzip = false;
    // Transfer-Encoding: chunked, in pieces of chunkSize bytes (all at once when 0).
    bool chunked = false;
    int chunkSize = 0;
    // A pause before each piece of the body: a slow server.
    int pieceDelayMs = 0;
    // A pause before the status line.
    int delayMs = 0;
    // Reads the request and never says a word.
    bool neverAnswer = false;
    // Announces the whole body but closes the connection after this many bytes of it.
    qint64 closeAfterBytes = -1;
    // Sends this many bytes of the body, then falls silent with the connection open: a stalled
    // stream.
    qint64 stallAfterBytes = -1;

    static ScriptedResponse ok(QByteArray body, QByteArray contentType);
    static ScriptedResponse error(int status, QList<Header> headers = {});
    static ScriptedResponse redirect(int status, QByteArray location);
};

struct RecordedRequest
{
    QByteArray method;
    // As the request line has it: "/r/x/top.json?t=day", or an absolute URL through a proxy.
    QByteArray target;
    QList<Header> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
};

// A small HTTP/1.1 server on 127.0.0.1 and a port of its own, scripted per path, for tests that
// must not touch the real network. It serves one request per connection. With a certificate
// and key (PEM files) it speaks HTTPS.
class TestHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestHttpServer)

public:
    explicit TestHttpServer(QObject* parent = nullptr);
    TestHttpServer(const QString& certificateFile, const QString& keyFile,
                   QObject* parent = nullptr);
    ~TestHttpServer() override;

    bool isListening() const;
    quint16 port() const;
    // http(s)://127.0.0.1:<port><pathAndQuery>
    QUrl url(const QString& pathAndQuery) const;

    // Answers requests for the path (the query does not matter) with these responses in
    // turn; the last one answers every request after. Unknown paths get a 404.
    void route(const QString& path, const QList<ScriptedResponse>& responses);
    void route(const QString& path, const ScriptedResponse& response);

    QList<RecordedRequest> requests() const { return m_requests; }
    int requestCount(const QString& path) const;
    // The most connections that were open at the same time.
    int maxConcurrentConnections() const { return m_maxOpen; }
    // Connections open now: 0 once every client has hung up (or been hung up on).
    int openConnections() const { return m_open; }

    // The body as a gzip member (RFC 1952), made with Qt's zlib.
    static QByteArray gzip(const QByteArray& data);

private:
    void accept(QTcpSocket* socket);
    void onReadable(QTcpSocket* socket);
    void answer(QTcpSocket* socket, const RecordedRequest& request);
    ScriptedResponse responseFor(const QString& path);

    QTcpServer* m_server = nullptr;
    bool m_tls = false;
    QHash<QString, QList<ScriptedResponse>> m_routes;
    QHash<QString, int> m_served;
    QList<RecordedRequest> m_requests;
    int m_open = 0;
    int m_maxOpen = 0;
};

// A loopback port that refuses connections for as long as this lives: a TCP socket is bound to
// it and never listens. (The port of a server that was closed may be anyone's by now.)
class RefusingPort final
{
public:
    RefusingPort();
    ~RefusingPort();
    Q_DISABLE_COPY_MOVE(RefusingPort)

    quint16 port() const;

private:
    QTcpSocket* m_socket;
};

// Sets environment variables while it lives (an empty value unsets one) and puts the old
// values back after.
class ScopedEnvironment final
{
public:
    explicit ScopedEnvironment(const QList<std::pair<QByteArray, QByteArray>>& variables);
    ~ScopedEnvironment();
    Q_DISABLE_COPY_MOVE(ScopedEnvironment)

private:
    QList<std::pair<QByteArray, std::optional<QByteArray>>> m_saved;
};

// Unsets every proxy variable: loopback tests must not go through a proxy of the machine.
void clearProxyEnvironment();

} // namespace digest::test
