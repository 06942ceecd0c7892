// The site's tag census (issue 12): CoverageIndex reads each post's tags from its front matter
// while it scans, counts the posts using each term and keeps up on a rescan.

#include "core/topics/coverage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using digest::CoverageIndex;
using digest::TagCount;

namespace {

// A post as the site writes it, with its tags in the front matter's format.
void writePost(const QString& folder, const QString& name, const QString& frontMatter)
{
    QVERIFY(QDir().mkpath(folder));
    QFile file(QDir(folder).filePath(name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(frontMatter.toUtf8());
    file.write("> *Notice:* generated.\n\n## Possible consequences of current developments\n");
}

QString yamlPost(const QString& tags)
{
    return QStringLiteral("---\ntitle: \"A post\"\ndate: 2025-06-10\ntags: %1\n---\n").arg(tags);
}

} // namespace

class tst_SiteTags : public QObject
{
    Q_OBJECT

private slots:
    void countsTagsAcrossFormats()
    {
        QTemporaryDir site;
        const QString posts = site.filePath(QStringLiteral("content/posts"));
        writePost(posts, QStringLiteral("2025-06-01-a.md"),
                  yamlPost(QStringLiteral("[\"daily ai summary\", \"GPT-4o\"]")));
        writePost(posts, QStringLiteral("2025-06-02-b.md"),
                  QStringLiteral("---\ntitle: B\ntags:\n  - daily ai summary\n  - gpt-4o\n"
                                 "  - robots\n---\n"));
        writePost(posts, QStringLiteral("2025-06-03-c.md"),
                  QStringLiteral("+++\ntitle = 'C'\ntags = ['daily ai summary', 'gpt-4o']\n"
                                 "+++\n"));
        writePost(posts, QStringLiteral("2025-06-04-d.md"),
                  QStringLiteral("{\n\"title\": \"D\",\n\"tags\": [\"Daily AI Summary\", "
                                 "\"agents\"]\n}\n"));
        // A post whose front matter cannot be read has no tags, and the others still count.
        writePost(posts, QStringLiteral("2025-06-05-e.md"),
                  QStringLiteral("---\ntitle: [unclosed\ntags: [\"robots\"\n---\n"));

        const CoverageIndex index = CoverageIndex::scan(posts);
        QCOMPARE(index.postCount(), 5);
        const QList<TagCount> expected = {
            {QStringLiteral("daily ai summary"), 4},
            // "gpt-4o" twice, "GPT-4o" once: one term under its most used spelling.
            {QStringLiteral("gpt-4o"), 3},
            // Once each: by name.
            {QStringLiteral("agents"), 1},
            {QStringLiteral("robots"), 1},
        };
        QCOMPARE(index.tagCounts(), expected);
    }

    void aPostCountsATermOnce()
    {
        QTemporaryDir site;
        writePost(site.path(), QStringLiteral("a.md"),
                  yamlPost(QStringLiteral("[\"LLM\", \"llm\", \" llm \"]")));
        writePost(site.path(), QStringLiteral("b.md"), yamlPost(QStringLiteral("[\"LLM\"]")));
        const QList<TagCount> expected = {{QStringLiteral("LLM"), 2}};
        QCOMPARE(CoverageIndex::scan(site.path()).tagCounts(), expected);
    }

    void aRescanFollowsChangedTags()
    {
        QTemporaryDir site;
        writePost(site.path(), QStringLiteral("a.md"),
                  yamlPost(QStringLiteral("[\"robots\", \"agents\"]")));
        writePost(site.path(), QStringLiteral("b.md"), yamlPost(QStringLiteral("[\"robots\"]")));
        const CoverageIndex first = CoverageIndex::scan(site.path());
        QCOMPARE(first.tagCounts(),
                 (QList<TagCount>{{QStringLiteral("robots"), 2}, {QStringLiteral("agents"), 1}}));

        // The post's tags change (and its size, so the rescan reads it again); the other post
        // is reused as it was read.
        writePost(site.path(), QStringLiteral("b.md"),
                  yamlPost(QStringLiteral("[\"agents\", \"benchmarks\", \"Robots\"]")));
        const CoverageIndex second = CoverageIndex::scan(site.path(), first);
        // "robots" and "Robots" once each: the first by name stands for the term.
        QCOMPARE(second.tagCounts(), (QList<TagCount>{{QStringLiteral("agents"), 2},
                                                      {QStringLiteral("Robots"), 2},
                                                      {QStringLiteral("benchmarks"), 1}}));
        QVERIFY(second != first);

        QVERIFY(QFile::remove(site.filePath(QStringLiteral("a.md"))));
        const CoverageIndex third = CoverageIndex::scan(site.path(), second);
        QCOMPARE(third.tagCounts(), (QList<TagCount>{{QStringLiteral("agents"), 1},
                                                     {QStringLiteral("benchmarks"), 1},
                                                     {QStringLiteral("Robots"), 1}}));
    }

    // The site's published posts: two models, and a few posts written by hand.
    void corpus()
    {
        const QString corpus = QStringLiteral(DIGEST_CORPUS_DIR);
        if (!QFileInfo(corpus).isDir())
            QSKIP("The site's published posts are not on this machine.");
        QElapsedTimer timer;
        timer.start();
        const CoverageIndex index = CoverageIndex::scan(corpus);
        const qint64 scanMs = timer.restart();
        const QList<TagCount> counts = index.tagCounts();
        const qint64 countMs = timer.elapsed();
        qInfo("%lld posts, %lld tags: scan %lld ms, tagCounts %lld ms", qint64(index.postCount()),
              qint64(counts.size()), scanMs, countMs);
        const QList<TagCount> mostUsed = {{QStringLiteral("automated content"), 978},
                                          {QStringLiteral("daily ai summary"), 978},
                                          {QStringLiteral("gpt-3.5-turbo"), 645},
                                          {QStringLiteral("gpt-4o-mini"), 333},
                                          {QStringLiteral("by gh"), 2}};
        QCOMPARE(counts.first(mostUsed.size()), mostUsed);
        for (const TagCount& count : counts.mid(mostUsed.size()))
            QCOMPARE(count.posts, 1);
    }

    void anEmptySiteHasNoTags()
    {
        QVERIFY(CoverageIndex::scan(QString()).tagCounts().isEmpty());
        QTemporaryDir site;
        writePost(site.path(), QStringLiteral("a.md"), yamlPost(QStringLiteral("[]")));
        QVERIFY(CoverageIndex::scan(site.path()).tagCounts().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SiteTags)
#include "tst_sitetags.moc"
