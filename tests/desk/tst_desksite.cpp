// What the desk knows of the site for the front-matter panel (issue 12): the tags its posts
// use, counted once a scan has read them, and the notice line the open post must carry.

#include "core/lint/lint.h"
#include "core/post/archetype.h"
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "document/documentsession.h"
#include "document/postdocument.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using digest::TagCount;

namespace {

void writeFile(const QString& path, const QString& text)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

QString postWithTags(const QString& tags)
{
    return u"---\ntitle: \"A post\"\ndate: 2025-06-01\ntags: [%1]\n---\n> *Notice:* made.\n"_s.arg(
        tags);
}

std::unique_ptr<digest::Desk> makeDesk(const QTemporaryDir& dir)
{
    return std::make_unique<digest::Desk>(
        std::make_unique<digest::Settings>(dir.filePath(u"settings.ini"_s)),
        [] { return QDateTime(QDate(2025, 6, 11), QTime(12, 0), QTimeZone::utc()); });
}

} // namespace

class tst_DeskSite : public QObject
{
    Q_OBJECT

private slots:
    void siteTagsComeAfterTheScan()
    {
        QTemporaryDir dir;
        const QString site = dir.filePath(u"site"_s);
        const QString posts = site + u"/content/posts/"_s;
        writeFile(posts + u"2025-06-01-ai-auto-summary.md"_s,
                  postWithTags(u"\"daily ai summary\", \"GPT-4o\""_s));
        writeFile(posts + u"2025-06-02-ai-auto-summary.md"_s,
                  postWithTags(u"\"daily ai summary\", \"gpt-4o\""_s));
        writeFile(posts + u"2025-06-03-ai-auto-summary.md"_s,
                  postWithTags(u"\"daily ai summary\", \"robots\""_s));

        const auto desk = makeDesk(dir);
        QVERIFY(desk->siteTags().isEmpty());
        QSignalSpy changed(desk.get(), &digest::Desk::siteTagsChanged);
        desk->settings().setSiteFolder(site);
        QVERIFY(changed.wait(10000));
        const QList<TagCount> all = {
            {u"daily ai summary"_s, 3}, {u"GPT-4o"_s, 2}, {u"robots"_s, 1}};
        QCOMPARE(desk->siteTags(), all);

        // The open post's own tags are not the site's: "robots" is then used by no other post.
        changed.clear();
        desk->session().document().load(postWithTags(u"\"robots\""_s),
                                        posts + u"2025-06-03-ai-auto-summary.md"_s);
        QCOMPARE(changed.size(), 1);
        const QList<TagCount> others = {{u"daily ai summary"_s, 2}, {u"GPT-4o"_s, 2}};
        QCOMPARE(desk->siteTags(), others);

        // Another site: its posts are read afresh.
        changed.clear();
        const QString other = dir.filePath(u"other"_s);
        writeFile(other + u"/content/posts/2025-06-05-x.md"_s, postWithTags(u"\"agents\""_s));
        desk->settings().setSiteFolder(other);
        QVERIFY(changed.wait(10000));
        QCOMPARE(desk->siteTags(), (QList<TagCount>{{u"agents"_s, 1}}));
    }

    void theNoticeLineTheOpenPostMustCarry()
    {
        QTemporaryDir dir;
        const auto desk = makeDesk(dir);
        // No site: the built-in archetype's, and the proofreader's context keeps "empty" for it.
        const QString builtIn = digest::noticeLineOf(digest::Archetype::builtIn().text());
        QVERIFY(builtIn.startsWith(u"> *Notice:*"));
        QCOMPARE(desk->siteNoticeLine(), builtIn);
        QCOMPARE(desk->lintContext().disclaimer, QString());

        // A site with its own archetype: its notice.
        const QString site = dir.filePath(u"site"_s);
        writeFile(site + u"/archetypes/posts.md"_s,
                  u"---\ntitle: \"x\"\n---\n> Written by a machine.\n\nBody\n"_s);
        desk->settings().setSiteFolder(site);
        QCOMPARE(desk->siteNoticeLine(), u"> Written by a machine."_s);
        QCOMPARE(desk->lintContext().disclaimer, u"> Written by a machine."_s);

        // The settings' disclaimer wins.
        desk->settings().setSiteDisclaimer(u"> Set in the settings."_s);
        QCOMPARE(desk->siteNoticeLine(), u"> Set in the settings."_s);
        QCOMPARE(desk->lintContext().disclaimer, u"> Set in the settings."_s);
    }
};

QTEST_GUILESS_MAIN(tst_DeskSite)
#include "tst_desksite.moc"
