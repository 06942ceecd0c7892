// The proofreading rules (issue 10): each rule on a post that breaks it, exactly where, and
// its fix; clean posts in the canonical format trigger none.

#include "core/lint/lint.h"
#include "postfixtures.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using digest::LintContext;
using digest::Problem;

namespace {

// A finished post in the canonical daily format, as the site publishes it.
const QString kClean = [] {
    digest::test::SamplePost post;
    post.extraFrontMatter = {u"showToc: true"_s};
    post.items.append(digest::test::chipExportItem());
    post.after = uR"(
## Currently trending topics

- [Open model release](https://example.com/1)
- A new chip fab opens

## GPT predicts future events

- **Artificial General Intelligence** (March 2031)
  - Systems match people at most tasks.

- **Technological Singularity** (June 2045)
  - Progress becomes hard to foresee.
)"_s;
    return post.text();
}();

LintContext context(const QString& fileName = QStringLiteral("2025-06-10-ai-auto-summary.md"))
{
    LintContext context;
    context.fileName = fileName;
    context.siteZone = QTimeZone::utc();
    context.now = QDateTime(QDate(2025, 6, 11), QTime(12, 0), QTimeZone::utc());
    return context;
}

QString with(const QString& before, const QString& after, QString text = kClean)
{
    if (!text.contains(before))
        qFatal("the clean post has no '%s'", qPrintable(before));
    return text.replace(before, after);
}

QList<Problem> problemsOf(const QString& text, const QString& rule,
                          const LintContext& lintContext = context())
{
    QList<Problem> found;
    for (const Problem& problem : digest::lintPost(text, lintContext)) {
        if (!digest::lintRuleIds().contains(problem.rule))
            qFatal("the rule %s is not listed", qPrintable(problem.rule));
        if (problem.rule == rule)
            found.append(problem);
    }
    return found;
}

QString where(const Problem& problem)
{
    return QStringLiteral("%1:%2").arg(problem.line).arg(problem.column);
}

QString applied(QString text, const Problem& problem)
{
    if (!problem.fix)
        qFatal("no fix for %s", qPrintable(problem.rule));
    return text.replace(problem.fix->position, problem.fix->length, problem.fix->text);
}

QString readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestLint : public QObject
{
    Q_OBJECT

private slots:
    void cleanPostsHaveNoProblems_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("canonical") << kClean << QStringLiteral("2025-06-10-ai-auto-summary.md");
        const QString fixture =
            QStringLiteral(DIGEST_FIXTURES_DIR "/lint/2024-03-05-ai-auto-summary.md");
        QTest::newRow("corpus-like") << readFile(fixture) << fixture;
    }
    void cleanPostsHaveNoProblems()
    {
        QFETCH(QString, text);
        QFETCH(QString, fileName);
        LintContext lintContext = context(fileName);
        lintContext.siteZone = QTimeZone(QByteArrayLiteral("America/Sao_Paulo"));
        QStringList found;
        for (const Problem& problem : digest::lintPost(text, lintContext))
            found.append(where(problem) + u' ' + problem.rule + u' ' + problem.message);
        QCOMPARE(found, QStringList());
    }

    void frontMatter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("at");
        QTest::newRow("yaml-cpp fails")
            << with(u"showToc: true"_s, u"showToc: [true"_s) << QStringLiteral("8:1");
        // Hugo's YAML and yaml-cpp both refuse a tab in the indentation.
        QTest::newRow("tab indent")
            << with(u"showToc: true"_s, u"showToc: true\ncover:\n\timage: x"_s)
            << QStringLiteral("9:1");
        // yaml-cpp keeps one of the values; Hugo refuses the file.
        QTest::newRow("key twice")
            << with(u"showToc: true"_s, u"showToc: true\ntitle: \"B\""_s) << QStringLiteral("8:1");
        // yaml-cpp lets the quote run on over the keys after it; Hugo refuses the file.
        QTest::newRow("quote not closed")
            << with(u"author: \"Blog Agent\""_s, u"author: 'Blog Agent"_s) << QStringLiteral("5:9");
        QTest::newRow("no front matter")
            << QStringLiteral("# Just a body\n") << QStringLiteral("1:1");
        QTest::newRow("never closed")
            << QStringLiteral("---\ntitle: \"x\"\n") << QStringLiteral("1:1");
    }
    void frontMatter()
    {
        QFETCH(QString, text);
        QFETCH(QString, at);
        const QList<Problem> found = problemsOf(text, QStringLiteral("front-matter"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(where(found.first()), at);
        QCOMPARE(found.first().severity, Problem::Severity::Error);
    }
    void aQuotedValueOverIndentedLinesIsYaml()
    {
        const QString text = with(u"author: \"Blog Agent\""_s, u"author: \"Blog\n  Agent\""_s);
        QCOMPARE(problemsOf(text, QStringLiteral("front-matter")).size(), 0);
    }

    void requiredField()
    {
        const QList<Problem> found =
            problemsOf(with(u"draft: false\n"_s, QString()), QStringLiteral("required-field"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(where(found.first()), QStringLiteral("2:1"));
        QVERIFY(found.first().message.contains(u"draft"));
    }

    void disclaimer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("at");
        QTest::newRow("altered") << with(u"of the site owner"_s, u"of the owner"_s)
                                 << QStringLiteral("9:1");
        QTest::newRow("missing")
            << with(
                   u"> *Notice:* This post has been automatically generated and does not reflect the views of the site owner, nor does it claim to be accurate.\n"_s,
                   QString())
            << QStringLiteral("9:1");
    }
    void disclaimer()
    {
        QFETCH(QString, text);
        QFETCH(QString, at);
        const QList<Problem> found = problemsOf(text, QStringLiteral("disclaimer"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(where(found.first()), at);
        QCOMPARE(applied(text, found.first()), kClean);
    }
    void theSitesDisclaimerIsTheOneAsked()
    {
        LintContext site = context();
        site.disclaimer = QStringLiteral("> Written by a machine.");
        const QList<Problem> found = problemsOf(kClean, QStringLiteral("disclaimer"), site);
        QCOMPARE(found.size(), 1);
        QCOMPARE(where(found.first()), QStringLiteral("9:1"));
        QVERIFY(applied(kClean, found.first()).contains(u"\n> Written by a machine.\n\n## "));
    }

    void tags()
    {
        const QList<Problem> empty = problemsOf(
            with(u"tags: [\"daily ai summary\", \"automated content\", \"gpt-4o-mini\"]"_s,
                 u"tags: []"_s),
            QStringLiteral("tags-empty"));
        QCOMPARE(empty.size(), 1);
        QCOMPARE(where(empty.first()), QStringLiteral("6:1"));

        const QString twice =
            with(u"\"gpt-4o-mini\"]"_s, u"\"gpt-4o-mini\", \"Automated Content\"]"_s);
        const QList<Problem> duplicate = problemsOf(twice, QStringLiteral("tags-duplicate"));
        QCOMPARE(duplicate.size(), 1);
        // At the second one, the range of its text.
        QCOMPARE(where(duplicate.first()), QStringLiteral("6:65"));
        QCOMPARE(duplicate.first().length, 17);
        QCOMPARE(applied(twice, duplicate.first()), kClean);
    }

    void modelTag()
    {
        LintContext withModel = context();
        withModel.model = QStringLiteral("gpt-4.1");
        const QList<Problem> found = problemsOf(kClean, QStringLiteral("model-tag"), withModel);
        QCOMPARE(found.size(), 1);
        QCOMPARE(where(found.first()), QStringLiteral("6:1"));
        const QString fixed = applied(kClean, found.first());
        QVERIFY(
            fixed.contains(u"tags: [\"daily ai summary\", \"automated content\", \"gpt-4.1\"]"));
        QCOMPARE(digest::lintPost(fixed, withModel), QList<Problem>());
        withModel.model = QStringLiteral("gpt-4o-mini");
        QCOMPARE(problemsOf(kClean, QStringLiteral("model-tag"), withModel).size(), 0);
    }

    void dates()
    {
        const QList<Problem> zone =
            problemsOf(with(u"05:36:31Z"_s, u"05:36:31"_s), QStringLiteral("date-zone"));
        QCOMPARE(zone.size(), 1);
        QCOMPARE(where(zone.first()), QStringLiteral("3:1"));
        QCOMPARE(zone.first().severity, Problem::Severity::Warning);

        LintContext early = context();
        early.now = QDateTime(QDate(2025, 6, 10), QTime(5, 0), QTimeZone::utc());
        const QList<Problem> future = problemsOf(kClean, QStringLiteral("date-future"), early);
        QCOMPARE(future.size(), 1);
        QCOMPARE(where(future.first()), QStringLiteral("3:1"));
        QCOMPARE(future.first().severity, Problem::Severity::Error);

        const QList<Problem> named = problemsOf(kClean, QStringLiteral("date-filename"),
                                                context(u"posts/2025-06-11-ai-auto-summary.md"_s));
        QCOMPARE(named.size(), 1);
        QCOMPARE(where(named.first()), QStringLiteral("3:1"));
        // 05:36 UTC is still the day before in Los Angeles.
        LintContext west = context();
        west.siteZone = QTimeZone(QByteArrayLiteral("America/Los_Angeles"));
        QCOMPARE(problemsOf(kClean, QStringLiteral("date-filename"), west).size(), 1);
    }

    void draftOn()
    {
        const QList<Problem> found =
            problemsOf(with(u"draft: false"_s, u"draft: true"_s), QStringLiteral("draft-on"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(where(found.first()), QStringLiteral("4:1"));
        QCOMPARE(found.first().severity, Problem::Severity::Warning);
        // Its range is the line.
        QCOMPARE(found.first().length, int(u"draft: true"_s.size()));
    }

    void emptySlot_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("at");
        for (const QString& placeholder : {u"..."_s, u"…"_s, u"None"_s, u"N/A"_s})
            QTest::newRow(qPrintable(placeholder))
                << with(u"Misuse becomes easier."_s, placeholder) << QStringLiteral("19:6");
        QTest::newRow("no text") << with(u"\n     Misuse becomes easier."_s, QString())
                                 << QStringLiteral("18:6");
        QTest::newRow("trending") << with(u"- A new chip fab opens"_s, u"-"_s)
                                  << QStringLiteral("32:1");
        QTest::newRow("prediction") << with(u"\n  - Progress becomes hard to foresee."_s, QString())
                                    << QStringLiteral("39:3");
    }
    void emptySlot()
    {
        QFETCH(QString, text);
        QFETCH(QString, at);
        const QList<Problem> found = problemsOf(text, QStringLiteral("empty-slot"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(where(found.first()), at);
    }

    void rawHtml()
    {
        // Columns count UTF-16 units: the dash is 3 bytes in UTF-8, one unit here.
        const QString text =
            with(u"Prices rise for everyone."_s, u"Prices — rise for <b>everyone</b>."_s) +
            u"\n<div>aside</div>\n"_s;
        const QList<Problem> found = problemsOf(text, QStringLiteral("raw-html"));
        QStringList at;
        for (const Problem& problem : found)
            at.append(where(problem));
        QCOMPARE(at, QStringList({u"27:24"_s, u"27:35"_s, u"42:1"_s}));
        QStringList lengths;
        for (const Problem& problem : found)
            lengths.append(QString::number(problem.length));
        // "<b>", "</b>", and the block's line.
        QCOMPARE(lengths, QStringList({u"3"_s, u"4"_s, u"16"_s}));
        QCOMPARE(found.first().severity, Problem::Severity::Warning);
    }

    void slotIncomplete()
    {
        LintContext cut = context();
        cut.unfinishedSlots = {
            {19, 6, u"consequence-1/ramifications"_s, u"cut off at the token limit"_s}};
        const QList<Problem> found = problemsOf(kClean, QStringLiteral("slot-incomplete"), cut);
        QCOMPARE(found.size(), 1);
        QCOMPARE(where(found.first()), QStringLiteral("19:6"));
        QCOMPARE(found.first().severity, Problem::Severity::Error);
        QCOMPARE(found.first().length, int(u"Misuse becomes easier."_s.size()));
        QVERIFY(found.first().message.contains(u"cut off at the token limit"));
        QVERIFY(found.first().message.contains(u"consequence-1/ramifications"));
    }

    void slotUnfinished_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("at");
        QTest::addColumn<int>("length");
        QTest::newRow("benefits") << with(u"Researchers can study it closely."_s,
                                          u"Researchers can study it closely and"_s)
                                  << QStringLiteral("16:39") << 3;
        QTest::newRow("over two lines")
            << with(u"Misuse becomes easier."_s, u"Misuse becomes\n     easier for the"_s)
            << QStringLiteral("20:17") << 3;
        QTest::newRow("prediction")
            << with(u"Progress becomes hard to foresee."_s, u"Progress becomes hard to"_s)
            << QStringLiteral("40:27") << 2;
    }
    void slotUnfinished()
    {
        QFETCH(QString, text);
        QFETCH(QString, at);
        QFETCH(int, length);
        const QList<Problem> found = problemsOf(text, QStringLiteral("slot-unfinished"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(where(found.first()), at);
        QCOMPARE(found.first().length, length);
        QCOMPARE(found.first().severity, Problem::Severity::Warning);
    }
    void finishedSentencesAreNotUnfinished_data()
    {
        QTest::addColumn<QString>("ending");
        for (const QString& ending : {u"easier!"_s, u"easier?"_s, u"easier…"_s, u"\"easier.\""_s,
                                      u"(easier.)"_s, u"*easier.*"_s, u"easier.”"_s})
            QTest::newRow(qPrintable(ending)) << ending;
    }
    void finishedSentencesAreNotUnfinished()
    {
        QFETCH(QString, ending);
        const QString text = with(u"easier."_s, ending);
        QCOMPARE(problemsOf(text, QStringLiteral("slot-unfinished")).size(), 0);
    }

    void topicCovered()
    {
        LintContext covered = context();
        covered.coveredBy = [](const QString& title) {
            return title == u"Chip export rules tighten" || title == u"Open model release"
                       ? u"2025-06-01-ai-auto-summary.md"_s
                       : QString();
        };
        const QList<Problem> found = problemsOf(kClean, QStringLiteral("topic-covered"), covered);
        QStringList at;
        for (const Problem& problem : found)
            at.append(where(problem) + u'+' + QString::number(problem.length));
        QCOMPARE(at, QStringList({u"21:6+25"_s, u"31:4+18"_s}));
        QCOMPARE(found.first().severity, Problem::Severity::Warning);
        QCOMPARE(found.first().message,
                 u"\"Chip export rules tighten\" was covered in 2025-06-01-ai-auto-summary.md."_s);
        // Unset, the rule is off.
        QCOMPARE(problemsOf(kClean, QStringLiteral("topic-covered")).size(), 0);
    }

    void problemsComeInTheOrderOfTheFile()
    {
        const QString text =
            with(u"draft: false"_s, u"draft: true"_s, with(u"Misuse becomes easier."_s, u"..."_s));
        QStringList rules;
        for (const Problem& problem : digest::lintPost(text, context()))
            rules.append(problem.rule);
        QCOMPARE(rules, QStringList({u"draft-on"_s, u"empty-slot"_s}));
    }

    // The published posts: how many break each rule (printed); none has broken front matter.
    void corpus()
    {
        const QDir folder(QStringLiteral(DIGEST_CORPUS_DIR));
        if (!folder.exists())
            QSKIP(qPrintable(
                u"The corpus of published posts is not at %1."_s.arg(folder.absolutePath())));
        QMap<QString, int> posts;
        const QStringList names = folder.entryList({u"*.md"_s}, QDir::Files, QDir::Name);
        for (const QString& name : names) {
            LintContext lintContext = context(name);
            lintContext.now = QDateTime::currentDateTimeUtc();
            QSet<QString> rules;
            for (const Problem& problem :
                 digest::lintPost(readFile(folder.filePath(name)), lintContext))
                rules.insert(problem.rule);
            for (const QString& rule : rules)
                ++posts[rule];
        }
        for (auto it = posts.cbegin(); it != posts.cend(); ++it)
            qInfo("%-16s %d of %lld posts", qPrintable(it.key()), it.value(), names.size());
        QVERIFY(names.size() > 0);
        QCOMPARE(posts.value(u"front-matter"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
