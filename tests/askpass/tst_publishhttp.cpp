// Publishing over HTTP with credentials (issue 10): publishNow() against a real smart-HTTP
// remote on loopback that demands HTTP Basic credentials, git asking through the real
// digest-askpass and an AskpassServer playing the user. Refused credentials end the
// publication within seconds as an authentication failure, with the commit kept locally and
// the remote untouched; answered ones push.
#include "core/askpass/askpassserver.h"
#include "core/publish/publish.h"
#include "gitcommand.h"
#include "githttpserver.h"
#include "testhttpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFuture>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <memory>

using namespace digest;
using namespace digest::test;

namespace {

const QString user = QStringLiteral("editor");
const QString password = QStringLiteral("Publish-Pa55-under-test");
constexpr qint64 hangBoundMs = 10'000; // git's own limits are minutes; not a speed test
const QString postPath = QStringLiteral("content/posts/2026-12-01-ai-auto-summary.md");

QByteArray postText(int n)
{
    return "---\ntitle: \"Daily AI summary " + QByteArray::number(n) +
           "\"\ndate: 2026-12-01T08:00:00Z\ndraft: false\n---\n\nThe day in AI.\n";
}

} // namespace

class TestPublishHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void refusedCredentialsFailAsAuthenticationAndKeepTheCommitLocal();
    void withoutAnyoneToAskFailsAsAuthentication();
    void answeredCredentialsPush();

private:
    GitRun git(const QStringList& arguments, const QString& directory);
    QString revision(const QString& directory, const QString& ref);
    PublishRequest request(int n) const;
    GitSafety safety(bool withServer) const;
    // Runs publishNow() on a worker thread while this thread answers git's questions.
    PublishOutcome publish(const PublishRequest& request, const GitSafety& safety,
                           qint64* milliseconds);

    QTemporaryDir m_dir;
    QString m_bare;
    QString m_checkout;
    std::unique_ptr<ScopedEnvironment> m_environment;
    std::unique_ptr<GitHttpServer> m_remote;
    std::unique_ptr<AskpassServer> m_askpass;
    int m_asked = 0;
    int m_checkouts = 0;
};

void TestPublishHttp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(DIGEST_ASKPASS_PATH)).isExecutable(), DIGEST_ASKPASS_PATH);
    const QString home = m_dir.filePath(QStringLiteral("home"));
    QDir().mkpath(home);
    QDir().mkpath(m_dir.filePath(QStringLiteral("remote")));
    // publishNow() runs git in this process's environment (plus its safety variables): keep
    // it away from the machine's and the user's configuration and proxies.
    clearProxyEnvironment();
    m_environment = std::make_unique<ScopedEnvironment>(QList<std::pair<QByteArray, QByteArray>>{
        {"HOME", home.toUtf8()},
        {"XDG_CONFIG_HOME", (home + QStringLiteral("/.config")).toUtf8()},
        {"GIT_CONFIG_GLOBAL", "/dev/null"},
        {"GIT_CONFIG_NOSYSTEM", "1"},
        {"GIT_AUTHOR_NAME", "Digest Test"},
        {"GIT_AUTHOR_EMAIL", "test@example.invalid"},
        {"GIT_COMMITTER_NAME", "Digest Test"},
        {"GIT_COMMITTER_EMAIL", "test@example.invalid"},
        {"DIGEST_ASKPASS_SOCKET", ""},
        {"DIGEST_ASKPASS_TOKEN", ""},
    });

    GitHttpServer setup(m_dir.filePath(QStringLiteral("remote")));
    m_bare = setup.createBareRepository(QStringLiteral("site.git"));
    QVERIFY(!m_bare.isEmpty());
    const QString seed = m_dir.filePath(QStringLiteral("seed"));
    QVERIFY(git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                 QStringLiteral("main"), seed},
                m_dir.path())
                .ok());
    QFile config(seed + QStringLiteral("/hugo.toml"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("title = \"The site\"\n");
    config.close();
    QVERIFY(git({QStringLiteral("add"), QStringLiteral("hugo.toml")}, seed).ok());
    QVERIFY(
        git({QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("site")}, seed).ok());
    QVERIFY(
        git({QStringLiteral("push"), QStringLiteral("-q"), m_bare, QStringLiteral("main")}, seed)
            .ok());
}

void TestPublishHttp::init()
{
    m_remote = std::make_unique<GitHttpServer>(m_dir.filePath(QStringLiteral("remote")));
    QVERIFY(m_remote->isListening());
    m_remote->setCredentials(user, password);
    m_askpass = std::make_unique<AskpassServer>();
    m_asked = 0;
    m_askpass->setResponder([this](const AskpassQuestion& question) {
        ++m_asked;
        return std::optional<QString>(question.secret ? password : user);
    });

    // A checkout of the site whose origin is the HTTP remote (cloned from the bare repository
    // itself, so that the test's own setup asks nothing).
    m_checkout = m_dir.filePath(QStringLiteral("checkout-%1").arg(++m_checkouts));
    QVERIFY(git({QStringLiteral("clone"), QStringLiteral("-q"), m_bare, m_checkout}, m_dir.path())
                .ok());
    QVERIFY(git({QStringLiteral("remote"), QStringLiteral("set-url"), QStringLiteral("origin"),
                 m_remote->url(QStringLiteral("site.git"))},
                m_checkout)
                .ok());
}

void TestPublishHttp::cleanup()
{
    m_askpass.reset();
    m_remote.reset();
}

GitRun TestPublishHttp::git(const QStringList& arguments, const QString& directory)
{
    return runGit(arguments, directory,
                  isolatedGitEnvironment(m_dir.filePath(QStringLiteral("home")), {}));
}

QString TestPublishHttp::revision(const QString& directory, const QString& ref)
{
    return git({QStringLiteral("rev-parse"), ref}, directory).out.trimmed();
}

PublishRequest TestPublishHttp::request(int n) const
{
    PublishRequest publication;
    publication.checkout = m_checkout;
    publication.siteRoot = m_checkout;
    publication.postPath = postPath;
    publication.content = postText(n);
    publication.commitMessage = QStringLiteral("post: 2026-12-01 daily AI summary");
    return publication;
}

GitSafety TestPublishHttp::safety(bool withServer) const
{
    GitSafety gitSafety;
    gitSafety.askpassProgram = QStringLiteral(DIGEST_ASKPASS_PATH);
    if (withServer)
        gitSafety.askpassEnvironment = m_askpass->environment();
    return gitSafety;
}

PublishOutcome TestPublishHttp::publish(const PublishRequest& publication,
                                        const GitSafety& gitSafety, qint64* milliseconds)
{
    QElapsedTimer clock;
    clock.start();
    QFuture<PublishOutcome> running =
        QtConcurrent::run([publication, gitSafety] { return publishNow(publication, gitSafety); });
    // This thread's event loop answers the askpass server and serves the remote meanwhile.
    if (!QTest::qWaitFor([&] { return running.isFinished(); }, 60'000))
        qFatal("publishNow() did not finish within a minute");
    *milliseconds = clock.elapsed();
    return running.result();
}

void TestPublishHttp::refusedCredentialsFailAsAuthenticationAndKeepTheCommitLocal()
{
    m_remote->setRefuseEveryone(true);
    const QString remoteBefore = revision(m_bare, QStringLiteral("main"));

    qint64 milliseconds = 0;
    const PublishOutcome outcome = publish(request(1), safety(true), &milliseconds);
    QCOMPARE(outcome.error, PublishErrorKind::Authentication);
    QVERIFY2(milliseconds < hangBoundMs, qPrintable(QString::number(milliseconds)));
    QVERIFY(!outcome.pushed);
    QVERIFY(m_asked > 0);                     // the user was asked and answered ...
    QCOMPARE(m_remote->refusedAttempts(), 1); // ... once, and the remote said no
    QVERIFY(!outcome.commit.isEmpty());       // the commit is made,
    QCOMPARE(revision(m_checkout, QStringLiteral("HEAD")), outcome.commit); // local only:
    QCOMPARE(revision(m_bare, QStringLiteral("main")), remoteBefore);       // remote unchanged
    QVERIFY(!outcome.message.contains(password));
    for (const GitCall& call : outcome.transcript)
        QVERIFY2(!call.output.contains(password), qPrintable(call.output));
}

void TestPublishHttp::withoutAnyoneToAskFailsAsAuthentication()
{
    const QString remoteBefore = revision(m_bare, QStringLiteral("main"));
    qint64 milliseconds = 0;
    const PublishOutcome outcome = publish(request(2), safety(false), &milliseconds);
    QCOMPARE(outcome.error, PublishErrorKind::Authentication);
    QVERIFY2(milliseconds < hangBoundMs, qPrintable(QString::number(milliseconds)));
    QVERIFY(!outcome.pushed);
    QCOMPARE(m_asked, 0);
    QCOMPARE(m_remote->authenticationAttempts(), 0);
    QVERIFY(!outcome.commit.isEmpty());
    QCOMPARE(revision(m_bare, QStringLiteral("main")), remoteBefore);
    // The transcript says why: no one could be asked.
    bool said = false;
    for (const GitCall& call : outcome.transcript)
        said = said || call.output.contains(u"digest-askpass: no one to ask for");
    QVERIFY(said);
}

void TestPublishHttp::answeredCredentialsPush()
{
    qint64 milliseconds = 0;
    const PublishOutcome outcome = publish(request(3), safety(true), &milliseconds);
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));
    QVERIFY(outcome.pushed);
    QVERIFY(m_asked >= 2); // a user name and a password for each network call
    QCOMPARE(m_remote->refusedAttempts(), 0);
    QCOMPARE(revision(m_bare, QStringLiteral("main")), outcome.commit);
    const GitRun shown = git({QStringLiteral("show"), QStringLiteral("main:") + postPath}, m_bare);
    QCOMPARE(shown.out.toUtf8(), postText(3));
    for (const GitCall& call : outcome.transcript)
        QVERIFY2(!call.output.contains(password), qPrintable(call.output));
}

QTEST_GUILESS_MAIN(TestPublishHttp)
#include "tst_publishhttp.moc"
