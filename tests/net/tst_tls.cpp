// A model server on this machine with a certificate of its own (issue 9, point 7): not trusted
// by default, trusted through a CA file or through the pin of a certificate the user looked at,
// never by switching verification off. The certificates are made at test time by `openssl`.

#include "core/generation/chatclient.h"
#include "core/net/httpclient.h"
#include "core/net/httpreply.h"
#include "core/net/servercertificate.h"
#include "core/settings/generationsettings.h"
#include "core/settings/settings.h"
#include "openaiserver.h"
#include "testcertificates.h"
#include "testhttpserver.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using digest::ChatClient;
using digest::ChatCompletion;
using digest::ChatEndpoint;
using digest::ChatError;
using digest::HttpClient;
using digest::HttpReply;
using digest::HttpRequest;
using digest::NetError;
using digest::test::makeSelfSignedCertificate;
using digest::test::openssl;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
using namespace std::chrono_literals;
namespace openai = digest::test::openai;

namespace {

constexpr int kWaitMs = 10'000;

bool waitFor(HttpReply* reply)
{
    return QTest::qWaitFor([reply] { return reply->isFinished(); }, kWaitMs);
}

digest::CertificateProbe probe(const QUrl& url)
{
    QFuture<digest::CertificateProbe> future = digest::fetchServerCertificate(url, 5s);
    // The event loop keeps turning: the server answering the handshake lives on this thread.
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, kWaitMs))
        return {{}, QStringLiteral("the probe did not finish")};
    return future.result();
}

} // namespace

class tst_Tls final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plainRequestIsNotTrusted();
    void caFileTrustsTheServer();
    void theRightPinTrustsTheServer();
    void aWrongPinFails();
    void aMalformedPinIsRefusedNotIgnored();
    void probeShowsTheCertificateWithoutSendingARequest();
    void probeNeedsAnHttpsAddress();
    void chatClientSaysHowToTrustTheServer();
    void chatClientWithTheUsersChoiceStreams();
    void settingsKeepTrustPerEndpoint();

private:
    HttpRequest requestFor(const QString& path) const;

    QTemporaryDir m_dir;
    QString m_certificate;
    QString m_otherCertificate;
    std::unique_ptr<TestHttpServer> m_server;
};

void tst_Tls::initTestCase()
{
    digest::test::clearProxyEnvironment();
    if (!digest::test::hasOpenssl())
        QSKIP("the openssl command is not installed (Debian package openssl): no certificate "
              "can be made for the test server");
    QVERIFY(m_dir.isValid());
    m_certificate = m_dir.filePath(QStringLiteral("server.crt"));
    m_otherCertificate = m_dir.filePath(QStringLiteral("other.crt"));
    QVERIFY(makeSelfSignedCertificate(m_certificate, m_dir.filePath(QStringLiteral("server.key")),
                                      QStringLiteral("127.0.0.1")));
    QVERIFY(makeSelfSignedCertificate(m_otherCertificate,
                                      m_dir.filePath(QStringLiteral("other.key")),
                                      QStringLiteral("impostor")));
    m_server = std::make_unique<TestHttpServer>(m_certificate,
                                                m_dir.filePath(QStringLiteral("server.key")));
    QVERIFY(m_server->isListening());
    m_server->route(QStringLiteral("/secure"), ScriptedResponse::ok("secret sauce", "text/plain"));
}

HttpRequest tst_Tls::requestFor(const QString& path) const
{
    HttpRequest request;
    request.url = m_server->url(path);
    request.connectTimeout = 5s;
    request.totalTimeout = 10s;
    return request;
}

void tst_Tls::plainRequestIsNotTrusted()
{
    HttpClient client;
    HttpReply* reply = client.send(requestFor(QStringLiteral("/secure")), this);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error(), NetError::UntrustedCertificate);
    QVERIFY(reply->body().isEmpty());
    QVERIFY2(reply->errorMessage().contains(u"certificate of 127.0.0.1 is not trusted"),
             qPrintable(reply->errorMessage()));
}

void tst_Tls::caFileTrustsTheServer()
{
    HttpClient client;
    HttpRequest request = requestFor(QStringLiteral("/secure"));
    request.caFile = m_certificate;
    HttpReply* reply = client.send(request, this);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error(), NetError::None);
    QCOMPARE(reply->body(), QByteArray("secret sauce"));

    // Another certificate as the authority does not vouch for this server.
    request.caFile = m_otherCertificate;
    HttpReply* other = client.send(request, this);
    QVERIFY(waitFor(other));
    QCOMPARE(other->error(), NetError::UntrustedCertificate);
}

void tst_Tls::theRightPinTrustsTheServer()
{
    const digest::CertificateProbe probed = probe(m_server->url(QStringLiteral("/")));
    QVERIFY2(probed.ok(), qPrintable(probed.errorMessage));
    HttpClient client;
    HttpRequest request = requestFor(QStringLiteral("/secure"));
    request.pinnedPublicKey = probed.certificate.pinnedPublicKey.toLatin1();
    HttpReply* reply = client.send(request, this);
    QVERIFY(waitFor(reply));
    QVERIFY2(reply->error() == NetError::None, qPrintable(reply->errorMessage()));
    QCOMPARE(reply->body(), QByteArray("secret sauce"));
}

void tst_Tls::aWrongPinFails()
{
    const QByteArray pem = openssl({"x509", "-in", m_otherCertificate});
    const QString otherPin = digest::readCertificatePem(pem).pinnedPublicKey;
    QVERIFY(otherPin.startsWith(u"sha256//"));
    const int before = m_server->requestCount(QStringLiteral("/secure"));
    HttpClient client;
    HttpRequest request = requestFor(QStringLiteral("/secure"));
    request.pinnedPublicKey = otherPin.toLatin1();
    HttpReply* reply = client.send(request, this);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error(), NetError::UntrustedCertificate);
    QVERIFY(reply->body().isEmpty());
    // Refused in the handshake: the request, and any key in it, never went out.
    QCOMPARE(m_server->requestCount(QStringLiteral("/secure")), before);
}

void tst_Tls::aMalformedPinIsRefusedNotIgnored()
{
    HttpClient client;
    for (const QByteArray& pin : {QByteArray("yes"), QByteArray("sha256//not base64!"),
                                  QByteArray("sha256//c2hvcnQ="), QByteArray("/etc/hosts")}) {
        HttpRequest request = requestFor(QStringLiteral("/secure"));
        request.pinnedPublicKey = pin;
        HttpReply* reply = client.send(request, this);
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->error() != NetError::None, pin.constData());
        QVERIFY(reply->body().isEmpty());
    }
}

void tst_Tls::probeShowsTheCertificateWithoutSendingARequest()
{
    const qsizetype requestsBefore = m_server->requests().size();
    const digest::CertificateProbe probed = probe(m_server->url(QStringLiteral("/v1")));
    QVERIFY2(probed.ok(), qPrintable(probed.errorMessage));
    QCOMPARE(m_server->requests().size(), requestsBefore);

    // What openssl says of the same certificate file.
    const QByteArray fingerprint =
        openssl({"x509", "-in", m_certificate, "-noout", "-fingerprint", "-sha256"}).trimmed();
    QVERIFY(fingerprint.contains('='));
    QCOMPARE(probed.certificate.sha256Fingerprint,
             QString::fromLatin1(fingerprint.mid(fingerprint.indexOf('=') + 1)));
    const QByteArray publicKey = openssl({"x509", "-in", m_certificate, "-noout", "-pubkey"});
    const QByteArray keyDer = openssl({"pkey", "-pubin", "-outform", "DER"}, publicKey);
    const QByteArray keyHash = openssl({"dgst", "-sha256", "-binary"}, keyDer);
    QCOMPARE(probed.certificate.pinnedPublicKey,
             QStringLiteral("sha256//") + QString::fromLatin1(keyHash.toBase64()));

    QVERIFY2(probed.certificate.subject.contains(u"127.0.0.1"),
             qPrintable(probed.certificate.subject));
    QVERIFY(probed.certificate.isSelfSigned());
    // Made just now for two days.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(probed.certificate.notBefore <= now.addSecs(60));
    QVERIFY(probed.certificate.notBefore >= now.addSecs(-3600));
    QCOMPARE(probed.certificate.notBefore.daysTo(probed.certificate.notAfter), 2);
    QCOMPARE(digest::readCertificatePem(probed.certificate.pem).sha256Fingerprint,
             probed.certificate.sha256Fingerprint);
}

void tst_Tls::probeNeedsAnHttpsAddress()
{
    const digest::CertificateProbe plain =
        probe(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server->port())));
    QVERIFY(!plain.ok());
    QVERIFY2(plain.errorMessage.contains(u"https"), qPrintable(plain.errorMessage));

    const digest::test::RefusingPort refusing;
    const digest::CertificateProbe refused =
        probe(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(refusing.port())));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage.contains(u"refused the connection"),
             qPrintable(refused.errorMessage));
}

void tst_Tls::chatClientSaysHowToTrustTheServer()
{
    m_server->route(QString::fromLatin1(openai::chatPath), openai::completion("Hello"));
    HttpClient http;
    ChatClient client(http);
    ChatEndpoint endpoint;
    endpoint.baseUrl = m_server->url(QStringLiteral("/v1")).toString();
    endpoint.model = QStringLiteral("local");
    endpoint.apiKey = QStringLiteral("sk-never-sent");
    ChatCompletion* completion = client.complete(endpoint, {{"user", "Hi"}}, false);
    QVERIFY(QTest::qWaitFor([completion] { return completion->isFinished(); }, kWaitMs));
    const digest::ChatResult& result = completion->result();
    QCOMPARE(result.error, ChatError::Network);
    QVERIFY2(result.errorMessage.contains(u"is not trusted"), qPrintable(result.errorMessage));
    QVERIFY2(result.errorMessage.contains(u"CA file"), qPrintable(result.errorMessage));
    QVERIFY2(result.errorMessage.contains(u"Trust this certificate"),
             qPrintable(result.errorMessage));
    QVERIFY(!result.errorMessage.contains(u"sk-never-sent"));
    QVERIFY(result.text.isEmpty());

    // A pin that is not this server's: the message says the certificate is not the chosen one.
    const QByteArray pem = openssl({"x509", "-in", m_otherCertificate});
    endpoint.pinnedPublicKey = digest::readCertificatePem(pem).pinnedPublicKey;
    ChatCompletion* pinned = client.complete(endpoint, {{"user", "Hi"}}, false);
    QVERIFY(QTest::qWaitFor([pinned] { return pinned->isFinished(); }, kWaitMs));
    QCOMPARE(pinned->result().error, ChatError::Network);
    QVERIFY2(pinned->result().errorMessage.contains(u"not the certificate you chose to trust"),
             qPrintable(pinned->result().errorMessage));
    QCOMPARE(m_server->requestCount(QString::fromLatin1(openai::chatPath)), 0);
}

void tst_Tls::chatClientWithTheUsersChoiceStreams()
{
    m_server->route(QString::fromLatin1(openai::chatPath),
                    openai::streamed({.pieces = {"Bene", "fits."}}));
    const digest::CertificateProbe probed = probe(m_server->url(QStringLiteral("/")));
    QVERIFY2(probed.ok(), qPrintable(probed.errorMessage));
    HttpClient http;
    ChatClient client(http);
    ChatEndpoint endpoint;
    endpoint.baseUrl = m_server->url(QString()).toString();
    endpoint.model = QStringLiteral("local");
    for (const bool pinned : {true, false}) {
        endpoint.pinnedPublicKey = pinned ? probed.certificate.pinnedPublicKey : QString();
        endpoint.caFile = pinned ? QString() : m_certificate;
        ChatCompletion* completion = client.complete(endpoint, {{"user", "Hi"}});
        QVERIFY(QTest::qWaitFor([completion] { return completion->isFinished(); }, kWaitMs));
        QVERIFY2(completion->result().ok(), qPrintable(completion->result().errorMessage));
        QCOMPARE(completion->result().text, QStringLiteral("Benefits."));
    }

    // The settings' model list goes the same way.
    m_server->route(QString::fromLatin1(openai::modelsPath), openai::models({"local", "other"}));
    endpoint.caFile.clear();
    endpoint.pinnedPublicKey = probed.certificate.pinnedPublicKey;
    digest::ModelListing* listing = client.listModels(endpoint, this);
    QVERIFY(QTest::qWaitFor([listing] { return listing->isFinished(); }, kWaitMs));
    QVERIFY2(listing->error() == ChatError::None, qPrintable(listing->errorMessage()));
    QCOMPARE(listing->models(), QStringList({"local", "other"}));
    endpoint.pinnedPublicKey.clear();
    digest::ModelListing* refused = client.listModels(endpoint, this);
    QVERIFY(QTest::qWaitFor([refused] { return refused->isFinished(); }, kWaitMs));
    QCOMPARE(refused->error(), ChatError::Network);
    QVERIFY2(refused->errorMessage().contains(u"Trust this certificate"),
             qPrintable(refused->errorMessage()));
}

void tst_Tls::settingsKeepTrustPerEndpoint()
{
    const digest::test::ScopedEnvironment environment(
        {{"OPENAI_BASE_URL", ""}, {"OPENAI_MODEL", ""}, {"OPENAI_API_KEY", ""}});
    digest::Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    settings.setModelBaseUrl(QStringLiteral("https://127.0.0.1:8443"));
    settings.setModelName(QStringLiteral("local"));
    const QString identity = digest::chatEndpoint(settings).identity();
    QCOMPARE(identity, QStringLiteral("https://127.0.0.1:8443/v1"));
    settings.setModelCaFile(identity, m_certificate);
    settings.setModelPinnedPublicKey(identity, QStringLiteral("sha256//pin"));
    settings.sync();

    const digest::Settings reread(settings.fileName());
    ChatEndpoint endpoint = digest::chatEndpoint(reread);
    QCOMPARE(endpoint.caFile, m_certificate);
    QCOMPARE(endpoint.pinnedPublicKey, QStringLiteral("sha256//pin"));

    // Trusting one server is not trusting another, nor the same one spelt with "/v1/".
    settings.setModelBaseUrl(QStringLiteral("https://127.0.0.1:8443/v1/"));
    QCOMPARE(digest::chatEndpoint(settings).pinnedPublicKey, QStringLiteral("sha256//pin"));
    settings.setModelBaseUrl(QStringLiteral("https://example.com/v1"));
    endpoint = digest::chatEndpoint(settings);
    QVERIFY(endpoint.caFile.isEmpty());
    QVERIFY(endpoint.pinnedPublicKey.isEmpty());

    // An empty value removes the trust.
    settings.setModelPinnedPublicKey(identity, QString());
    QVERIFY(settings.modelPinnedPublicKey(identity).isEmpty());
}

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
