#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <chrono>
#include <utility>

namespace digest {

using HttpHeader = std::pair<QByteArray, QByteArray>;

// One HTTP request as HttpClient sends it. Header values and the body may hold secrets (an API
// key): nothing here is ever written to a log.
struct HttpRequest
{
    QUrl url;
    QByteArray method = QByteArrayLiteral("GET");
    QList<HttpHeader> headers;
    // Sent as is when not empty (with the Content-Type given in headers).
    QByteArray body;
    // Name lookup, TCP and TLS together.
    std::chrono::milliseconds connectTimeout{10'000};
    // The whole transfer; zero for none, as a long stream needs.
    std::chrono::milliseconds totalTimeout{30'000};
    // Gives up when no byte arrives for this long; zero for none. Streams use it instead of a
    // total timeout.
    std::chrono::milliseconds idleTimeout{0};
    // False for streams: the bytes only go out through HttpReply::dataReceived().
    bool keepBody = true;
    // A runaway answer is cut off here rather than filling memory.
    qint64 maxBodyBytes = 32 * 1024 * 1024;
    // TLS trust for this request's server, beyond the system's (a local model server with a
    // certificate of its own). A PEM file of the certificate authority, or of the server's own
    // certificate, to verify against instead of HttpClientOptions::caCertificatesFile; empty
    // for the client's.
    QString caFile;
    // "sha256//BASE64": the public key of a certificate the user chose to trust (see
    // fetchServerCertificate()). When set, the pin is the check: the chain and the host name
    // are not verified, and a server with any other key fails with UntrustedCertificate.
    // Anything else than that form is refused (libcurl would read it as a file name).
    QByteArray pinnedPublicKey;

    bool operator==(const HttpRequest&) const = default;
};

} // namespace digest
