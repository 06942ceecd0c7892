#include "core/net/servercertificate.h"

#include "core/net/curlerror.h"
#include "core/net/httpclient.h"
#include "core/net/httptransfer.h"

#include <QCryptographicHash>
#include <QtConcurrent/QtConcurrentRun>

#include <array>
#include <curl/curl.h>
#include <optional>

namespace digest {
namespace {

// One DER element (tag, length, contents), as far as a certificate needs: single-byte tags and
// definite lengths.
struct DerElement
{
    quint8 tag = 0;
    QByteArrayView whole;    // header and contents
    QByteArrayView contents; // contents only
};

std::optional<DerElement> readElement(QByteArrayView& data)
{
    if (data.size() < 2)
        return std::nullopt;
    const auto tag = quint8(data[0]);
    qsizetype length = quint8(data[1]);
    qsizetype header = 2;
    if (length & 0x80) {
        const int bytes = length & 0x7F;
        if (bytes == 0 || bytes > 4 || data.size() < 2 + bytes)
            return std::nullopt;
        length = 0;
        for (int i = 0; i < bytes; ++i)
            length = (length << 8) | quint8(data[2 + i]);
        header += bytes;
    }
    if (length > data.size() - header)
        return std::nullopt;
    DerElement element{tag, data.first(header + length), data.sliced(header, length)};
    data = data.sliced(header + length);
    return element;
}

// UTCTime (YYMMDDHHMMSSZ, years 1950-2049) or GeneralizedTime (YYYYMMDDHHMMSSZ).
QDateTime readTime(const DerElement& element)
{
    QString text = QString::fromLatin1(element.contents);
    if (!text.endsWith(u'Z'))
        return QDateTime();
    text.chop(1);
    if (element.tag == 0x17 && text.size() == 12)
        text.prepend(text.left(2).toInt() < 50 ? QStringLiteral("20") : QStringLiteral("19"));
    else if (element.tag != 0x18 || text.size() != 14)
        return QDateTime();
    QDateTime time = QDateTime::fromString(text, QStringLiteral("yyyyMMddHHmmss"));
    time.setTimeSpec(Qt::UTC);
    return time;
}

QByteArray derFromPem(const QByteArray& pem)
{
    constexpr QByteArrayView begin("-----BEGIN CERTIFICATE-----");
    constexpr QByteArrayView end("-----END CERTIFICATE-----");
    const qsizetype from = pem.indexOf(begin);
    const qsizetype to = pem.indexOf(end, from);
    if (from < 0 || to < 0)
        return QByteArray();
    const QByteArray base64 = pem.mid(from + begin.size(), to - from - begin.size());
    return QByteArray::fromBase64(base64.simplified().replace(' ', QByteArray()));
}

QString colonHex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

// The leaf certificate's fields from libcurl's CURLINFO_CERTINFO ("Subject:…", "Cert:…").
QByteArray certinfoField(const curl_slist* fields, QByteArrayView name)
{
    for (const curl_slist* field = fields; field; field = field->next) {
        const QByteArrayView line(field->data);
        if (line.startsWith(name) && line.size() > name.size() && line[name.size()] == ':')
            return line.sliced(name.size() + 1).toByteArray();
    }
    return QByteArray();
}

CertificateProbe probe(const QUrl& url, std::chrono::milliseconds connectTimeout)
{
    CertificateProbe result;
    const QString host = url.host();
    CURL* easy = curl_easy_init();
    if (!easy) {
        result.errorMessage = HttpClient::tr("The request to %1 could not be prepared.").arg(host);
        return result;
    }
    std::array<char, CURL_ERROR_SIZE> errorBuffer{};
    const QByteArray encoded = url.toEncoded();
    // Only the handshake: no request goes out, so no key reaches a server not trusted yet.
    // Verification is off for this look only; nothing of it is kept as trust.
    curl_easy_setopt(easy, CURLOPT_URL, encoded.constData());
    curl_easy_setopt(easy, CURLOPT_PROTOCOLS_STR, "https");
    curl_easy_setopt(easy, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(easy, CURLOPT_CONNECT_ONLY, 1L);
    curl_easy_setopt(easy, CURLOPT_CERTINFO, 1L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(easy, CURLOPT_SSL_VERIFYHOST, 0L);
    curl_easy_setopt(easy, CURLOPT_CONNECTTIMEOUT_MS, long(connectTimeout.count()));
    curl_easy_setopt(easy, CURLOPT_ERRORBUFFER, errorBuffer.data());
    const CURLcode code = curl_easy_perform(easy);
    curl_certinfo* info = nullptr;
    if (code != CURLE_OK) {
        TransferOutcome outcome;
        outcome.result = code;
        outcome.host = host;
        outcome.detail = QString::fromUtf8(errorBuffer.data()).trimmed();
        outcome.seconds = double(connectTimeout.count()) / 1000.0;
        result.errorMessage = describeOutcome(outcome).message;
    } else if (curl_easy_getinfo(easy, CURLINFO_CERTINFO, &info) != CURLE_OK || !info ||
               info->num_of_certs < 1) {
        result.errorMessage = HttpClient::tr("%1 presented no certificate.").arg(host);
    } else {
        // The first is the server's own; the rest, if any, its chain.
        const curl_slist* leaf = info->certinfo[0];
        result.certificate = readCertificatePem(certinfoField(leaf, "Cert"));
        result.certificate.subject = QString::fromUtf8(certinfoField(leaf, "Subject")).trimmed();
        result.certificate.issuer = QString::fromUtf8(certinfoField(leaf, "Issuer")).trimmed();
        if (result.certificate.pem.isEmpty())
            result.errorMessage =
                HttpClient::tr("The certificate of %1 could not be read.").arg(host);
    }
    curl_easy_cleanup(easy);
    return result;
}

} // namespace

ServerCertificate readCertificatePem(const QByteArray& pem)
{
    const QByteArray der = derFromPem(pem);
    // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL, serial,
    //   signature, issuer, validity, subject, subjectPublicKeyInfo, … }, … }
    QByteArrayView rest(der);
    const auto certificate = readElement(rest);
    QByteArrayView body = certificate ? certificate->contents : QByteArrayView();
    const auto tbs = readElement(body);
    if (!certificate || certificate->tag != 0x30 || !tbs || tbs->tag != 0x30)
        return {};
    QByteArrayView fields = tbs->contents;
    std::optional<DerElement> field = readElement(fields);
    if (field && field->tag == 0xA0)
        field = readElement(fields);
    // serial, then signature algorithm and issuer
    for (int skip = 0; skip < 2 && field; ++skip)
        field = readElement(fields);
    const auto validity = field ? readElement(fields) : std::nullopt;
    const auto subject = validity ? readElement(fields) : std::nullopt;
    const auto publicKey = subject ? readElement(fields) : std::nullopt;
    if (!validity || validity->tag != 0x30 || !publicKey || publicKey->tag != 0x30)
        return {};
    QByteArrayView times = validity->contents;
    const auto notBefore = readElement(times);
    const auto notAfter = readElement(times);
    if (!notBefore || !notAfter)
        return {};

    ServerCertificate result;
    result.notBefore = readTime(*notBefore);
    result.notAfter = readTime(*notAfter);
    result.sha256Fingerprint = colonHex(QCryptographicHash::hash(der, QCryptographicHash::Sha256));
    result.pinnedPublicKey =
        QStringLiteral("sha256//") +
        QString::fromLatin1(
            QCryptographicHash::hash(publicKey->whole, QCryptographicHash::Sha256).toBase64());
    result.pem = pem.trimmed() + '\n';
    return result;
}

QFuture<CertificateProbe> fetchServerCertificate(const QUrl& url,
                                                 std::chrono::milliseconds connectTimeout)
{
    if (url.scheme().compare(u"https", Qt::CaseInsensitive) != 0 || url.host().isEmpty()) {
        CertificateProbe refused;
        refused.errorMessage =
            HttpClient::tr("Only an https address has a certificate to trust (%1).")
                .arg(redactedUrl(url));
        return QtFuture::makeReadyFuture(refused);
    }
    // libcurl's global set-up happens once, on this thread, before any worker uses it.
    initializeCurlOnce();
    return QtConcurrent::run(probe, url, connectTimeout);
}

} // namespace digest
