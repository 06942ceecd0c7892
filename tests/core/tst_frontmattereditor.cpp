#include "core/post/post.h"
#include "core/post/postfile.h"

#include <QDateTime>
#include <QTest>

using digest::Post;
using namespace Qt::StringLiterals;

namespace {

Post fixturePost(const QString& name)
{
    const auto text = digest::PostFile::read(QStringLiteral(DIGEST_FIXTURES_DIR "/") + name);
    if (!text)
        qFatal("missing fixture %s", qPrintable(name));
    return Post::fromText(text.value());
}

// The lines of `after` that differ from `before`, when both have the same number of lines;
// otherwise every line of `after` that is not in `before`.
QStringList changedLines(const QString& before, const QString& after)
{
    const QStringList old = before.split(u'\n');
    const QStringList now = after.split(u'\n');
    QStringList changed;
    if (old.size() == now.size()) {
        for (qsizetype i = 0; i < now.size(); ++i) {
            if (old[i] != now[i])
                changed.append(now[i]);
        }
        return changed;
    }
    for (const QString& line : now) {
        if (!old.contains(line))
            changed.append(line);
    }
    return changed;
}

} // namespace

class tst_FrontMatterEditor final : public QObject
{
    Q_OBJECT

private slots:
    void readsTypedValues_data();
    void readsTypedValues();
    void editChangesOnlyThatLine_data();
    void editChangesOnlyThatLine();
    void editedValueReadsBack();
    void missingKeysAreAdded();
    void brokenYamlIsReportedWithItsLine();
    void unsafeValuesCannotBreakTheFrontMatter();
    void refusesWhatItCannotReplaceAlone_data();
    void refusesWhatItCannotReplaceAlone();
    void blockListKeepsItsItemsAndLineEndings();
};

void tst_FrontMatterEditor::readsTypedValues_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("draft");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<bool>("coverHidden");
    QTest::newRow("yaml canonical")
        << QStringLiteral("canonical.md") << QStringLiteral("[Daily Automated AI Summary]")
        << QStringLiteral("2026-11-20T05:31:02Z") << false
        << QStringList{QStringLiteral("daily ai summary"), QStringLiteral("automated content"),
                       QStringLiteral("gpt-4o-mini")}
        << true;
    QTest::newRow("yaml styles") << QStringLiteral("frontmatter/yaml-styles.md")
                                 << QStringLiteral("Notes on \"sparse\" routing")
                                 << QStringLiteral("2026-11-18T06:15:00Z") << true
                                 << QStringList{QStringLiteral("notes"), QStringLiteral("routing")}
                                 << false;
    QTest::newRow("toml") << QStringLiteral("frontmatter/toml-full.md")
                          << QStringLiteral("A TOML post") << QStringLiteral("2026-11-21T06:00:00Z")
                          << false << QStringList{QStringLiteral("notes"), QStringLiteral("toml")}
                          << true;
    QTest::newRow("json") << QStringLiteral("frontmatter/json-full.md")
                          << QStringLiteral("A JSON post") << QStringLiteral("2026-11-22T06:00:00Z")
                          << false << QStringList{QStringLiteral("notes"), QStringLiteral("json")}
                          << true;
}

void tst_FrontMatterEditor::readsTypedValues()
{
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QString, date);
    QFETCH(bool, draft);
    QFETCH(QStringList, tags);
    QFETCH(bool, coverHidden);

    const auto values = fixturePost(file).frontMatter();
    QVERIFY2(values.ok(), qPrintable(values.errorMessage()));
    QCOMPARE(values.value().title(), title);
    QVERIFY(values.value().date().hasZone);
    QCOMPARE(values.value().date().value.toUTC(), QDateTime::fromString(date, Qt::ISODate));
    QCOMPARE(values.value().draft(), draft);
    QCOMPARE(values.value().tags(), tags);
    QCOMPARE(values.value().cover().hidden, coverHidden);
    QCOMPARE(values.value().keys.first(), QStringLiteral("title"));
}

void tst_FrontMatterEditor::editChangesOnlyThatLine_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expectedLine");

    const QString yaml = QStringLiteral("canonical.md");
    QTest::newRow("yaml title") << yaml << QStringLiteral("title")
                                << QVariant(QStringLiteral("Morning \"edition\""))
                                << QStringLiteral("title: \"Morning \\\"edition\\\"\"");
    QTest::newRow("yaml draft") << yaml << QStringLiteral("draft") << QVariant(true)
                                << QStringLiteral("draft: true");
    QTest::newRow("yaml date") << yaml << QStringLiteral("date")
                               << QVariant(QDateTime(QDate(2026, 11, 21), QTime(5, 0), Qt::UTC))
                               << QStringLiteral("date: 2026-11-21T05:00:00Z");
    QTest::newRow("yaml tags") << yaml << QStringLiteral("tags")
                               << QVariant(
                                      QStringList{QStringLiteral("a"), QStringLiteral("gpt-5")})
                               << QStringLiteral("tags: [\"a\", \"gpt-5\"]");
    QTest::newRow("yaml cover.alt")
        << yaml << QStringLiteral("cover.alt") << QVariant(QStringLiteral("gulls"))
        << QStringLiteral("    alt: \"gulls\"");

    const QString styles = QStringLiteral("frontmatter/yaml-styles.md");
    QTest::newRow("yaml single quotes kept")
        << styles << QStringLiteral("title") << QVariant(QStringLiteral("It's new"))
        << QStringLiteral("title: 'It''s new'");
    QTest::newRow("yaml plain kept")
        << styles << QStringLiteral("author") << QVariant(QStringLiteral("Night desk"))
        << QStringLiteral("author: Night desk");
    QTest::newRow("yaml comment kept")
        << styles << QStringLiteral("cover.caption") << QVariant(QStringLiteral("at dawn"))
        << QStringLiteral("    caption: \"at dawn\"   # shown under the image");
    QTest::newRow("yaml nested plain")
        << styles << QStringLiteral("params.mood") << QVariant(QStringLiteral("busy"))
        << QStringLiteral("  mood: busy");
    QTest::newRow("yaml date keeps comment")
        << styles << QStringLiteral("date")
        << QVariant(QDateTime(QDate(2026, 11, 18), QTime(8, 0), Qt::OffsetFromUTC, 3600))
        << QStringLiteral("date: 2026-11-18T08:00:00+01:00 # local morning");

    const QString toml = QStringLiteral("frontmatter/toml-full.md");
    QTest::newRow("toml title") << toml << QStringLiteral("title")
                                << QVariant(QStringLiteral("New"))
                                << QStringLiteral("title = \"New\"");
    QTest::newRow("toml draft keeps comment") << toml << QStringLiteral("draft") << QVariant(true)
                                              << QStringLiteral("draft = true # not a draft");
    QTest::newRow("toml literal kept")
        << toml << QStringLiteral("author") << QVariant(QStringLiteral("Desk"))
        << QStringLiteral("author = 'Desk'");
    QTest::newRow("toml table") << toml << QStringLiteral("cover.hidden") << QVariant(false)
                                << QStringLiteral("hidden = false");

    const QString json = QStringLiteral("frontmatter/json-full.md");
    QTest::newRow("json title") << json << QStringLiteral("title")
                                << QVariant(QStringLiteral("New \"one\""))
                                << QStringLiteral("  \"title\": \"New \\\"one\\\"\",");
    QTest::newRow("json nested") << json << QStringLiteral("cover.hidden") << QVariant(false)
                                 << QStringLiteral("    \"hidden\": false");
}

void tst_FrontMatterEditor::editChangesOnlyThatLine()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(QVariant, value);
    QFETCH(QString, expectedLine);

    Post post = fixturePost(file);
    const QString before = post.toText();
    const digest::Status edited = post.setFrontMatterValue(path, value);
    QVERIFY2(edited.ok(), qPrintable(edited.errorMessage()));
    QCOMPARE(changedLines(before, post.toText()), QStringList{expectedLine});
}

void tst_FrontMatterEditor::editedValueReadsBack()
{
    for (const char* file : {"canonical.md", "frontmatter/toml-full.md", "frontmatter/json-full.md",
                             "frontmatter/yaml-styles.md"}) {
        Post post = fixturePost(QString::fromLatin1(file));
        const QStringList tags{QStringLiteral("x: y"), QStringLiteral("#hash"),
                               QStringLiteral("quote \" and \\ backslash")};
        QVERIFY2(post.setFrontMatterValue(QStringLiteral("tags"), tags).ok(), file);
        QVERIFY2(post.setFrontMatterValue(QStringLiteral("title"), QStringLiteral("---")).ok(),
                 file);
        const auto values = post.frontMatter();
        QVERIFY2(values.ok(), qPrintable(values.errorMessage()));
        QCOMPARE(values.value().tags(), tags);
        QCOMPARE(values.value().title(), QStringLiteral("---"));
        // The body is still where it was.
        QCOMPARE(Post::fromText(post.toText()).body(), post.body());
    }
}

void tst_FrontMatterEditor::missingKeysAreAdded()
{
    Post yaml = fixturePost(QStringLiteral("canonical.md"));
    QVERIFY(yaml.setFrontMatterValue(QStringLiteral("description"), QStringLiteral("Short")).ok());
    QVERIFY(yaml.setFrontMatterValue(QStringLiteral("cover.caption"), QStringLiteral("c")).ok());
    QVERIFY(yaml.setFrontMatterValue(QStringLiteral("params.series"), QStringLiteral("s")).ok());
    QVERIFY(yaml.toText().contains(u"    hidden: true\n    caption: \"c\"\n"));
    QVERIFY(yaml.toText().contains(
        u"description: \"Short\"\nparams:\n    series: \"s\"\n---\n> *Notice:*"));
    QCOMPARE(yaml.bodyFirstLine(), 15 + 4);

    Post toml = fixturePost(QStringLiteral("frontmatter/toml-full.md"));
    QVERIFY(toml.setFrontMatterValue(QStringLiteral("weight"), 5).ok());
    QVERIFY(toml.setFrontMatterValue(QStringLiteral("cover.alt"), QStringLiteral("a")).ok());
    QVERIFY2(toml.toText().contains(u"tags = [\"notes\", \"toml\"]\nweight = 5\n\n[cover]"),
             qPrintable(toml.toText()));
    QVERIFY(toml.toText().contains(u"hidden = true\nalt = \"a\"\n+++"));

    Post json = fixturePost(QStringLiteral("frontmatter/json-full.md"));
    QVERIFY(json.setFrontMatterValue(QStringLiteral("weight"), 5).ok());
    QVERIFY2(json.toText().contains(u"    \"hidden\": true\n  },\n  \"weight\": 5\n}"),
             qPrintable(json.toText()));
}

void tst_FrontMatterEditor::brokenYamlIsReportedWithItsLine()
{
    const Post post =
        Post::fromText(QStringLiteral("---\ntitle: \"ok\"\ntags: [a, b\n---\nBody\n"));
    const auto values = post.frontMatter();
    QVERIFY(!values.ok());
    QVERIFY2(values.errorMessage().contains(u"line"), qPrintable(values.errorMessage()));
}

void tst_FrontMatterEditor::unsafeValuesCannotBreakTheFrontMatter()
{
    Post post = fixturePost(QStringLiteral("canonical.md"));
    const QString hostile = QStringLiteral("x\"\n---\ndraft: true\n# \\ ' : [");
    QVERIFY(post.setFrontMatterValue(QStringLiteral("title"), hostile).ok());
    const Post reread = Post::fromText(post.toText());
    QCOMPARE(reread.body(), post.body());
    QCOMPARE(reread.frontMatter().value().title(), hostile);
    QCOMPARE(reread.frontMatter().value().draft(), false);
}

void tst_FrontMatterEditor::refusesWhatItCannotReplaceAlone_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("why");

    QTest::newRow("yaml literal block")
        << QStringLiteral("---\ntitle: |\n  one\n  two\n---\n") << QStringLiteral("title")
        << QStringLiteral("block scalar");
    QTest::newRow("yaml folded block")
        << QStringLiteral("---\ncover:\n  alt: >-\n    gulls\n---\n") << QStringLiteral("cover.alt")
        << QStringLiteral("block scalar");
    QTest::newRow("yaml plain over lines")
        << QStringLiteral("---\ntitle: one\n  two\ndraft: false\n---\n") << QStringLiteral("title")
        << QStringLiteral("several lines");
    QTest::newRow("yaml quoted over lines")
        << QStringLiteral("---\ntitle: \"one\n  two\"\ndraft: false\n---\n")
        << QStringLiteral("title") << QStringLiteral("several lines");
    QTest::newRow("yaml anchor") << QStringLiteral("---\nauthor: &a Desk\nby: *a\n---\n")
                                 << QStringLiteral("author") << QStringLiteral("anchor");
    QTest::newRow("yaml flow parent") << QStringLiteral("---\ncover: {alt: x}\n---\n")
                                      << QStringLiteral("cover.alt") << QStringLiteral("inline");
    QTest::newRow("toml basic multi-line")
        << QStringLiteral("+++\ntitle = \"\"\"\none\ntwo\"\"\"\n+++\n") << QStringLiteral("title")
        << QStringLiteral("multi-line TOML string");
    QTest::newRow("toml literal multi-line")
        << QStringLiteral("+++\n[cover]\nalt = '''gulls\nat dawn'''\n+++\n")
        << QStringLiteral("cover.alt") << QStringLiteral("multi-line TOML string");
    QTest::newRow("toml inline table")
        << QStringLiteral("+++\ntitle = \"x\"\ncover = { alt = \"x\" }\n+++\n")
        << QStringLiteral("cover.alt") << QStringLiteral("inline");
    QTest::newRow("toml dotted keys")
        << QStringLiteral("+++\ntitle = \"x\"\ncover.alt = \"x\"\n+++\n")
        << QStringLiteral("cover.hidden") << QStringLiteral("dotted keys");
    QTest::newRow("toml array of tables")
        << QStringLiteral("+++\ntitle = \"x\"\n[[cover]]\nalt = \"x\"\n+++\n")
        << QStringLiteral("cover.alt") << QStringLiteral("array of tables");
    QTest::newRow("toml too deep") << QStringLiteral("+++\n[a.b]\nc = 1\n+++\n")
                                   << QStringLiteral("a.b.c") << QStringLiteral("one table deep");
    QTest::newRow("json scalar parent")
        << QStringLiteral("{\n  \"cover\": \"x\"\n}\n") << QStringLiteral("cover.alt")
        << QStringLiteral("holds a value");
    QTest::newRow("json twice") << QStringLiteral("{\n  \"title\": \"a\",\n  \"title\": \"b\"\n}\n")
                                << QStringLiteral("title") << QStringLiteral("twice");
}

// A value that only a hand edit can change is refused, with the key and why, never rewritten.
void tst_FrontMatterEditor::refusesWhatItCannotReplaceAlone()
{
    QFETCH(QString, text);
    QFETCH(QString, path);
    QFETCH(QString, why);
    Post post = Post::fromText(text);
    QVERIFY2(post.frontMatter().ok(), qPrintable(post.frontMatter().errorMessage()));
    const digest::Status edited = post.setFrontMatterValue(path, QStringLiteral("new"));
    QVERIFY(!edited.ok());
    QVERIFY2(edited.errorMessage().contains(u"“" + path + u"”") &&
                 edited.errorMessage().contains(why),
             qPrintable(edited.errorMessage()));
    QCOMPARE(post.toText(), text);
}

// Adding an item to a block list adds its line; removing one removes it; the other items stay
// as they were written, with the file's line endings.
void tst_FrontMatterEditor::blockListKeepsItsItemsAndLineEndings()
{
    const QString text = QStringLiteral(
        "---\r\ntitle: x\r\ntags:\r\n  - plain\r\n  - 'single'   # why\r\n  - \"double\"\r\n"
        "draft: false\r\n---\r\nBody\r\n");
    Post post = Post::fromText(text);
    const QStringList tags{QStringLiteral("plain"), QStringLiteral("single"),
                           QStringLiteral("double")};
    QVERIFY(
        post.setFrontMatterValue(QStringLiteral("tags"), tags + QStringList{QStringLiteral("new")})
            .ok());
    QCOMPARE(post.toText(), QString(text).replace(QStringLiteral("\"double\"\r\n"),
                                                  QStringLiteral("\"double\"\r\n  - \"new\"\r\n")));
    QVERIFY(post.setFrontMatterValue(QStringLiteral("tags"), tags).ok());
    QCOMPARE(post.toText(), text);
    QVERIFY(post.setFrontMatterValue(QStringLiteral("tags"),
                                     QStringList{QStringLiteral("plain"), QStringLiteral("double")})
                .ok());
    QCOMPARE(post.toText(), QString(text).remove(QStringLiteral("  - 'single'   # why\r\n")));
}

QTEST_GUILESS_MAIN(tst_FrontMatterEditor)
#include "tst_frontmattereditor.moc"
