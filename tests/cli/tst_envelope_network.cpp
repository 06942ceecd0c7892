#include "boundedrun.h"
#include "openaiserver.h"
#include "processenvironment.h"
#include "testhttpserver.h"
#include "topicfixtures.h"

#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <functional>

using digest::test::BoundedRun;
using digest::test::fixture;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
namespace openai = digest::test::openai;

Q_DECLARE_METATYPE(digest::test::ScriptedResponse)

namespace {

// The loopback servers answer from a thread of their own: runBounded() blocks this one while
// digestctl runs. One scripted server, and one that answers every request with bytes that are
// not HTTP at all.
class ServerThread final : public QThread
{
public:
    explicit ServerThread(std::function<void(TestHttpServer&)> setup)
        : m_setup(std::move(setup))
    {
        start();
        m_ready.acquire();
    }
    ~ServerThread() override
    {
        quit();
        wait();
    }

    QString url(const QString& path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path);
    }
    QString garbageUrl() const { return QStringLiteral("http://127.0.0.1:%1/").arg(m_garbagePort); }

protected:
    void run() override
    {
        TestHttpServer server;
        m_setup(server);
        QTcpServer garbage;
        garbage.listen(QHostAddress::LocalHost);
        QObject::connect(&garbage, &QTcpServer::newConnection, &garbage, [&garbage] {
            while (QTcpSocket* socket = garbage.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HELLO THERE, THIS IS NOT HTTP\r\n\r\n");
                    socket->disconnectFromHost();
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_port = server.port();
        m_garbagePort = garbage.serverPort();
        m_ready.release();
        exec();
    }

private:
    std::function<void(TestHttpServer&)> m_setup;
    QSemaphore m_ready;
    quint16 m_port = 0;
    quint16 m_garbagePort = 0;
};

// A Reddit listing of `count` posts with titles that share no words.
QByteArray listing(int count)
{
    QByteArray children;
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            children += ',';
        const QByteArray n = QByteArray::number(i);
        children += R"({"kind":"t3","data":{"title":"Topic w)" + n + " x" + n + " y" + n +
                    R"(","permalink":"/r/x/comments/)" + n + R"(/","url":"https://example.org/)" +
                    n + R"(","score":)" + n + "}}";
    }
    return R"({"kind":"Listing","data":{"children":[)" + children + "]}}";
}

QByteArray nestedTitleFeed(int depth)
{
    return "<rss version=\"2.0\"><channel><title>x</title><item><title>" +
           QByteArray("<b>").repeated(depth) + "deep" + QByteArray("</b>").repeated(depth) +
           "</title><link>https://example.org/a</link></item></channel></rss>";
}

QByteArray entityBomb()
{
    QByteArray dtd = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY e0 \"lollollollol\">";
    for (int i = 1; i < 10; ++i)
        dtd += "<!ENTITY e" + QByteArray::number(i) + " \"" +
               QByteArray("&e" + QByteArray::number(i - 1) + ";").repeated(10) + "\">";
    return dtd + "]><rss><channel><item><title>&e9;</title></item></channel></rss>";
}

// Events without one line break: a single line, then a single event, of `bytes`.
QByteArray endlessLine(qsizetype bytes)
{
    return "data: {\"choices\":[{\"delta\":{\"content\":\"" + QByteArray(bytes, 'a');
}

QByteArray tinyEvents(int count)
{
    // Events with empty data: decoded, counted, and skipped by the client.
    return QByteArray("data:\n\n").repeated(count);
}

QByteArray manyTokens(int count)
{
    return openai::chunkEvent({{QStringLiteral("content"), QStringLiteral("a")}}).repeated(count);
}

} // namespace

// Issue 11's resource envelope for network answers: no hostile answer of a topic source or a
// model server makes `digestctl topics` or `digestctl new --generate` crash, hang, take more
// than envelopeTimeLimit() or use more than envelopeMemoryLimitBytes(); each ends with a
// message on stderr that says what went wrong. DIGESTCTL in the environment runs another
// digestctl (an older build, for before-and-after figures).
class tst_EnvelopeNetwork final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void topics_data();
    void topics();
    void generate_data();
    void generate();

private:
    BoundedRun digestctl(const QStringList& arguments,
                         const QList<std::pair<QString, QString>>& extra = {});
    QString program() const
    {
        return qEnvironmentVariable("DIGESTCTL", QStringLiteral(DIGESTCTL_PATH));
    }

    QTemporaryDir m_home;
};

void tst_EnvelopeNetwork::initTestCase()
{
    digest::test::clearProxyEnvironment();
    QVERIFY(m_home.isValid());
}

BoundedRun tst_EnvelopeNetwork::digestctl(const QStringList& arguments,
                                          const QList<std::pair<QString, QString>>& extra)
{
    QProcessEnvironment environment = digest::test::pinnedLocaleEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    for (const char* name : {"DIGEST_TOPIC_SOURCES", "OPENAI_BASE_URL", "OPENAI_MODEL",
                             "OPENAI_API_KEY", "http_proxy", "https_proxy", "all_proxy"})
        environment.remove(QString::fromLatin1(name));
    for (const auto& [name, value] : extra)
        environment.insert(name, value);
    const BoundedRun run = digest::test::runBounded(program(), arguments, {}, environment);
    qInfo("%s %s", QTest::currentDataTag(), digest::test::describe(run).constData());
    qInfo("stderr ends: %s", run.err.right(400).constData());
    return run;
}

void tst_EnvelopeNetwork::topics_data()
{
    QTest::addColumn<ScriptedResponse>("response");
    QTest::addColumn<QStringList>("extraArguments");
    QTest::addColumn<QString>("message");

    const auto json = [](const QByteArray& body) {
        return ScriptedResponse::ok(body, "application/json");
    };
    const auto xml = [](const QByteArray& body) {
        return ScriptedResponse::ok(body, "application/rss+xml");
    };
    QTest::newRow("huge body") << json("{" + QByteArray(20 * 1024 * 1024, ' ') + "}")
                               << QStringList() << "larger than 8 MB";
    ScriptedResponse bomb = json(QByteArray(64 * 1024 * 1024, ' '));
    bomb.gzip = true;
    QTest::newRow("gzip bomb") << bomb << QStringList() << "larger than 8 MB";
    QTest::newRow("deep JSON") << json(QByteArray(100'000, '[') + QByteArray(100'000, ']'))
                               << QStringList() << "more than 1024 deep";
    QTest::newRow("deep XML") << xml(nestedTitleFeed(60'000)) << QStringList()
                              << "more than 64 deep";
    QTest::newRow("entity bomb") << xml(entityBomb()) << QStringList() << "not well-formed";
    QTest::newRow("16,000 items") << json(listing(16'000)) << QStringList()
                                  << "only the first 1000 entries";
    ScriptedResponse stall = json(listing(10));
    stall.stallAfterBytes = 100;
    QTest::newRow("stalled drip") << stall << QStringList{"--timeout", "1"} << "in time";
    ScriptedResponse drip = json(listing(10));
    drip.chunked = true;
    drip.chunkSize = 1;
    drip.pieceDelayMs = 200;
    QTest::newRow("slow drip") << drip << QStringList{"--timeout", "1"} << "in time";
    ScriptedResponse dropped = json(listing(10));
    dropped.closeAfterBytes = 100;
    QTest::newRow("dropped connection")
        << dropped << QStringList() << "closed before the whole answer";
    // An empty response: the source is the garbage server instead.
    QTest::newRow("malformed HTTP") << ScriptedResponse() << QStringList() << "not valid HTTP";
}

void tst_EnvelopeNetwork::topics()
{
    QFETCH(ScriptedResponse, response);
    QFETCH(QStringList, extraArguments);
    QFETCH(QString, message);
    ServerThread server(
        [&](TestHttpServer& http) { http.route(QStringLiteral("/r/x/top.json"), response); });
    const QString source = QByteArrayView(QTest::currentDataTag()) == "malformed HTTP"
                               ? server.garbageUrl()
                               : server.url(QStringLiteral("/r/x/top.json"));
    const BoundedRun run = digestctl(QStringList{"topics", "--source", source} + extraArguments);
    QVERIFY2(run.exited(), digest::test::describe(run));
    QVERIFY2(run.elapsed < digest::test::envelopeTimeLimit(), digest::test::describe(run));
    QVERIFY2(run.peakRssBytes < digest::test::envelopeMemoryLimitBytes(),
             digest::test::describe(run));
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.left(2000).constData());
    QVERIFY2(!run.err.contains("Only http and https"), run.err.left(2000).constData());
}

void tst_EnvelopeNetwork::generate_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("message");

    QTest::newRow("50 MB event without a line break")
        << endlessLine(50 * 1024 * 1024) << "longer than 2 MB";
    QTest::newRow("1M tiny events") << tinyEvents(1'000'000) << "more than 250000 events";
    QTest::newRow("endless tokens") << manyTokens(400'000) << "larger than 4 MB";
}

void tst_EnvelopeNetwork::generate()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, message);
    ServerThread sources([](TestHttpServer& http) {
        http.route(QStringLiteral("/r/MachineLearning/top.json"),
                   ScriptedResponse::ok(fixture(QStringLiteral("topics/reddit-top.json")),
                                        "application/json"));
    });
    ServerThread model([&](TestHttpServer& http) {
        http.route(QString::fromLatin1(openai::chatPath), openai::rawStream(stream, 1 << 20));
    });
    const QString day = QDateTime::currentDateTimeUtc().date().addDays(-1).toString(Qt::ISODate);
    const QStringList arguments{
        "new",      "--date",
        day,        "--generate",
        "--source", sources.url(QStringLiteral("/r/MachineLearning/top.json")),
        "--topics", "1",
        "-o",       m_home.filePath(QStringLiteral("post.md")),
        "--force",  "--jobs",
        "1"};
    const BoundedRun run =
        digestctl(arguments, {{QStringLiteral("OPENAI_BASE_URL"), model.url(QString())},
                              {QStringLiteral("OPENAI_MODEL"), QStringLiteral("envelope-model")},
                              {QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-envelope")}});
    QVERIFY2(run.exited(), digest::test::describe(run));
    QVERIFY2(run.elapsed < digest::test::envelopeTimeLimit(), digest::test::describe(run));
    QVERIFY2(run.peakRssBytes < digest::test::envelopeMemoryLimitBytes(),
             digest::test::describe(run));
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.left(2000).constData());
}

QTEST_GUILESS_MAIN(tst_EnvelopeNetwork)
#include "tst_envelope_network.moc"
