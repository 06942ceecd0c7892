#include "core/net/httpclient.h"
#include "core/net/httpdate.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using digest::HttpClient;
using digest::HttpClientOptions;
using digest::HttpReply;
using digest::HttpRequest;
using digest::NetError;
using digest::test::ScopedEnvironment;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(digest::NetError)

namespace {

constexpr int kWaitMs = 5000;

HttpRequest requestFor(const QUrl& url)
{
    HttpRequest request;
    request.url = url;
    request.connectTimeout = 2s;
    request.totalTimeout = 5s;
    return request;
}

// Waits until the reply has finished; false when it did not in time.
bool waitFor(HttpReply* reply, int timeoutMs = kWaitMs)
{
    return QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs);
}

QString fixturePath(const char* name)
{
    return QStringLiteral(DIGEST_FIXTURES_DIR "/") + QString::fromLatin1(name);
}

QStringList g_logLines;

void collectLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_logLines.append(message);
}

} // namespace

class tst_HttpClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void answerHasStatusHeadersAndBody();
    void userAgentNamesTheApplication();
    void gzipAnswersArriveDecompressed();
    void slowChunkedBodyArrivesPieceByPiece();
    void streamsNeedNotKeepTheBody();
    void postSendsBodyAndHeaders();
    void transfersRunInParallel();
    void connectionsPerHostAreBounded();
    void errorStatusesKeepTheAnswer_data();
    void errorStatusesKeepTheAnswer();
    void retryAfterIsReadInBothForms_data();
    void retryAfterIsReadInBothForms();
    void internetDatesWithZoneNames_data();
    void internetDatesWithZoneNames();
    void redirectsAreFollowedWithinALimit();
    void redirectsToOtherProtocolsAreRefused();
    void onlyHttpAndHttpsAreFetched();
    void refusedConnectionIsReported();
    void unknownHostIsReportedAsOffline();
    void silentServerTimesOut();
    void stalledStreamTimesOutWhenIdle();
    void connectionClosedMidBodyIsTruncated_data();
    void connectionClosedMidBodyIsTruncated();
    void brokenCompressionIsMalformed();
    void tooLargeAnswerIsCutOff();
    void abortCancelsAtOnceAndFinishesOnce();
    void abortFromInsideDataSignalIsSafe();
    void deletingARunningReplyIsSafe();
    void destroyingTheClientCancelsItsReplies();
    void proxiesComeFromTheEnvironment();
    void tlsCertificatesAreVerified();
    void secretsStayOutOfMessagesAndLogs();
};

void tst_HttpClient::initTestCase()
{
    digest::test::clearProxyEnvironment();
}

void tst_HttpClient::answerHasStatusHeadersAndBody()
{
    TestHttpServer server;
    QVERIFY(server.isListening());
    ScriptedResponse response = ScriptedResponse::ok("{\"hello\": 1}", "application/json");
    response.headers.append(digest::test::Header("X-Custom", "yes"));
    server.route(QStringLiteral("/data.json"), response);

    HttpClient client;
    HttpReply* reply = client.send(requestFor(server.url(QStringLiteral("/data.json?x=1"))), this);
    QSignalSpy finished(reply, &HttpReply::finished);
    QSignalSpy metaData(reply, &HttpReply::metaDataChanged);
    QVERIFY(!reply->isFinished());
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(metaData.count(), 1);
    QCOMPARE(reply->error(), NetError::None);
    QCOMPARE(reply->errorMessage(), QString());
    QCOMPARE(reply->status(), 200);
    QCOMPARE(reply->reasonPhrase(), QByteArray("OK"));
    QCOMPARE(reply->header("content-type"), QByteArray("application/json"));
    QCOMPARE(reply->header("X-CUSTOM"), QByteArray("yes"));
    QCOMPARE(reply->body(), QByteArray("{\"hello\": 1}"));
    QCOMPARE(server.requests().first().target, QByteArray("/data.json?x=1"));
    delete reply;
}

void tst_HttpClient::userAgentNamesTheApplication()
{
    TestHttpServer server;
    server.route(QStringLiteral("/"), ScriptedResponse::ok("x", "text/plain"));
    HttpClient client;
    HttpReply* reply = client.send(requestFor(server.url(QStringLiteral("/"))), this);
    QVERIFY(waitFor(reply));
    const QByteArray agent = server.requests().first().header("User-Agent");
    QCOMPARE(agent, HttpClientOptions::defaultUserAgent());
    QVERIFY2(QRegularExpression(
                 QStringLiteral("^DigestEditor/" DIGEST_VERSION " \\(\\+https://[^ ]+\\)$"))
                 .match(QString::fromLatin1(agent))
                 .hasMatch(),
             agent.constData());
}

void tst_HttpClient::gzipAnswersArriveDecompressed()
{
    TestHttpServer server;
    QByteArray body;
    for (int i = 0; i < 500; ++i)
        body += "a line of the feed that compresses well " + QByteArray::number(i) + '\n';
    ScriptedResponse response = ScriptedResponse::ok(body, "text/plain");
    response.gzip = true;
    server.route(QStringLiteral("/big"), response);

    HttpClient client;
    HttpReply* reply = client.send(requestFor(server.url(QStringLiteral("/big"))), this);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error(), NetError::None);
    QCOMPARE(reply->header("Content-Encoding"), QByteArray("gzip"));
    QCOMPARE(reply->body(), body);
    QVERIFY(server.requests().first().header("Accept-Encoding").contains("gzip"));
}

void tst_HttpClient::slowChunkedBodyArrivesPieceByPiece()
{
    TestHttpServer server;
    ScriptedResponse response =
        ScriptedResponse::ok("data: one\n\ndata: two\n\ndata: three\n\n", "text/event-stream");
    response.chunked = true;
    response.chunkSize = 11;
    response.pieceDelayMs = 60;
    server.route(QStringLiteral("/events"), response);

    HttpClient client;
    HttpReply* reply = client.send(requestFor(server.url(QStringLiteral("/events"))), this);
    QStringList order;
    QList<QByteArray> chunks;
    connect(reply, &HttpReply::metaDataChanged, this,
            [&] { order.append(QStringLiteral("meta %1").arg(reply->status())); });
    connect(reply, &HttpReply::dataReceived, this, [&](const QByteArray& chunk) {
        order.append(QStringLiteral("data"));
        chunks.append(chunk);
    });
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error(), NetError::None);
    QVERIFY2(chunks.size() >= 3, qPrintable(QString::number(chunks.size())));
    QCOMPARE(order.first(), QStringLiteral("meta 200"));
    QCOMPARE(chunks.join(), response.body);
    QCOMPARE(reply->body(), response.body);
}

void tst_HttpClient::streamsNeedNotKeepTheBody()
{
    TestHttpServer server;
    server.route(QStringLiteral("/s"), ScriptedResponse::ok("streamed", "text/plain"));
    HttpClient client;
    HttpRequest request = requestFor(server.url(QStringLiteral("/s")));
    request.keepBody = false;
    HttpReply* reply = client.send(request, this);
    QByteArray seen;
    connect(reply, &HttpReply::dataReceived, this, [&](const QByteArray& chunk) { seen += chunk; });
    QVERIFY(waitFor(reply));
    QCOMPARE(seen, QByteArray("streamed"));
    QVERIFY(reply->body().isEmpty());
}

void tst_HttpClient::postSendsBodyAndHeaders()
{
    TestHttpServer server;
    server.route(QStringLiteral("/v1/chat"), ScriptedResponse::ok("{}", "application/json"));
    HttpClient client;
    HttpRequest request = requestFor(server.url(QStringLiteral("/v1/chat")));
    request.method = "POST";
    request.body = "{\"stream\": true}";
    request.headers = {{"Content-Type", "application/json"}, {"X-Request", "42"}};
    HttpReply* reply = client.send(request, this);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error(), NetError::None);
    const digest::test::RecordedRequest recorded = server.requests().first();
    QCOMPARE(recorded.method, QByteArray("POST"));
    QCOMPARE(recorded.body, request.body);
    QCOMPARE(recorded.header("X-Request"), QByteArray("42"));
    QCOMPARE(recorded.header("Content-Type"), QByteArray("application/json"));

    // A line break in a header would smuggle in another header: refused.
    request.headers = {{"X-Evil", "a\r\nInjected: yes"}};
    HttpReply* refused = client.send(request, this);
    QVERIFY(waitFor(refused));
    QCOMPARE(refused->error(), NetError::Other);
    QCOMPARE(server.requests().size(), 1);
}

void tst_HttpClient::transfersRunInParallel()
{
    TestHttpServer server;
    // The server answers none of them: one after the other, the second would never be sent.
    ScriptedResponse silent;
    silent.neverAnswer = true;
    for (int i = 0; i < 4; ++i)
        server.route(QStringLiteral("/silent%1").arg(i), silent);
    HttpClient client;
    QList<HttpReply*> replies;
    for (int i = 0; i < 4; ++i)
        replies.append(
            client.send(requestFor(server.url(QStringLiteral("/silent%1").arg(i))), this));
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 4, kWaitMs);
    QCOMPARE(server.maxConcurrentConnections(), 4);
    for (HttpReply* reply : std::as_const(replies))
        QVERIFY(!reply->isFinished());
}

void tst_HttpClient::connectionsPerHostAreBounded()
{
    TestHttpServer server;
    ScriptedResponse slow = ScriptedResponse::ok("x", "text/plain");
    slow.delayMs = 100;
    server.route(QStringLiteral("/item"), slow);
    HttpClientOptions options;
    options.maxConnectionsPerHost = 2;
    HttpClient client(options);
    QList<HttpReply*> replies;
    for (int i = 0; i < 6; ++i)
        replies.append(client.send(requestFor(server.url(QStringLiteral("/item"))), this));
    for (HttpReply* reply : std::as_const(replies)) {
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error(), NetError::None);
    }
    QCOMPARE(server.requestCount(QStringLiteral("/item")), 6);
    QCOMPARE(server.maxConcurrentConnections(), 2);
}

void tst_HttpClient::errorStatusesKeepTheAnswer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("401") << 401 << QByteArray();
    QTest::newRow("403") << 403 << QByteArray();
    QTest::newRow("404") << 404 << QByteArray();
    QTest::newRow("429 with Retry-After") << 429 << QByteArray("7");
    QTest::newRow("500") << 500 << QByteArray();
    QTest::newRow("503 with Retry-After") << 503 << QByteArray("120");
}

void tst_HttpClient::errorStatusesKeepTheAnswer()
{
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    TestHttpServer server;
    QList<digest::test::Header> headers;
    if (!retryAfter.isEmpty())
        headers.append({"Retry-After", retryAfter});
    server.route(QStringLiteral("/x"), ScriptedResponse::error(status, headers));
    HttpClient client;
    HttpReply* reply = client.send(requestFor(server.url(QStringLiteral("/x"))), this);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error(), NetError::HttpStatus);
    QCOMPARE(reply->status(), status);
    QVERIFY(reply->body().contains(QByteArray::number(status)));
    QVERIFY2(reply->errorMessage().contains(QString::number(status)) &&
                 reply->errorMessage().contains(u"127.0.0.1"),
             qPrintable(reply->errorMessage()));
    if (retryAfter.isEmpty())
        QCOMPARE(reply->retryAfter(), std::nullopt);
    else
        QCOMPARE(reply->retryAfter(), std::optional(std::chrono::seconds(retryAfter.toInt())));
}

void tst_HttpClient::retryAfterIsReadInBothForms_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<int>("seconds"); // -1: not a Retry-After
    QTest::newRow("seconds") << QByteArray("120") << 120;
    QTest::newRow("zero") << QByteArray(" 0 ") << 0;
    QTest::newRow("date ahead") << QByteArray("Tue, 10 Jun 2025 12:01:30 GMT") << 90;
    QTest::newRow("date passed") << QByteArray("Tue, 10 Jun 2025 11:00:00 GMT") << 0;
    QTest::newRow("negative") << QByteArray("-5") << -1;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
    QTest::newRow("empty") << QByteArray() << -1;
}

void tst_HttpClient::retryAfterIsReadInBothForms()
{
    QFETCH(QByteArray, value);
    QFETCH(int, seconds);
    const QDateTime now(QDate(2025, 6, 10), QTime(12, 0), Qt::UTC);
    const auto parsed = digest::parseRetryAfter(value, now);
    if (seconds < 0)
        QCOMPARE(parsed, std::nullopt);
    else
        QCOMPARE(parsed, std::optional(std::chrono::seconds(seconds)));
}

void tst_HttpClient::internetDatesWithZoneNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime utc(QDate(2025, 6, 10), QTime(5, 36, 31), Qt::UTC);
    QTest::newRow("GMT") << QStringLiteral("Tue, 10 Jun 2025 05:36:31 GMT") << utc;
    QTest::newRow("offset") << QStringLiteral("Tue, 10 Jun 2025 05:36:31 +0000") << utc;
    QTest::newRow("EST") << QStringLiteral("Tue, 10 Jun 2025 00:36:31 EST") << utc;
    QTest::newRow("no weekday") << QStringLiteral("10 Jun 2025 05:36:31 UT") << utc;
    QTest::newRow("not a date") << QStringLiteral("yesterday") << QDateTime();
}

void tst_HttpClient::internetDatesWithZoneNames()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(digest::parseInternetDate(text), expected);
}

void tst_HttpClient::redirectsAreFollowedWithinALimit()
{
    TestHttpServer server;
    server.route(QStringLiteral("/old"), ScriptedResponse::redirect(301, "/new"));
    server.route(QStringLiteral("/new"), ScriptedResponse::ok("moved here", "text/plain"));
    server.route(QStringLiteral("/loop"), ScriptedResponse::redirect(302, "/loop"));
    HttpClient client;
    HttpReply* moved = client.send(requestFor(server.url(QStringLiteral("/old"))), this);
    HttpReply* loop = client.send(requestFor(server.url(QStringLiteral("/loop"))), this);
    QVERIFY(waitFor(moved));
    QCOMPARE(moved->error(), NetError::None);
    QCOMPARE(moved->body(), QByteArray("moved here"));
    QCOMPARE(moved->url().path(), QStringLiteral("/new"));
    QVERIFY(waitFor(loop));
    QCOMPARE(loop->error(), NetError::TooManyRedirects);
    QCOMPARE(server.requestCount(QStringLiteral("/loop")), int(client.options().maxRedirects) + 1);
}

void tst_HttpClient::redirectsToOtherProtocolsAreRefused()
{
    TestHttpServer server;
    server.route(QStringLiteral("/sneaky"), ScriptedResponse::redirect(302, "file:///etc/passwd"));
    HttpClient client;
    HttpReply* reply = client.send(requestFor(server.url(QStringLiteral("/sneaky"))), this);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error(), NetError::UnsupportedUrl);
    QVERIFY(!reply->body().contains("root:"));
}

void tst_HttpClient::onlyHttpAndHttpsAreFetched()
{
    HttpClient client;
    for (const char* address : {"file:///etc/hostname", "ftp://127.0.0.1/x", "not a url"}) {
        HttpReply* reply = client.send(requestFor(QUrl(QString::fromLatin1(address))), this);
        QSignalSpy finished(reply, &HttpReply::finished);
        // Never from inside send(): the caller connects first.
        QVERIFY(!reply->isFinished());
        QVERIFY(finished.wait(kWaitMs));
        QCOMPARE(reply->error(), NetError::UnsupportedUrl);
        QVERIFY(reply->errorMessage().contains(u"http"));
    }
}

void tst_HttpClient::refusedConnectionIsReported()
{
    const digest::test::RefusingPort refusing;
    const quint16 closedPort = refusing.port();
    QVERIFY(closedPort != 0);
    HttpClient client;
    HttpReply* reply =
        client.send(requestFor(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort))), this);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error(), NetError::ConnectionRefused);
    QVERIFY2(reply->errorMessage().contains(u"refused"), qPrintable(reply->errorMessage()));
}

void tst_HttpClient::unknownHostIsReportedAsOffline()
{
    HttpClient client;
    HttpRequest request = requestFor(QUrl(QStringLiteral("http://no-such-host.invalid/feed")));
    HttpReply* reply = client.send(request, this);
    QVERIFY(waitFor(reply, 8000));
    if (reply->error() == NetError::Timeout)
        QSKIP("This machine's resolver does not answer; cannot tell a missing host apart.");
    QCOMPARE(reply->error(), NetError::HostNotFound);
    QVERIFY2(reply->errorMessage().contains(u"no-such-host.invalid") &&
                 reply->errorMessage().contains(u"offline"),
             qPrintable(reply->errorMessage()));
}

void tst_HttpClient::silentServerTimesOut()
{
    TestHttpServer server;
    ScriptedResponse silent;
    silent.neverAnswer = true;
    server.route(QStringLiteral("/silent"), silent);
    HttpClient client;
    HttpRequest request = requestFor(server.url(QStringLiteral("/silent")));
    request.totalTimeout = 300ms;
    QElapsedTimer timer;
    timer.start();
    HttpReply* reply = client.send(request, this);
    QVERIFY(waitFor(reply));
    // Well before waitFor() gives up (5 s), and not before the 300 ms it was given.
    QCOMPARE(reply->error(), NetError::Timeout);
    QVERIFY(timer.elapsed() >= 280);
    QVERIFY2(reply->errorMessage().contains(u"did not answer in time"),
             qPrintable(reply->errorMessage()));
}

void tst_HttpClient::stalledStreamTimesOutWhenIdle()
{
    TestHttpServer server;
    ScriptedResponse stalled = ScriptedResponse::ok("first piece|second piece", "text/plain");
    stalled.chunked = true;
    stalled.chunkSize = 12;
    stalled.pieceDelayMs = 1500;
    server.route(QStringLiteral("/stall"), stalled);
    HttpClient client;
    HttpRequest request = requestFor(server.url(QStringLiteral("/stall")));
    request.totalTimeout = 0ms;
    request.idleTimeout = 250ms;
    HttpReply* reply = client.send(request, this);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error(), NetError::Timeout);
    QCOMPARE(reply->status(), 200);
}

void tst_HttpClient::connectionClosedMidBodyIsTruncated_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("content-length") << false;
    QTest::newRow("chunked") << true;
}

void tst_HttpClient::connectionClosedMidBodyIsTruncated()
{
    QFETCH(bool, chunked);
    TestHttpServer server;
    ScriptedResponse cut = ScriptedResponse::ok(QByteArray(4000, 'x'), "text/plain");
    cut.chunked = chunked;
    cut.chunkSize = 1000;
    cut.closeAfterBytes = 1500;
    server.route(QStringLiteral("/cut"), cut);
    HttpClient client;
    HttpReply* reply = client.send(requestFor(server.url(QStringLiteral("/cut"))), this);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error(), NetError::Truncated);
    QVERIFY2(reply->errorMessage().contains(u"closed before"), qPrintable(reply->errorMessage()));
}

void tst_HttpClient::brokenCompressionIsMalformed()
{
    TestHttpServer server;
    ScriptedResponse broken = ScriptedResponse::ok("this is not gzip at all", "text/plain");
    broken.headers.append(digest::test::Header("Content-Encoding", "gzip"));
    server.route(QStringLiteral("/broken"), broken);
    HttpClient client;
    HttpReply* reply = client.send(requestFor(server.url(QStringLiteral("/broken"))), this);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error(), NetError::Malformed);
}

void tst_HttpClient::tooLargeAnswerIsCutOff()
{
    TestHttpServer server;
    ScriptedResponse big = ScriptedResponse::ok(QByteArray(200'000, 'y'), "text/plain");
    big.chunked = true; // no Content-Length: the limit must hold while reading
    big.chunkSize = 10'000;
    server.route(QStringLiteral("/big"), big);
    HttpClient client;
    HttpRequest request = requestFor(server.url(QStringLiteral("/big")));
    request.maxBodyBytes = 50'000;
    HttpReply* reply = client.send(request, this);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error(), NetError::TooLarge);
    QVERIFY(reply->body().size() <= 50'000);
}

void tst_HttpClient::abortCancelsAtOnceAndFinishesOnce()
{
    TestHttpServer server;
    ScriptedResponse silent;
    silent.neverAnswer = true;
    server.route(QStringLiteral("/silent"), silent);
    HttpClient client;
    HttpReply* reply = client.send(requestFor(server.url(QStringLiteral("/silent"))), this);
    QSignalSpy finished(reply, &HttpReply::finished);
    QTRY_COMPARE(server.requests().size(), 1);
    reply->abort();
    // The server never answers and the request's own timeout is 5 s: Cancelled is the abort.
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error(), NetError::Cancelled);
    reply->abort();
    // Once the connection is gone and the client has made a whole other transfer, anything
    // the aborts could still have set off has happened.
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, kWaitMs);
    server.route(QStringLiteral("/after"), ScriptedResponse::ok("fine", "text/plain"));
    HttpReply* after = client.send(requestFor(server.url(QStringLiteral("/after"))), this);
    QVERIFY(waitFor(after));
    QCOMPARE(finished.count(), 1);
}

void tst_HttpClient::abortFromInsideDataSignalIsSafe()
{
    TestHttpServer server;
    ScriptedResponse slow = ScriptedResponse::ok(QByteArray(3000, 'z'), "text/plain");
    slow.chunked = true;
    slow.chunkSize = 500;
    slow.pieceDelayMs = 30;
    server.route(QStringLiteral("/slow"), slow);
    HttpClient client;
    HttpReply* reply = client.send(requestFor(server.url(QStringLiteral("/slow"))), this);
    QSignalSpy finished(reply, &HttpReply::finished);
    int pieces = 0;
    connect(reply, &HttpReply::dataReceived, reply, [&] {
        ++pieces;
        reply->abort();
    });
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(reply->error(), NetError::Cancelled);

    // The client goes on working; by then the aborted connection is gone, and no more data or
    // a second finish reached the reply.
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, kWaitMs);
    server.route(QStringLiteral("/after"), ScriptedResponse::ok("fine", "text/plain"));
    HttpReply* after = client.send(requestFor(server.url(QStringLiteral("/after"))), this);
    QVERIFY(waitFor(after));
    QCOMPARE(after->body(), QByteArray("fine"));
    QCOMPARE(pieces, 1);
    QCOMPARE(finished.count(), 1);
}

void tst_HttpClient::deletingARunningReplyIsSafe()
{
    TestHttpServer server;
    ScriptedResponse slow = ScriptedResponse::ok(QByteArray(3000, 'z'), "text/plain");
    slow.chunked = true;
    slow.chunkSize = 500;
    slow.pieceDelayMs = 30;
    server.route(QStringLiteral("/slow"), slow);
    server.route(QStringLiteral("/after"), ScriptedResponse::ok("fine", "text/plain"));
    HttpClient client;
    HttpReply* reply = client.send(requestFor(server.url(QStringLiteral("/slow"))), this);
    // Deleted from inside its own signal, the way a careless receiver might.
    bool deleted = false;
    connect(reply, &HttpReply::dataReceived, this, [reply, &deleted] {
        deleted = true;
        delete reply;
    });
    // Deleted at its first piece of data, while the server still sends the others; the
    // transfer ends with it, and the server sees the connection close.
    QTRY_VERIFY_WITH_TIMEOUT(deleted, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, kWaitMs);
    HttpReply* after = client.send(requestFor(server.url(QStringLiteral("/after"))), this);
    QVERIFY(waitFor(after));
    QCOMPARE(after->body(), QByteArray("fine"));
}

void tst_HttpClient::destroyingTheClientCancelsItsReplies()
{
    TestHttpServer server;
    ScriptedResponse silent;
    silent.neverAnswer = true;
    server.route(QStringLiteral("/silent"), silent);
    auto client = std::make_unique<HttpClient>();
    HttpReply* reply = client->send(requestFor(server.url(QStringLiteral("/silent"))), this);
    QSignalSpy finished(reply, &HttpReply::finished);
    QTRY_COMPARE(server.requests().size(), 1);
    client.reset();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error(), NetError::Cancelled);
    reply->abort(); // harmless without a client
}

void tst_HttpClient::proxiesComeFromTheEnvironment()
{
    TestHttpServer origin;
    TestHttpServer proxy;
    origin.route(QStringLiteral("/feed"), ScriptedResponse::ok("from the origin", "text/plain"));
    proxy.route(QStringLiteral("/feed"), ScriptedResponse::ok("through the proxy", "text/plain"));
    const QByteArray proxyUrl = "http://127.0.0.1:" + QByteArray::number(proxy.port());
    HttpClient client;
    {
        const ScopedEnvironment environment({{"http_proxy", proxyUrl}, {"no_proxy", {}}});
        HttpReply* reply =
            client.send(requestFor(QUrl(QStringLiteral("http://proxied.invalid/feed"))), this);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error(), NetError::None);
        QCOMPARE(reply->body(), QByteArray("through the proxy"));
        QCOMPARE(proxy.requests().last().target, QByteArray("http://proxied.invalid/feed"));
    }
    {
        const ScopedEnvironment environment(
            {{"http_proxy", proxyUrl}, {"no_proxy", "localhost,127.0.0.1"}});
        HttpReply* reply = client.send(requestFor(origin.url(QStringLiteral("/feed"))), this);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->body(), QByteArray("from the origin"));
        QCOMPARE(proxy.requests().size(), 1);
        QCOMPARE(origin.requests().size(), 1);
    }
}

void tst_HttpClient::tlsCertificatesAreVerified()
{
    TestHttpServer server(fixturePath("net/loopback-test-only.crt"),
                          fixturePath("net/loopback-test-only.key"));
    QVERIFY(server.isListening());
    server.route(QStringLiteral("/secure"), ScriptedResponse::ok("secret sauce", "text/plain"));

    // A self-signed certificate is not trusted by default...
    HttpClient client;
    HttpReply* refused = client.send(requestFor(server.url(QStringLiteral("/secure"))), this);
    QVERIFY(waitFor(refused));
    QCOMPARE(refused->error(), NetError::UntrustedCertificate);
    QVERIFY(refused->body().isEmpty());
    QVERIFY2(refused->errorMessage().contains(u"is not trusted"),
             qPrintable(refused->errorMessage()));

    // ...and it is, verified, when its authority is named.
    HttpClientOptions options;
    options.caCertificatesFile = fixturePath("net/loopback-test-only.crt");
    HttpClient trusting(options);
    HttpReply* reply = trusting.send(requestFor(server.url(QStringLiteral("/secure"))), this);
    QVERIFY(waitFor(reply));
    QCOMPARE(reply->error(), NetError::None);
    QCOMPARE(reply->body(), QByteArray("secret sauce"));
}

void tst_HttpClient::secretsStayOutOfMessagesAndLogs()
{
    const digest::test::RefusingPort refusing;
    const quint16 closedPort = refusing.port();
    QVERIFY(closedPort != 0);
    QLoggingCategory::setFilterRules(QStringLiteral("digest.http.debug=true"));
    g_logLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectLog);
    HttpClient client;
    HttpRequest request = requestFor(QUrl(
        QStringLiteral("http://user:hunter2@127.0.0.1:%1/v1/x?api_key=sk-secret").arg(closedPort)));
    request.headers = {{"Authorization", "Bearer sk-secret"}};
    HttpReply* reply = client.send(request, this);
    const bool finished = waitFor(reply);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(finished);
    QVERIFY(!g_logLines.isEmpty());
    const QString everything = g_logLines.join(u'\n') + reply->errorMessage();
    QVERIFY2(!everything.contains(u"sk-secret") && !everything.contains(u"hunter2"),
             qPrintable(everything));
    QCOMPARE(digest::redactedUrl(request.url),
             QStringLiteral("http://127.0.0.1:%1/v1/x").arg(closedPort));
}

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_httpclient.moc"
