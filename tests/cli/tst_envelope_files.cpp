// The resource envelope of issue 11 for files: no post under 1 MB makes digestctl (render,
// outline, roundtrip, lint, new from an archetype) or the app crash, hang, take more than the
// envelope's time or use more than its memory, and a refused input says which limit it hit.
// Every command runs in a child process (runBounded), so an input that still crashed or blew
// up would fail the test, not take the machine down.
#include "boundedrun.h"
#include "processenvironment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <csignal>

using namespace digest::test;
using namespace std::chrono_literals;

namespace {

QByteArray repeated(const QByteArray& part, int times)
{
    QByteArray out;
    out.reserve(part.size() * times);
    for (int i = 0; i < times; ++i)
        out += part;
    return out;
}

QByteArray withYaml(const QByteArray& frontMatter, const QByteArray& body = "Body.\n")
{
    return "---\ntitle: \"Hostile\"\n" + frontMatter + "\n---\n" + body;
}

// A billion laughs: nine levels of nine aliases each, 9^9 strings once expanded, 355 bytes.
QByteArray aliasBomb()
{
    QByteArray text =
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    char previous = 'a';
    for (char name = 'b'; name <= 'i'; ++name) {
        QByteArray uses = repeated(QByteArray("*") + previous + ',', 9);
        uses.chop(1);
        text += QByteArray(1, name) + ": &" + name + " [" + uses + "]\n";
        previous = name;
    }
    return withYaml(text.trimmed());
}

// A GFM table whose header has 1,000 columns and whose 20,000 rows have one cell each:
// cmark-gfm pads each row to 1,000 cells (CVE-2023-37463).
QByteArray paddedTable()
{
    return withYaml({}, "|" + repeated("a|", 1000) + "\n|" + repeated("-|", 1000) + "\n" +
                            repeated("x\n", 20000));
}

struct Hostile
{
    const char* name;
    QByteArray text;
    // Whether it is the front matter that is hostile: then the commands that read it (render
    // and lint read it too) run, else those that read the body; roundtrip only copies a body.
    bool frontMatter = false;
};

QList<Hostile> hostileFiles()
{
    QByteArray manyKeys;
    for (int i = 0; i < 40000; ++i)
        manyKeys += "k" + QByteArray::number(i) + ": v\n";
    QByteArray manyTags = "tags: [";
    for (int i = 0; i < 50000; ++i)
        manyTags += "t" + QByteArray::number(i) + ',';
    manyTags.chop(1);
    return {
        {"yaml-self-alias", withYaml("k: &a [*a]"), true},
        {"yaml-alias-bomb", aliasBomb(), true},
        {"yaml-deep", withYaml("k: " + repeated("[", 5000) + repeated("]", 5000)), true},
        {"yaml-unterminated-quote", withYaml("author: \"Blog\ndate: 2023-01-01"), true},
        {"yaml-nul", withYaml(QByteArray("author: a\0b", 11)), true},
        {"yaml-many-keys", withYaml(manyKeys.trimmed()), true},
        {"yaml-many-tags", withYaml(manyTags + ']'), true},
        // The lint rewrote the front matter for each repeat of a tag: a hang at 20,000.
        {"yaml-repeated-tags", withYaml("tags: [" + repeated("a,", 20000) + "a]"), true},
        {"toml-deep-header", "+++\n[" + repeated("a.", 29999) + "a]\nx = 1\n+++\nBody.\n", true},
        {"toml-deep-inline-key", "+++\nk = {" + repeated("a.", 29999) + "a = 1}\n+++\nBody.\n",
         true},
        {"toml-deep-array",
         "+++\nk = " + repeated("[", 5000) + repeated("]", 5000) + "\n+++\nBody.\n", true},
        {"json-deep", "{\"k\": " + repeated("[", 5000) + repeated("]", 5000) + "}\nBody.\n", true},
        {"json-nul", QByteArray("{\"title\": \"a\0b\"}\nBody.\n", 23), true},
        {"table-padding", paddedTable()},
        {"deep-quotes", withYaml({}, repeated(">", 50000) + " x\n")},
        {"deep-lists", withYaml({}, repeated("- ", 50000) + "x\n")},
        {"deep-brackets", withYaml({}, repeated("[", 50000) + "x\n")},
        {"deep-emphasis", withYaml({}, repeated("*", 50000) + "x" + repeated("*", 50000))},
        {"many-headings", withYaml({}, repeated("# h\n", 100000))},
        {"long-line", withYaml({}, repeated("x", 900000) + "\n")},
        // The spelling rule looked back over the paragraph from each line: 18 s for 80 KB.
        {"long-paragraph", withYaml({}, repeated("word\n", 100000))},
        // ... and converted the whole line again for each link on it: a hang at 50,000.
        {"many-links-on-a-line", withYaml({}, repeated("[a](http://x/) ", 50000) + "\n")},
        {"many-footnote-references", withYaml({}, repeated("x[^1] ", 60000) + "\n\n[^1]: n\n")},
        {"many-autolinks", withYaml({}, repeated("www.x.com ", 80000) + "\n")},
        {"many-task-items", withYaml({}, repeated("- [ ] x\n", 100000))},
        {"html-tags", withYaml({}, "<div>\n" + repeated("<span>", 100000) + "\n</div>\n")},
        // The raw-HTML rule, too, converted the line again for each tag on it.
        {"html-tags-on-a-line", withYaml({}, "x " + repeated("<b>", 100000) + "\n")},
        {"smart-quotes", withYaml({}, repeated("\"a' ", 150000) + "\n")},
        {"nul-in-body", withYaml({}, QByteArray("a\0b\n", 4))},
        {"invalid-utf8", withYaml({}, "\xff\xfe\xc3( \xed\xa0\x80\n")},
    };
}

} // namespace

class TestEnvelopeFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString pathOf(const QString& name) const { return m_dir.filePath(name + u".md"); }

    static QProcessEnvironment environment(const QString& home)
    {
        QProcessEnvironment environment = pinnedLocaleEnvironment();
        // The settings of a user who has none: no site folder, nothing of the machine's.
        environment.insert(u"HOME"_qs, home);
        environment.insert(u"XDG_CONFIG_HOME"_qs, home + u"/config"_qs);
        environment.insert(u"XDG_DATA_HOME"_qs, home + u"/data"_qs);
        environment.insert(u"XDG_CACHE_HOME"_qs, home + u"/cache"_qs);
        return environment;
    }

    BoundedRun digestctl(const QStringList& arguments) const
    {
        return runBounded(QStringLiteral(DIGESTCTL_PATH), arguments, {},
                          environment(m_dir.filePath(u"home"_qs)));
    }

    static void checkEnvelope(const BoundedRun& run)
    {
        QVERIFY2(run.exited(), describe(run));
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, describe(run));
        QVERIFY2(run.elapsed < envelopeTimeLimit(), describe(run));
        QVERIFY2(run.peakRssBytes < envelopeMemoryLimitBytes(), describe(run));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(u"home"_qs));
        for (const Hostile& hostile : hostileFiles()) {
            QVERIFY2(hostile.text.size() < 1024 * 1024, hostile.name);
            QFile file(pathOf(QString::fromLatin1(hostile.name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(hostile.text), hostile.text.size());
        }
    }

    void commandsStayInTheEnvelope_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("input");
        for (const Hostile& hostile : hostileFiles()) {
            const auto commands = hostile.frontMatter ? std::array{"render", "roundtrip", "lint"}
                                                      : std::array{"render", "outline", "lint"};
            for (const char* command : commands)
                QTest::addRow("%s %s", command, hostile.name)
                    << QString::fromLatin1(command) << QString::fromLatin1(hostile.name);
        }
    }
    void commandsStayInTheEnvelope()
    {
        QFETCH(QString, command);
        QFETCH(QString, input);
        const BoundedRun run = digestctl({command, pathOf(input)});
        checkEnvelope(run);
        // A refusal is explained: on stderr, or for the lint as the problems it prints.
        if (run.exitCode == 1)
            QVERIFY2(!run.err.trimmed().isEmpty() ||
                         (command == u"lint" && !run.out.trimmed().isEmpty()),
                     describe(run));
    }

    void refusalsNameTheLimit_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("self alias") << u"yaml-self-alias"_qs
                                    << u"alias in the front matter refers to the value that "
                                       "contains it"_qs;
        QTest::newRow("alias bomb")
            << u"yaml-alias-bomb"_qs << u"more than 200000 values, aliases expanded (the limit)"_qs;
        for (const char* deep : {"yaml-deep", "toml-deep-header", "toml-deep-array",
                                 "toml-deep-inline-key", "json-deep"})
            QTest::newRow(deep) << QString::fromLatin1(deep)
                                << u"nested more than 64 levels deep (the limit)"_qs;
        QTest::newRow("open quote")
            << u"yaml-unterminated-quote"_qs << u"line 3: The quoted value is not closed"_qs;
        QTest::newRow("nul") << u"yaml-nul"_qs << u"control character (U+0000)"_qs;
        QTest::newRow("json nul") << u"json-nul"_qs << u"control character (U+0000)"_qs;
    }
    void refusalsNameTheLimit()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        const BoundedRun run = digestctl({u"roundtrip"_qs, pathOf(input)});
        checkEnvelope(run);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void aTableTooLargeToPadIsShownAsText()
    {
        const BoundedRun run = digestctl({u"render"_qs, pathOf(u"table-padding"_qs)});
        checkEnvelope(run);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains("<table"));
        QVERIFY(run.out.contains("|a|a|a|"));
        // The lint says why.
        const BoundedRun lint = digestctl({u"lint"_qs, pathOf(u"table-padding"_qs)});
        checkEnvelope(lint);
        QVERIFY2(lint.out.contains("more than 200000 cells together (the limit); they are shown "
                                   "as text. [markdown-limit]"),
                 lint.out.left(2000));
    }

    void aChainedReplaceInAnArchetypeIsBounded()
    {
        // Each replace makes its input ten times longer: 10^10 characters after nine.
        const QString site = m_dir.filePath(u"site"_qs);
        QVERIFY(QDir().mkpath(site + u"/archetypes"_qs));
        QFile archetype(site + u"/archetypes/default.md"_qs);
        QVERIFY(archetype.open(QIODevice::WriteOnly));
        archetype.write("---\ntitle: \"{{ \"aaaaaaaaaa\"" +
                        repeated(" | replace \"aaaaaaaaaa\" \"a\"", 9) +
                        " }}\"\ndate: {{ .Date }}\ndraft: true\n---\n");
        archetype.close();
        const QString post = m_dir.filePath(u"new-post.md"_qs);
        const BoundedRun run = digestctl(
            {u"new"_qs, u"--site"_qs, site, u"-o"_qs, post, u"--date"_qs, u"2024-01-02"_qs});
        checkEnvelope(run);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("longer than 1000000 characters (the limit)"), run.err);
        QVERIFY(!QFile::exists(post));
    }

    void theAppOpensWhatCrashedIt_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("yaml self alias") << u"yaml-self-alias"_qs;
        QTest::newRow("toml deep header") << u"toml-deep-header"_qs;
    }
    void theAppOpensWhatCrashedIt()
    {
        // The app has no option to quit by itself: it must still be running, not crashed,
        // when the runner stops it after a few seconds.
        QFETCH(QString, input);
        QProcessEnvironment environment =
            TestEnvelopeFiles::environment(m_dir.filePath(u"home"_qs));
        environment.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
        environment.insert(u"QTWEBENGINE_DISABLE_SANDBOX"_qs, u"1"_qs);
        const BoundedRun run =
            runBounded(QStringLiteral(DIGEST_EDITOR_PATH), {pathOf(input)}, {}, environment, 5s);
        QVERIFY2(run.started, describe(run));
        QVERIFY2(run.timedOut, describe(run)); // killed at the limit, still running
        QVERIFY2(run.peakRssBytes < envelopeMemoryLimitBytes(), describe(run));
    }
};

QTEST_GUILESS_MAIN(TestEnvelopeFiles)
#include "tst_envelope_files.moc"
