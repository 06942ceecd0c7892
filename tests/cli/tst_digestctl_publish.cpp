// `digestctl publish` as a user runs it: the real binary against a real bare remote.

#include "gitsite.h"
#include "postfixtures.h"
#include "processenvironment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using digest::test::GitSite;
using digest::test::runGit;

namespace {

const QString kPath = u"content/posts/2025-06-10-ai-auto-summary.md"_s;

QByteArray post(const QString& notice = digest::test::sampleNotice())
{
    digest::test::SamplePost post;
    post.notice = notice;
    return post.bytes();
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestDigestctlPublish : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_files;

    Run publish(const QStringList& arguments, const QString& workingDirectory = {})
    {
        QProcess process;
        process.setProcessEnvironment(digest::test::pinnedLocaleEnvironment());
        process.setWorkingDirectory(workingDirectory);
        process.start(QStringLiteral(DIGESTCTL_PATH), QStringList{u"publish"_s} + arguments);
        if (!process.waitForFinished(60'000))
            qFatal("digestctl did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_files.filePath(name);
        if (!GitSite::writeFile(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_files.isValid());
        // Settings and git configuration of our own: defaults, nothing of the developer's.
        digest::test::isolateGit(m_home.path());
    }

    void aPostIsPublished()
    {
        GitSite site;
        QVERIFY(site.isValid());
        const QString before = site.remoteTip();
        const Run run = publish({write(u"today.md"_s, post()), u"--site"_s, site.checkout()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QVERIFY(run.out.contains(u"== Pushing"_s));
        QVERIFY(run.out.contains(u"Published"_s));
        const QStringList added = site.commits(site.remote(), before + u"..main"_s);
        QCOMPARE(added.size(), 1);
        QCOMPARE(site.filesOf(site.remote(), added.first()), QStringList{kPath});
        QCOMPARE(runGit(site.remote(), {u"log"_s, u"-1"_s, u"--format=%s"_s}).trimmed(),
                 u"post: 2025-06-10 daily AI summary"_s);
        QCOMPARE(GitSite::readFile(site.checkout() + u'/' + kPath), post());
    }

    void aRelativeSiteFolderIsTheOneBesideTheCaller()
    {
        GitSite site;
        QVERIFY(site.isValid());
        const QFileInfo checkout(site.checkout());
        const QString before = site.remoteTip();
        // Hugo and git run in other folders than the caller's: "--site site" must still mean
        // the folder beside the caller.
        const Run run =
            publish({write(u"today.md"_s, post()), u"--site"_s, checkout.fileName(), u"--hugo"_s},
                    checkout.absolutePath());
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(site.commits(site.remote(), before + u"..main"_s).size(), 1);
    }

    void lintErrorsPublishNothing()
    {
        GitSite site;
        QVERIFY(site.isValid());
        const QString before = site.remoteTip();
        const QString file = write(u"altered.md"_s, post(u"> *Notice:* Generated."_s));
        const Run run = publish({file, u"--site"_s, site.checkout()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(file +
                                  u":8:1: error: The notice is not the site's, word for word. "
                                  u"[disclaimer]"_s),
                 qPrintable(run.out));
        QCOMPARE(site.remoteTip(), before);
        QCOMPARE(site.checkoutHead(), before);
        QVERIFY(!QFile::exists(site.checkout() + u'/' + kPath));
    }

    void noPushCommitsOnly()
    {
        GitSite site;
        QVERIFY(site.isValid());
        const QString before = site.remoteTip();
        const Run run = publish({write(u"today.md"_s, post()), u"--site"_s, site.checkout(),
                                 u"--no-push"_s, u"--message"_s, u"Today"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(site.remoteTip(), before);
        QCOMPARE(site.commits(site.checkout(), before + u"..HEAD"_s).size(), 1);
        QCOMPARE(site.filesOf(site.checkout(), u"HEAD"_s), QStringList{kPath});
        QCOMPARE(runGit(site.checkout(), {u"log"_s, u"-1"_s, u"--format=%s"_s}).trimmed(),
                 u"Today"_s);
    }

    void aReviewBranchIsNamedOnTheCommandLine()
    {
        GitSite site;
        QVERIFY(site.isValid());
        const QString before = site.remoteTip();
        const Run run = publish({u"--review"_s, u"review/june"_s, write(u"today.md"_s, post()),
                                 u"--site"_s, site.checkout()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        QCOMPARE(site.remoteTip(), before);
        QCOMPARE(site.commits(site.remote(), before + u"..review/june"_s).size(), 1);
        QCOMPARE(site.checkoutHead(), before);
    }

    void aRepositoryProblemHasItsExitCode()
    {
        GitSite site;
        QVERIFY(site.isValid());
        runGit(site.checkout(), {u"checkout"_s, u"-q"_s, u"--detach"_s});
        const Run run = publish({write(u"today.md"_s, post()), u"--site"_s, site.checkout()});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"detached HEAD"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestDigestctlPublish)
#include "tst_digestctl_publish.moc"
