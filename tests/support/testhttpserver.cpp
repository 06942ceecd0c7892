#include "testhttpserver.h"

#include <QFile>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <array>

namespace digest::test {
namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

quint32 crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> entries{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 value = i;
            for (int bit = 0; bit < 8; ++bit)
                value = (value & 1) ? 0xEDB88320u ^ (value >> 1) : value >> 1;
            entries[i] = value;
        }
        return entries;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data)
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

void appendLittleEndian(QByteArray& bytes, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes.append(char((value >> (8 * i)) & 0xFF));
}

// One write of an answer, after a pause; the connection closes after the last step, unless
// that is a stall (a negative pause), which keeps it open in silence.
struct Step
{
    int delayMs = 0;
    QByteArray data;
};

void play(QPointer<QTcpSocket> socket, QList<Step> steps)
{
    if (!socket)
        return;
    if (steps.isEmpty()) {
        socket->disconnectFromHost();
        return;
    }
    const Step step = steps.takeFirst();
    if (step.delayMs < 0)
        return;
    QTimer::singleShot(step.delayMs, socket, [socket, step, steps] {
        if (!socket)
            return;
        socket->write(step.data);
        socket->flush();
        play(socket, steps);
    });
}

QList<QByteArray> piecesOf(const QByteArray& body, int size)
{
    if (size <= 0 || body.isEmpty())
        return {body};
    QList<QByteArray> pieces;
    for (qsizetype at = 0; at < body.size(); at += size)
        pieces.append(body.mid(at, size));
    return pieces;
}

QByteArray pathOf(const QByteArray& target)
{
    // Through a proxy the target is a whole URL.
    const QUrl url = target.startsWith('/')
                         ? QUrl(QStringLiteral("http://x") + QString::fromLatin1(target))
                         : QUrl(QString::fromLatin1(target));
    return url.path().toLatin1();
}

} // namespace

ScriptedResponse ScriptedResponse::ok(QByteArray body, QByteArray contentType)
{
    ScriptedResponse response;
    response.body = std::move(body);
    response.headers = {{"Content-Type", std::move(contentType)}};
    return response;
}

ScriptedResponse ScriptedResponse::error(int status, QList<Header> headers)
{
    ScriptedResponse response;
    response.status = status;
    response.headers = std::move(headers);
    response.headers.append(Header("Content-Type", "application/json"));
    response.body = "{\"message\": \"" + reasonPhrase(status) +
                    "\", \"error\": " + QByteArray::number(status) + "}";
    return response;
}

ScriptedResponse ScriptedResponse::redirect(int status, QByteArray location)
{
    ScriptedResponse response;
    response.status = status;
    response.headers = {{"Location", std::move(location)}};
    return response;
}

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const Header& header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

TestHttpServer::TestHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection())
            accept(socket);
    });
    m_server->listen(QHostAddress::LocalHost, 0);
}

TestHttpServer::TestHttpServer(const QString& certificateFile, const QString& keyFile,
                               QObject* parent)
    : QObject(parent)
    , m_tls(true)
{
    auto* server = new QSslServer(this);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    QFile certificate(certificateFile);
    QFile key(keyFile);
    if (certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly)) {
        configuration.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
        configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
    }
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(configuration);
    m_server = server;
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection())
            accept(socket);
    });
    m_server->listen(QHostAddress::LocalHost, 0);
}

TestHttpServer::~TestHttpServer() = default;

bool TestHttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 TestHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl TestHttpServer::url(const QString& pathAndQuery) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port())
                    .arg(pathAndQuery));
}

void TestHttpServer::route(const QString& path, const QList<ScriptedResponse>& responses)
{
    m_routes.insert(path, responses);
    m_served.remove(path);
}

void TestHttpServer::route(const QString& path, const ScriptedResponse& response)
{
    route(path, QList<ScriptedResponse>{response});
}

int TestHttpServer::requestCount(const QString& path) const
{
    return m_served.value(path);
}

ScriptedResponse TestHttpServer::responseFor(const QString& path)
{
    const auto route = m_routes.constFind(path);
    const int served = m_served.value(path);
    m_served[path] = served + 1;
    if (route == m_routes.cend() || route->isEmpty())
        return ScriptedResponse::error(404);
    return route->at(std::min<qsizetype>(served, route->size() - 1));
}

void TestHttpServer::accept(QTcpSocket* socket)
{
    socket->setParent(this);
    m_maxOpen = std::max(m_maxOpen, ++m_open);
    socket->setProperty("buffer", QByteArray());
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        --m_open;
        socket->deleteLater();
    });
    if (socket->bytesAvailable() > 0)
        onReadable(socket);
}

void TestHttpServer::onReadable(QTcpSocket* socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    const QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    QList<QByteArray> lines = buffer.first(end).split('\n');
    const QList<QByteArray> requestLine = lines.takeFirst().trimmed().split(' ');
    RecordedRequest request;
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    for (const QByteArray& line : std::as_const(lines)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append(
                Header(line.first(colon).trimmed(), line.sliced(colon + 1).trimmed()));
    }
    const qsizetype bodyLength = request.header("Content-Length").toLongLong();
    if (buffer.size() - end - 4 < bodyLength)
        return;
    socket->setProperty("answered", true);
    request.body = buffer.sliced(end + 4, bodyLength);
    m_requests.append(request);
    answer(socket, request);
}

void TestHttpServer::answer(QTcpSocket* socket, const RecordedRequest& request)
{
    const ScriptedResponse response = responseFor(QString::fromLatin1(pathOf(request.target)));
    if (response.neverAnswer)
        return;
    QByteArray body = response.body;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    for (const Header& header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (response.gzip && request.header("Accept-Encoding").contains("gzip")) {
        body = gzip(body);
        head += "Content-Encoding: gzip\r\n";
    }
    head += response.chunked ? QByteArray("Transfer-Encoding: chunked\r\n")
                             : "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    const bool truncated = response.closeAfterBytes >= 0 && response.closeAfterBytes < body.size();
    if (truncated)
        body.truncate(response.closeAfterBytes);
    const bool stalled = response.stallAfterBytes >= 0 && response.stallAfterBytes < body.size();
    if (stalled)
        body.truncate(response.stallAfterBytes);
    QList<Step> steps{{response.delayMs, head}};
    for (const QByteArray& piece : piecesOf(body, response.chunkSize)) {
        if (piece.isEmpty())
            continue;
        const QByteArray data = response.chunked
                                    ? QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n"
                                    : piece;
        steps.append({response.pieceDelayMs, data});
    }
    if (stalled)
        steps.append({-1, QByteArray()});
    else if (response.chunked && !truncated)
        steps.append({0, "0\r\n\r\n"});
    play(QPointer<QTcpSocket>(socket), steps);
}

QByteArray TestHttpServer::gzip(const QByteArray& data)
{
    // qCompress: a 4-byte size, then a zlib stream (2-byte header, deflate, 4-byte Adler-32).
    const QByteArray zlib = qCompress(data, 9);
    const QByteArray deflate = zlib.mid(6, zlib.size() - 10);
    QByteArray member("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03", 10);
    member += deflate;
    appendLittleEndian(member, crc32(data));
    appendLittleEndian(member, quint32(data.size()));
    return member;
}

RefusingPort::RefusingPort()
    : m_socket(new QTcpSocket)
{
    m_socket->bind(QHostAddress::LocalHost, 0);
}

RefusingPort::~RefusingPort()
{
    delete m_socket;
}

quint16 RefusingPort::port() const
{
    return m_socket->localPort();
}

ScopedEnvironment::ScopedEnvironment(const QList<std::pair<QByteArray, QByteArray>>& variables)
{
    for (const auto& [name, value] : variables) {
        m_saved.append({name, qEnvironmentVariableIsSet(name.constData())
                                  ? std::optional(qgetenv(name.constData()))
                                  : std::nullopt});
        if (value.isEmpty())
            qunsetenv(name.constData());
        else
            qputenv(name.constData(), value);
    }
}

ScopedEnvironment::~ScopedEnvironment()
{
    for (const auto& [name, value] : m_saved) {
        if (value)
            qputenv(name.constData(), *value);
        else
            qunsetenv(name.constData());
    }
}

void clearProxyEnvironment()
{
    for (const char* name : {"http_proxy", "https_proxy", "all_proxy", "no_proxy", "HTTP_PROXY",
                             "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"})
        qunsetenv(name);
}

} // namespace digest::test
