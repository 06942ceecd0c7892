// What publishing refuses to do, and how it fails: preflight (a stale lock, detached HEAD, a
// missing remote, no upstream), a hook that says no, a Hugo build that fails, credentials that
// cannot be given. Each time the remote and the checkout are checked afterwards.

#include "gitsite.h"
#include "testhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
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

const QByteArray kPost = postText(u"2026-12-01"_s, u"Today's news."_s);

bool writeHook(const QString& path, const QByteArray& script)
{
    if (!GitSite::writeFile(path, "#!/bin/sh\n" + script))
        return false;
    return QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeUser);
}

} // namespace

class TestPublishSafety : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    // Nothing happened: the remote's main is where it was, the checkout's HEAD too, and the
    // post was not written.
    static void checkNothingHappened(const GitSite& site, const QString& remoteBefore,
                                     const QString& headBefore, const QStringList& status)
    {
        QCOMPARE(site.remoteTip(), remoteBefore);
        QCOMPARE(site.checkoutHead(), headBefore);
        QCOMPARE(site.status(), status);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        digest::test::isolateGit(m_home.path());
    }

    void aStaleLockIsNamedWithItsAge()
    {
        GitSite site;
        QVERIFY(site.isValid());
        const QString lock = site.checkout() + u"/.git/index.lock"_s;
        QFile file(lock);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-12 * 60 - 5),
                                 QFileDevice::FileModificationTime));
        file.close();
        const QString remote = site.remoteTip();
        const QString head = site.checkoutHead();
        const QStringList status = site.status();

        const PublishOutcome outcome = publishWithoutAskpass(site.request(kPost));
        QCOMPARE(outcome.error, PublishErrorKind::Lock);
        QVERIFY2(outcome.message.contains(lock), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(u"12 minutes ago"_s), qPrintable(outcome.message));
        QVERIFY(outcome.message.contains(u"delete it"_s));
        checkNothingHappened(site, remote, head, status);
        QVERIFY(!QFile::exists(site.checkout() + u'/' + GitSite::newPostPath()));
        QVERIFY(QFile::exists(lock)); // not ours to delete
    }

    void preflightRefusals_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QString>("remote");
        QTest::addColumn<QString>("said");
        QTest::newRow("detached HEAD") << u"detach"_s << QString() << u"detached HEAD"_s;
        QTest::newRow("missing remote") << QString() << u"upstream"_s << u"no remote “upstream”"_s;
        QTest::newRow("no upstream") << u"branch"_s << QString() << u"has no upstream"_s;
        QTest::newRow("merge in progress") << u"merge"_s << QString() << u"a merge"_s;
    }

    void preflightRefusals()
    {
        QFETCH(QString, setup);
        QFETCH(QString, remote);
        QFETCH(QString, said);
        GitSite site;
        QVERIFY(site.isValid());
        if (setup == u"detach"_s)
            runGit(site.checkout(), {u"checkout"_s, u"-q"_s, u"--detach"_s});
        if (setup == u"branch"_s)
            runGit(site.checkout(), {u"checkout"_s, u"-q"_s, u"-b"_s, u"topic"_s});
        if (setup == u"merge"_s) {
            const QString head = site.checkoutHead();
            QVERIFY(
                GitSite::writeFile(site.checkout() + u"/.git/MERGE_HEAD"_s, head.toUtf8() + '\n'));
        }
        const QString before = site.remoteTip();
        const QString head = site.checkoutHead();
        const QStringList status = site.status();
        digest::PublishRequest request = site.request(kPost);
        request.remote = remote;
        if (setup == u"detach"_s) {
            // The confirmation names the state instead of an empty branch.
            const digest::PublishPreview preview = digest::previewPublishNow(
                request, digest::GitSafety{}, QDateTime::currentDateTimeUtc());
            QVERIFY2(preview.branchDescription.contains(u"detached HEAD"_s),
                     qPrintable(preview.branchDescription));
        }

        const PublishOutcome outcome = publishWithoutAskpass(request);
        QCOMPARE(outcome.error, PublishErrorKind::Repository);
        QVERIFY2(outcome.message.contains(said), qPrintable(outcome.message));
        checkNothingHappened(site, before, head, status);
        QVERIFY(!QFile::exists(site.checkout() + u'/' + GitSite::newPostPath()));
    }

    void aRefusingHookStopsTheCommit_data()
    {
        QTest::addColumn<bool>("hooksPath");
        QTest::newRow(".git/hooks") << false;
        QTest::newRow("core.hooksPath") << true;
    }

    void aRefusingHookStopsTheCommit()
    {
        QFETCH(bool, hooksPath);
        GitSite site;
        QVERIFY(site.isValid());
        QString hook = site.checkout() + u"/.git/hooks/pre-commit"_s;
        if (hooksPath) {
            runGit(site.checkout(), {u"config"_s, u"core.hooksPath"_s, u".githooks"_s});
            hook = site.checkout() + u"/.githooks/pre-commit"_s;
        }
        QVERIFY(writeHook(hook, "echo 'pre-commit: the post has trailing spaces' >&2\nexit 1\n"));
        const QString before = site.remoteTip();
        const QString head = site.checkoutHead();
        const QStringList status = site.status();

        const PublishOutcome outcome = publishWithoutAskpass(site.request(kPost));
        QCOMPARE(outcome.error, PublishErrorKind::Hook);
        QVERIFY(outcome.transcriptText().contains(u"pre-commit: the post has trailing spaces"_s));
        QVERIFY(outcome.message.contains(u"pre-commit"_s));
        QVERIFY(outcome.commit.isEmpty());
        // Nothing committed; the post saved but untracked, as a new file was before.
        QCOMPARE(site.remoteTip(), before);
        QCOMPARE(site.checkoutHead(), head);
        QCOMPARE(site.status(GitSite::newPostPath()), status);
        QCOMPARE(site.status().filter(GitSite::newPostPath()),
                 QStringList{u"?? "_s + GitSite::newPostPath()});
        QVERIFY(!outcome.transcriptText().contains(u"--no-verify"_s));
    }

    void aFailingHugoBuildStopsBeforeTheCommit()
    {
        const QString hugo = QStandardPaths::findExecutable(u"hugo"_s);
        if (hugo.isEmpty())
            QSKIP("hugo is not on PATH (./dev.sh installs Debian's hugo)");
        GitSite site;
        QVERIFY(site.isValid());
        const QString before = site.remoteTip();
        digest::PublishRequest request =
            site.request(postText(u"2026-12-01"_s, u"{{< no-such-shortcode >}}"_s));
        request.buildWithHugo = true;
        request.hugoProgram = hugo;

        const PublishOutcome outcome = publishWithoutAskpass(request);
        QCOMPARE(outcome.error, PublishErrorKind::Build);
        QVERIFY2(outcome.message.contains(u"no-such-shortcode"_s), qPrintable(outcome.message));
        QCOMPARE(site.remoteTip(), before);
        QCOMPARE(site.checkoutHead(), before);
        QVERIFY(!outcome.transcriptText().contains(u"git commit"_s));
        QVERIFY(!QFile::exists(site.checkout() + u"/public"_s));
    }

    void aHugoBuildLeavesTheSiteAlone()
    {
        const QString hugo = QStandardPaths::findExecutable(u"hugo"_s);
        if (hugo.isEmpty())
            QSKIP("hugo is not on PATH (./dev.sh installs Debian's hugo)");
        GitSite site;
        QVERIFY(site.isValid());
        const QString before = site.remoteTip();
        digest::PublishRequest request = site.request(kPost);
        request.buildWithHugo = true;
        request.hugoProgram = hugo;

        const PublishOutcome outcome = publishWithoutAskpass(request);
        QVERIFY2(outcome.ok(), qPrintable(outcome.message + outcome.transcriptText()));
        QVERIFY(outcome.transcriptText().contains(u"$ hugo --source"_s));
        QCOMPARE(site.commits(site.remote(), before + u"..main"_s).size(), 1);
        // Built into a temporary destination: no public/, no lock file in the checkout.
        QVERIFY(!QFile::exists(site.checkout() + u"/public"_s));
        QVERIFY(!QFile::exists(site.checkout() + u"/.hugo_build.lock"_s));
        QCOMPARE(runGit(site.checkout(), {u"status"_s, u"--porcelain"_s, u"--ignored"_s}),
                 QString());
    }

    void aCancelledPublicationStopsAtASafePoint()
    {
        GitSite site;
        QVERIFY(site.isValid());
        const QString before = site.remoteTip();
        const QStringList status = site.status();
        std::atomic_bool cancelled{true};
        digest::PublishCallbacks callbacks;
        callbacks.cancelled = &cancelled;
        const PublishOutcome outcome =
            digest::publishNow(site.request(kPost), digest::GitSafety{}, callbacks);
        QCOMPARE(outcome.error, PublishErrorKind::Other);
        QVERIFY(outcome.message.contains(u"Cancelled"_s));
        checkNothingHappened(site, before, before, status);
        QVERIFY(!outcome.transcriptText().contains(u"git commit"_s));
    }

    void refusedCredentialsFailAtOnce()
    {
        // A loopback "git host" that wants a password for everything; there is no askpass, so
        // git must give up at once instead of waiting for a terminal.
        digest::test::TestHttpServer server;
        QVERIFY(server.isListening());
        const digest::test::ScriptedResponse refusal =
            digest::test::ScriptedResponse::error(401, {{"WWW-Authenticate", "Basic realm=\"x\""}});
        server.route(u"/site.git/info/refs"_s, refusal);
        server.route(u"/site.git/git-receive-pack"_s, refusal);
        GitSite site;
        QVERIFY(site.isValid());
        runGit(site.checkout(), {u"remote"_s, u"set-url"_s, u"--push"_s, u"origin"_s,
                                 server.url(u"/site.git"_s).toString()});
        const QString before = site.remoteTip();

        digest::Publisher publisher(digest::GitSafety{});
        QSignalSpy finished(&publisher, &digest::Publisher::finished);
        QSignalSpy steps(&publisher, &digest::Publisher::progress);
        QElapsedTimer timer;
        timer.start();
        publisher.publish(site.request(kPost));
        QVERIFY(publisher.isBusy());
        QVERIFY(finished.wait(60'000));
        const qint64 elapsed = timer.elapsed();
        qInfo("refused credentials: %lld ms", elapsed);
        const auto outcome = finished.first().first().value<PublishOutcome>();
        QCOMPARE(outcome.error, PublishErrorKind::Authentication);
        QVERIFY2(outcome.transcriptText().contains(u"terminal prompts disabled"_s),
                 qPrintable(outcome.transcriptText()));
        QVERIFY2(elapsed < 10'000, qPrintable(QString::number(elapsed)));
        QVERIFY(server.requestCount(u"/site.git/info/refs"_s) >= 1);
        QVERIFY(!publisher.isBusy());
        QCOMPARE(site.remoteTip(), before);
        QStringList names;
        for (const QList<QVariant>& step : steps)
            names << step.first().toString();
        QCOMPARE(names, QStringList({u"Checking the checkout"_s, u"Saving the post"_s,
                                     u"Committing"_s, u"Pushing"_s}));
        // The commit is kept locally; publishing again will push it.
        QCOMPARE(site.checkoutHead(), outcome.commit);
    }
};

QTEST_GUILESS_MAIN(TestPublishSafety)
#include "tst_publishsafety.moc"
