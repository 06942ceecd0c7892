// What the desk asks the publisher to do for the open post (Desk::publishRequest), what a site
// folder is (SiteCheckout), and the session after publishing (Desk::adoptPublishedFile).
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "desk/sitecheckout.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using digest::Desk;
using digest::PublishRequest;
using digest::Settings;
using digest::SiteCheckout;

namespace {

const QDateTime kNow(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc());

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray post(const QByteArray& date, const QByteArray& newline = "\n")
{
    return "---" + newline + "title: \"A Day\"" + newline + "date: " + date + newline + "---" +
           newline + "Body." + newline;
}

} // namespace

class tst_DeskPublish final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void noSiteUsesTheDefaultSite();
    void aPostFromElsewhereGoesWhereThePatternPutsItForItsDay();
    void aPostInTheSiteKeepsItsPlace();
    void theDayIsTheSitesDay();
    void aNewPostIsAdoptedAfterPublishing();
    void siteCheckoutReadsFilesOnly();

private:
    QString open(const QString& relative, const QByteArray& bytes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Desk> m_desk;
    QString m_site;
};

void tst_DeskPublish::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_site = QFileInfo(m_dir->filePath(QStringLiteral("site"))).absoluteFilePath();
    QVERIFY(writeFile(m_site + QStringLiteral("/.git/HEAD"), "ref: refs/heads/main\n"));
    QVERIFY(writeFile(m_site + QStringLiteral("/hugo.toml"), "title = 'x'\n"));
    auto settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    settings->setSiteFolder(m_site);
    m_desk = std::make_unique<Desk>(std::move(settings), [] { return kNow; });
}

void tst_DeskPublish::cleanup()
{
    m_desk.reset();
    m_dir.reset();
}

QString tst_DeskPublish::open(const QString& relative, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(relative);
    if (!writeFile(path, bytes) || !m_desk->session().openFile(path).ok())
        return {};
    return path;
}

void tst_DeskPublish::noSiteUsesTheDefaultSite()
{
    // The default site goes to this test's own data folder.
    const QByteArray data = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("data"))));
    m_desk->settings().setSiteFolder(QString());
    const auto request = m_desk->publishRequest(false);
    if (data.isEmpty())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", data);
    QVERIFY2(request, qPrintable(request.errorMessage()));
    QCOMPARE(request.value().checkout, QDir(m_dir->filePath(QStringLiteral("data")))
                                           .filePath(QStringLiteral("tst_deskpublish/site")));
    // The default site has no remote: the commit stays on this computer.
    QVERIFY(!request.value().push);
}

void tst_DeskPublish::aPostFromElsewhereGoesWhereThePatternPutsItForItsDay()
{
    // Written yesterday, with Windows line endings: the bytes go as they are.
    const QByteArray bytes = post("2026-11-30T05:00:00Z", "\r\n");
    QVERIFY(!open(QStringLiteral("drafts/yesterday.md"), bytes).isEmpty());
    m_desk->settings().setGitBranch(QStringLiteral("published"));
    const auto request = m_desk->publishRequest(true);
    QVERIFY2(request, qPrintable(request.errorMessage()));
    const PublishRequest& value = request.value();
    QCOMPARE(value.checkout, m_site);
    QCOMPARE(value.siteRoot, m_site);
    QCOMPARE(value.postPath, QStringLiteral("content/posts/2026-11-30-ai-auto-summary.md"));
    QCOMPARE(value.content, bytes);
    QCOMPARE(value.remote, QStringLiteral("origin"));
    QCOMPARE(value.branch, QStringLiteral("published"));
    QCOMPARE(value.commitMessage, QStringLiteral("post: 2026-11-30 daily AI summary"));
    QCOMPARE(value.reviewBranch, QStringLiteral("digest/2026-11-30"));
    QVERIFY(!value.buildWithHugo);
    // Not for review: no review branch.
    QCOMPARE(m_desk->publishRequest(false).value().reviewBranch, QString());
}

void tst_DeskPublish::aPostInTheSiteKeepsItsPlace()
{
    // A folder inside the checkout is the site; the checkout is found above it.
    QVERIFY(open(QStringLiteral("site/blog/content/posts/renamed.md"), post("2026-11-28T05:00:00Z"))
                .size());
    m_desk->settings().setSiteFolder(m_site + QStringLiteral("/blog"));
    m_desk->settings().setCommitTemplate(QStringLiteral("{title} ({date})"));
    const auto request = m_desk->publishRequest(false);
    QVERIFY2(request, qPrintable(request.errorMessage()));
    QCOMPARE(request.value().checkout, m_site);
    QCOMPARE(request.value().siteRoot, m_site + QStringLiteral("/blog"));
    QCOMPARE(request.value().postPath, QStringLiteral("content/posts/renamed.md"));
    QCOMPARE(request.value().commitMessage, QStringLiteral("A Day (2026-11-28)"));
}

void tst_DeskPublish::theDayIsTheSitesDay()
{
    m_desk->settings().setSiteTimeZone(QTimeZone("Asia/Tokyo"));
    // No zone: read in the site's zone, as Hugo does.
    QVERIFY(open(QStringLiteral("drafts/a.md"), post("2026-12-01T23:30:00")).size());
    QCOMPARE(m_desk->openPostDay(), QDate(2026, 12, 1));
    // In UTC, late on the first: already the second in Tokyo.
    QVERIFY(open(QStringLiteral("drafts/b.md"), post("2026-12-01T23:30:00Z")).size());
    QCOMPARE(m_desk->openPostDay(), QDate(2026, 12, 2));
    QCOMPARE(m_desk->publishRequest(false).value().siteZone.id(), QByteArray("Asia/Tokyo"));
    // No date at all: today.
    QVERIFY(open(QStringLiteral("drafts/c.md"), "---\ntitle: x\n---\n").size());
    QCOMPARE(m_desk->openPostDay(), m_desk->postDay());
}

void tst_DeskPublish::aNewPostIsAdoptedAfterPublishing()
{
    const QByteArray bytes = post("2026-12-01T05:00:00Z");
    m_desk->session().document().load(QString::fromUtf8(bytes), QString());
    m_desk->session().document().setModified(true);
    const QString target = m_site + QStringLiteral("/content/posts/2026-12-01-ai-auto-summary.md");
    // Nothing written yet: nothing to adopt.
    QVERIFY(!m_desk->adoptPublishedFile(target));
    QVERIFY(writeFile(target, bytes + "changed"));
    QVERIFY(!m_desk->adoptPublishedFile(target));
    QVERIFY(writeFile(target, bytes));
    QVERIFY(m_desk->adoptPublishedFile(target));
    QCOMPARE(m_desk->session().document().path(), target);
    QVERIFY(!m_desk->session().document().isModified());

    // A post kept elsewhere is not taken over by its copy.
    const QString draft = open(QStringLiteral("drafts/d.md"), bytes);
    QVERIFY(!m_desk->adoptPublishedFile(target));
    QCOMPARE(m_desk->session().document().path(), draft);
}

void tst_DeskPublish::siteCheckoutReadsFilesOnly()
{
    SiteCheckout site = SiteCheckout::inspect(m_site);
    QVERIFY(site.exists && site.isCheckout() && site.isHugoSite());
    QCOMPARE(site.branch, QStringLiteral("main"));
    QVERIFY(!site.detached);

    // A linked worktree: ".git" is a file naming the git directory; HEAD detached there.
    const QString gitDir = m_dir->filePath(QStringLiteral("main.git/worktrees/w"));
    QVERIFY(
        writeFile(gitDir + QStringLiteral("/HEAD"), "0123456789abcdef0123456789abcdef01234567\n"));
    const QString worktree = m_dir->filePath(QStringLiteral("w"));
    QVERIFY(writeFile(worktree + QStringLiteral("/.git"), "gitdir: ../main.git/worktrees/w\n"));
    QVERIFY(writeFile(worktree + QStringLiteral("/config.yaml"), "title: x\n"));
    site = SiteCheckout::inspect(worktree + QStringLiteral("/"));
    QCOMPARE(site.workTree, QFileInfo(worktree).absoluteFilePath());
    QCOMPARE(site.gitDir, QFileInfo(gitDir).absoluteFilePath());
    QVERIFY(site.detached);
    QCOMPARE(site.branch, QString());
    QCOMPARE(site.hugoConfig, QStringLiteral("config.yaml"));

    QVERIFY(!SiteCheckout::inspect(m_dir->filePath(QStringLiteral("missing"))).exists);
    QVERIFY(!SiteCheckout::inspect(QString()).exists);
}

QTEST_GUILESS_MAIN(tst_DeskPublish)
#include "tst_deskpublish.moc"
