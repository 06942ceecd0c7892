#include "githttpserver.h"

#include <QDir>
#include <QPointer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <utility>

namespace digest::test {
namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    default:
        return "Status";
    }
}

void respond(QTcpSocket* socket, int status, const QList<QByteArray>& headers,
             const QByteArray& body)
{
    QByteArray answer =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const QByteArray& header : headers)
        answer += header + "\r\n";
    answer += "Content-Length: " + QByteArray::number(body.size()) +
              "\r\nConnection: close\r\n\r\n" + body;
    socket->write(answer);
    socket->disconnectFromHost();
}

// A chunked body (RFC 9112 7.1) once its last chunk has arrived.
std::optional<QByteArray> dechunk(QByteArrayView data)
{
    QByteArray body;
    qsizetype at = 0;
    while (true) {
        const qsizetype lineEnd = data.indexOf("\r\n", at);
        if (lineEnd < 0)
            return std::nullopt;
        QByteArrayView sizeText = data.sliced(at, lineEnd - at);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText = sizeText.first(semicolon);
        bool ok = false;
        const qsizetype size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok)
            return std::nullopt;
        at = lineEnd + 2;
        if (size == 0)
            return data.indexOf("\r\n", at) >= 0 ? std::optional(body) : std::nullopt;
        if (data.size() < at + size + 2)
            return std::nullopt;
        body += data.sliced(at, size);
        at += size + 2;
    }
}

// The user name, when the Authorization header holds exactly these Basic credentials.
std::optional<QString> basicUser(const QByteArray& authorization, const QString& user,
                                 const QString& password)
{
    if (!authorization.startsWith("Basic "))
        return std::nullopt;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    if (decoded != (user + u':' + password).toUtf8())
        return std::nullopt;
    return user;
}

} // namespace

GitHttpServer::GitHttpServer(QString projectRoot, QObject* parent)
    : QObject(parent)
    , m_root(std::move(projectRoot))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &GitHttpServer::accept);
    m_server->listen(QHostAddress::LocalHost);
}

GitHttpServer::~GitHttpServer() = default;

bool GitHttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 GitHttpServer::port() const
{
    return m_server->serverPort();
}

QString GitHttpServer::url(const QString& repository) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(port()).arg(repository);
}

void GitHttpServer::setCredentials(const QString& user, const QString& password)
{
    m_user = user;
    m_password = password;
}

QString GitHttpServer::createBareRepository(const QString& name, const QString& branch)
{
    const QString path = QDir(m_root).filePath(name);
    const auto git = [&](const QStringList& arguments) {
        QProcess process;
        process.start(QStringLiteral("git"), arguments);
        return process.waitForFinished(30'000) && process.exitCode() == 0;
    };
    if (!git({QStringLiteral("init"), QStringLiteral("--quiet"), QStringLiteral("--bare"),
              QStringLiteral("--initial-branch=") + branch, path}) ||
        !git({QStringLiteral("-C"), path, QStringLiteral("config"),
              QStringLiteral("http.receivepack"), QStringLiteral("true")}))
        return {};
    return path;
}

void GitHttpServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        m_pending.insert(socket, Request{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_pending.remove(socket);
            socket->deleteLater();
        });
    }
}

void GitHttpServer::onReadable(QTcpSocket* socket)
{
    const auto found = m_pending.find(socket);
    if (found == m_pending.end())
        return;
    Request& request = found.value();
    request.buffer += socket->readAll();
    if (request.handled)
        return;
    if (request.headerEnd < 0) {
        const qsizetype end = request.buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        request.headerEnd = end + 4;
        const QList<QByteArray> lines = request.buffer.first(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].first(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        // Credentials are checked before the body comes: a refused push is not uploaded.
        request.user = authorize(request);
        if (!request.user) {
            request.handled = true;
            respond(socket, 401,
                    {"WWW-Authenticate: Basic realm=\"digest test remote\"",
                     "Content-Type: text/plain"},
                    "Authentication required\n");
            return;
        }
        if (request.headers.value("expect").toLower() == "100-continue")
            socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (const std::optional<QByteArray> body = bodyOf(request)) {
        request.handled = true;
        if (request.headers.value("content-encoding").toLower() == "gzip")
            ++m_gzipRequests;
        if (request.headers.value("transfer-encoding").toLower() == "chunked")
            ++m_chunkedRequests;
        runBackend(socket, request, *body, *request.user);
    }
}

std::optional<QByteArray> GitHttpServer::bodyOf(const Request& request)
{
    const QByteArrayView rest = QByteArrayView(request.buffer).sliced(request.headerEnd);
    if (request.headers.value("transfer-encoding").toLower() == "chunked")
        return dechunk(rest);
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (rest.size() < length)
        return std::nullopt;
    return rest.first(length).toByteArray();
}

std::optional<QString> GitHttpServer::authorize(const Request& request)
{
    ++m_requests;
    const QByteArray authorization = request.headers.value("authorization");
    if (authorization.isEmpty())
        return std::nullopt;
    ++m_attempts;
    const std::optional<QString> user =
        m_refuseEveryone ? std::nullopt : basicUser(authorization, m_user, m_password);
    if (!user)
        ++m_refused;
    return user;
}

void GitHttpServer::runBackend(QTcpSocket* socket, const Request& request, const QByteArray& body,
                               const QString& user)
{
    const QUrl target(QStringLiteral("http://127.0.0.1") + QString::fromLatin1(request.target));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QList<std::pair<QString, QString>> cgi = {
        {QStringLiteral("GIT_PROJECT_ROOT"), m_root},
        {QStringLiteral("GIT_HTTP_EXPORT_ALL"), QStringLiteral("1")},
        {QStringLiteral("GIT_CONFIG_NOSYSTEM"), QStringLiteral("1")},
        {QStringLiteral("GIT_CONFIG_GLOBAL"), QStringLiteral("/dev/null")},
        {QStringLiteral("GATEWAY_INTERFACE"), QStringLiteral("CGI/1.1")},
        {QStringLiteral("REQUEST_METHOD"), QString::fromLatin1(request.method)},
        {QStringLiteral("PATH_INFO"), target.path()},
        {QStringLiteral("QUERY_STRING"), target.query(QUrl::FullyEncoded)},
        {QStringLiteral("CONTENT_TYPE"),
         QString::fromLatin1(request.headers.value("content-type"))},
        {QStringLiteral("CONTENT_LENGTH"), QString::number(body.size())},
        {QStringLiteral("REMOTE_USER"), user},
        {QStringLiteral("REMOTE_ADDR"), QStringLiteral("127.0.0.1")},
        {QStringLiteral("HTTP_CONTENT_ENCODING"),
         QString::fromLatin1(request.headers.value("content-encoding"))},
        {QStringLiteral("HTTP_GIT_PROTOCOL"),
         QString::fromLatin1(request.headers.value("git-protocol"))},
    };
    for (const auto& [name, value] : cgi) {
        if (value.isEmpty())
            environment.remove(name);
        else
            environment.insert(name, value);
    }

    auto* backend = new QProcess(this);
    backend->setProcessEnvironment(environment);
    QPointer<QTcpSocket> client(socket);
    connect(backend, &QProcess::finished, this, [this, backend, client] {
        backend->deleteLater();
        m_backendErrors += backend->readAllStandardError();
        if (!client)
            return;
        const QByteArray output = backend->readAllStandardOutput();
        qsizetype end = output.indexOf("\r\n\r\n");
        qsizetype separator = 4;
        if (const qsizetype plain = output.indexOf("\n\n");
            end < 0 || (plain >= 0 && plain < end)) {
            end = plain;
            separator = 2;
        }
        if (end < 0)
            return respond(client, 500, {}, "git-http-backend said nothing\n");
        int status = 200;
        QList<QByteArray> headers;
        for (const QByteArray& line : output.first(end).split('\n')) {
            const QByteArray header = line.trimmed();
            if (header.toLower().startsWith("status:"))
                status = header.mid(7).trimmed().split(' ').value(0).toInt();
            else if (!header.isEmpty())
                headers.append(header);
        }
        respond(client, status, headers, output.mid(end + separator));
    });
    backend->start(QStringLiteral("git"), {QStringLiteral("http-backend")});
    backend->write(body);
    backend->closeWriteChannel();
}

} // namespace digest::test
