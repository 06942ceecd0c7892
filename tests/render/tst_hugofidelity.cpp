// Builds posts with the real hugo and checks that the preview's body HTML
// (MarkdownRenderer::postBodyToHtml, which `digestctl render` prints too) says the same as the
// page Hugo publishes: same elements, same text, same typographic punctuation. Three sets:
//   - the fixtures (tests/fixtures/*.md and tests/fixtures/fidelity/*.md), written to cover
//     what Markdown can hold: tables and their alignments, task lists, footnotes,
//     strikethrough, autolinks, hostile input and the typographer's cases. They run
//     everywhere hugo is installed;
//   - the known differences (tests/fixtures/fidelity/differences/*.md): each must still differ,
//     for the reason kKnownDifferences gives; one that starts to match is reported, so that
//     it moves to the fixtures;
//   - every published post (the corpus, read in place; skipped, visibly, when it is absent).
//     CTest runs it as an entry of its own, tst_hugofidelity_corpus.
//
// The site next to this file has a theme whose single template prints `{{ .Content }}` only,
// and a home page listing which file became which page. Drafts are built too (--buildDrafts):
// the editor previews drafts like any other post, and 001-test.md is one.
//
// What is compared is the HTML after a normalisation of spellings that are not text:
//   - entities are decoded on both sides (Hugo writes &rsquo; where we write ’, &#34; for ");
//   - tags are compared by name and attributes in sorted order, without a self-closing slash
//     (<br> and <br />, <input checked="" disabled="" type="checkbox"> and
//     <input type="checkbox" checked="" disabled="" />);
//   - the id Goldmark gives every heading is dropped (it is an anchor, not text);
//   - whitespace next to a block element's tags is dropped (newlines between blocks), and so
//     is whitespace before a <br> (Goldmark keeps some of a hard break's trailing blanks).
// Fenced code is not highlighted in the site (markup.highlight.codeFences = false): Chroma's
// colouring is the theme's business, the preview shows code plain.
//
// DIGEST_FIDELITY_POSTS=<folder> compares the posts of another folder instead of the corpus,
// for example Markdown written to try an edge case.
//
// The same comparison is also made with cmark-gfm's own smart punctuation (CMARK_OPT_SMART),
// which the renderer used before, so the figure it reached stays visible next to ours.

#include "core/markdown/cmarkdocument.h"
#include "core/post/frontmatter.h"
#include "core/render/markdownrenderer.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmark-gfm.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool copyFolder(const QString& from, const QString& to, const QStringList& nameFilters)
{
    QDirIterator it(from, nameFilters, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        if (source.endsWith(u".cpp"_s)) // the test lives next to its site
            continue;
        const QString target = to + u'/' + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(source, target))
            return false;
    }
    return true;
}

// --- Normalisation -----------------------------------------------------------------------

QString decodeEntities(QStringView text)
{
    static const QHash<QString, QString> named{
        {u"amp"_s, u"&"_s},    {u"lt"_s, u"<"_s},        {u"gt"_s, u">"_s},    {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s},   {u"nbsp"_s, u"\u00a0"_s}, {u"lsquo"_s, u"‘"_s}, {u"rsquo"_s, u"’"_s},
        {u"ldquo"_s, u"“"_s},  {u"rdquo"_s, u"”"_s},     {u"ndash"_s, u"–"_s}, {u"mdash"_s, u"—"_s},
        {u"hellip"_s, u"…"_s}, {u"laquo"_s, u"«"_s},     {u"raquo"_s, u"»"_s},
    };
    static const QRegularExpression entity(u"&(#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z]+);"_s);
    QString decoded;
    qsizetype done = 0;
    for (const QRegularExpressionMatch& match : entity.globalMatch(text)) {
        const QString name = match.captured(1);
        QString value = named.value(name);
        if (name.startsWith(u'#')) {
            const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
            const char32_t code = name.sliced(hex ? 2 : 1).toUInt(nullptr, hex ? 16 : 10);
            value = QString::fromUcs4(&code, 1);
        }
        if (value.isEmpty()) // an entity neither renderer writes: left as it is
            continue;
        decoded += text.sliced(done, match.capturedStart() - done) + value;
        done = match.capturedEnd();
    }
    return decoded + text.sliced(done);
}

bool isBlockElement(QStringView name)
{
    static const QStringList blocks{u"p"_s,     u"li"_s, u"ul"_s,  u"ol"_s,    u"blockquote"_s,
                                    u"h1"_s,    u"h2"_s, u"h3"_s,  u"h4"_s,    u"h5"_s,
                                    u"h6"_s,    u"hr"_s, u"pre"_s, u"table"_s, u"thead"_s,
                                    u"tbody"_s, u"tr"_s, u"th"_s,  u"td"_s,    u"div"_s};
    return blocks.contains(name.toString());
}

struct Tag
{
    QString name; // "/p" for a closing tag
    QString canonical;
};

// One tag as "<name a="1" b="2">": attributes sorted and decoded, no self-closing slash, and no
// heading id.
Tag canonicalTag(QStringView source)
{
    static const QRegularExpression shape(u"^<(/?[a-zA-Z0-9]+)(.*?)/?>$"_s,
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression attribute(u"([a-zA-Z_:-]+)(?:=\"([^\"]*)\")?"_s);
    const QRegularExpressionMatch match = shape.match(source);
    if (!match.hasMatch()) // a comment such as <!-- raw HTML omitted -->
        return {QString(), source.toString()};
    const QString name = match.captured(1).toLower();
    const bool heading = name.size() == 2 && name.at(0) == u'h' && name.at(1).isDigit();
    QStringList attributes;
    for (const QRegularExpressionMatch& a : attribute.globalMatch(match.captured(2))) {
        if (heading && a.captured(1) == u"id"_s)
            continue;
        attributes.append(a.captured(1) + u"=\""_s + decodeEntities(a.captured(2)) + u'"');
    }
    attributes.sort();
    return {name, u'<' + (QStringList{name} + attributes).join(u' ') + u'>'};
}

// The HTML as a list of canonical tags and decoded text runs, joined by newlines, so that two
// renderers' spellings of the same page compare equal and a difference reads as a line diff.
QString comparableHtml(QStringView html)
{
    static const QRegularExpression tag(u"<!--.*?-->|<[^>]*>"_s,
                                        QRegularExpression::DotMatchesEverythingOption);
    QStringList parts;
    QString pendingText;
    bool afterBlockTag = true;
    auto flushText = [&](bool beforeBlockTag) {
        QString text = decodeEntities(pendingText);
        if (afterBlockTag)
            text.remove(QRegularExpression(u"^\\s+"_s));
        if (beforeBlockTag)
            text.remove(QRegularExpression(u"\\s+$"_s));
        if (!text.isEmpty())
            parts.append(text);
        pendingText.clear();
    };
    qsizetype done = 0;
    for (const QRegularExpressionMatch& match : tag.globalMatch(html)) {
        pendingText += html.sliced(done, match.capturedStart() - done);
        const Tag t = canonicalTag(match.capturedView());
        const bool block = isBlockElement(QStringView(t.name).mid(t.name.startsWith(u'/')));
        flushText(block || t.name == u"br"_s); // blanks before a line break do not show
        parts.append(t.canonical);
        afterBlockTag = block;
        done = match.capturedEnd();
    }
    pendingText += html.sliced(done);
    flushText(true);
    return parts.join(u'\n');
}

// The first line that differs, from a little before its first differing character: enough to
// see which words differ.
QString shortDiff(const QString& published, const QString& ours)
{
    const QStringList a = published.split(u'\n');
    const QStringList b = ours.split(u'\n');
    qsizetype line = 0;
    while (line < a.size() && line < b.size() && a.at(line) == b.at(line))
        ++line;
    const QString hugoLine = a.value(line);
    const QString ourLine = b.value(line);
    qsizetype column = 0;
    while (column < hugoLine.size() && column < ourLine.size() &&
           hugoLine.at(column) == ourLine.at(column))
        ++column;
    const qsizetype from = std::max<qsizetype>(0, column - 50);
    auto excerpt = [from](const QString& text) {
        QString part = text.mid(from, 90);
        if (from > 0)
            part.prepend(u'…');
        return part;
    };
    return u"\n    hugo: "_s + excerpt(hugoLine) + u"\n    ours: "_s + excerpt(ourLine);
}

// What the renderer showed before it had a typographer of its own: cmark-gfm's smart
// punctuation.
QString cmarkSmartHtml(QStringView postText)
{
    const QByteArray body = postText.sliced(digest::splitFrontMatter(postText).bodyOffset).toUtf8();
    const digest::CmarkDocument document(body, CMARK_OPT_SMART);
    char* html = cmark_render_html(document.root(), CMARK_OPT_SMART, document.extensions());
    const QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

QDir corpusFolder()
{
    const QString chosen = qEnvironmentVariable("DIGEST_FIDELITY_POSTS");
    return QDir(chosen.isEmpty() ? QStringLiteral(DIGEST_CORPUS_DIR) : chosen);
}

const QString kFixtures = QStringLiteral(DIGEST_FIXTURES_DIR);

// Why each file of fixtures/fidelity/differences is not what Hugo publishes.
const QHash<QString, QString> kKnownDifferences{
    {u"uppercase-javascript-link.md"_s,
     u"Hugo 0.111.3 publishes a JAVASCRIPT: link (Goldmark checks the scheme in lower case "
     "only); the preview drops every javascript: link."_s},
    {u"javascript-autolink.md"_s,
     u"Hugo 0.111.3 publishes <javascript:...> as a link; the preview drops it."_s},
    {u"triple-tilde.md"_s,
     u"Goldmark strikes ~~~text~~~ through twice; cmark-gfm, reading two tildes only, keeps "
     "it as written."_s},
    {u"task-without-space.md"_s,
     u"Goldmark makes \"[ ]text\" a task; cmark-gfm (and GitHub) need a space after the "
     "box."_s},
    {u"autolink-in-parentheses.md"_s,
     u"Goldmark's linkify takes the closing parenthesis of \"(https://...).\" into the "
     "address; cmark-gfm balances the parentheses."_s},
};

bool isDailyPost(const QString& fileName)
{
    static const QRegularExpression daily(u"^\\d{4}-\\d{2}-\\d{2}-"_s);
    return daily.match(fileName).hasMatch();
}

struct Tally
{
    int posts = 0;
    int ours = 0;
    int cmarkSmart = 0;
};

// A set of posts as Hugo publishes them: built once, the first time it is asked for.
class PublishedSite final
{
public:
    // Builds the posts (*.md) of the folders into content/<section>/; an error message, or
    // empty.
    QString build(const QString& hugo, const QList<std::pair<QString, QDir>>& sections)
    {
        if (!m_dir.isValid())
            return u"no temporary folder"_s;
        if (!copyFolder(QStringLiteral(DIGEST_FIDELITY_SITE_DIR), m_dir.path(), {u"*"_s}))
            return u"cannot copy the site"_s;
        int posts = 0;
        for (const auto& [section, folder] : sections) {
            for (const QString& name : folder.entryList({u"*.md"_s}, QDir::Files)) {
                const QString target = m_dir.filePath(u"content/"_s + section + u'/' + name);
                if (!QDir().mkpath(QFileInfo(target).absolutePath()) ||
                    !QFile::copy(folder.filePath(name), target))
                    return u"cannot copy "_s + folder.filePath(name);
                ++posts;
            }
        }
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"HUGO_CACHEDIR"_s, m_dir.filePath(u"cache"_s));
        process.setProcessEnvironment(environment);
        QElapsedTimer timer;
        timer.start();
        process.start(hugo, {u"--source"_s, m_dir.path(), u"--destination"_s,
                             m_dir.filePath(u"public"_s), u"--buildDrafts"_s, u"--quiet"_s});
        if (!process.waitForFinished(240000))
            return u"hugo did not finish within 4 minutes"_s;
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QString::fromUtf8(process.readAllStandardError());
        qInfo("hugo built %d posts in %lld ms", posts, timer.elapsed());
        // The home page lists "content path <TAB> page path" per post.
        const QString manifest = readText(m_dir.filePath(u"public/index.html"_s));
        for (const QString& line : manifest.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList fields = line.split(u'\t');
            if (fields.size() == 2)
                m_pageOf.insert(fields.at(0),
                                m_dir.filePath(u"public"_s + fields.at(1) + u"index.html"_s));
        }
        m_built = true;
        return {};
    }

    bool isBuilt() const { return m_built; }
    // The published page of content/<section>/<name>, empty when Hugo made none.
    QString page(const QString& section, const QString& name) const
    {
        return m_pageOf.value(section + u'/' + name);
    }

private:
    QTemporaryDir m_dir;
    QHash<QString, QString> m_pageOf; // content path -> published page
    bool m_built = false;
};

// The rows of a data function: "section/name" and the post's file.
void addPostRows(const QString& section, const QDir& folder)
{
    for (const QString& name : folder.entryList({u"*.md"_s}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(section + u'/' + name)) << section << folder.filePath(name);
}

} // namespace

class tst_HugoFidelity final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixturesSayWhatHugoPublishes_data();
    void fixturesSayWhatHugoPublishes();
    void knownDifferencesStayKnown_data();
    void knownDifferencesStayKnown();
    void previewSaysWhatHugoPublishes_data();
    void previewSaysWhatHugoPublishes();
    void cleanupTestCase();

private:
    void buildFixtures();
    // The comparison of one post: empty when the preview says what Hugo publishes, else where
    // they first differ.
    QString difference(const PublishedSite& site, const QString& section, const QString& post,
                       const QString& tally);

    QString m_hugo;
    PublishedSite m_fixtureSite;
    PublishedSite m_corpusSite;
    QHash<QString, Tally> m_tally; // "fixtures", "daily", "hand-written"
    QStringList m_mismatches;
};

void tst_HugoFidelity::initTestCase()
{
    m_hugo = QStandardPaths::findExecutable(u"hugo"_s);
    if (m_hugo.isEmpty())
        QSKIP("hugo is not on PATH: install Debian's hugo package (./dev.sh does) to compare "
              "the preview with what Hugo publishes.");
}

void tst_HugoFidelity::buildFixtures()
{
    if (m_fixtureSite.isBuilt())
        return;
    const QString error = m_fixtureSite.build(
        m_hugo, {{u"fixtures"_s, QDir(kFixtures)},
                 {u"fidelity"_s, QDir(kFixtures + u"/fidelity"_s)},
                 {u"differences"_s, QDir(kFixtures + u"/fidelity/differences"_s)}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_HugoFidelity::fixturesSayWhatHugoPublishes_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("post");
    buildFixtures();
    addPostRows(u"fixtures"_s, QDir(kFixtures));
    addPostRows(u"fidelity"_s, QDir(kFixtures + u"/fidelity"_s));
}

void tst_HugoFidelity::fixturesSayWhatHugoPublishes()
{
    QFETCH(QString, section);
    QFETCH(QString, post);
    const QString differs = difference(m_fixtureSite, section, post, u"fixtures"_s);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void tst_HugoFidelity::knownDifferencesStayKnown_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("post");
    buildFixtures();
    addPostRows(u"differences"_s, QDir(kFixtures + u"/fidelity/differences"_s));
}

void tst_HugoFidelity::knownDifferencesStayKnown()
{
    QFETCH(QString, section);
    QFETCH(QString, post);
    const QString reason = kKnownDifferences.value(QFileInfo(post).fileName());
    QVERIFY2(!reason.isEmpty(), "Say in kKnownDifferences why this file differs.");
    const QString differs = difference(m_fixtureSite, section, post, QString());
    QEXPECT_FAIL("", qPrintable(reason), Continue);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

void tst_HugoFidelity::previewSaysWhatHugoPublishes_data()
{
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("post");
    const QDir corpus = corpusFolder();
    if (corpus.entryList({u"*.md"_s}, QDir::Files).isEmpty())
        QSKIP(qPrintable(u"No corpus of published posts at "_s + corpus.path() +
                         u": nothing to compare."_s));
    const QString error = m_corpusSite.build(m_hugo, {{u"posts"_s, corpus}});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    addPostRows(u"posts"_s, corpus);
}

void tst_HugoFidelity::previewSaysWhatHugoPublishes()
{
    QFETCH(QString, section);
    QFETCH(QString, post);
    const QString name = QFileInfo(post).fileName();
    const QString differs =
        difference(m_corpusSite, section, post, isDailyPost(name) ? u"daily"_s : u"hand-written"_s);
    QVERIFY2(differs.isEmpty(), qPrintable(differs));
}

QString tst_HugoFidelity::difference(const PublishedSite& site, const QString& section,
                                     const QString& post, const QString& tally)
{
    const QString name = QFileInfo(post).fileName();
    const QString page = site.page(section, name);
    if (page.isEmpty())
        return u"Hugo did not publish this post"_s;
    const QString text = readText(post);
    const QString published = comparableHtml(readText(page));
    const QString ours = comparableHtml(digest::MarkdownRenderer::postBodyToHtml(text));
    const bool same = ours == published;
    if (!tally.isEmpty()) {
        Tally& counts = m_tally[tally];
        ++counts.posts;
        counts.ours += same;
        counts.cmarkSmart += comparableHtml(cmarkSmartHtml(text)) == published;
        if (!same)
            m_mismatches.append(name + shortDiff(published, ours));
    }
    return same ? QString()
                : u"The preview differs from the published page:"_s + shortDiff(published, ours);
}

void tst_HugoFidelity::cleanupTestCase()
{
    for (const QString& kind : {u"fixtures"_s, u"daily"_s, u"hand-written"_s}) {
        const Tally tally = m_tally.value(kind);
        if (tally.posts == 0)
            continue;
        qInfo("%s: %d of %d match what Hugo publishes (cmark-gfm's CMARK_OPT_SMART: %d)",
              qPrintable(kind), tally.ours, tally.posts, tally.cmarkSmart);
    }
    for (const QString& mismatch : std::as_const(m_mismatches))
        qInfo("differs: %s", qPrintable(mismatch));
}

QTEST_GUILESS_MAIN(tst_HugoFidelity)
#include "tst_hugofidelity.moc"
