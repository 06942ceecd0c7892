// A first run with no configuration: the desk's default site (a git repository with a minimal
// Hugo site, made on first need in the user's data folder), New Post into it, and a real
// publication there: a local commit, nothing pushed, and the message says so. Real git, with a
// fresh HOME and data folder, and no global or system git configuration (a fresh machine).
#include "core/post/archetype.h"
#include "core/publish/publisher.h"
#include "core/settings/settings.h"
#include "desk/defaultsite.h"
#include "desk/desk.h"
#include "desk/sitecheckout.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using digest::Desk;
using digest::PublishOutcome;
using digest::PublishRequest;
using digest::Settings;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc());

QString git(const QString& folder, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("git"), arguments);
    if (!process.waitForFinished(30'000))
        return QStringLiteral("<git did not finish>");
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAll()).trimmed();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_DefaultSite final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newPostThenPublishCommitsLocallyWithNoSetup();
    void theUsersOwnGitIdentityIsKept();
    void aRemoteAddedToTheDefaultSiteIsPushedTo();
    void aChosenSiteIsUsedAndNoDefaultSiteIsMade();
    void aDefaultSiteLeftWithoutItsFirstCommitIsFinished();

private:
    std::unique_ptr<Desk> makeDesk();
    PublishOutcome publish(Desk& desk, const PublishRequest& request);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_DefaultSite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString home = m_dir->filePath(QStringLiteral("home"));
    QVERIFY(QDir().mkpath(home));
    // A fresh user: nothing in HOME, no git identity anywhere.
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_DATA_HOME", (home + QStringLiteral("/.local/share")).toUtf8());
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/.config")).toUtf8());
    qputenv("GIT_CONFIG_GLOBAL", QFile::encodeName(home + QStringLiteral("/.gitconfig")));
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    for (const char* name : {"GIT_DIR", "GIT_WORK_TREE", "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL",
                             "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "EMAIL"})
        qunsetenv(name);
}

void tst_DefaultSite::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Desk> tst_DefaultSite::makeDesk()
{
    // Empty settings: no site folder, no remote chosen.
    return std::make_unique<Desk>(
        std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini"))),
        [] { return kNow; });
}

PublishOutcome tst_DefaultSite::publish(Desk& desk, const PublishRequest& request)
{
    QSignalSpy finished(&desk.publisher(), &digest::Publisher::finished);
    desk.publisher().publish(request);
    if (!finished.wait(60'000))
        return {};
    return finished.at(0).at(0).value<PublishOutcome>();
}

void tst_DefaultSite::newPostThenPublishCommitsLocallyWithNoSetup()
{
    const std::unique_ptr<Desk> desk = makeDesk();
    const QString site = Desk::defaultSiteFolder();
    QCOMPARE(site, QDir(m_dir->filePath(QStringLiteral("home/.local/share")))
                       .filePath(QCoreApplication::applicationName() + QStringLiteral("/site")));
    QVERIFY(desk->usingDefaultSite());
    QCOMPARE(desk->siteFolder(), site);
    // Made on first need, not before.
    QVERIFY(!QFileInfo::exists(site));

    const digest::SessionOutcome made = desk->newPost();
    QVERIFY2(made.ok(), qPrintable(made.message));
    const digest::SiteCheckout checkout = digest::SiteCheckout::inspect(site);
    QVERIFY(checkout.isCheckout());
    QCOMPARE(checkout.hugoConfig, QStringLiteral("hugo.toml"));
    QCOMPARE(checkout.branch, QStringLiteral("main"));
    QVERIFY(QFileInfo(site + QStringLiteral("/content/posts")).isDir());
    QCOMPARE(QString::fromUtf8(readAll(site + QStringLiteral("/archetypes/default.md"))),
             digest::Archetype::builtIn().text());
    const QString toml = QString::fromUtf8(readAll(site + QStringLiteral("/hugo.toml")));
    QVERIFY2(toml.contains(u"timeZone = \"UTC\"") && toml.contains(u"title = ") &&
                 toml.contains(u"baseURL = "),
             qPrintable(toml));
    QCOMPARE(
        git(site, {QStringLiteral("rev-list"), QStringLiteral("--count"), QStringLiteral("HEAD")}),
        QStringLiteral("1"));
    // The new post comes from the site's archetype and goes where the pattern says.
    QVERIFY2(made.message.contains(u"archetypes/default.md"), qPrintable(made.message));
    QCOMPARE(desk->session().suggestedPath(),
             QDir(site).filePath(QStringLiteral("content/posts/2026-12-01-ai-auto-summary.md")));

    const auto request = desk->publishRequest(false);
    QVERIFY2(request, qPrintable(request.errorMessage()));
    QCOMPARE(request.value().checkout, site);
    QCOMPARE(request.value().postPath,
             QStringLiteral("content/posts/2026-12-01-ai-auto-summary.md"));
    QVERIFY(!request.value().push);

    const PublishOutcome outcome = publish(*desk, request.value());
    QVERIFY2(outcome.ok(), qPrintable(outcome.message + u'\n' + outcome.transcriptText()));
    QVERIFY(!outcome.pushed);
    QVERIFY2(outcome.message.contains(u"not pushed"), qPrintable(outcome.message));
    // No push, no fetch: nothing tried to leave the computer.
    for (const digest::GitCall& call : outcome.transcript) {
        QVERIFY2(!call.arguments.contains(QStringLiteral("push")), qPrintable(call.commandLine()));
        QVERIFY2(!call.arguments.contains(QStringLiteral("fetch")), qPrintable(call.commandLine()));
    }
    // git log: the initial commit, then the post's.
    QCOMPARE(git(site, {QStringLiteral("log"), QStringLiteral("--format=%s")}),
             QStringLiteral("post: 2026-12-01 daily AI summary\nA new Hugo site for the digest"));
    QCOMPARE(git(site, {QStringLiteral("show"), QStringLiteral("--name-only"),
                        QStringLiteral("--format=")}),
             QStringLiteral("content/posts/2026-12-01-ai-auto-summary.md"));
    QCOMPARE(git(site, {QStringLiteral("show"),
                        QStringLiteral("HEAD:content/posts/2026-12-01-ai-auto-summary.md")})
                     .toUtf8() +
                 '\n',
             desk->session().document().text().toUtf8());
    // With no identity of the user's, the repository has its own.
    QCOMPARE(git(site, {QStringLiteral("config"), QStringLiteral("--local"),
                        QStringLiteral("user.name")}),
             QStringLiteral("Digest Editor"));
    // The session edits the published file now.
    QVERIFY(desk->adoptPublishedFile(QDir(site).filePath(request.value().postPath)));
}

void tst_DefaultSite::theUsersOwnGitIdentityIsKept()
{
    QFile config(qEnvironmentVariable("GIT_CONFIG_GLOBAL"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[user]\n\tname = Ada Lovelace\n\temail = ada@example.org\n");
    config.close();
    const std::unique_ptr<Desk> desk = makeDesk();
    QVERIFY(desk->newPost().ok());
    const QString site = desk->siteFolder();
    int exitCode = 0;
    git(site, {QStringLiteral("config"), QStringLiteral("--local"), QStringLiteral("user.name")},
        &exitCode);
    QCOMPARE(exitCode, 1); // not set in the repository
    QCOMPARE(git(site, {QStringLiteral("log"), QStringLiteral("--format=%an <%ae>")}),
             QStringLiteral("Ada Lovelace <ada@example.org>"));
}

void tst_DefaultSite::aRemoteAddedToTheDefaultSiteIsPushedTo()
{
    const std::unique_ptr<Desk> desk = makeDesk();
    QVERIFY(desk->newPost().ok());
    const QString site = desk->siteFolder();
    const QString bare = m_dir->filePath(QStringLiteral("remote.git"));
    int exitCode = -1;
    git(m_dir->path(),
        {QStringLiteral("init"), QStringLiteral("--bare"), QStringLiteral("--quiet"), bare},
        &exitCode);
    QCOMPARE(exitCode, 0);
    git(site, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), bare},
        &exitCode);
    QCOMPARE(exitCode, 0);
    git(site,
        {QStringLiteral("push"), QStringLiteral("--quiet"), QStringLiteral("-u"),
         QStringLiteral("origin"), QStringLiteral("main")},
        &exitCode);
    QCOMPARE(exitCode, 0);
    const auto request = desk->publishRequest(false);
    QVERIFY2(request, qPrintable(request.errorMessage()));
    QVERIFY(request.value().push);
    const PublishOutcome outcome = publish(*desk, request.value());
    QVERIFY2(outcome.ok(), qPrintable(outcome.message + u'\n' + outcome.transcriptText()));
    QVERIFY(outcome.pushed);
    QCOMPARE(git(bare, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s"),
                        QStringLiteral("main")}),
             QStringLiteral("post: 2026-12-01 daily AI summary"));
}

void tst_DefaultSite::aChosenSiteIsUsedAndNoDefaultSiteIsMade()
{
    const std::unique_ptr<Desk> desk = makeDesk();
    const QString chosen = m_dir->filePath(QStringLiteral("mysite"));
    QVERIFY(QDir().mkpath(chosen));
    desk->settings().setSiteFolder(chosen);
    QVERIFY(!desk->usingDefaultSite());
    QCOMPARE(desk->siteFolder(), chosen);
    QVERIFY(desk->newPost().ok());
    QVERIFY(desk->session().suggestedPath().startsWith(chosen));
    QVERIFY(!QFileInfo::exists(Desk::defaultSiteFolder()));
}

void tst_DefaultSite::aDefaultSiteLeftWithoutItsFirstCommitIsFinished()
{
    // A run stopped after git init (killed, a full disk): the next need finishes it.
    const QString site = Desk::defaultSiteFolder();
    QVERIFY(QDir().mkpath(site));
    int exitCode = -1;
    git(site,
        {QStringLiteral("init"), QStringLiteral("--quiet"), QStringLiteral("-b"),
         QStringLiteral("main")},
        &exitCode);
    QCOMPARE(exitCode, 0);
    const std::unique_ptr<Desk> desk = makeDesk();
    const auto request = desk->publishRequest(false);
    QVERIFY2(request, qPrintable(request.errorMessage()));
    QCOMPARE(git(site, {QStringLiteral("log"), QStringLiteral("--format=%s")}),
             QStringLiteral("A new Hugo site for the digest"));
    QVERIFY(QFileInfo::exists(site + QStringLiteral("/hugo.toml")));
}

QTEST_GUILESS_MAIN(tst_DefaultSite)
#include "tst_defaultsite.moc"
