// Publishing on the checkout's branch with real git: a bare remote, the user's clone, and
// what both look like afterwards.

#include "gitsite.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using digest::PublishErrorKind;
using digest::PublishOutcome;
using digest::test::GitSite;
using digest::test::postText;
using digest::test::publishWithoutAskpass;
using digest::test::runGit;

namespace {

const QByteArray kPost = postText(u"2026-12-01"_s, u"Today's news.\n\n- one\n- two"_s);

} // namespace

class TestPublish : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // The remote's main has exactly one commit more than `before`, touching only the post.
    static void checkOneCommitWithThePost(const GitSite& site, const QString& before,
                                          const QString& post = GitSite::newPostPath())
    {
        const QStringList added = site.commits(site.remote(), before + u"..main"_s);
        QCOMPARE(added.size(), 1);
        QCOMPARE(site.filesOf(site.remote(), added.first()), QStringList{post});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        digest::test::isolateGit(m_home.path());
    }

    void aPostIsCommittedAndPushed()
    {
        GitSite site;
        QVERIFY(site.isValid());
        const QString before = site.remoteTip();
        const PublishOutcome outcome = publishWithoutAskpass(site.request(kPost));
        QVERIFY2(outcome.ok(), qPrintable(outcome.message + outcome.transcriptText()));
        QVERIFY(outcome.pushed);
        QVERIFY(!outcome.rebased);
        QCOMPARE(outcome.branch, u"main"_s);
        checkOneCommitWithThePost(site, before);
        QCOMPARE(site.remoteTip(), outcome.commit);
        QCOMPARE(site.checkoutHead(), outcome.commit);
        QCOMPARE(site.status(), QStringList());
        QCOMPARE(GitSite::readFile(site.checkout() + u'/' + GitSite::newPostPath()), kPost);
        QCOMPARE(runGit(site.remote(), {u"log"_s, u"-1"_s, u"--format=%s"_s}).trimmed(),
                 u"post: 2026-12-01 daily AI summary"_s);
        // Every call is in the transcript: the commit and the push among them.
        const QString transcript = outcome.transcriptText();
        QVERIFY(transcript.contains(u"$ git commit --only"_s));
        QVERIFY(transcript.contains(u"$ git push origin HEAD:refs/heads/main"_s));
        QVERIFY(!transcript.contains(u"--force"_s));
        QCOMPARE(site.leftovers(), QString());
    }

    void theRemoteMovedOnSoTheCommitIsRebased()
    {
        GitSite site;
        QVERIFY(site.isValid());
        const QString colleague = site.otherClone(u"Colleague"_s);
        site.commitAndPush(colleague, u"static/about.txt"_s, "About us\n", u"About page"_s);
        const QString moved = site.remoteTip();
        // The user's own unrelated change stays as it is.
        QVERIFY(GitSite::writeFile(site.checkout() + u"/README.md"_s, "# Mine\n"));

        const PublishOutcome outcome = publishWithoutAskpass(site.request(kPost));
        QVERIFY2(outcome.ok(), qPrintable(outcome.message + outcome.transcriptText()));
        QVERIFY(outcome.rebased);
        QVERIFY(outcome.pushed);
        checkOneCommitWithThePost(site, moved);
        // Linear: our commit sits on the colleague's, no merge.
        QCOMPARE(runGit(site.remote(), {u"rev-parse"_s, u"main~1"_s}).trimmed(), moved);
        QCOMPARE(site.commits(site.remote(), u"--merges main"_s), QStringList());
        QCOMPARE(site.checkoutHead(), site.remoteTip());
        QCOMPARE(site.status(), QStringList{u" M README.md"_s});
        QCOMPARE(GitSite::readFile(site.checkout() + u"/README.md"_s), QByteArray("# Mine\n"));
        QCOMPARE(GitSite::readFile(site.checkout() + u"/static/about.txt"_s),
                 QByteArray("About us\n"));
        QCOMPARE(site.leftovers(), QString());
    }

    void aConflictOnThePostLeavesTheCheckoutAsItWas()
    {
        GitSite site;
        QVERIFY(site.isValid());
        const QString path = GitSite::existingPostPath();
        const QString colleague = site.otherClone(u"Colleague"_s);
        site.commitAndPush(colleague, path, postText(u"2026-11-30"_s, u"Their edit."_s),
                           u"Fix yesterday's post"_s);
        const QString moved = site.remoteTip();
        QVERIFY(GitSite::writeFile(site.checkout() + u"/README.md"_s, "# Mine\n"));
        const QString head = site.checkoutHead();
        const QStringList status = site.status();

        const QByteArray mine = postText(u"2026-11-30"_s, u"My edit."_s);
        const PublishOutcome outcome = publishWithoutAskpass(site.request(mine, path));
        QCOMPARE(outcome.error, PublishErrorKind::Conflict);
        QVERIFY(outcome.message.contains(path));
        QVERIFY(!outcome.pushed);
        QVERIFY(outcome.commit.isEmpty());
        QCOMPARE(site.remoteTip(), moved); // nothing of ours on the remote
        QCOMPARE(site.checkoutHead(), head);
        QCOMPARE(site.status(path), status);
        // The post is saved, not committed, so nothing is lost.
        QCOMPARE(site.status().filter(path), QStringList{u" M "_s + path});
        QCOMPARE(GitSite::readFile(site.checkout() + u'/' + path), mine);
        QCOMPARE(site.leftovers(), QString());
    }

    void aDirtyCheckoutStaysDirty()
    {
        GitSite site;
        QVERIFY(site.isValid());
        const QByteArray edited = "# The site\n\nNotes for people, edited.  \r\n";
        QVERIFY(GitSite::writeFile(site.checkout() + u"/README.md"_s, edited));
        QVERIFY(GitSite::writeFile(site.checkout() + u"/scratch.txt"_s, "untracked\n"));
        const QStringList status = site.status();
        const QString before = site.remoteTip();

        const PublishOutcome outcome = publishWithoutAskpass(site.request(kPost));
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        checkOneCommitWithThePost(site, before);
        QCOMPARE(site.status(), status);
        QCOMPARE(GitSite::readFile(site.checkout() + u"/README.md"_s), edited);
        QCOMPARE(GitSite::readFile(site.checkout() + u"/scratch.txt"_s), QByteArray("untracked\n"));
    }

    void whatTheUserStagedStaysStaged()
    {
        GitSite site;
        QVERIFY(site.isValid());
        QVERIFY(GitSite::writeFile(site.checkout() + u"/README.md"_s, "# Staged\n"));
        QVERIFY(GitSite::writeFile(site.checkout() + u"/notes.md"_s, "new, staged\n"));
        runGit(site.checkout(), {u"add"_s, u"README.md"_s, u"notes.md"_s});
        // ... and a later change of a staged file, not staged.
        QVERIFY(GitSite::writeFile(site.checkout() + u"/README.md"_s, "# Staged, then edited\n"));
        const QString staged = runGit(site.checkout(), {u"diff"_s, u"--cached"_s});
        const QStringList status = site.status();
        const QString before = site.remoteTip();

        const PublishOutcome outcome = publishWithoutAskpass(site.request(kPost));
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        checkOneCommitWithThePost(site, before);
        QCOMPARE(runGit(site.checkout(), {u"diff"_s, u"--cached"_s}), staged);
        QCOMPARE(site.status(), status);
    }

    void noPushCommitsOnly()
    {
        GitSite site;
        QVERIFY(site.isValid());
        const QString before = site.remoteTip();
        digest::PublishRequest request = site.request(kPost);
        request.push = false;
        const PublishOutcome outcome = publishWithoutAskpass(request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message));
        QVERIFY(!outcome.pushed);
        QCOMPARE(site.remoteTip(), before);
        QCOMPARE(site.checkoutHead(), outcome.commit);
        QCOMPARE(site.filesOf(site.checkout(), outcome.commit),
                 QStringList{GitSite::newPostPath()});
        QVERIFY(!outcome.transcriptText().contains(u"git push"_s));

        // Publishing the same post again pushes the commit that is there; nothing new is made.
        const PublishOutcome again = publishWithoutAskpass(site.request(kPost));
        QVERIFY2(again.ok(), qPrintable(again.message));
        QVERIFY(again.pushed);
        QCOMPARE(site.remoteTip(), outcome.commit);
        checkOneCommitWithThePost(site, before);
    }

    void thePublishedPostIsNothingToPublish()
    {
        GitSite site;
        QVERIFY(site.isValid());
        const QString before = site.remoteTip();
        const QByteArray same =
            GitSite::readFile(site.checkout() + u'/' + GitSite::existingPostPath());
        const PublishOutcome outcome =
            publishWithoutAskpass(site.request(same, GitSite::existingPostPath()));
        QCOMPARE(outcome.error, PublishErrorKind::NothingToPublish);
        QVERIFY(!outcome.message.isEmpty());
        QCOMPARE(site.remoteTip(), before);
        QCOMPARE(site.checkoutHead(), before);
        QCOMPARE(site.status(), QStringList());
    }

    void theRemoteMovingTwiceIsNotForced()
    {
        // The user's own unpushed commit: our commit is not replayed over it, nothing forced.
        GitSite site;
        QVERIFY(site.isValid());
        site.commitAndPush(site.otherClone(u"Colleague"_s), u"static/a.txt"_s, "a\n", u"A"_s);
        const QString moved = site.remoteTip();
        QVERIFY(GitSite::writeFile(site.checkout() + u"/static/b.txt"_s, "b\n"));
        runGit(site.checkout(), {u"add"_s, u"static/b.txt"_s});
        runGit(site.checkout(), {u"commit"_s, u"-q"_s, u"-m"_s, u"Mine, unpushed"_s});
        const QString mine = site.checkoutHead();

        const PublishOutcome outcome = publishWithoutAskpass(site.request(kPost));
        QCOMPARE(outcome.error, PublishErrorKind::Rejected);
        QCOMPARE(site.remoteTip(), moved);
        QCOMPARE(runGit(site.checkout(), {u"rev-parse"_s, u"HEAD~1"_s}).trimmed(), mine);
        QCOMPARE(site.leftovers(), QString());
    }
};

QTEST_GUILESS_MAIN(TestPublish)
#include "tst_publish.moc"
