// The limits of core/util/limits.h as the readers of a post's text keep them, each with a
// message naming the limit, and what stays readable beside them (issue 11). The inputs that
// crashed or exhausted the machine before are in tst_envelope_files, in child processes; these
// are the ones a test process survives either way.
#include "core/markdown/cmarkdocument.h"
#include "core/post/archetypetemplate.h"
#include "core/post/frontmattervalues.h"
#include "core/util/limits.h"

#include <QTest>

#include <cmark-gfm.h>

using namespace digest;

namespace {

Result<FrontMatterValues> read(FrontMatterSplit::Format format, const QString& content)
{
    FrontMatterSplit split;
    split.format = format;
    split.content = content;
    return FrontMatterReader::read(split);
}

bool hasTable(const CmarkDocument& document)
{
    for (cmark_node* node = cmark_node_first_child(document.root()); node;
         node = cmark_node_next(node)) {
        if (QByteArray(cmark_node_get_type_string(node)) == "table")
            return true;
    }
    return false;
}

QByteArray table(int columns, int rows)
{
    QByteArray text = "|" + QByteArray("a|").repeated(columns) + "\n|" +
                      QByteArray("-|").repeated(columns) + "\n";
    return text + QByteArray("x\n").repeated(rows);
}

} // namespace

class TestParserLimits : public QObject
{
    Q_OBJECT

private slots:
    void deepFrontMatterSaysHowDeep_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("content");
        // yaml-cpp's own guard said "bad file." here.
        QTest::newRow("yaml, 3000 levels") << int(FrontMatterSplit::Format::Yaml)
                                           << u"k: "_qs + QString(3000, u'[') + QString(3000, u']');
        QTest::newRow("yaml, 65 levels") << int(FrontMatterSplit::Format::Yaml)
                                         << u"k: "_qs + QString(65, u'[') + QString(65, u']');
        QTest::newRow("toml header") << int(FrontMatterSplit::Format::Toml)
                                     << u"["_qs + u"a."_qs.repeated(70) + u"a]\nx = 1"_qs;
        QTest::newRow("toml arrays") << int(FrontMatterSplit::Format::Toml)
                                     << u"k = "_qs + QString(70, u'[') + QString(70, u']');
        QTest::newRow("json") << int(FrontMatterSplit::Format::Json)
                              << u"{\"k\": "_qs + QString(70, u'[') + QString(70, u']') + u'}';
    }
    void deepFrontMatterSaysHowDeep()
    {
        QFETCH(int, format);
        QFETCH(QString, content);
        const Result<FrontMatterValues> values = read(FrontMatterSplit::Format(format), content);
        QVERIFY(!values);
        QVERIFY2(
            values.errorMessage().contains(
                u"nested more than %1 levels deep (the limit)"_qs.arg(limits::kFrontMatterDepth)),
            qPrintable(values.errorMessage()));
    }

    void nestingUpToTheLimitIsRead()
    {
        const int depth = limits::kFrontMatterDepth - 1;
        QVERIFY(read(FrontMatterSplit::Format::Yaml,
                     u"k: "_qs + QString(depth, u'[') + QString(depth, u']')));
        QVERIFY(read(FrontMatterSplit::Format::Toml,
                     u"k = "_qs + QString(depth, u'[') + QString(depth, u']')));
    }

    void tomlDotsInStringsAndNumbersAreNotNesting()
    {
        const QString dots = u"a."_qs.repeated(100);
        const Result<FrontMatterValues> values =
            read(FrontMatterSplit::Format::Toml, u"title = \""_qs + dots + u"\"\n\""_qs + dots +
                                                     u"\" = 1\nx = [1.5, 2.5] # "_qs + dots +
                                                     u"\ninline = {a.b = 1, c = \"d.e\"}"_qs);
        QVERIFY2(values, qPrintable(values.errorMessage()));
        QCOMPARE(values.value().title(), dots);
        QCOMPARE(values.value().value(u"inline.a.b").toInt(), 1);
    }

    void charactersHugoReadsAreRead()
    {
        // A tab, a byte order mark and a character beyond the BMP are all Hugo's to read.
        const Result<FrontMatterValues> values =
            read(FrontMatterSplit::Format::Yaml, u"title: a\tb\uFEFFc \U0001F600 d"_qs);
        QVERIFY2(values, qPrintable(values.errorMessage()));
    }

    void yamlAliasesHugoReadsAreRead()
    {
        const Result<FrontMatterValues> values =
            read(FrontMatterSplit::Format::Yaml, u"base: &b {a: 1}\nother: *b\nlist: [*b, *b]"_qs);
        QVERIFY2(values, qPrintable(values.errorMessage()));
        QCOMPARE(values.value().value(u"other.a").toInt(), 1);
    }

    void aYamlAliasToItsOwnContainerIsRefused()
    {
        // The sibling case of `k: &a [*a]` (which overflowed the stack): one level further in.
        const Result<FrontMatterValues> values =
            read(FrontMatterSplit::Format::Yaml, u"k: &a {x: [1, {y: *a}]}"_qs);
        QVERIFY(!values);
        QVERIFY(values.errorMessage().contains(u"refers to the value that contains it"));
    }

    void aliasesExpandingPastTheValueLimitAreRefused()
    {
        // Six levels of ten: a million strings from 300 bytes, ~150 MB before the limit.
        QString text = u"a: &a [x,x,x,x,x,x,x,x,x,x]\n"_qs;
        for (char name = 'b'; name <= 'f'; ++name) {
            const QString use = u"*"_qs + QChar(name - 1);
            text += QChar(name) + u": &"_qs + QChar(name) + u" ["_qs +
                    QStringList(10, use).join(u',') + u"]\n"_qs;
        }
        const Result<FrontMatterValues> values = read(FrontMatterSplit::Format::Yaml, text);
        QVERIFY(!values);
        QVERIFY2(values.errorMessage().contains(
                     u"more than %1 values"_qs.arg(limits::kFrontMatterValues)),
                 qPrintable(values.errorMessage()));
    }

    void whatHugoRefusesIsRefused_data()
    {
        QTest::addColumn<QString>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("open quote")
            << u"title: \"x\ndate: 2023-01-01"_qs << u"line 2: The quoted value is not closed"_qs;
        QTest::newRow("nul") << u"title: a\u0000b"_qs << u"U+0000"_qs;
        QTest::newRow("escape") << u"title: a\u001bb"_qs << u"U+001B"_qs;
        QTest::newRow("key twice") << u"title: a\ntitle: b"_qs << u"line 3: The key title"_qs;
    }
    void whatHugoRefusesIsRefused()
    {
        QFETCH(QString, content);
        QFETCH(QString, message);
        const Result<FrontMatterValues> values = read(FrontMatterSplit::Format::Yaml, content);
        QVERIFY(!values);
        QVERIFY2(values.errorMessage().contains(message), qPrintable(values.errorMessage()));
    }

    void aTableTooLargeToPadIsReadAsText()
    {
        // 1,000 columns and 300 one-cell rows: 301,000 cells once padded.
        const CmarkDocument large(table(1000, 300));
        QVERIFY(large.tablesAsText());
        QVERIFY(!hasTable(large));
        QVERIFY(large.limitNotice().contains(
            u"more than %1 cells"_qs.arg(limits::kMarkdownTableCells)));
        const CmarkDocument small(table(100, 100));
        QVERIFY(!small.tablesAsText());
        QVERIFY(hasTable(small));
        QVERIFY(small.limitNotice().isEmpty());
    }

    void aFunctionValueIsBounded()
    {
        const ArchetypeFields fields{u"2024-01-02T00:00:00Z"_qs, QString(200000, u'a'), u"T"_qs,
                                     u"posts"_qs};
        const Result<QString> filled = ArchetypeTemplate::fill(
            u"title: {{ replace .Name \"a\" \"aaaaaaaaaa\" }}\n"_qs, u"default.md"_qs, fields);
        QVERIFY(!filled);
        QVERIFY2(filled.errorMessage().contains(
                     u"longer than %1 characters (the limit)"_qs.arg(limits::kArchetypeValueChars)),
                 qPrintable(filled.errorMessage()));
        const Result<QString> empty = ArchetypeTemplate::fill(
            u"{{ replace .Name \"\" \"bbbbbb\" }}"_qs, u"default.md"_qs, fields);
        QVERIFY(!empty);
        QVERIFY(ArchetypeTemplate::fill(u"{{ replace .Name \"a\" \"bb\" }}"_qs, u"default.md"_qs,
                                        fields));
    }
};

QTEST_GUILESS_MAIN(TestParserLimits)
#include "tst_parserlimits.moc"
