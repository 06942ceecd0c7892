// Builds the small site next to this file with the real hugo, with a post that `digestctl new`
// wrote, and checks that Hugo publishes it: not skipped as a draft, not as dated in the future.

#include "core/post/markdownescape.h"
#include "core/render/markdownrenderer.h"
#include "processenvironment.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProgram(const QString& program, const QStringList& arguments,
               const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

bool copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        if (source.endsWith(u".cpp"_s)) // the test itself lives next to the site
            continue;
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeText(const QString& path, const QString& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

// A post written by hand, as a user of the site might.
QString handWrittenPost(const QString& date, bool draft)
{
    return u"---\ntitle: \"A hand-written note\"\ndate: "_s + date + u"\ndraft: "_s +
           (draft ? u"true"_s : u"false"_s) + u"\n---\nSome text of our own.\n"_s;
}

// Topic titles and model text that try to break out of a list item, in Hugo's terms too
// (shortcodes, definition lists, footnotes, typographer, linkify).
const QStringList kHostile = {
    u"# A heading"_s,
    u"- a bullet"_s,
    u"1. a number"_s,
    u"2) another"_s,
    u"> a quote"_s,
    u"---"_s,
    u"==="_s,
    u"**bold** _em_ ~~gone~~ `code`"_s,
    u"[a link](https://example.org)"_s,
    u"![an image](x.png)"_s,
    u"<b>html</b><script>x()</script>"_s,
    u"&amp; &#65; R&D"_s,
    u"ends in a backslash \\"_s,
    u"| a | b |\n|---|---|"_s,
    u"{{< figure src=x >}}"_s,
    u"{{% note %}}"_s,
    u"Term\n: definition"_s,
    u"over\n---\nthe line"_s,
    u"https://example.org/a_b and www.example.org"_s,
    u"[^1] and [^1]: a footnote"_s,
    u"It's \"quoted\" -- and --- so on..."_s,
    u"[ ] not a task"_s,
    u"{.class} attributes"_s,
};

// The names of the elements in HTML, in order: the shape of a page without its text.
QStringList elementTree(const QString& html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?[a-z0-9]+)"));
    QStringList names;
    for (const QRegularExpressionMatch& match : tag.globalMatch(html))
        names.append(match.captured(1));
    return names;
}

} // namespace

class tst_HugoSite final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void publishesThePostOfTodayFromDigestctlNew();
    void publishesAPostForAnEarlierDay();
    void publishedBodyHasThePreviewsShape();
    void escapedTextStaysInsideItsListItem();
    void skipsAPostDatedInTheFuture();
    void skipsADraft();
    void skippedPostsAreBuiltWhenHugoIsToldTo();

private:
    QString sitePath(const QString& relative) const { return m_site.filePath(relative); }
    Run digestctl(const QStringList& arguments) const;
    void buildSite(const QStringList& extraArguments, const QString& destination);

    QTemporaryDir m_site;
    QTemporaryDir m_home;
    QString m_hugo;
    QString m_today;
    QString m_todayPost;
};

Run tst_HugoSite::digestctl(const QStringList& arguments) const
{
    // Settings of our own, so that the user's site folder or file name pattern cannot leak in.
    QProcessEnvironment environment = digest::test::pinnedLocaleEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    return runProgram(QStringLiteral(DIGESTCTL_PATH), arguments, environment);
}

void tst_HugoSite::buildSite(const QStringList& extraArguments, const QString& destination)
{
    QProcessEnvironment environment = digest::test::pinnedLocaleEnvironment();
    environment.insert(u"HUGO_CACHEDIR"_s, m_home.filePath(u"hugo-cache"_s));
    const QStringList arguments = QStringList{u"--source"_s, m_site.path(), u"--destination"_s,
                                              sitePath(destination), u"--quiet"_s} +
                                  extraArguments;
    QElapsedTimer timer;
    timer.start();
    const Run run = runProgram(m_hugo, arguments, environment);
    qInfo("hugo %s: %lld ms", qPrintable(extraArguments.join(u' ')), timer.elapsed());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
}

void tst_HugoSite::initTestCase()
{
    m_hugo = QStandardPaths::findExecutable(u"hugo"_s);
    if (m_hugo.isEmpty())
        QSKIP("hugo is not on PATH: install Debian's hugo package (./dev.sh does) to build "
              "the test site.");
    QVERIFY(m_site.isValid() && m_home.isValid());
    QVERIFY(copyTree(QStringLiteral(DIGEST_SITE_DIR), m_site.path()));

    m_today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    const Run made = digestctl({u"new"_s, u"--date"_s, m_today, u"--site"_s, m_site.path()});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    m_todayPost = sitePath(u"content/posts/"_s + m_today + u"-ai-auto-summary.md"_s);
    QCOMPARE(made.out, m_todayPost + u'\n');

    const Run earlier =
        digestctl({u"new"_s, u"--date"_s, u"2025-06-09"_s, u"--site"_s, m_site.path()});
    QVERIFY2(earlier.exitCode == 0, qPrintable(earlier.err));

    const QDateTime later = QDateTime::currentDateTimeUtc().addDays(2);
    QVERIFY(writeText(sitePath(u"content/posts/future-note.md"_s),
                      handWrittenPost(later.toString(Qt::ISODate), false)));
    QVERIFY(writeText(sitePath(u"content/posts/draft-note.md"_s),
                      handWrittenPost(u"2025-06-01T05:00:00Z"_s, true)));

    QString hostile = handWrittenPost(u"2025-06-02T05:00:00Z"_s, false);
    for (const QString& text : kHostile)
        hostile += u"- "_s + digest::escape::inlineMarkdown(text) + u'\n';
    QVERIFY(writeText(sitePath(u"content/posts/hostile-text.md"_s), hostile));

    buildSite({}, u"public"_s);
    buildSite({u"--buildDrafts"_s, u"--buildFuture"_s}, u"public-all"_s);
}

void tst_HugoSite::publishesThePostOfTodayFromDigestctlNew()
{
    const QString page =
        readText(sitePath(u"public/posts/"_s + m_today + u"-ai-auto-summary/index.html"_s));
    QVERIFY2(!page.isEmpty(), "Hugo did not publish the post digestctl new wrote for today");
    QVERIFY(page.contains(u"<em>Notice:</em> This post has been automatically generated and "
                          u"does not reflect the views of the site owner"_s));
    for (const QString& heading : {u"Possible consequences of current developments"_s,
                                   u"Currently trending topics"_s, u"GPT predicts future events"_s})
        QVERIFY2(page.contains(u'>' + heading + u"</h2>"_s), qPrintable(heading));
    QVERIFY(page.contains(u"<time datetime=\""_s + m_today + u'T'));
    QVERIFY(readText(sitePath(u"public/index.html"_s)).contains(m_today + u"-ai-auto-summary"_s));
}

void tst_HugoSite::publishesAPostForAnEarlierDay()
{
    const QString page =
        readText(sitePath(u"public/posts/2025-06-09-ai-auto-summary/index.html"_s));
    QVERIFY(page.contains(u"<time datetime=\"2025-06-09T05:00:00Z\">"_s));
}

void tst_HugoSite::publishedBodyHasThePreviewsShape()
{
    // What the editor's preview shows (cmark-gfm) has the elements Hugo (Goldmark) publishes.
    const QString page =
        readText(sitePath(u"public/posts/"_s + m_today + u"-ai-auto-summary/index.html"_s));
    const qsizetype start = page.indexOf(u"</time>"_s);
    const qsizetype end = page.indexOf(u"</article>"_s);
    QVERIFY(start > 0 && end > start);
    const QString published = page.sliced(start + 7, end - start - 7);
    const QString preview = digest::MarkdownRenderer::postBodyToHtml(readText(m_todayPost));
    QCOMPARE(elementTree(published), elementTree(preview));
}

void tst_HugoSite::escapedTextStaysInsideItsListItem()
{
    const QString page = readText(sitePath(u"public/posts/hostile-text/index.html"_s));
    const qsizetype start = page.indexOf(u"</time>"_s);
    const qsizetype end = page.indexOf(u"</article>"_s);
    QVERIFY(start > 0 && end > start);
    // The text paragraph, then one bullet list with one plain item per text: no element
    // Goldmark could have made of the text itself.
    QStringList expected{u"p"_s, u"/p"_s, u"ul"_s};
    for (qsizetype i = 0; i < kHostile.size(); ++i)
        expected += {u"li"_s, u"/li"_s};
    expected.append(u"/ul"_s);
    QCOMPARE(elementTree(page.sliced(start + 7, end - start - 7)), expected);
    QVERIFY(page.contains(u"{{% note %}}"_s)); // shown, not run as a shortcode
}

void tst_HugoSite::skipsAPostDatedInTheFuture()
{
    QVERIFY(!QFile::exists(sitePath(u"public/posts/future-note/index.html"_s)));
}

void tst_HugoSite::skipsADraft()
{
    QVERIFY(!QFile::exists(sitePath(u"public/posts/draft-note/index.html"_s)));
}

void tst_HugoSite::skippedPostsAreBuiltWhenHugoIsToldTo()
{
    // The two posts above are valid pages: only their date and draft flag kept them out.
    QVERIFY(QFile::exists(sitePath(u"public-all/posts/future-note/index.html"_s)));
    QVERIFY(QFile::exists(sitePath(u"public-all/posts/draft-note/index.html"_s)));
}

QTEST_GUILESS_MAIN(tst_HugoSite)
#include "tst_hugosite.moc"
