// Publish for review (a new branch on the remote, the checkout untouched), the confirmation's
// preview (reads only), and the parts that read git's words and fill the templates.

#include "core/publish/gitmessages.h"
#include "gitsite.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using digest::GitCall;
using digest::PublishErrorKind;
using digest::PublishOutcome;
using digest::PublishPreview;
using digest::test::GitSite;
using digest::test::postText;
using digest::test::runGit;

namespace {

const QByteArray kPost = postText(u"2026-12-01"_s, u"Today's news."_s);
const QString kReview = u"digest/2026-12-01"_s;

GitCall failedCall(const QString& output)
{
    GitCall call;
    call.exitCode = 128;
    call.output = output;
    return call;
}

} // namespace

class TestPublishReview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        digest::test::isolateGit(m_home.path());
    }

    void aReviewBranchLeavesTheCheckoutsBranchAlone()
    {
        GitSite site;
        QVERIFY(site.isValid());
        // The remote says where to open a pull request, as GitHub does.
        const QString hook = site.remote() + u"/hooks/post-receive"_s;
        QVERIFY(GitSite::writeFile(
            hook, "#!/bin/sh\necho 'Create a pull request for digest/2026-12-01 on GitHub by "
                  "visiting:'\necho '     https://github.com/o/r/pull/new/digest/2026-12-01'\n"));
        QVERIFY(QFile::setPermissions(hook, QFile::permissions(hook) | QFile::ExeOwner));
        QVERIFY(GitSite::writeFile(site.checkout() + u"/README.md"_s, "# Mine\n"));
        QVERIFY(GitSite::writeFile(site.checkout() + u"/notes.md"_s, "staged\n"));
        runGit(site.checkout(), {u"add"_s, u"notes.md"_s});
        const QString main = site.remoteTip();
        const QString head = site.checkoutHead();
        const QString staged = runGit(site.checkout(), {u"diff"_s, u"--cached"_s});
        const QStringList status = site.status();

        digest::PublishRequest request = site.request(kPost);
        request.reviewBranch = kReview;
        const PublishOutcome outcome = digest::publishNow(request, digest::GitSafety{});
        QVERIFY2(outcome.ok(), qPrintable(outcome.message + outcome.transcriptText()));
        QVERIFY(outcome.pushed);
        QCOMPARE(outcome.branch, kReview);
        QCOMPARE(outcome.compareUrl, u"https://github.com/o/r/pull/new/digest/2026-12-01"_s);
        QVERIFY(outcome.message.contains(outcome.compareUrl));
        // The remote: main as it was; the review branch one commit on top of it, the post only.
        QCOMPARE(site.remoteTip(), main);
        QCOMPARE(site.remoteTip(kReview), outcome.commit);
        QCOMPARE(site.commits(site.remote(), main + u".."_s + kReview),
                 QStringList{outcome.commit});
        QCOMPARE(site.filesOf(site.remote(), outcome.commit), QStringList{GitSite::newPostPath()});
        // The checkout: same branch, HEAD, index and files; the post saved, untracked.
        QCOMPARE(runGit(site.checkout(), {u"symbolic-ref"_s, u"--short"_s, u"HEAD"_s}).trimmed(),
                 u"main"_s);
        QCOMPARE(site.checkoutHead(), head);
        QCOMPARE(runGit(site.checkout(), {u"diff"_s, u"--cached"_s}), staged);
        QCOMPARE(site.status(GitSite::newPostPath()), status);
        QCOMPARE(GitSite::readFile(site.checkout() + u'/' + GitSite::newPostPath()), kPost);
        QCOMPARE(site.leftovers(), QString());

        // The same branch again: it exists, so it is refused, and nothing moves.
        const PublishOutcome again = digest::publishNow(request, digest::GitSafety{});
        QCOMPARE(again.error, PublishErrorKind::Rejected);
        QVERIFY2(again.message.contains(u"already exists"_s), qPrintable(again.message));
        QCOMPARE(site.remoteTip(kReview), outcome.commit);
        QCOMPARE(site.leftovers(), QString());
    }

    void aReviewBranchRunsTheHooks()
    {
        GitSite site;
        QVERIFY(site.isValid());
        const QString hook = site.checkout() + u"/.git/hooks/commit-msg"_s;
        QVERIFY(GitSite::writeFile(hook,
                                   "#!/bin/sh\necho 'commit-msg: no ticket number' >&2\nexit 1\n"));
        QVERIFY(QFile::setPermissions(hook, QFile::permissions(hook) | QFile::ExeOwner));
        digest::PublishRequest request = site.request(kPost);
        request.reviewBranch = kReview;
        const PublishOutcome outcome = digest::publishNow(request, digest::GitSafety{});
        QCOMPARE(outcome.error, PublishErrorKind::Hook);
        QVERIFY(outcome.transcriptText().contains(u"commit-msg: no ticket number"_s));
        QCOMPARE(site.remoteTip(kReview), QString());
        QCOMPARE(site.leftovers(), QString());
    }

    void thePreviewReadsOnly()
    {
        GitSite site;
        QVERIFY(site.isValid());
        const QString path = GitSite::existingPostPath();
        const QString file = site.checkout() + u'/' + path;
        const QByteArray before = GitSite::readFile(file);
        const QByteArray edited =
            postText(u"2026-11-30"_s, u"Yesterday's news.\n\nMore, and better."_s);
        const QString now = u"2026-12-01T08:00:00Z"_s;

        digest::Publisher publisher(digest::GitSafety{});
        QSignalSpy ready(&publisher, &digest::Publisher::previewReady);
        publisher.preview(site.request(edited, path), QDateTime::fromString(now, Qt::ISODate));
        QVERIFY(ready.wait(30'000));
        const auto preview = ready.first().first().value<PublishPreview>();
        QCOMPARE(preview.absolutePath, file);
        QVERIFY(!preview.fileIsNew);
        QVERIFY2(preview.diff.contains(u"--- a/"_s + path), qPrintable(preview.diff));
        QVERIFY(preview.diff.contains(u"+++ b/"_s + path));
        QVERIFY(preview.diff.contains(u"-More."_s));
        QVERIFY(preview.diff.contains(u"+More, and better."_s));
        QVERIFY(preview.hugoWillList);
        QCOMPARE(preview.branchDescription, u"main → origin/main"_s);
        QCOMPARE(preview.problem, QString());
        // Nothing was written.
        QCOMPARE(GitSite::readFile(file), before);
        QCOMPARE(site.status(), QStringList());
    }

    void thePreviewSaysWhatHugoWillList_data()
    {
        QTest::addColumn<QByteArray>("post");
        QTest::addColumn<bool>("listed");
        QTest::addColumn<QString>("said");
        QTest::newRow("published") << postText(u"2026-12-01"_s, u"x"_s) << true << u"will list"_s;
        QTest::newRow("draft") << postText(u"2026-12-01"_s, u"x"_s, true) << false
                               << u"draft: true"_s;
        QTest::newRow("future") << postText(u"2026-12-02"_s, u"x"_s) << false << u"in the future"_s;
        // No zone: read in the site's zone (UTC-10 here), 05:00 there is 15:00 UTC, later than now.
        QTest::newRow("future in the site's zone")
            << QByteArray("---\ntitle: x\ndate: 2026-12-01T05:00:00\n---\nx\n") << false
            << u"in the future"_s;
    }

    void thePreviewSaysWhatHugoWillList()
    {
        QFETCH(QByteArray, post);
        QFETCH(bool, listed);
        QFETCH(QString, said);
        GitSite site;
        QVERIFY(site.isValid());
        digest::PublishRequest request = site.request(post);
        request.siteZone = QTimeZone(QByteArrayLiteral("Pacific/Honolulu"));
        const PublishPreview preview = digest::previewPublishNow(
            request, digest::GitSafety{},
            QDateTime::fromString(u"2026-12-01T08:00:00Z"_s, Qt::ISODate));
        QVERIFY(preview.fileIsNew);
        QVERIFY(preview.diff.contains(u"+++ b/"_s + GitSite::newPostPath()));
        QVERIFY(preview.diff.contains(u"--- /dev/null"_s));
        // The header names the post as a commit of it would: a/<path> b/<path>.
        QVERIFY2(preview.diff.startsWith(u"diff --git a/%1 b/%1\n"_s.arg(GitSite::newPostPath())),
                 qPrintable(preview.diff.left(200)));
        QCOMPARE(preview.hugoWillList, listed);
        QVERIFY2(preview.hugoVisibility.contains(said), qPrintable(preview.hugoVisibility));
        QVERIFY(!QFile::exists(preview.absolutePath));
    }

    void thePreviewShowsAPreflightProblem()
    {
        GitSite site;
        QVERIFY(site.isValid());
        QVERIFY(GitSite::writeFile(site.checkout() + u"/.git/index.lock"_s, ""));
        digest::PublishRequest request = site.request(kPost);
        request.reviewBranch = kReview;
        const PublishPreview preview = digest::previewPublishNow(request, digest::GitSafety{},
                                                                 QDateTime::currentDateTimeUtc());
        QCOMPARE(preview.problemKind, PublishErrorKind::Lock);
        QVERIFY(preview.problem.contains(u"index.lock"_s));
        QCOMPARE(preview.branchDescription,
                 u"digest/2026-12-01 on origin (for review, from origin/main)"_s);
    }

    void gitsWordsAreToldApart_data()
    {
        QTest::addColumn<QString>("output");
        QTest::addColumn<PublishErrorKind>("kind");
        QTest::newRow("dns")
            << u"fatal: unable to access 'https://h/r.git/': Could not resolve host: h"_s
            << PublishErrorKind::Network;
        QTest::newRow("refused")
            << u"ssh: connect to host h port 22: Connection refused\nfatal: Could "
               u"not read from remote repository."_s
            << PublishErrorKind::Network;
        QTest::newRow("http auth")
            << u"remote: Invalid username or password.\nfatal: Authentication "
               u"failed for 'https://h/r.git/'"_s
            << PublishErrorKind::Authentication;
        QTest::newRow("no prompt") << u"fatal: could not read Username for 'https://h': terminal "
                                      u"prompts disabled"_s
                                   << PublishErrorKind::Authentication;
        QTest::newRow("ssh key") << u"git@h: Permission denied (publickey).\nfatal: Could not read "
                                    u"from remote repository."_s
                                 << PublishErrorKind::Authentication;
        QTest::newRow("protected") << u" ! [remote rejected] HEAD -> main (protected branch hook "
                                      u"declined)\nerror: failed to push some refs"_s
                                   << PublishErrorKind::Rejected;
        QTest::newRow("lock") << u"fatal: Unable to create '/r/.git/index.lock': File exists."_s
                              << PublishErrorKind::Lock;
    }

    void gitsWordsAreToldApart()
    {
        QFETCH(QString, output);
        QFETCH(PublishErrorKind, kind);
        QCOMPARE(digest::classifyGitFailure(failedCall(output)), kind);
    }

    void theRemoteMovedIsReadFromTheRejection()
    {
        QVERIFY(digest::remoteMovedOn(failedCall(
            u" ! [rejected]        HEAD -> main (fetch first)\nerror: failed to push some refs"_s)));
        QVERIFY(
            digest::remoteMovedOn(failedCall(u" ! [rejected] HEAD -> main (non-fast-forward)"_s)));
        QVERIFY(!digest::remoteMovedOn(
            failedCall(u" ! [remote rejected] HEAD -> main (hook declined)"_s)));
    }

    void compareLinksComeFromTheRemotesLines()
    {
        QCOMPARE(
            digest::compareUrlIn(u"remote: \nremote: To create a merge request for digest/x, "
                                 u"visit:\nremote:   https://gitlab.com/o/r/-/merge_requests/new?"
                                 u"merge_request%5Bsource_branch%5D=digest%2Fx\nremote: \n"_s),
            u"https://gitlab.com/o/r/-/merge_requests/new?merge_request%5Bsource_branch%5D=digest%2Fx"_s);
        QCOMPARE(digest::compareUrlIn(
                     u"remote: Visit https://example.org/docs\nremote: Create a pull "
                     u"request:\nremote:   https://github.com/o/r/pull/new/digest/x\n"_s),
                 u"https://github.com/o/r/pull/new/digest/x"_s);
        QCOMPARE(digest::compareUrlIn(u"To https://github.com/o/r.git\n   a..b  HEAD -> main\n"_s),
                 QString());
    }

    void credentialsAreMasked()
    {
        QCOMPARE(digest::maskCredentials(u"fatal: unable to access 'https://me:s3cret@h/r.git/'"_s),
                 u"fatal: unable to access 'https://***@h/r.git/'"_s);
    }

    void templatesAreFilled()
    {
        const QDate day(2026, 12, 1);
        QCOMPARE(digest::fillCommitTemplate(u"post: {date} daily AI summary"_s, day, u"T"_s),
                 u"post: 2026-12-01 daily AI summary"_s);
        QCOMPARE(digest::fillCommitTemplate(u"{title} ({date})"_s, day, u"News"_s),
                 u"News (2026-12-01)"_s);
        QCOMPARE(digest::fillBranchPattern(u"digest/YYYY-MM-DD"_s, day), u"digest/2026-12-01"_s);
        QCOMPARE(digest::fillBranchPattern(u"review/YYYYMMDD"_s, day), u"review/20261201"_s);
    }
};

QTEST_GUILESS_MAIN(TestPublishReview)
#include "tst_publishreview.moc"
