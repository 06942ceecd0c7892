#include "processenvironment.h"
#include "testhttpserver.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A listing whose one post has a title full of terminal controls and a script for a link.
const QByteArray kHostileListing =
    R"x({"data":{"children":[{"kind":"t3","data":{)x"
    R"x("title":"Red \u001b[31malert\u001b]0;owned\u0007 bell\u0000nul \u009b2J csi \u202eevil",)x"
    R"x("url":"javascript:alert(document.cookie)","permalink":"/r/x/comments/1/a/",)x"
    R"x("subreddit_name_prefixed":"r/x\u001b[2J","score":5}}]}})x";

} // namespace

// What a hostile source or a careless command line could do to `digestctl` and the terminal
// it prints to (issue 11): secrets of an address echoed or stored, control characters and
// script links passed on, a timeout that means none, a huge argument echoed whole.
class tst_DigestctlHostile final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { digest::test::clearProxyEnvironment(); }
    void init();
    void timeoutOutsideItsRangeIsAUsageError_data();
    void timeoutOutsideItsRangeIsAUsageError();
    void invalidSourceIsShownWithoutItsSecrets();
    void failingSourceIsShownWithoutItsSecrets();
    void cacheAndJsonKeepNoTokenOfTheSource();
    void controlCharactersNeverReachTheTerminal();
    void scriptLinksAreNotPassedOn();
    void hugeArgumentsAreEchoedShortened_data();
    void hugeArgumentsAreEchoedShortened();

private:
    Run digestctl(const QStringList& arguments);
    QString url(const char* path) const
    {
        return m_server->url(QString::fromLatin1(path)).toString();
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<TestHttpServer> m_server;
};

void tst_DigestctlHostile::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestHttpServer>();
    m_server->route(QStringLiteral("/r/x/top.json"),
                    ScriptedResponse::ok(kHostileListing, "application/json"));
}

Run tst_DigestctlHostile::digestctl(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = digest::test::pinnedLocaleEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home->filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    environment.remove(QStringLiteral("DIGEST_TOPIC_SOURCES"));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    // DIGESTCTL runs another build (an older one, to see these tests fail there).
    process.start(qEnvironmentVariable("DIGESTCTL", QStringLiteral(DIGESTCTL_PATH)), arguments);
    if (!finished.wait(20000))
        qFatal("digestctl did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void tst_DigestctlHostile::timeoutOutsideItsRangeIsAUsageError_data()
{
    QTest::addColumn<QString>("seconds");
    // Each of these used to mean "no timeout at all" or a wait of years.
    for (const char* value : {"0.0001", "nan", "inf", "-inf", "1e9", "601", "0"})
        QTest::newRow(value) << QString::fromLatin1(value);
}

void tst_DigestctlHostile::timeoutOutsideItsRangeIsAUsageError()
{
    QFETCH(QString, seconds);
    const Run run = digestctl({QStringLiteral("topics"), QStringLiteral("--timeout"), seconds,
                               QStringLiteral("--source"), url("/r/x/top.json")});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, "digestctl: --timeout '" + seconds.toUtf8() +
                          "' is not a number of seconds from 0.1 to 600.\n");
    QCOMPARE(m_server->requests().size(), 0);
}

void tst_DigestctlHostile::invalidSourceIsShownWithoutItsSecrets()
{
    const Run run = digestctl({QStringLiteral("topics"), QStringLiteral("--source"),
                               QStringLiteral("htps://alice:hunter2@example.org/x?token=SECRET")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("htps://example.org/x"), run.err.constData());
    QVERIFY2(!run.err.contains("hunter2") && !run.err.contains("SECRET"), run.err.constData());
}

void tst_DigestctlHostile::failingSourceIsShownWithoutItsSecrets()
{
    QString address = url("/missing.json?token=SECRET");
    address.replace(QStringLiteral("http://"), QStringLiteral("http://alice:hunter2@"));
    const Run run = digestctl({QStringLiteral("topics"), QStringLiteral("--source"), address});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("not found (HTTP 404)"), run.err.constData());
    QVERIFY2(!run.err.contains("hunter2") && !run.err.contains("SECRET"), run.err.constData());
}

void tst_DigestctlHostile::cacheAndJsonKeepNoTokenOfTheSource()
{
    const Run run = digestctl({QStringLiteral("topics"), QStringLiteral("--json"),
                               QStringLiteral("--source"), url("/r/x/top.json?token=SECRET")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains("SECRET"), run.out.constData());
    const QJsonArray topics = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(topics.size(), 1);
    QCOMPARE(topics.first().toObject().value(u"sourceUrl").toString(), url("/r/x/top.json"));
    int files = 0;
    QDirIterator cache(m_home->filePath(QStringLiteral("cache")), QDir::Files,
                       QDirIterator::Subdirectories);
    while (cache.hasNext()) {
        QFile file(cache.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("SECRET"), qPrintable(file.fileName()));
        ++files;
    }
    QCOMPARE(files, 1);
}

void tst_DigestctlHostile::controlCharactersNeverReachTheTerminal()
{
    const Run run =
        digestctl({QStringLiteral("topics"), QStringLiteral("--source"), url("/r/x/top.json")});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    for (const char16_t control : {u'\x1b', u'\x07', u'\0', u'\x9b', u'\x202e'})
        QVERIFY2(!out.contains(QChar(control)), qPrintable(QString::number(control, 16)));
    // Escaped where they were, so the title still reads as it was sent.
    QVERIFY2(out.contains(QStringLiteral("Red \\x1B[31malert\\x1B]0;owned\\x07 bell\\x00nul "
                                         "\\x9B2J csi \\u202Eevil")),
             qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("r/x\\x1B[2J")), qPrintable(out));
}

void tst_DigestctlHostile::scriptLinksAreNotPassedOn()
{
    const Run text =
        digestctl({QStringLiteral("topics"), QStringLiteral("--source"), url("/r/x/top.json")});
    QVERIFY2(!text.out.contains("javascript:"), text.out.constData());
    const Run json = digestctl({QStringLiteral("topics"), QStringLiteral("--json"),
                                QStringLiteral("--source"), url("/r/x/top.json")});
    QVERIFY2(!json.out.contains("javascript:"), json.out.constData());
    // The topic is kept; its thread stands in for the link.
    const QJsonObject topic = QJsonDocument::fromJson(json.out).array().first().toObject();
    QCOMPARE(topic.value(u"url").toString(), url("/r/x/comments/1/a/"));
}

void tst_DigestctlHostile::hugeArgumentsAreEchoedShortened_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString huge(100'000, u'9');
    QTest::newRow("--date") << QStringList{QStringLiteral("new"), QStringLiteral("--date"), huge,
                                           QStringLiteral("-o"), QStringLiteral("x.md")};
    QTest::newRow("--timeout") << QStringList{QStringLiteral("topics"), QStringLiteral("--timeout"),
                                              huge};
    QTest::newRow("option") << QStringList{QStringLiteral("topics"), u"--" + huge};
    QTest::newRow("command") << QStringList{huge};
    QTest::newRow("--source") << QStringList{QStringLiteral("topics"), QStringLiteral("--source"),
                                             huge};
}

void tst_DigestctlHostile::hugeArgumentsAreEchoedShortened()
{
    QFETCH(QStringList, arguments);
    const Run run = digestctl(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.size() < 500, run.err.left(600).constData());
    QVERIFY2(run.err.contains("999…"), run.err.constData());
}

QTEST_GUILESS_MAIN(tst_DigestctlHostile)
#include "tst_digestctl_hostile.moc"
