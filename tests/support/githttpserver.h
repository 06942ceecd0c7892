#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace digest::test {

// A real smart-HTTP git remote on 127.0.0.1 for tests: the bare repositories under a folder,
// served through git's own git-http-backend (as CGI), behind HTTP Basic authentication that
// wants one user name and password (or refuses everyone). Clone, fetch and push work as against
// any hosting service, and credentials go through git's real prompting (GIT_ASKPASS).
class GitHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GitHttpServer)

public:
    // Serves <projectRoot>/<name>.git as http://127.0.0.1:<port>/<name>.git.
    explicit GitHttpServer(QString projectRoot, QObject* parent = nullptr);
    ~GitHttpServer() override;

    bool isListening() const;
    quint16 port() const;
    // http://127.0.0.1:<port>/<repository>
    QString url(const QString& repository) const;

    // The one user name and password accepted (default "editor" / "s3cret-passw0rd").
    void setCredentials(const QString& user, const QString& password);
    // Every request gets 401, whatever its credentials.
    void setRefuseEveryone(bool refuse) { m_refuseEveryone = refuse; }

    // HTTP requests received, and those that carried credentials (each one an authentication
    // attempt), and those of them refused.
    int requestCount() const { return m_requests; }
    int authenticationAttempts() const { return m_attempts; }
    int refusedAttempts() const { return m_refused; }
    // Requests whose body came gzip-compressed (git compresses large fetch negotiations).
    int gzipRequests() const { return m_gzipRequests; }
    // Requests whose body came in chunks (git's pushes larger than http.postBuffer).
    int chunkedRequests() const { return m_chunkedRequests; }
    // What git-http-backend wrote on stderr, for a test's failure message.
    QByteArray backendErrors() const { return m_backendErrors; }

    // Makes an empty bare repository <projectRoot>/<name> that accepts pushes over HTTP
    // (http.receivepack true) and whose HEAD is refs/heads/<branch>; its path, or empty when
    // git failed.
    QString createBareRepository(const QString& name,
                                 const QString& branch = QStringLiteral("main"));

private:
    struct Request
    {
        QByteArray buffer;
        QByteArray method;
        QByteArray target;
        QHash<QByteArray, QByteArray> headers; // names in lower case
        qsizetype headerEnd = -1;
        bool handled = false;
        std::optional<QString> user; // once the headers are read: whom the credentials name
    };

    void accept();
    void onReadable(QTcpSocket* socket);
    // The whole body once it has arrived (Content-Length or chunked), else nullopt.
    static std::optional<QByteArray> bodyOf(const Request& request);
    // Counts the request and its credentials; the user they name when they are accepted.
    std::optional<QString> authorize(const Request& request);
    void runBackend(QTcpSocket* socket, const Request& request, const QByteArray& body,
                    const QString& user);

    QString m_root;
    QTcpServer* m_server = nullptr;
    QHash<QTcpSocket*, Request> m_pending;
    QString m_user = QStringLiteral("editor");
    QString m_password = QStringLiteral("s3cret-passw0rd");
    bool m_refuseEveryone = false;
    int m_requests = 0;
    int m_attempts = 0;
    int m_refused = 0;
    int m_gzipRequests = 0;
    int m_chunkedRequests = 0;
    QByteArray m_backendErrors;
};

} // namespace digest::test
