#include "core/post/frontmatter.h"
#include "core/post/markdownescape.h"
#include "core/render/markdownrenderer.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
namespace escape = digest::escape;
using digest::MarkdownRenderer;

namespace {

// Text a user or a model could hand us, chosen to break Markdown, Hugo or YAML.
QStringList hostileInputs()
{
    QStringList inputs = {
        u""_s,
        u"   "_s,
        u"\n\n"_s,
        u"# Heading"_s,
        u"## Two"_s,
        u"- item"_s,
        u"+ item"_s,
        u"* item"_s,
        u"1. one"_s,
        u"1) one"_s,
        u"2024. A year"_s,
        u"> quote"_s,
        u"---"_s,
        u"***"_s,
        u"___"_s,
        u"==="_s,
        u"- - -"_s,
        u"**bold**"_s,
        u"*em*"_s,
        u"_em_"_s,
        u"__strong__"_s,
        u"~~strike~~"_s,
        u"`code`"_s,
        u"```"_s,
        u"~~~"_s,
        u"[link](http://example.org)"_s,
        u"![image](x.png)"_s,
        u"[ref]"_s,
        u"[x]: http://example.org"_s,
        u"<b>html</b>"_s,
        u"<!-- comment -->"_s,
        u"<script>alert(1)</script>"_s,
        u"&amp; &lt; &#65; &#x41;"_s,
        u"R&D & AT&T"_s,
        u"ends with \\"_s,
        u"\\*"_s,
        u"back\\slash"_s,
        u"line\nbreak"_s,
        u"hard  \nbreak"_s,
        u"tab\tseparated"_s,
        u"| a | b |\n|---|---|"_s,
        u"Title: \"quoted\" and 'single'"_s,
        u"a -- b --- c ... d"_s,
        u"{{< shortcode >}}"_s,
        u"{{% shortcode %}}"_s,
        u"Term\n: definition"_s,
        u"label\n---"_s,
        u"label\n==="_s,
        u"emoji 🚀 and ZWJ 👩‍💻"_s,
        u"\u00a0no-break\u00a0space\u00a0"_s,
        u"www.example.com"_s,
        u"http://example.com"_s,
        u"mail@example.com"_s,
        u"https://example.org/a_b*c*"_s,
        u"WWW.EXAMPLE.ORG"_s,
        u"[D] A title with [R] tags"_s,
        u"A* venue paper"_s,
        u"- [ ] task"_s,
        u"    indented code"_s,
        u"\tx"_s,
        u":smile:"_s,
        u"$x$"_s,
        u"a\r\nb"_s,
        u"<http://example.org>"_s,
        u"\\"_s,
        u"*"_s,
        u"_"_s,
        u"**"_s,
        u"1."_s,
        u"-"_s,
        u"#"_s,
        u">"_s,
        u"="_s,
        u":"_s,
        u"|"_s,
        u"<"_s,
        u"&"_s,
        u"snake_case and 2*3*4"_s,
        u"CVPR'24 “curly” ‘single’ – — …"_s,
        u"\u2028line\u2029para\u0085next\u000bvt\u000cff"_s,
    };
    inputs.append(QStringLiteral("nul") + QChar(0) + QStringLiteral("\u0001bell\u007fdel"));
    inputs.append(QStringLiteral("lone ") + QChar(0xd800) + QStringLiteral(" surrogate ") +
                  QChar(0xdc00));
    return inputs;
}

// Random strings over an alphabet heavy in Markdown punctuation and line breaks.
QStringList randomInputs(int count, quint32 seed)
{
    static const QString alphabet =
        QStringLiteral("\\`*_[]<>#|~{}()!&;:=+-.)0123456789 aAzZw@/\"'\n\r\t\u00a0é🚀");
    QRandomGenerator random(seed);
    const QList<uint> codePoints = alphabet.toUcs4();
    QStringList inputs;
    for (int i = 0; i < count; ++i) {
        QList<uint> text;
        const int length = random.bounded(0, 32);
        for (int k = 0; k < length; ++k)
            text.append(codePoints.at(random.bounded(qsizetype(codePoints.size()))));
        if (random.bounded(8) == 0)
            text.append(uint(random.bounded(0, 0x20))); // a control character
        inputs.append(
            QString::fromUcs4(reinterpret_cast<const char32_t*>(text.constData()), text.size()));
    }
    return inputs;
}

// What a reader sees: tags stripped, entities decoded, and the site's typographer undone
// (curly quotes, dashes and ellipses are how the site shows straight ones).
QString shownText(QString html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    html.remove(tag);
    html.replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    html.replace(u"&quot;"_s, u"\""_s).replace(u"&amp;"_s, u"&"_s);
    return html;
}

QString withoutTypography(QString text)
{
    text.replace(u'‘', u'\'').replace(u'’', u'\'').replace(u'“', u'"').replace(u'”', u'"');
    text.replace(u"—"_s, u"---"_s).replace(u"–"_s, u"--"_s).replace(u"…"_s, u"..."_s);
    return text;
}

// cmark-gfm links e-mail addresses whatever their escapes; nothing else may be an element.
QString withoutMailLinks(QString inner)
{
    static const QRegularExpression link(QStringLiteral("<a href=\"mailto:[^\"]*\">|</a>"));
    return inner.remove(link);
}

struct Context
{
    const char* name;
    QString before;
    QString after;
    // The HTML around the inserted text, which must be the whole document.
    QRegularExpression shape;
    bool needsText; // `**` around nothing is a thematic break, not a title
};

QList<Context> contexts()
{
    const auto re = [](const char* pattern) {
        return QRegularExpression(QString::fromUtf8(pattern),
                                  QRegularExpression::DotMatchesEverythingOption);
    };
    return {
        {"list item", u"- "_s, u"\n"_s, re("\\A<ul>\n<li>(.*)</li>\n</ul>\n\\z"), false},
        {"title in a numbered item", u"1. **"_s, u"**\n"_s,
         re("\\A<ol>\n<li><strong>(.*)</strong></li>\n</ol>\n\\z"), true},
        {"text under a label", u"1. **T**\n\n   - *Benefits:*\n     "_s, u"\n"_s,
         re("\\A<ol>\n<li>\n<p><strong>T</strong></p>\n<ul>\n<li><em>Benefits:</em>\n(.*)</li>\n"
            "</ul>\n</li>\n</ol>\n\\z"),
         true},
        {"paragraph", QString(), u"\n"_s, re("\\A<p>(.*)</p>\n\\z"), true},
    };
}

} // namespace

class tst_MarkdownEscape final : public QObject
{
    Q_OBJECT

private slots:
    void singleLineCollapsesAndDropsControls_data();
    void singleLineCollapsesAndDropsControls();
    void escapesWhatWouldChangeTheStructure_data();
    void escapesWhatWouldChangeTheStructure();
    void insertedTextShowsAsWrittenAndAddsNoStructure_data();
    void insertedTextShowsAsWrittenAndAddsNoStructure();
    void hugoShortcodesCannotOpen();
    void yamlStringReadsBackAndKeepsTheClosingLine_data();
    void yamlStringReadsBackAndKeepsTheClosingLine();
    void yamlStringIsOneLine();
};

void tst_MarkdownEscape::singleLineCollapsesAndDropsControls_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("newlines") << u"a\nb\r\nc\rd"_s << u"a b c d"_s;
    QTest::newRow("runs of blanks") << u"  a \t\n  b  "_s << u"a b"_s;
    QTest::newRow("unicode line breaks") << u"a\u2028b\u2029c\u0085d"_s << u"a b c d"_s;
    QTest::newRow("controls dropped") << QStringLiteral("a\u0001b\u007fc\u009bd") << u"abcd"_s;
    QTest::newRow("no-break spaces trimmed at the ends only")
        << u"\u00a0a\u00a0b\u00a0"_s << u"a\u00a0b"_s;
    QTest::newRow("emoji and joiners kept") << u"👩‍💻 ✓"_s << u"👩‍💻 ✓"_s;
}

void tst_MarkdownEscape::singleLineCollapsesAndDropsControls()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(escape::singleLine(input), expected);
}

void tst_MarkdownEscape::escapesWhatWouldChangeTheStructure_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bracket tag") << u"[D] A topic"_s << u"\\[D\\] A topic"_s;
    QTest::newRow("emphasis") << u"**a** _b_"_s << u"\\*\\*a\\*\\* \\_b\\_"_s;
    QTest::newRow("heading") << u"# x"_s << u"\\# x"_s;
    QTest::newRow("bullet") << u"- x"_s << u"\\- x"_s;
    QTest::newRow("plus") << u"+ x"_s << u"\\+ x"_s;
    QTest::newRow("ordered") << u"12. x"_s << u"12\\. x"_s;
    QTest::newRow("ordered paren") << u"3) x"_s << u"3\\) x"_s;
    QTest::newRow("rule") << u"---"_s << u"\\---"_s;
    QTest::newRow("setext") << u"==="_s << u"\\==="_s;
    QTest::newRow("definition") << u": x"_s << u"\\: x"_s;
    QTest::newRow("html") << u"<b>x</b>"_s << u"\\<b\\>x\\</b\\>"_s;
    QTest::newRow("entity") << u"&amp; R&D"_s << u"\\&amp; R&D"_s;
    QTest::newRow("backslash, pipe, tilde, tick") << u"a\\b|c~d`e"_s << u"a\\\\b\\|c\\~d\\`e"_s;
    QTest::newRow("quotes and dashes left to the typographer")
        << u"It's \"x\" -- y..."_s << u"It's \"x\" -- y..."_s;
    QTest::newRow("mid-line markers stay") << u"a - b 1. c"_s << u"a - b 1. c"_s;
    QTest::newRow("no links") << u"see https://x.org or www.y.org"_s
                              << u"see https\\://x.org or www\\.y.org"_s;
}

void tst_MarkdownEscape::escapesWhatWouldChangeTheStructure()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(escape::inlineMarkdown(input), expected);
}

void tst_MarkdownEscape::insertedTextShowsAsWrittenAndAddsNoStructure_data()
{
    QTest::addColumn<QString>("input");
    const QStringList hostile = hostileInputs();
    for (qsizetype i = 0; i < hostile.size(); ++i)
        QTest::addRow("hostile %d", int(i)) << hostile.at(i);
    const QStringList random = randomInputs(2000, 20261126);
    for (qsizetype i = 0; i < random.size(); ++i)
        QTest::addRow("random %d", int(i)) << random.at(i);
}

void tst_MarkdownEscape::insertedTextShowsAsWrittenAndAddsNoStructure()
{
    QFETCH(QString, input);
    const QString escaped = escape::inlineMarkdown(input);
    const QString expected = withoutTypography(escape::singleLine(input));
    QVERIFY(!escaped.contains(u'\n'));
    for (const Context& context : contexts()) {
        if (context.needsText && escaped.isEmpty())
            continue;
        const QString markdown = context.before + escaped + context.after;
        const QString html = MarkdownRenderer::toHtml(markdown);
        const QRegularExpressionMatch match = context.shape.match(html);
        const QByteArray where =
            QByteArray(context.name) + ": " + markdown.toUtf8() + " -> " + html.toUtf8();
        QVERIFY2(match.hasMatch(), where.constData());
        const QString inner = match.captured(1);
        QVERIFY2(!withoutMailLinks(inner).contains(u'<'), where.constData());
        QCOMPARE(withoutTypography(shownText(inner)), expected);
    }
}

void tst_MarkdownEscape::hugoShortcodesCannotOpen()
{
    // Hugo expands shortcodes before Markdown; an escaped brace keeps `{{<` and `{{%` apart.
    for (const QString& input : {u"{{< x >}}"_s, u"{{% x %}}"_s, u"{{</* x */>}}"_s}) {
        const QString escaped = escape::inlineMarkdown(input);
        QVERIFY2(!escaped.contains(u"{{"), qPrintable(escaped));
    }
}

void tst_MarkdownEscape::yamlStringReadsBackAndKeepsTheClosingLine_data()
{
    QTest::addColumn<QString>("input");
    QStringList inputs = hostileInputs();
    inputs += {u"\n---\n"_s,
               u"---"_s,
               u"title: x\n---\nbody"_s,
               u"\"\\\""_s,
               u"# not a comment"_s,
               u"key: value"_s,
               u"[a, b]"_s,
               u"{a: b}"_s,
               u"\ufeffbom \ufffe \uffff"_s,
               u"'single'"_s,
               u"tab\there"_s,
               u"😀 astral"_s};
    for (qsizetype i = 0; i < inputs.size(); ++i)
        QTest::addRow("hostile %d", int(i)) << inputs.at(i);
    const QStringList random = randomInputs(1000, 7);
    for (qsizetype i = 0; i < random.size(); ++i)
        QTest::addRow("random %d", int(i)) << random.at(i);
}

void tst_MarkdownEscape::yamlStringReadsBackAndKeepsTheClosingLine()
{
    QFETCH(QString, input);
    const QString quoted = escape::yamlDoubleQuoted(input);
    const QString post = u"---\ntitle: "_s + quoted + u"\ntags: [\"a\", "_s + quoted +
                         u"]\ndraft: false\n---\nBody\n"_s;
    const digest::FrontMatterSplit split = digest::splitFrontMatter(post);
    QCOMPARE(split.format, digest::FrontMatterSplit::Format::Yaml);
    QCOMPARE(QStringView(post).sliced(split.bodyOffset), u"Body\n");

    // What a reader gets back: the input, less the unpaired surrogates no file can hold and
    // byte order marks.
    QString expected;
    for (qsizetype i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c == QChar(0xfeff))
            continue;
        const bool pairStart =
            c.isHighSurrogate() && i + 1 < input.size() && input.at(i + 1).isLowSurrogate();
        if (pairStart) {
            expected += c;
            expected += input.at(++i);
        } else if (!c.isSurrogate()) {
            expected += c;
        }
    }
    try {
        const YAML::Node node = YAML::Load(split.content.toStdString());
        QCOMPARE(QString::fromStdString(node["title"].as<std::string>()), expected);
        QCOMPARE(QString::fromStdString(node["tags"][1].as<std::string>()), expected);
        QCOMPARE(node["draft"].as<bool>(), false);
    } catch (const YAML::Exception& error) {
        QFAIL(qPrintable(QString::fromUtf8(error.what()) + u": "_s + split.content));
    }
}

void tst_MarkdownEscape::yamlStringIsOneLine()
{
    const QString quoted = escape::yamlDoubleQuoted(u"a\nb\rc\u2028d\u0085e\u0001"_s);
    QCOMPARE(quoted, u"\"a\\nb\\rc\\u2028d\\u0085e\\u0001\""_s);
}

QTEST_GUILESS_MAIN(tst_MarkdownEscape)
#include "tst_markdownescape.moc"
