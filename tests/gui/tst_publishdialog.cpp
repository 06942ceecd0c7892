// Publishing from the window: the File menu's actions and the publish dialog over the desk's
// real Publisher, against real git (a bare repository as the remote, a clone as the site's
// checkout; tests/publish/gitsite.h).
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "gitsite.h"
#include "ui/publish/diffview.h"
#include "ui/publish/publishactions.h"
#include "ui/publish/publishdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

using digest::Desk;
using digest::Settings;
using digest::test::GitSite;
using digest::test::runGit;
using digest::ui::DiffView;
using digest::ui::PublishActions;
using digest::ui::PublishDialog;

namespace {

constexpr int kGitMs = 60'000;
const QDateTime kNow(QDate(2026, 12, 1), QTime(10, 0), QTimeZone::utc());
constexpr auto kTitleLine = "title: \"[Daily Automated AI Summary]\"";

// The canonical post, dated on the day of kNow; `duplicateTag` repeats its model tag.
QString postText(bool duplicateTag = false)
{
    QFile file(QStringLiteral(DIGEST_FIXTURES_DIR "/canonical.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QStringLiteral("2026-11-20T05:31:02Z"), QStringLiteral("2026-12-01T05:00:00Z"));
    if (duplicateTag)
        text.replace(QStringLiteral("\"gpt-4o-mini\"]"),
                     QStringLiteral("\"gpt-4o-mini\", \"gpt-4o-mini\"]"));
    return text;
}

} // namespace

class tst_PublishDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void withoutASiteTheDefaultSiteCommitsLocally();
    void theConfirmationShowsThePathAndTheDiff();
    void aLintErrorStopsPublishing();
    void publishPushesOneCommitOfThePost();
    void publishForReviewPushesANewBranch();
    void aFailureIsToldInWords();

private:
    // Opens the post from a drafts folder outside the checkout (empty `name`: a new post, never
    // saved).
    void openPost(const QString& text, const QString& name);
    // Triggers the action and waits for the confirmation to be read.
    PublishDialog* openDialog(QAction* action);
    template <typename T> T* find(QWidget* dialog, const char* name) const
    {
        T* child = dialog->findChild<T*>(QLatin1String(name));
        if (!child)
            qWarning("no child %s", name);
        return child;
    }
    // Clicks Publish and waits for the result.
    bool publishAndWait(PublishDialog* dialog);

    QTemporaryDir m_home;
    std::unique_ptr<GitSite> m_site;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Desk> m_desk;
    std::unique_ptr<QWidget> m_window;
    PublishActions* m_actions = nullptr;
};

void tst_PublishDialog::initTestCase()
{
    QVERIFY(m_home.isValid());
    digest::test::isolateGit(m_home.path());
    // The default site, used while no site is set, goes there too.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".local/share"))));
}

void tst_PublishDialog::init()
{
    m_site = std::make_unique<GitSite>();
    QVERIFY(m_site->isValid());
    m_dir = std::make_unique<QTemporaryDir>();
    auto settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    settings->setSiteFolder(m_site->checkout());
    m_desk = std::make_unique<Desk>(std::move(settings), [] { return kNow; });
    m_window = std::make_unique<QWidget>();
    m_actions = new PublishActions(*m_desk, m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_PublishDialog::cleanup()
{
    m_window.reset();
    m_desk.reset();
    m_dir.reset();
    m_site.reset();
}

void tst_PublishDialog::openPost(const QString& text, const QString& name)
{
    QVERIFY(!text.isEmpty());
    if (name.isEmpty()) {
        m_desk->session().document().load(text, QString());
        return;
    }
    const QString path = m_dir->filePath(QStringLiteral("drafts/") + name);
    QVERIFY(GitSite::writeFile(path, text.toUtf8()));
    QVERIFY(m_desk->session().openFile(path).ok());
}

PublishDialog* tst_PublishDialog::openDialog(QAction* action)
{
    if (!action->isEnabled()) {
        qWarning("%s is disabled: %s", qPrintable(action->text()), qPrintable(action->statusTip()));
        return nullptr;
    }
    action->trigger();
    auto* dialog = m_window->findChild<PublishDialog*>();
    if (!dialog || !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    auto* path = find<QLabel>(dialog, "postPath");
    const bool read =
        QTest::qWaitFor([path] { return path->text().startsWith(QLatin1Char('/')); }, kGitMs);
    if (!read)
        qWarning("no preview: %s", qPrintable(path->text()));
    return read ? dialog : nullptr;
}

bool tst_PublishDialog::publishAndWait(PublishDialog* dialog)
{
    auto* publish = find<QPushButton>(dialog, "publishButton");
    if (!publish->isEnabled())
        return false;
    QSignalSpy finished(dialog, &PublishDialog::publicationFinished);
    QTest::mouseClick(publish, Qt::LeftButton);
    if (!dialog->isRunning() && finished.isEmpty())
        return false;
    return !finished.isEmpty() || finished.wait(kGitMs);
}

void tst_PublishDialog::withoutASiteTheDefaultSiteCommitsLocally()
{
    openPost(postText(), QStringLiteral("2026-12-01-ai-auto-summary.md"));
    QVERIFY(m_actions->publishAction()->isEnabled());
    QCOMPARE(m_actions->publishAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+P")));

    // No site chosen: the default site (made now, in this test's HOME) takes the post.
    m_desk->settings().setSiteFolder(QString());
    QVERIFY(m_actions->publishAction()->isEnabled());
    PublishDialog* dialog = openDialog(m_actions->publishAction());
    QVERIFY(dialog);
    const QString site = Desk::defaultSiteFolder();
    QVERIFY2(site.startsWith(m_home.path()), qPrintable(site));
    QVERIFY2(find<QLabel>(dialog, "postPath")->text().startsWith(site),
             qPrintable(find<QLabel>(dialog, "postPath")->text()));
    // Before: the repository has no remote, and the confirmation says where the commit stays.
    auto* local = find<QLabel>(dialog, "staysLocalNote");
    QVERIFY(local->isVisible());
    QCOMPARE(local->text(), QStringLiteral("No remote: the commit stays on this computer."));
    QVERIFY2(find<QLabel>(dialog, "branchDescription")->text().contains(u"not pushed"),
             qPrintable(find<QLabel>(dialog, "branchDescription")->text()));
    QVERIFY(publishAndWait(dialog));
    // After: committed, not pushed, and said so again.
    const QString result = find<QLabel>(dialog, "result")->text();
    QVERIFY2(result.contains(u"not pushed") &&
                 result.contains(u"No remote: the commit stays on this computer."),
             qPrintable(result));
    QCOMPARE(digest::test::runGit(site, {QStringLiteral("log"), QStringLiteral("-1"),
                                         QStringLiteral("--format=%s")}),
             QStringLiteral("post: 2026-12-01 daily AI summary\n"));
}

void tst_PublishDialog::theConfirmationShowsThePathAndTheDiff()
{
    openPost(postText(), QStringLiteral("2026-12-01-ai-auto-summary.md"));
    const QString remoteBefore = m_site->remoteTip();
    PublishDialog* dialog = openDialog(m_actions->publishAction());
    QVERIFY(dialog);

    const QString target = m_site->checkout() + QLatin1Char('/') + GitSite::newPostPath();
    QCOMPARE(QDir::fromNativeSeparators(find<QLabel>(dialog, "postPath")->text()), target);
    QVERIFY(find<QLabel>(dialog, "fileState")->text().contains(u"new file"));
    const QString branch = find<QLabel>(dialog, "branchDescription")->text();
    QVERIFY2(branch.contains(u"origin/main"), qPrintable(branch));
    auto* hugo = find<QLabel>(dialog, "hugoVisibility");
    QVERIFY2(hugo->text().contains(u"will list"), qPrintable(hugo->text()));
    QCOMPARE(find<QLineEdit>(dialog, "commitMessage")->text(),
             QStringLiteral("post: 2026-12-01 daily AI summary"));
    QVERIFY(!find<QLabel>(dialog, "preflightProblem")->isVisible());
    QVERIFY(!find<QListWidget>(dialog, "lintErrors")->isVisible());
    QVERIFY(find<QPushButton>(dialog, "publishButton")->isEnabled());

    // The diff adds the post's lines, and shows an added line in green.
    auto* diff = find<DiffView>(dialog, "diff");
    const QString shown = diff->toPlainText();
    QVERIFY2(shown.contains(QLatin1Char('+') + QLatin1String(kTitleLine)), qPrintable(shown));
    QTextBlock block = diff->document()->begin();
    while (block.isValid() &&
           !block.text().startsWith(QLatin1Char('+') + QLatin1String(kTitleLine)))
        block = block.next();
    QVERIFY(block.isValid());
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    QVERIFY(!formats.isEmpty());
    const QColor added = formats.first().format.foreground().color();
    QVERIFY2(added.green() > added.red() && added.green() > added.blue(), qPrintable(added.name()));

    // A draft will not be listed, and the dialog says so.
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<PublishDialog*>());
    QVERIFY(m_desk->session().document().setDraft(true).ok());
    dialog = openDialog(m_actions->publishAction());
    QVERIFY(dialog);
    hugo = find<QLabel>(dialog, "hugoVisibility");
    QVERIFY2(hugo->text().contains(u"draft"), qPrintable(hugo->text()));
    QVERIFY(hugo->isVisible());

    // Cancel wrote nothing and pushed nothing.
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<PublishDialog*>());
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(m_site->remoteTip(), remoteBefore);
}

void tst_PublishDialog::aLintErrorStopsPublishing()
{
    openPost(postText(true), QStringLiteral("2026-12-01-ai-auto-summary.md"));
    PublishDialog* dialog = openDialog(m_actions->publishAction());
    QVERIFY(dialog);
    auto* errors = find<QListWidget>(dialog, "lintErrors");
    QVERIFY(errors->isVisible());
    QCOMPARE(errors->count(), 1);
    const QString shown = errors->item(0)->text();
    QVERIFY2(shown.startsWith(u"Line 6:") && shown.contains(u"twice"), qPrintable(shown));
    QVERIFY(!find<QPushButton>(dialog, "publishButton")->isEnabled());
    QVERIFY(find<QPushButton>(dialog, "publishButton")->toolTip().contains(u"proofreading"));

    // Double-clicking the error goes to its line in the editor (and closes the dialog).
    QSignalSpy activated(m_actions, &PublishActions::problemActivated);
    emit errors->itemActivated(errors->item(0));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), 6);
    QTRY_VERIFY(!m_window->findChild<PublishDialog*>());
}

void tst_PublishDialog::publishPushesOneCommitOfThePost()
{
    openPost(postText(), QStringLiteral("2026-12-01-ai-auto-summary.md"));
    const QString draft = m_desk->session().document().path();
    const QString before = m_site->remoteTip();
    PublishDialog* dialog = openDialog(m_actions->publishAction());
    QVERIFY(dialog);
    QVERIFY(publishAndWait(dialog));

    auto* heading = find<QLabel>(dialog, "runHeading");
    const QString result = find<QLabel>(dialog, "result")->text();
    QVERIFY2(heading->text() == u"Published", qPrintable(heading->text() + result));
    const QString tip = m_site->remoteTip();
    QVERIFY2(result.contains(tip.left(7)) && result.contains(u"origin/main"), qPrintable(result));
    QVERIFY(find<QListWidget>(dialog, "steps")->count() > 1);

    // Exactly one new commit on the remote, touching the post alone, with the template's message.
    QCOMPARE(m_site->commits(m_site->remote(), before + QStringLiteral("..main")),
             QStringList{tip});
    QCOMPARE(m_site->filesOf(m_site->remote(), tip), QStringList{GitSite::newPostPath()});
    QCOMPARE(runGit(m_site->remote(), {QStringLiteral("log"), QStringLiteral("-1"),
                                       QStringLiteral("--format=%s"), tip})
                 .trimmed(),
             QStringLiteral("post: 2026-12-01 daily AI summary"));

    // The post kept in the drafts folder is still the one edited; the result says where the
    // copy in the checkout is.
    QCOMPARE(m_desk->session().document().path(), draft);
    QVERIFY2(result.contains(u"copy in the checkout"), qPrintable(result));

    // git's output is there under Show Details.
    auto* details = find<QPlainTextEdit>(dialog, "details");
    QVERIFY(!details->isVisible());
    find<QToolButton>(dialog, "showDetails")->click();
    QVERIFY(details->isVisible());
    // Each command before its output.
    QVERIFY2(details->toPlainText().contains(u"$ git push"), qPrintable(details->toPlainText()));
}

void tst_PublishDialog::publishForReviewPushesANewBranch()
{
    // The remote prints a merge-request link, as GitLab does ("remote: ..." lines).
    const QString hook = m_site->remote() + QStringLiteral("/hooks/post-receive");
    QVERIFY(GitSite::writeFile(hook, "#!/bin/sh\necho 'To create a merge request, visit:'\n"
                                     "echo '  https://git.example.org/site/-/merge_requests/"
                                     "new?source=digest%2F2026-12-01'\n"));
    QVERIFY(QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    openPost(postText(), QString());
    const QString mainBefore = m_site->remoteTip();
    const QString headBefore = m_site->checkoutHead();
    PublishDialog* dialog = openDialog(m_actions->publishForReviewAction());
    QVERIFY(dialog);
    const QString branch = find<QLabel>(dialog, "branchDescription")->text();
    QVERIFY2(branch.contains(u"digest/2026-12-01"), qPrintable(branch));
    QVERIFY(publishAndWait(dialog));
    const QString result = find<QLabel>(dialog, "result")->text();
    QVERIFY2(find<QLabel>(dialog, "runHeading")->text() == u"Published", qPrintable(result));
    // The link, as a link.
    QVERIFY2(result.contains(u"<a href=\"https://git.example.org/site/-/merge_requests/"
                             u"new?source=digest%2F2026-12-01\">"),
             qPrintable(result));

    // The remote has the review branch, one commit of the post on top of main; main is as it was.
    const QString review = m_site->remoteTip(QStringLiteral("digest/2026-12-01"));
    QVERIFY(!review.isEmpty());
    QCOMPARE(m_site->commits(m_site->remote(), mainBefore + QStringLiteral("..digest/2026-12-01")),
             QStringList{review});
    QCOMPARE(m_site->filesOf(m_site->remote(), review), QStringList{GitSite::newPostPath()});
    QCOMPARE(m_site->remoteTip(), mainBefore);
    // The checkout stays on its branch and commit.
    QCOMPARE(runGit(m_site->checkout(), {QStringLiteral("rev-parse"),
                                         QStringLiteral("--abbrev-ref"), QStringLiteral("HEAD")})
                 .trimmed(),
             QStringLiteral("main"));
    QCOMPARE(m_site->checkoutHead(), headBefore);

    // The new post was saved into the checkout: the session edits that file now.
    const QString saved = m_site->checkout() + QLatin1Char('/') + GitSite::newPostPath();
    QCOMPARE(m_desk->session().document().path(), saved);
    QVERIFY(!m_desk->session().document().isModified());
    QVERIFY2(result.contains(u"you are editing that file now"), qPrintable(result));
}

void tst_PublishDialog::aFailureIsToldInWords()
{
    // A pre-commit hook that refuses, as a site's own checks might.
    const QString hook = m_site->checkout() + QStringLiteral("/.git/hooks/pre-commit");
    QVERIFY(GitSite::writeFile(hook, "#!/bin/sh\necho 'no posts on Tuesdays' >&2\nexit 1\n"));
    QVERIFY(QFile::setPermissions(hook, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    openPost(postText(), QStringLiteral("2026-12-01-ai-auto-summary.md"));
    const QString before = m_site->remoteTip();
    PublishDialog* dialog = openDialog(m_actions->publishAction());
    QVERIFY(dialog);
    QVERIFY(publishAndWait(dialog));

    QCOMPARE(find<QLabel>(dialog, "runHeading")->text(), QStringLiteral("Not published"));
    const QString result = find<QLabel>(dialog, "result")->text();
    QVERIFY2(result.contains(u"hook refused"), qPrintable(result));
    // The details are open and hold the hook's words.
    auto* details = find<QPlainTextEdit>(dialog, "details");
    QVERIFY(details->isVisible());
    QVERIFY2(details->toPlainText().contains(u"no posts on Tuesdays"),
             qPrintable(details->toPlainText()));
    QCOMPARE(m_site->remoteTip(), before);
    // Close is the way out.
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<PublishDialog*>());
}

QTEST_MAIN(tst_PublishDialog)
#include "tst_publishdialog.moc"
