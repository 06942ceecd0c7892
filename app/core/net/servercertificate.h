#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QString>
#include <QUrl>

#include <chrono>

namespace digest {

// A server's own certificate as fetched without trusting it, for a person to look at before
// choosing to trust it: who it names, who signed it, when it is valid, and its fingerprint.
struct ServerCertificate
{
    // As OpenSSL prints them ("CN = 127.0.0.1"); equal for a self-signed certificate.
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    // SHA-256 of the certificate (DER), as `openssl x509 -fingerprint -sha256` shows it:
    // "AB:CD:…", 32 bytes in upper-case hex.
    QString sha256Fingerprint;
    // "sha256//BASE64" of its public key (SubjectPublicKeyInfo): what HttpRequest's and
    // ChatEndpoint's pinnedPublicKey take to trust exactly this key.
    QString pinnedPublicKey;
    // The certificate itself, PEM.
    QByteArray pem;

    bool isSelfSigned() const { return !subject.isEmpty() && subject == issuer; }

    bool operator==(const ServerCertificate&) const = default;
};

struct CertificateProbe
{
    ServerCertificate certificate;
    // Why no certificate could be fetched; empty on success.
    QString errorMessage;

    bool ok() const { return errorMessage.isEmpty(); }
};

// The parts of a certificate (PEM) that ServerCertificate shows, read from its DER; subject
// and issuer are left to the caller. An empty pem field on failure.
ServerCertificate readCertificatePem(const QByteArray& pem);

// Connects to the https URL's server, completes the TLS handshake WITHOUT verifying the
// certificate, and gives back the certificate the server presented; no HTTP request is sent,
// so nothing (no key) reaches a server that is not trusted yet. Runs on a worker thread; the
// future finishes within about the connect timeout. This never makes anything trusted: the
// caller shows the certificate and, if the user agrees, stores its pinnedPublicKey.
QFuture<CertificateProbe> fetchServerCertificate(const QUrl& url,
                                                 std::chrono::milliseconds connectTimeout);

} // namespace digest
