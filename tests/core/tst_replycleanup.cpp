// A model's reply is untrusted: whatever it writes, the cleaned text sits in its slot and the
// post keeps its sections, items and front matter. Each case is re-read with the outline
// reader the editor uses.

#include "core/generation/replycleanup.h"
#include "core/outline/outline.h"
#include "core/post/markdownescape.h"

#include <QTest>

using digest::Outline;
using digest::SlotKind;

namespace {

// A post in the corpus's shape with `benefits` after the first item's label and `prediction`
// as the first prediction's text. With `ownParagraph`, the Benefits text is a paragraph of its
// own under the label, where a line could open a block.
QString postWith(const QString& benefits, const QString& prediction, bool ownParagraph = false)
{
    return QStringLiteral(
               "---\ntitle: \"[Daily Automated AI Summary]\"\ndate: 2026-01-04T05:39:39Z\n---\n"
               "> *Notice:* This post has been automatically generated.\n\n"
               "## Possible consequences of current developments\n\n\n"
               "1. **First topic**\n\n"
               "   - *Benefits:*%3\n     %1\n\n"
               "   - *Ramifications:*  \n     Costs could rise.\n\n"
               "2. **Second topic**\n\n"
               "   - *Benefits:*  \n     Faster tools.\n\n"
               "   - *Ramifications:*  \n     Fewer jobs.\n\n"
               "## Currently trending topics\n\n\n\n"
               "- Headline one\n- Headline two\n\n"
               "## GPT predicts future events\n\n\n"
               "- **Artificial General Intelligence** (March 2031)  \n  %2\n\n"
               "- **Technological Singularity** (October 2045)  \n  Later.\n")
        .arg(benefits, prediction, ownParagraph ? QStringLiteral("\n") : QStringLiteral("  "));
}

// The outline of the post with nothing inserted, to compare the structure against.
Outline referenceOutline()
{
    return digest::parseOutline(postWith(QStringLiteral("Plain."), QStringLiteral("Plain.")));
}

void verifyStructureKept(const Outline& outline)
{
    const Outline reference = referenceOutline();
    QCOMPARE(outline.sections.size(), reference.sections.size());
    for (qsizetype i = 0; i < reference.sections.size(); ++i) {
        QCOMPARE(outline.sections.at(i).kind, reference.sections.at(i).kind);
        QCOMPARE(outline.sections.at(i).heading, reference.sections.at(i).heading);
    }
    QCOMPARE(outline.consequences.size(), 2);
    QCOMPARE(outline.consequences.at(0).title, QStringLiteral("First topic"));
    QCOMPARE(outline.consequences.at(0).ramifications.text, QStringLiteral("Costs could rise."));
    QCOMPARE(outline.consequences.at(1).title, QStringLiteral("Second topic"));
    QCOMPARE(outline.consequences.at(1).benefits.text, QStringLiteral("Faster tools."));
    QCOMPARE(outline.trending.size(), 2);
    QCOMPARE(outline.predictions.size(), 2);
    QCOMPARE(outline.predictions.at(0).event, QStringLiteral("Artificial General Intelligence"));
    QCOMPARE(outline.predictions.at(0).when, QStringLiteral("March 2031"));
    QCOMPARE(outline.predictions.at(1).text, QStringLiteral("Later."));
}

QString longReply()
{
    QString text = QStringLiteral("## Benefits\n\n");
    for (int i = 0; i < 400; ++i)
        text += QStringLiteral("Sentence %1 talks about *progress* & [links](http://x). ").arg(i);
    return text;
}

} // namespace

class tst_ReplyCleanup : public QObject
{
    Q_OBJECT

private slots:
    void decorationIsTrimmed_data();
    void decorationIsTrimmed();
    void hostileRepliesStayInTheirSlot_data();
    void hostileRepliesStayInTheirSlot();
    void emptyOrLabelOnlyRepliesAreEmpty_data();
    void emptyOrLabelOnlyRepliesAreEmpty();
    void predictionDateIsExtracted_data();
    void predictionDateIsExtracted();
    void predictionStaysInItsSlot();
};

void tst_ReplyCleanup::decorationIsTrimmed_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("plain");
    const int benefits = int(SlotKind::Benefits);
    const int ramifications = int(SlotKind::Ramifications);
    QTest::newRow("whitespace") << QStringLiteral("\n\n  Better tools.  \n") << benefits
                                << QStringLiteral("Better tools.");
    QTest::newRow("heading") << QStringLiteral("## Title\n\nText") << benefits
                             << QStringLiteral("Text");
    QTest::newRow("heading and label")
        << QStringLiteral("# Benefits\n\n**Benefits:** Cheaper inference.") << benefits
        << QStringLiteral("Cheaper inference.");
    QTest::newRow("bold label") << QStringLiteral("**Benefits:** text") << benefits
                                << QStringLiteral("text");
    QTest::newRow("bold label, colon outside")
        << QStringLiteral("**Benefits**: text") << benefits << QStringLiteral("text");
    QTest::newRow("italic label") << QStringLiteral("*Ramifications:* Risks grow.") << ramifications
                                  << QStringLiteral("Risks grow.");
    QTest::newRow("bullet label, any case")
        << QStringLiteral("- BENEFITS: More reach.") << benefits << QStringLiteral("More reach.");
    QTest::newRow("label on its own line") << QStringLiteral("*Ramifications:*\nJobs may shift.")
                                           << ramifications << QStringLiteral("Jobs may shift.");
    QTest::newRow("label without colon on its own line")
        << QStringLiteral("**Benefits**\nMore reach.") << benefits << QStringLiteral("More reach.");
    QTest::newRow("word Benefits in a sentence stays")
        << QStringLiteral("Benefits include lower costs.") << benefits
        << QStringLiteral("Benefits include lower costs.");
    QTest::newRow("the other slot's label stays")
        << QStringLiteral("Ramifications: none.") << benefits
        << QStringLiteral("Ramifications: none.");
    QTest::newRow("quotes") << QStringLiteral("\"Safer roads.\"") << benefits
                            << QStringLiteral("Safer roads.");
    QTest::newRow("curly quotes") << QStringLiteral("“Safer roads.”") << benefits
                                  << QStringLiteral("Safer roads.");
    QTest::newRow("inner quotes stay")
        << QStringLiteral("\"A\" and \"B\"") << benefits << QStringLiteral("\"A\" and \"B\"");
    QTest::newRow("code fence") << QStringLiteral("```markdown\nSafer roads.\n```") << benefits
                                << QStringLiteral("Safer roads.");
    QTest::newRow("unclosed code fence")
        << QStringLiteral("```\nSafer roads.") << benefits << QStringLiteral("Safer roads.");
    QTest::newRow("list joined") << QStringLiteral("1. a\n2. b") << benefits
                                 << QStringLiteral("a b");
    QTest::newRow("a year starting the reply is text")
        << QStringLiteral("2024. A year of open models.") << benefits
        << QStringLiteral("2024. A year of open models.");
    QTest::newRow("bullets and blank lines") << QStringLiteral("- One.\n\n\n* Two.\n+ [x] Three.")
                                             << benefits << QStringLiteral("One. Two. Three.");
    QTest::newRow("paragraphs joined")
        << QStringLiteral("First line\nwrapped.\r\n\r\nSecond paragraph.") << benefits
        << QStringLiteral("First line wrapped. Second paragraph.");
    QTest::newRow("emphasis dropped") << QStringLiteral("It is **much** *faster* with `vllm`.")
                                      << benefits << QStringLiteral("It is much faster with vllm.");
    QTest::newRow("quote markers")
        << QStringLiteral("> Quoted\n> text.") << benefits << QStringLiteral("Quoted text.");
    QTest::newRow("unicode") << QStringLiteral("**Benefits:** Modèles ouverts — 更便宜 😀.")
                             << benefits << QStringLiteral("Modèles ouverts — 更便宜 😀.");
}

void tst_ReplyCleanup::decorationIsTrimmed()
{
    QFETCH(QString, reply);
    QFETCH(int, kind);
    QFETCH(QString, plain);
    QCOMPARE(digest::replyPlainText(reply, SlotKind(kind)), plain);
    QCOMPARE(digest::cleanSlotReply(reply, SlotKind(kind)), digest::escape::inlineMarkdown(plain));
}

void tst_ReplyCleanup::hostileRepliesStayInTheirSlot_data()
{
    QTest::addColumn<QString>("reply");
    QTest::newRow("heading") << QStringLiteral("## Title\n\nText");
    QTest::newRow("heading later") << QStringLiteral("Text\n\n## Currently trending topics\n- x");
    QTest::newRow("front matter") << QStringLiteral("---\ntitle: x\n---");
    QTest::newRow("front matter after text") << QStringLiteral("Text\n---\ntitle: x\n---\nMore");
    QTest::newRow("setext") << QStringLiteral("Text\n===");
    QTest::newRow("html") << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("html block") << QStringLiteral("<div>\nx\n</div>");
    QTest::newRow("link reference") << QStringLiteral("[x]: http://evil");
    QTest::newRow("numbered list") << QStringLiteral("1. a\n2. b");
    QTest::newRow("starts with number") << QStringLiteral("2024. A year.");
    QTest::newRow("dash") << QStringLiteral("- text");
    QTest::newRow("bold label") << QStringLiteral("**Benefits:** text");
    QTest::newRow("shortcode") << QStringLiteral("{{< figure src=x >}} {{% x %}}");
    QTest::newRow("table") << QStringLiteral("| a | b |\n|---|---|\n| 1 | 2 |");
    QTest::newRow("indented code") << QStringLiteral("        code\n    more");
    QTest::newRow("autolink") << QStringLiteral("See https://evil.example and www.evil.example");
    QTest::newRow("entity") << QStringLiteral("&lt;b&gt; &#42;");
    QTest::newRow("backslash end") << QStringLiteral("ends with \\");
    QTest::newRow("unicode") << QStringLiteral("Ünïcödé — 中文 — 😀\u00a0ok");
    QTest::newRow("control characters") << QStringLiteral("a\u0000b\u001bc\u2028d");
    QTest::newRow("very long") << longReply();
}

void tst_ReplyCleanup::hostileRepliesStayInTheirSlot()
{
    QFETCH(QString, reply);
    const QString plain = digest::replyPlainText(reply, SlotKind::Benefits);
    const QString cleaned = digest::cleanSlotReply(reply, SlotKind::Benefits);
    QVERIFY(!cleaned.contains(u'\n'));
    QVERIFY(!plain.isEmpty());
    for (const bool ownParagraph : {false, true}) {
        const Outline outline =
            digest::parseOutline(postWith(cleaned, QStringLiteral("Plain."), ownParagraph));
        verifyStructureKept(outline);
        QCOMPARE(outline.consequences.at(0).benefits.text, plain);
    }
}

void tst_ReplyCleanup::emptyOrLabelOnlyRepliesAreEmpty_data()
{
    QTest::addColumn<QString>("reply");
    QTest::newRow("empty") << QString();
    QTest::newRow("whitespace") << QStringLiteral(" \n\t\r\n ");
    QTest::newRow("label") << QStringLiteral("Benefits:");
    QTest::newRow("bold label") << QStringLiteral("**Benefits:**");
    QTest::newRow("heading label") << QStringLiteral("## Benefits");
    QTest::newRow("empty fence") << QStringLiteral("```\n```");
    QTest::newRow("quotes") << QStringLiteral("\"\"");
    QTest::newRow("rule") << QStringLiteral("---");
    QTest::newRow("bullet") << QStringLiteral("- ");
}

void tst_ReplyCleanup::emptyOrLabelOnlyRepliesAreEmpty()
{
    QFETCH(QString, reply);
    QCOMPARE(digest::replyPlainText(reply, SlotKind::Benefits), QString());
    QCOMPARE(digest::cleanSlotReply(reply, SlotKind::Benefits), QString());
}

void tst_ReplyCleanup::predictionDateIsExtracted_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("text");
    const QString reason = QStringLiteral("Planning and memory keep improving.");
    QTest::newRow("as asked") << QStringLiteral("March 2031: ") + reason
                              << QStringLiteral("March 2031") << reason;
    QTest::newRow("in parentheses")
        << QStringLiteral("(March 2031) ") + reason << QStringLiteral("March 2031") << reason;
    QTest::newRow("by, lower case")
        << QStringLiteral("By march 2031, ") + reason << QStringLiteral("March 2031") << reason;
    QTest::newRow("event head") << QStringLiteral(
                                       "**Artificial General Intelligence** (Oct. 2040)\n") +
                                       reason
                                << QStringLiteral("October 2040") << reason;
    QTest::newRow("label and date") << QStringLiteral("Prediction: September 2035 - ") + reason
                                    << QStringLiteral("September 2035") << reason;
    QTest::newRow("iso month") << QStringLiteral("2033-07: ") + reason
                               << QStringLiteral("July 2033") << reason;
    QTest::newRow("date inside the reasoning stays")
        << QStringLiteral("Given progress since 2020, I expect it in June 2036.")
        << QStringLiteral("June 2036")
        << QStringLiteral("Given progress since 2020, I expect it in June 2036.");
    QTest::newRow("date starting a sentence stays")
        << QStringLiteral("March 2031 seems likely because planning improves.")
        << QStringLiteral("March 2031")
        << QStringLiteral("March 2031 seems likely because planning improves.");
    QTest::newRow("no date") << reason << QString() << reason;
    QTest::newRow("bare year is no month")
        << QStringLiteral("2040: ") + reason << QString() << QStringLiteral("2040: ") + reason;
    QTest::newRow("empty") << QString() << QString() << QString();
}

void tst_ReplyCleanup::predictionDateIsExtracted()
{
    QFETCH(QString, reply);
    QFETCH(QString, date);
    QFETCH(QString, text);
    const digest::PredictionReply cleaned =
        digest::cleanPredictionReply(reply, QStringLiteral("Artificial General Intelligence"));
    QCOMPARE(cleaned.date, date);
    QCOMPARE(cleaned.text, digest::escape::inlineMarkdown(text));
}

void tst_ReplyCleanup::predictionStaysInItsSlot()
{
    const digest::PredictionReply cleaned = digest::cleanPredictionReply(
        QStringLiteral("## AGI\n\n- **Artificial General Intelligence** (May 2032)\n"
                       "- [x]: http://evil\n---\n<b>Soon</b>."),
        QStringLiteral("Artificial General Intelligence"));
    QCOMPARE(cleaned.date, QStringLiteral("May 2032"));
    const Outline outline = digest::parseOutline(postWith(QStringLiteral("Plain."), cleaned.text));
    verifyStructureKept(outline);
    QCOMPARE(outline.predictions.at(0).text, QStringLiteral("[x]: http://evil <b>Soon</b>."));
}

QTEST_GUILESS_MAIN(tst_ReplyCleanup)
#include "tst_replycleanup.moc"
