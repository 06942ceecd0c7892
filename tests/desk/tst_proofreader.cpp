// The proofreader over the open post (issue 10): typing that breaks a rule shows the problem
// once the quiet period is over, mending it clears it, the newest revision is the one kept;
// and the desk's proofreader knows the site's notice and the drafter's unfinished slots.

#include "core/settings/settings.h"
#include "core/topics/topicboard.h"
#include "desk/desk.h"
#include "desk/proofreader.h"
#include "document/documentsession.h"
#include "document/postdocument.h"
#include "postfixtures.h"
#include "testhttpserver.h"
#include "topicfixtures.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using digest::LintContext;
using digest::Problem;
using digest::Proofreader;

namespace {

const QString kPost = [] {
    digest::test::SamplePost post;
    post.author.clear();
    return post.text();
}();

LintContext plainContext()
{
    LintContext context;
    context.fileName = u"2025-06-10-ai-auto-summary.md"_s;
    context.now = QDateTime(QDate(2025, 6, 11), QTime(12, 0), QTimeZone::utc());
    return context;
}

QStringList rulesOf(const QList<Problem>& problems)
{
    QStringList rules;
    for (const Problem& problem : problems)
        rules.append(problem.rule);
    return rules;
}

// Types `text` at `position` as the user would, through a cursor on the text document.
void type(digest::PostDocument& document, int position, const QString& text)
{
    QTextCursor cursor(document.textDocument());
    cursor.setPosition(position);
    cursor.insertText(text);
}

} // namespace

class TestProofreader : public QObject
{
    Q_OBJECT

private slots:
    void typingADuplicateTagShowsItsProblemAndMendingItClearsIt()
    {
        digest::DocumentSession session;
        digest::PostDocument& document = session.document();
        document.load(kPost, {});
        Proofreader proofreader(document, plainContext);
        QTRY_COMPARE(proofreader.revision(), document.revision());
        QCOMPARE(proofreader.problems(), QList<Problem>());

        QSignalSpy changed(&proofreader, &Proofreader::problemsChanged);
        const int at = int(document.plainText().indexOf(u"\"gpt-4o-mini\"]") + 13);
        type(document, at, u", \"Automated Content\""_s);
        QTRY_COMPARE(rulesOf(proofreader.problems()), QStringList({u"tags-duplicate"_s}));
        QCOMPARE(proofreader.revision(), document.revision());
        QCOMPARE(changed.count(), 1);
        const Problem problem = proofreader.problems().first();
        QCOMPARE(problem.line, 5);
        // At the second one: after the comma, the space and the quote, 1-based.
        QCOMPARE(problem.column, at + 3 - int(document.plainText().indexOf(u"tags:")) + 1);
        QCOMPARE(problem.length, 17);
        QCOMPARE(Proofreader::errorCount(proofreader.problems()), 1);
        QCOMPARE(Proofreader::warningCount(proofreader.problems()), 0);
        // Publish asks now, without waiting.
        QCOMPARE(proofreader.lintNow(), proofreader.problems());

        // The fix is a range of the text the editor shows.
        QVERIFY(document.replaceRange(*problem.fix, problem.fixLabel).ok());
        QCOMPARE(document.text(), kPost);
        QTRY_COMPARE(proofreader.problems(), QList<Problem>());
        QCOMPARE(changed.count(), 2);
    }

    void theNewestRevisionWins()
    {
        digest::PostDocument document;
        document.load(kPost, {});
        Proofreader proofreader(document, plainContext);
        proofreader.setDelay(std::chrono::milliseconds(0));
        QTRY_COMPARE(proofreader.revision(), document.revision());
        // A burst of edits, some breaking a rule and some mending it: what stays is the last
        // text's result.
        const int at = int(document.plainText().indexOf(u"draft: false") + 7);
        for (int i = 0; i < 20; ++i) {
            QTextCursor cursor(document.textDocument());
            cursor.setPosition(at);
            cursor.setPosition(at + (i % 2 == 0 ? 5 : 4), QTextCursor::KeepAnchor);
            cursor.insertText(i % 2 == 0 ? u"true"_s : u"false"_s);
            if (i % 3 == 0)
                QCoreApplication::processEvents();
        }
        // The last edit wrote "false" over "true".
        QTRY_COMPARE(proofreader.revision(), document.revision());
        QCOMPARE(proofreader.problems(), QList<Problem>());
        QCOMPARE(document.text(), kPost);
    }

    // The desk's proofreader: the site's archetype gives the notice, the post's path its name.
    void theDesksProofreaderKnowsTheSite()
    {
        QTemporaryDir dir;
        const QString site = dir.filePath(u"site"_s);
        QDir().mkpath(site + u"/archetypes"_s);
        QFile archetype(site + u"/archetypes/posts.md"_s);
        QVERIFY(archetype.open(QIODevice::WriteOnly));
        archetype.write("---\ntitle: \"x\"\n---\n> Written by a machine.\n\nBody\n");
        archetype.close();
        digest::Desk desk(std::make_unique<digest::Settings>(dir.filePath(u"settings.ini"_s)),
                          [] { return QDateTime(QDate(2025, 6, 11), QTime(), QTimeZone::utc()); });
        desk.settings().setSiteFolder(site);
        desk.session().document().load(kPost, dir.filePath(u"2025-06-10-ai-auto-summary.md"_s));
        const LintContext context = desk.lintContext();
        QCOMPARE(context.disclaimer, u"> Written by a machine."_s);
        QCOMPARE(context.fileName, dir.filePath(u"2025-06-10-ai-auto-summary.md"_s));
        QCOMPARE(context.unfinishedSlots, QList<digest::UnfinishedSlot>());
        QTRY_COMPARE(rulesOf(desk.proofreader().problems()), QStringList({u"disclaimer"_s}));
        QCOMPARE(desk.proofreader().problems().first().line, 7);
    }

    // The site's earlier posts tell which of the post's topics were covered before: read by
    // the desk when the site is set, and read again by every topic refresh.
    void theDesksProofreaderKnowsTheCoveredTopics()
    {
        digest::test::clearProxyEnvironment();
        QTemporaryDir dir;
        const digest::test::ScopedEnvironment environment(QList<std::pair<QByteArray, QByteArray>>{
            {"XDG_CACHE_HOME", dir.filePath(u"cache"_s).toUtf8()}, {"DIGEST_TOPIC_SOURCES", {}}});
        digest::test::TestHttpServer server;
        server.route(u"/r/MachineLearning/top.json"_s,
                     digest::test::ScriptedResponse::ok(
                         digest::test::fixture(u"topics/reddit-top.json"_s), "application/json"));
        const QString site = dir.filePath(u"site"_s);
        QDir().mkpath(site + u"/content/posts"_s);
        const auto writeEarlier = [&site](const QString& day) {
            QFile earlier(site + u"/content/posts/%1-ai-auto-summary.md"_s.arg(day));
            if (!earlier.open(QIODevice::WriteOnly))
                qFatal("cannot write the earlier post");
            earlier.write(QString(kPost).replace(u"2025-06-10"_s, day).toUtf8());
        };
        writeEarlier(u"2025-06-08"_s);

        digest::Desk desk(std::make_unique<digest::Settings>(dir.filePath(u"settings.ini"_s)),
                          [] { return QDateTime(QDate(2025, 6, 11), QTime(), QTimeZone::utc()); });
        desk.settings().setTopicSources({{server.url(u"/r/MachineLearning/top.json?t=day"_s),
                                          digest::TopicSection::Consequences}});
        desk.session().document().load(kPost, dir.filePath(u"2025-06-10-ai-auto-summary.md"_s));
        desk.settings().setSiteFolder(site);
        QTRY_VERIFY(rulesOf(desk.proofreader().problems()).contains(u"topic-covered"_s));
        const QString title = u"Open weights model tops a benchmark"_s;
        QCOMPARE(desk.lintContext().coveredBy(title), u"2025-06-08-ai-auto-summary.md"_s);

        // A post written since is known after the next topic refresh.
        writeEarlier(u"2025-06-09"_s);
        QSignalSpy refreshed(&desk.topics(), &digest::TopicBoard::refreshed);
        desk.topics().refresh();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(desk.lintContext().coveredBy(title), u"2025-06-09-ai-auto-summary.md"_s);
        QTRY_VERIFY(desk.proofreader().problems().constLast().message.contains(u"2025-06-09"));
    }
};

QTEST_MAIN(TestProofreader)
#include "tst_proofreader.moc"
