// Credentials for git, asked in the application (issue 10): real git against a real smart-HTTP
// remote on loopback that demands HTTP Basic credentials, the real digest-askpass program, and
// an AskpassServer whose responder plays the user. Git never waits on a terminal: without
// anyone to ask, on a cancel or a wrong password it fails within seconds, saying why.
#include "core/askpass/askpassprotocol.h"
#include "core/askpass/askpassserver.h"
#include "gitcommand.h"
#include "githttpserver.h"

#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace digest;
using namespace digest::test;

namespace {

const QString user = QStringLiteral("editor");
const QString password = QStringLiteral("Pa55-word-under-test");
// Far below git's own limits; a hang would be minutes. Not a speed test.
constexpr qint64 hangBoundMs = 10'000;

QStringList messages; // everything logged through Qt while the tests run
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    messages.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestAskpass : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void helperPrintsTheAnswer();
    void withoutAnyoneToAskGitFailsAtOnce();
    void answeredCredentialsClonesAndPushes();
    void largePushAndNegotiationPassThroughTheRemote();
    void cancelFailsAtOnce();
    void wrongPasswordFailsOnceWithoutAskingAgain();
    void refusingRemoteFailsAtOnce();
    void rememberedAnswersAreNotAskedAgainUntilForgotten();
    void wrongTokenGetsNoAnswer();
    void silentClientIsDropped();
    void helperGivesUpWhenNoAnswerComes();
    void passwordNeverInGitOutputNorInTheLog();

private:
    QProcessEnvironment gitEnvironment(bool withServer) const;
    GitRun git(const QStringList& arguments, bool withServer, const QString& directory = {});
    GitRun cloneInto(const QString& name, bool withServer);
    // The responder of a user who knows these credentials.
    void answerWith(const QString& name, const QString& secret);

    QTemporaryDir m_dir;
    QString m_bare;
    std::unique_ptr<GitHttpServer> m_remote;
    std::unique_ptr<AskpassServer> m_askpass;
    QList<AskpassQuestion> m_asked;
    QStringList m_gitOutput; // all of git's stdout and stderr in this test case
    int m_clones = 0;
};

void TestAskpass::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(DIGEST_ASKPASS_PATH)).isExecutable(), DIGEST_ASKPASS_PATH);
    QDir(m_dir.path()).mkpath(QStringLiteral("home"));
    QDir(m_dir.path()).mkpath(QStringLiteral("remote"));
    QDir(m_dir.path()).mkpath(QStringLiteral("work"));
    QLoggingCategory::setFilterRules(QStringLiteral("digest.askpass*=true"));
    previousHandler = qInstallMessageHandler(captureMessage);

    // The remote's first commit, pushed straight into the bare repository (no HTTP yet).
    GitHttpServer setup(m_dir.filePath(QStringLiteral("remote")));
    m_bare = setup.createBareRepository(QStringLiteral("site.git"));
    QVERIFY(!m_bare.isEmpty());
    const QString seed = m_dir.filePath(QStringLiteral("seed"));
    QVERIFY(git({QStringLiteral("init"), QStringLiteral("--quiet"),
                 QStringLiteral("--initial-branch=main"), seed},
                false)
                .ok());
    QFile readme(seed + QStringLiteral("/README.md"));
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.write("# The site\n");
    readme.close();
    QVERIFY(git({QStringLiteral("add"), QStringLiteral("README.md")}, false, seed).ok());
    QVERIFY(
        git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("first")}, false, seed)
            .ok());
    const GitRun push =
        git({QStringLiteral("push"), QStringLiteral("-q"), m_bare, QStringLiteral("main")}, false,
            seed);
    QVERIFY2(push.ok(), qPrintable(push.err));
}

void TestAskpass::init()
{
    m_remote = std::make_unique<GitHttpServer>(m_dir.filePath(QStringLiteral("remote")));
    QVERIFY(m_remote->isListening());
    m_remote->setCredentials(user, password);
    m_askpass = std::make_unique<AskpassServer>();
    QVERIFY(m_askpass->isListening());
    m_asked.clear();
}

void TestAskpass::cleanup()
{
    if (QTest::currentTestFailed() && m_remote)
        qInfo().noquote() << "git-http-backend:" << m_remote->backendErrors();
    m_askpass.reset();
    m_remote.reset();
}

void TestAskpass::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
}

QProcessEnvironment TestAskpass::gitEnvironment(bool withServer) const
{
    return isolatedGitEnvironment(
        m_dir.filePath(QStringLiteral("home")), QStringLiteral(DIGEST_ASKPASS_PATH),
        withServer && m_askpass ? m_askpass->environment() : QStringList{});
}

GitRun TestAskpass::git(const QStringList& arguments, bool withServer, const QString& directory)
{
    const GitRun run = runGit(arguments, directory.isEmpty() ? m_dir.path() : directory,
                              gitEnvironment(withServer));
    m_gitOutput << run.out << run.err;
    return run;
}

GitRun TestAskpass::cloneInto(const QString& name, bool withServer)
{
    const QString target = m_dir.filePath(QStringLiteral("work/%1-%2").arg(name).arg(++m_clones));
    return git({QStringLiteral("clone"), QStringLiteral("-q"),
                m_remote->url(QStringLiteral("site.git")), target},
               withServer);
}

void TestAskpass::answerWith(const QString& name, const QString& secret)
{
    m_askpass->setResponder([this, name, secret](const AskpassQuestion& question) {
        m_asked.append(question);
        return std::optional<QString>(question.secret ? secret : name);
    });
}

void TestAskpass::helperPrintsTheAnswer()
{
    answerWith(user, password);
    QProcess helper;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : m_askpass->environment())
        environment.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    helper.setProcessEnvironment(environment);
    helper.start(QStringLiteral(DIGEST_ASKPASS_PATH),
                 {QStringLiteral("Password for 'http://editor@127.0.0.1:1': ")});
    QTRY_VERIFY_WITH_TIMEOUT(helper.state() == QProcess::NotRunning, 10'000);
    QCOMPARE(helper.exitCode(), 0);
    QCOMPARE(helper.readAllStandardOutput(), (password + u'\n').toUtf8());
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(m_asked.first().secret);
    QCOMPARE(m_asked.first().subject, QStringLiteral("http://editor@127.0.0.1:1"));
    QVERIFY(!askpass::promptAsksForSecret(QStringLiteral("Username for 'https://h': ")));
}

void TestAskpass::withoutAnyoneToAskGitFailsAtOnce()
{
    const GitRun clone = cloneInto(QStringLiteral("nobody"), false);
    QVERIFY2(clone.finished, "git waited for credentials");
    QVERIFY(clone.exitCode != 0);
    QVERIFY2(clone.milliseconds < hangBoundMs, qPrintable(QString::number(clone.milliseconds)));
    QVERIFY2(
        clone.err.contains(u"digest-askpass: no one to ask for \"Username for 'http://127.0.0.1:"),
        qPrintable(clone.err));
    QVERIFY2(clone.err.contains(u"(run from Digest Editor to be asked)"), qPrintable(clone.err));
    QVERIFY2(clone.err.contains(u"could not read Username"), qPrintable(clone.err));
    QCOMPARE(m_remote->authenticationAttempts(), 0);
}

void TestAskpass::answeredCredentialsClonesAndPushes()
{
    answerWith(user, password);
    const GitRun clone = cloneInto(QStringLiteral("answered"), true);
    QVERIFY2(clone.ok(), qPrintable(clone.err));
    QCOMPARE(m_asked.size(), 2);
    QVERIFY(m_asked[0].prompt.startsWith(u"Username for 'http://127.0.0.1:"));
    QVERIFY(!m_asked[0].secret);
    QVERIFY(m_asked[1].prompt.startsWith(u"Password for 'http://editor@127.0.0.1:"));
    QVERIFY(m_asked[1].secret);

    const QString checkout = m_dir.filePath(QStringLiteral("work/answered-%1").arg(m_clones));
    QFile post(checkout + QStringLiteral("/post.md"));
    QVERIFY(post.open(QIODevice::WriteOnly));
    post.write("---\ntitle: A post\n---\nText.\n");
    post.close();
    QVERIFY(git({QStringLiteral("add"), QStringLiteral("post.md")}, true, checkout).ok());
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("post")}, true,
                checkout)
                .ok());
    const GitRun push = git(
        {QStringLiteral("push"), QStringLiteral("origin"), QStringLiteral("main")}, true, checkout);
    QVERIFY2(push.ok(), qPrintable(push.err));
    QCOMPARE(m_asked.size(), 4); // a new git process asks again: nothing is stored

    const GitRun local =
        git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, false, checkout);
    const GitRun remote = git({QStringLiteral("rev-parse"), QStringLiteral("main")}, false, m_bare);
    QVERIFY(local.ok() && remote.ok());
    QCOMPARE(remote.out, local.out);
    QCOMPARE(m_remote->refusedAttempts(), 0);
}

// The remote is a real one: a push larger than git's post buffer goes chunked (after a probe
// and "Expect: 100-continue"), a long negotiation gzip-compressed.
void TestAskpass::largePushAndNegotiationPassThroughTheRemote()
{
    answerWith(user, password);
    const GitRun clone = cloneInto(QStringLiteral("large"), true);
    QVERIFY2(clone.ok(), qPrintable(clone.err));
    const QString checkout = m_dir.filePath(QStringLiteral("work/large-%1").arg(m_clones));

    // 40 commits of our own on a side branch: their haves make the negotiation long.
    QVERIFY(git({QStringLiteral("checkout"), QStringLiteral("-qb"), QStringLiteral("side")}, false,
                checkout)
                .ok());
    for (int i = 0; i < 40; ++i) {
        QVERIFY(
            git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                 QStringLiteral("-m"), QStringLiteral("side %1").arg(i)},
                false, checkout)
                .ok());
    }
    QVERIFY(git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}, false,
                checkout)
                .ok());
    QByteArray noise;
    for (int i = 0; i < 8192; ++i)
        noise += QByteArray::number(quint64(i) * 2654435761u % 1000003, 36) + '\n';
    QFile image(checkout + QStringLiteral("/static.txt"));
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.write(noise);
    image.close();
    QVERIFY(git({QStringLiteral("add"), QStringLiteral("static.txt")}, false, checkout).ok());
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("large")}, false,
                checkout)
                .ok());
    const GitRun push =
        git({QStringLiteral("-c"), QStringLiteral("http.postBuffer=4096"), QStringLiteral("push"),
             QStringLiteral("origin"), QStringLiteral("main")},
            true, checkout);
    QVERIFY2(push.ok(), qPrintable(push.err + QString::fromUtf8(m_remote->backendErrors())));
    const GitRun local =
        git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, false, checkout);
    const GitRun remote = git({QStringLiteral("rev-parse"), QStringLiteral("main")}, false, m_bare);
    QCOMPARE(remote.out, local.out);

    // Someone else's commit on the remote, then a fetch that lists our 40 as haves.
    const QString seed = m_dir.filePath(QStringLiteral("seed"));
    QVERIFY(git({QStringLiteral("pull"), QStringLiteral("-q"), m_bare, QStringLiteral("main")},
                false, seed)
                .ok());
    QVERIFY(git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("--allow-empty"),
                 QStringLiteral("-m"), QStringLiteral("elsewhere")},
                false, seed)
                .ok());
    QVERIFY(git({QStringLiteral("push"), QStringLiteral("-q"), m_bare, QStringLiteral("main")},
                false, seed)
                .ok());
    QVERIFY(git({QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("side")}, false,
                checkout)
                .ok());
    QVERIFY(git({QStringLiteral("branch"), QStringLiteral("-qD"), QStringLiteral("main")}, false,
                checkout)
                .ok());
    QVERIFY(git({QStringLiteral("update-ref"), QStringLiteral("-d"),
                 QStringLiteral("refs/remotes/origin/main")},
                false, checkout)
                .ok());
    const GitRun fetch = git(
        {QStringLiteral("fetch"), QStringLiteral("-q"), QStringLiteral("origin")}, true, checkout);
    QVERIFY2(fetch.ok(), qPrintable(fetch.err + QString::fromUtf8(m_remote->backendErrors())));
    QVERIFY2(m_remote->gzipRequests() > 0, "no gzip-compressed request came");
    QCOMPARE(m_remote->refusedAttempts(), 0);
}

void TestAskpass::cancelFailsAtOnce()
{
    m_askpass->setResponder([this](const AskpassQuestion& question) {
        m_asked.append(question);
        return std::optional<QString>();
    });
    const GitRun clone = cloneInto(QStringLiteral("cancelled"), true);
    QVERIFY(clone.finished);
    QVERIFY(clone.exitCode != 0);
    QVERIFY2(clone.milliseconds < hangBoundMs, qPrintable(QString::number(clone.milliseconds)));
    QVERIFY2(clone.err.contains(u"digest-askpass: the user cancelled \"Username for"),
             qPrintable(clone.err));
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_remote->authenticationAttempts(), 0);
}

void TestAskpass::wrongPasswordFailsOnceWithoutAskingAgain()
{
    answerWith(user, QStringLiteral("not-the-password"));
    const GitRun clone = cloneInto(QStringLiteral("wrong"), true);
    QVERIFY(clone.finished);
    QVERIFY(clone.exitCode != 0);
    QVERIFY2(clone.milliseconds < hangBoundMs, qPrintable(QString::number(clone.milliseconds)));
    QVERIFY2(clone.err.contains(u"Authentication failed for 'http://127.0.0.1:"),
             qPrintable(clone.err));
    QCOMPARE(m_asked.size(), 2); // one user name, one password: no loop
    QCOMPARE(m_remote->refusedAttempts(), 1);
}

void TestAskpass::refusingRemoteFailsAtOnce()
{
    m_remote->setRefuseEveryone(true);
    answerWith(user, password);
    const GitRun clone = cloneInto(QStringLiteral("refused"), true);
    QVERIFY(clone.finished);
    QVERIFY(clone.exitCode != 0);
    QVERIFY2(clone.milliseconds < hangBoundMs, qPrintable(QString::number(clone.milliseconds)));
    QVERIFY2(clone.err.contains(u"Authentication failed"), qPrintable(clone.err));
    QCOMPARE(m_remote->authenticationAttempts(), 1);
}

void TestAskpass::rememberedAnswersAreNotAskedAgainUntilForgotten()
{
    m_askpass->setResponder([this](const AskpassQuestion& question) {
        m_asked.append(question);
        const QString answer = question.secret ? password : user;
        m_askpass->remember(question, answer); // "Remember for this session"
        return std::optional<QString>(answer);
    });
    QVERIFY(cloneInto(QStringLiteral("first"), true).ok());
    QCOMPARE(m_asked.size(), 2);
    QVERIFY(cloneInto(QStringLiteral("again"), true).ok());
    QCOMPARE(m_asked.size(), 2);
    QCOMPARE(m_askpass->questionsAnswered(), 4);

    m_askpass->forgetRemembered(); // what the application does when git reports refusal
    QVERIFY(cloneInto(QStringLiteral("forgotten"), true).ok());
    QCOMPARE(m_asked.size(), 4);
}

void TestAskpass::wrongTokenGetsNoAnswer()
{
    answerWith(user, password);
    QSignalSpy refused(m_askpass.get(), &AskpassServer::clientRefused);

    // The real helper with a token of its own making.
    QProcess helper;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(askpass::socketVariable), m_askpass->socketName());
    environment.insert(QLatin1String(askpass::tokenVariable), QStringLiteral("0123456789abcdef"));
    helper.setProcessEnvironment(environment);
    helper.start(QStringLiteral(DIGEST_ASKPASS_PATH), {QStringLiteral("Password for 'x': ")});
    QTRY_VERIFY_WITH_TIMEOUT(helper.state() == QProcess::NotRunning, 10'000);
    QCOMPARE(helper.exitCode(), 1);
    QCOMPARE(helper.readAllStandardOutput(), QByteArray());
    QCOMPARE(helper.readAllStandardError(),
             QByteArray("digest-askpass: Digest Editor refused to answer \"Password for 'x'\"\n"));

    // A client of our own, speaking the protocol with a wrong token.
    QLocalSocket socket;
    socket.connectToServer(m_askpass->socketName());
    QVERIFY(socket.waitForConnected(5000));
    socket.write(askpass::frame("wrong-token") + askpass::frame("Password for 'x': "));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, 5000);
    QCOMPARE(socket.readAll(), QByteArray());

    QCOMPARE(refused.size(), 2);
    QVERIFY(m_asked.isEmpty());
}

void TestAskpass::silentClientIsDropped()
{
    answerWith(user, password);
    m_askpass->setClientTimeout(200);
    QSignalSpy refused(m_askpass.get(), &AskpassServer::clientRefused);
    QLocalSocket socket;
    socket.connectToServer(m_askpass->socketName());
    QVERIFY(socket.waitForConnected(5000));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, 5000);
    QCOMPARE(refused.size(), 1);
    QVERIFY(m_asked.isEmpty());
}

void TestAskpass::helperGivesUpWhenNoAnswerComes()
{
    // Someone who takes the question and never answers.
    QLocalServer mute;
    QVERIFY(mute.listen(
        QStringLiteral("digest-askpass-test-mute-%1").arg(QCoreApplication::applicationPid())));
    QProcess helper;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QLatin1String(askpass::socketVariable), mute.fullServerName());
    environment.insert(QLatin1String(askpass::tokenVariable), QStringLiteral("t"));
    environment.insert(QLatin1String(askpass::timeoutVariable), QStringLiteral("300"));
    helper.setProcessEnvironment(environment);
    helper.start(QStringLiteral(DIGEST_ASKPASS_PATH), {QStringLiteral("Password for 'x': ")});
    QTRY_VERIFY_WITH_TIMEOUT(helper.state() == QProcess::NotRunning, 10'000);
    QCOMPARE(helper.exitCode(), 1);
    QCOMPARE(helper.readAllStandardError(),
             QByteArray("digest-askpass: no answer for \"Password for 'x'\" within 1 s\n"));
}

void TestAskpass::passwordNeverInGitOutputNorInTheLog()
{
    answerWith(user, password);
    QVERIFY(cloneInto(QStringLiteral("secret"), true).ok());
    answerWith(user, QStringLiteral("Wr0ng-secret-value"));
    QVERIFY(!cloneInto(QStringLiteral("secret"), true).ok());

    // The log did say something (so there was something to look through).
    QVERIFY(messages.join(u'\n').contains(u"git asks: \"Password for 'http://editor@127.0.0.1:"));
    QVERIFY(!m_gitOutput.isEmpty());
    for (const QString& text : std::as_const(m_gitOutput) + std::as_const(messages)) {
        QVERIFY2(!text.contains(password), qPrintable(text));
        QVERIFY2(!text.contains(u"Wr0ng-secret-value"), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestAskpass)
#include "tst_askpass.moc"
