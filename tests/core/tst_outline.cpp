#include "core/outline/outline.h"
#include "core/outline/outlinejson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using digest::Outline;
using digest::parseOutline;
using digest::Section;
using digest::SourceRange;

namespace {

QString fixture(const QString& name)
{
    QFile file(QStringLiteral(DIGEST_FIXTURES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QString::fromUtf8(file.readAll());
}

QString outlineFixture(const QString& name)
{
    return fixture(QStringLiteral("outline/") + name);
}

QString describe(const SourceRange& range)
{
    return QStringLiteral("%1:%2-%3:%4")
        .arg(range.startLine)
        .arg(range.startColumn)
        .arg(range.endLine)
        .arg(range.endColumn);
}

} // namespace

namespace digest {
// Readable QCOMPARE failures for ranges.
char* toString(const SourceRange& range)
{
    return QTest::toString(describe(range));
}
} // namespace digest

class tst_Outline final : public QObject
{
    Q_OBJECT

private slots:
    void everyVariantHasItsParts_data();
    void everyVariantHasItsParts();
    void consequenceItemsReadAsTheWriterMeantThem_data();
    void consequenceItemsReadAsTheWriterMeantThem();
    void predictionsHaveEventDateAndText_data();
    void predictionsHaveEventDateAndText();
    void trendingTopicsArePlainText_data();
    void trendingTopicsArePlainText();
    void rangesCountLinesOfTheWholeFile();
    void rangesPointAtTheTextAsWritten_data();
    void rangesPointAtTheTextAsWritten();
    void datedBulletsUnderABoldHeadEachHaveTheirRange();
    void frontMatterOfEveryFormatShiftsTheLines_data();
    void frontMatterOfEveryFormatShiftsTheLines();
    void sectionsAreKnownByTheirHeadings_data();
    void sectionsAreKnownByTheirHeadings();
    void hostileTextNeverBreaksTheParser_data();
    void hostileTextNeverBreaksTheParser();
    void jsonCarriesEveryPartAndRange();
};

void tst_Outline::everyVariantHasItsParts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("consequences");
    QTest::addColumn<int>("trending");
    QTest::addColumn<int>("predictions");

    QTest::newRow("canonical") << QStringLiteral("../canonical.md") << 2 << 3 << 2;
    QTest::newRow("loose lists") << QStringLiteral("loose.md") << 2 << 3 << 2;
    QTest::newRow("tight lists, hard breaks") << QStringLiteral("tight.md") << 2 << 4 << 2;
    QTest::newRow("labels at column 0") << QStringLiteral("labels-at-column-0.md") << 3 << 3 << 2;
    QTest::newRow("text outside the label item")
        << QStringLiteral("text-outside-label.md") << 2 << 3 << 2;
    QTest::newRow("nested lists as label text")
        << QStringLiteral("nested-label-text.md") << 3 << 3 << 2;
    QTest::newRow("placeholders, missing labels")
        << QStringLiteral("placeholders.md") << 7 << 3 << 2;
    QTest::newRow("titles") << QStringLiteral("titles.md") << 4 << 3 << 2;
    QTest::newRow("prediction bullets") << QStringLiteral("predictions-bullets.md") << 1 << 3 << 6;
    QTest::newRow("prediction lines") << QStringLiteral("predictions-lines.md") << 1 << 3 << 5;
    QTest::newRow("bold head, two dated bullets")
        << QStringLiteral("predictions-shared-head.md") << 1 << 3 << 4;
}

void tst_Outline::everyVariantHasItsParts()
{
    QFETCH(QString, file);
    QFETCH(int, consequences);
    QFETCH(int, trending);
    QFETCH(int, predictions);

    const Outline outline = parseOutline(outlineFixture(file));
    QCOMPARE(outline.sections.size(), 3);
    QCOMPARE(outline.sections.at(0).kind, Section::Kind::Consequences);
    QCOMPARE(outline.sections.at(1).kind, Section::Kind::Trending);
    QCOMPARE(outline.sections.at(2).kind, Section::Kind::Predictions);
    QCOMPARE(outline.consequences.size(), consequences);
    QCOMPARE(outline.trending.size(), trending);
    QCOMPARE(outline.predictions.size(), predictions);
}

namespace {

void addConsequenceRow(const char* name, const char* file, int index, const char* title,
                       bool hasBenefits, const char* benefits, bool hasRamifications,
                       const char* ramifications)
{
    QTest::newRow(name) << QString::fromUtf8(file) << index << QString::fromUtf8(title)
                        << hasBenefits << QString::fromUtf8(benefits) << hasRamifications
                        << QString::fromUtf8(ramifications);
}

// Loose and tight lists, labels at column 0, text outside the label's item.
void addListShapeRows()
{
    const auto row = addConsequenceRow;
    row("loose, blank line", "loose.md", 0, "Kettle sensors that learn the brewing curve", true,
        "Tea would steep at the right heat without a thermometer.", true,
        "A kettle that guesses wrong could scald a careless hand.");
    row("loose, whitespace-only lines", "loose.md", 1, "Orchard drones count every pear", true,
        "Growers could plan the picking crews a week ahead.", true,
        "Birds may learn to follow the drones to the ripest trees.");
    row("tight, hard break after label", "tight.md", 0, "Weaving looms that read knitting charts",
        true, "Small workshops could produce intricate scarves.", true,
        "Hand knitters might see prices for their craft fall, at least for a while.");
    row("tight, one trailing space", "tight.md", 1, "Puddle maps from doorbell cameras", true,
        "Cyclists would steer around the deepest puddles.", true,
        "Neighbours may object to being filmed while splashing.");
    row("column 0, text on the label's line", "labels-at-column-0.md", 0,
        "Lanterns that dim for moths", true, "Night insects would circle fewer porches.", true,
        "Late walkers could find the lanes darker.");
    row("column 0, text indented 2 and lazy", "labels-at-column-0.md", 1,
        "Clock towers that ring in sign language", true,
        "Deaf residents would see the hour from across the square.", true,
        "Bell ringers would need to learn a new vocabulary.");
    row("column 0, separate paragraph and bullets, note after", "labels-at-column-0.md", 2,
        "Sourdough starters with a pedigree", true,
        "Bakers could trace a loaf back to its first jar.", true,
        "Jar swaps could become a black market. Mould would travel with the starters.");
    row("text after the labels list, two paragraphs", "text-outside-label.md", 0,
        "Rivers measured by paper boats", true,
        "Cheap floats would chart the currents of small streams. A second paragraph adds that "
        "children could help.",
        true, "None");
    row("text after the labels list", "text-outside-label.md", 1, "Attic insulation rated by owls",
        true, "Owls would nest only where the roof keeps warm.", true,
        "Roofers might start courting owls instead of inspectors.");
}

// Nested lists as label text, placeholders, missing labels, titles.
void addContentRows()
{
    const auto row = addConsequenceRow;
    row("nested bullets", "nested-label-text.md", 0, "Bicycle bells tuned to traffic lights", true,
        "Riders would hear when the light turns. Crossings could feel calmer.", true,
        "Bells might chime all night at busy corners.");
    row("nested numbered list", "nested-label-text.md", 1, "Weather vanes that tweet", true,
        "Forecasts: farmers would see gusts coming. Safety: sailors could wait for calmer hours.",
        true, "Noise: every gust becomes a notification.");
    row("wrapped text, two paragraphs", "nested-label-text.md", 2, "Paper cranes folded by robots",
        true,
        "A museum could fold a thousand cranes for a memorial in one night. Visitors might "
        "learn the folds from the machine.",
        true, "Folding clubs could lose their patient charm.");
    row("placeholder after the labels", "placeholders.md", 0, "Umbrellas that predict drizzle",
        true, "", true, "");
    row("placeholder bullet instead of labels", "placeholders.md", 1,
        "Lawn mowers that spare daisies", false, "", false, "");
    row("empty bullet", "placeholders.md", 2, "Postboxes that sort by smell", false, "", false, "");
    row("title only", "placeholders.md", 3, "Chimney sweeps with lidar", false, "", false, "");
    row("Benefits only", "placeholders.md", 4, "Quiet trains for sleeping towns", true,
        "Night freight could pass without waking anyone.", false, "");
    row("free bullet, no labels", "placeholders.md", 5, "Scarecrows that learn new poses", false,
        "", false, "");
    row("free bullet before the labels", "placeholders.md", 6, "Harbour cranes scheduled by gulls",
        true, "Ships would unload in fewer hours.", true,
        "Dock workers could lose their night shifts.");
    row("A* in a bold title", "titles.md", 0, "An A* search for lost socks", true,
        "Laundry days would end with matching pairs.", true,
        "Drawers could fill with socks nobody remembers.");
    row("two X* in a bold title, number indented", "titles.md", 1,
        "Is a B* grade good enough for a C* conference?", true,
        "Reviewers could calibrate their scales.", true, "Grades might inflate.");
    row("literal stars, text after the bold", "titles.md", 2,
        "Calm * stars * in the title [Discussion]", true, "The title keeps its literal asterisks.",
        true, "Markers around words are removed, code and links keep their text.");
    row("wide characters", "titles.md", 3, "Ünïcode façades with 🙂 emoji", true,
        "Wide characters count as two columns in the editor.", true, "Accents count as one.");
}

} // namespace

void tst_Outline::consequenceItemsReadAsTheWriterMeantThem_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("hasBenefits");
    QTest::addColumn<QString>("benefits");
    QTest::addColumn<bool>("hasRamifications");
    QTest::addColumn<QString>("ramifications");
    addListShapeRows();
    addContentRows();
}

void tst_Outline::consequenceItemsReadAsTheWriterMeantThem()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, title);
    QFETCH(bool, hasBenefits);
    QFETCH(QString, benefits);
    QFETCH(bool, hasRamifications);
    QFETCH(QString, ramifications);

    const Outline outline = parseOutline(outlineFixture(file));
    QVERIFY(index < outline.consequences.size());
    const digest::ConsequenceItem& item = outline.consequences.at(index);
    QCOMPARE(item.title, title);
    QCOMPARE(item.benefits.present, hasBenefits);
    QCOMPARE(item.benefits.text, benefits);
    QCOMPARE(item.ramifications.present, hasRamifications);
    QCOMPARE(item.ramifications.text, ramifications);
    // A missing label has no place in the file; a present one always has.
    QCOMPARE(item.benefits.labelRange.isValid(), hasBenefits);
    QCOMPARE(item.ramifications.range.isValid(), hasRamifications);
    QVERIFY(item.titleRange.isValid() && item.range.isValid());
}

void tst_Outline::predictionsHaveEventDateAndText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("when");
    QTest::addColumn<QString>("text");

    const auto row = [](const char* name, const char* file, int index, const char* event,
                        const char* when, const char* text) {
        QTest::newRow(name) << QString::fromUtf8(file) << index << QString::fromUtf8(event)
                            << QString::fromUtf8(when) << QString::fromUtf8(text);
    };
    row("hard break", "loose.md", 0, "Artificial General Intelligence", "March 2031",
        "Compounding progress in planning carries the date forward.");
    row("soft break", "tight.md", 0, "Artificial General Intelligence", "May 2040",
        "The soft break variant: text on the line after the head.");
    row("backslash break", "tight.md", 1, "Technological Singularity", "June 2052",
        "The backslash variant of a hard break.");
    row("bullet indented too far", "nested-label-text.md", 0, "Artificial General Intelligence",
        "September 2034",
        "- The nested bullet is indented too far and stays part of the paragraph.");
    row("nested bullet", "nested-label-text.md", 1, "Technological Singularity", "November 2047",
        "A nested bullet holds the text.");
    row("year and colon inline", "predictions-bullets.md", 0, "Artificial General Intelligence",
        "2035", "Inline text after a colon.");
    row("abbreviation in parentheses", "predictions-bullets.md", 1,
        "Artificial General Intelligence (AGI)", "May 2036", "Text after a repeated abbreviation.");
    row("star marker, bold date", "predictions-bullets.md", 2, "Technological Singularity",
        "June 2050", "Star marker with a bold date and a nested bullet.");
    row("words before the bold", "predictions-bullets.md", 3, "technological singularity",
        "July 2058", "will arrive in the late 2050s (July 2058). Words before the bold event.");
    row("range of years", "predictions-bullets.md", 4, "Artificial general intelligence",
        "2035-2040", "A range of years.");
    row("following paragraph, outro left out", "predictions-bullets.md", 5,
        "Technological Singularity", "August 2061", "A following paragraph holds the text.");
    row("bold line, list with a bold date", "predictions-lines.md", 0,
        "Artificial General Intelligence", "2040 (October)",
        "A bold date in a list under a bold line.");
    row("bold line with date, then bullet", "predictions-lines.md", 1, "Technological Singularity",
        "January 2070", "Bold line with the date, then a bullet.");
    row("numbered", "predictions-lines.md", 2, "Artificial General Intelligence", "2038",
        "Numbered item with a nested bullet.");
    row("bullet character", "predictions-lines.md", 3, "Technological singularity", "March 2066",
        "Bullet character text.");
    row("bold italic line, outro left out", "predictions-lines.md", 4,
        "Artificial general intelligence (AGI)", "2031",
        "By 2031: Bold italic line with a dash inside. A deeper bullet adds a reason.");
    row("bold head, first dated bullet", "predictions-shared-head.md", 0,
        "Artificial General Intelligence", "2029 (March)",
        "The earlier guess, carried by cheaper accelerators.");
    row("bold head, second dated bullet", "predictions-shared-head.md", 1,
        "Artificial General Intelligence", "2036 (November)",
        "A later guess, for when the training data runs short.");
    row("bold head, tight list, first", "predictions-shared-head.md", 2,
        "Technological Singularity", "2048 (July)",
        "Systems that improve themselves outpace their makers.");
    row("bold head, tight list, second, outro left out", "predictions-shared-head.md", 3,
        "Technological Singularity", "2061 (February)",
        "A slower path, held back by energy and regulation.");
}

void tst_Outline::predictionsHaveEventDateAndText()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, event);
    QFETCH(QString, when);
    QFETCH(QString, text);

    const Outline outline = parseOutline(outlineFixture(file));
    QVERIFY(index < outline.predictions.size());
    const digest::Prediction& prediction = outline.predictions.at(index);
    QCOMPARE(prediction.event, event);
    QCOMPARE(prediction.when, when);
    QCOMPARE(prediction.text, text);
    QVERIFY(prediction.eventRange.isValid() && prediction.textRange.isValid());
}

void tst_Outline::trendingTopicsArePlainText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("title");

    QTest::newRow("markers removed")
        << QStringLiteral("titles.md") << 0 << QStringLiteral("Bold topic with stars and code");
    QTest::newRow("bare link") << QStringLiteral("titles.md") << 1
                               << QStringLiteral("Topic with a bare link https://example.org/page");
    QTest::newRow("tag and ampersand") << QStringLiteral("titles.md") << 2
                                       << QStringLiteral("Topic with a [D] tag & an ampersand");
    QTest::newRow("wrapped over two lines")
        << QStringLiteral("tight.md") << 2
        << QStringLiteral("Stamp collectors label rare perforations with a tiny vision model");
    QTest::newRow("trailing space")
        << QStringLiteral("tight.md") << 3
        << QStringLiteral("Library of whistled melodies reaches a million entries");
}

void tst_Outline::trendingTopicsArePlainText()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, title);

    const Outline outline = parseOutline(outlineFixture(file));
    QVERIFY(index < outline.trending.size());
    QCOMPARE(outline.trending.at(index).title, title);
}

void tst_Outline::rangesCountLinesOfTheWholeFile()
{
    // canonical.md: 14 lines of front matter, the notice, then the body.
    const Outline outline = parseOutline(fixture(QStringLiteral("canonical.md")));
    QCOMPARE(outline.sections.at(0).heading,
             QStringLiteral("Possible consequences of current developments"));
    QCOMPARE(outline.sections.at(0).range, (SourceRange{18, 1, 35, 100}));
    QCOMPARE(outline.sections.at(2).range, (SourceRange{45, 1, 52, 91}));

    const digest::ConsequenceItem& second = outline.consequences.at(1);
    QCOMPARE(second.range, (SourceRange{29, 1, 35, 100}));
    QCOMPARE(second.titleRange, (SourceRange{29, 4, 29, 52}));
    QCOMPARE(second.benefits.labelRange, (SourceRange{31, 6, 31, 16}));
    QCOMPARE(second.benefits.range, (SourceRange{32, 6, 32, 99}));
    QCOMPARE(second.ramifications.labelRange, (SourceRange{34, 6, 34, 21}));
    QCOMPARE(second.ramifications.range, (SourceRange{35, 6, 35, 100}));

    QCOMPARE(outline.trending.at(2).range, (SourceRange{43, 1, 43, 48}));
    const digest::Prediction& first = outline.predictions.at(0);
    QCOMPARE(first.eventRange, (SourceRange{48, 3, 48, 37}));
    QCOMPARE(first.textRange, (SourceRange{49, 3, 49, 89}));
    QCOMPARE(first.range, (SourceRange{48, 1, 49, 89}));
}

void tst_Outline::rangesPointAtTheTextAsWritten_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("part");
    QTest::addColumn<QString>("range");

    // Columns count UTF-16 code units (the editor's), not bytes: 🙂 is two, é is one.
    QTest::newRow("wide characters in a title")
        << QStringLiteral("titles.md") << QStringLiteral("title 3") << QStringLiteral("31:4-31:36");
    QTest::newRow("text on the label's line")
        << QStringLiteral("titles.md") << QStringLiteral("benefits 3")
        << QStringLiteral("33:18-33:68");
    QTest::newRow("same line, column 0 label")
        << QStringLiteral("labels-at-column-0.md") << QStringLiteral("benefits 0")
        << QStringLiteral("6:15-6:55");
    // cmark places a lazy continuation line as if it were indented; the range does not.
    QTest::newRow("lazy line at column 1")
        << QStringLiteral("labels-at-column-0.md") << QStringLiteral("ramifications 1")
        << QStringLiteral("16:1-16:50");
    QTest::newRow("under-indented line")
        << QStringLiteral("labels-at-column-0.md") << QStringLiteral("benefits 1")
        << QStringLiteral("13:3-13:59");
    QTest::newRow("separate paragraphs")
        << QStringLiteral("text-outside-label.md") << QStringLiteral("benefits 0")
        << QStringLiteral("11:4-13:52");
    QTest::newRow("wrapped over two lines")
        << QStringLiteral("tight.md") << QStringLiteral("ramifications 0")
        << QStringLiteral("11:6-12:26");
    QTest::newRow("prediction text after a colon")
        << QStringLiteral("predictions-bullets.md") << QStringLiteral("prediction 0")
        << QStringLiteral("28:47-28:72");
    QTest::newRow("prediction text in a following paragraph")
        << QStringLiteral("predictions-bullets.md") << QStringLiteral("prediction 5")
        << QStringLiteral("38:1-38:37");
    QTest::newRow("second dated bullet under a bold head")
        << QStringLiteral("predictions-shared-head.md") << QStringLiteral("prediction 1")
        << QStringLiteral("30:24-30:76");
}

void tst_Outline::rangesPointAtTheTextAsWritten()
{
    QFETCH(QString, file);
    QFETCH(QString, part);
    QFETCH(QString, range);

    const Outline outline = parseOutline(outlineFixture(file));
    const QString kind = part.section(u' ', 0, 0);
    const int index = part.section(u' ', 1, 1).toInt();
    SourceRange actual;
    if (kind == u"title")
        actual = outline.consequences.value(index).titleRange;
    else if (kind == u"benefits")
        actual = outline.consequences.value(index).benefits.range;
    else if (kind == u"ramifications")
        actual = outline.consequences.value(index).ramifications.range;
    else
        actual = outline.predictions.value(index).textRange;
    QCOMPARE(describe(actual), range);
}

void tst_Outline::datedBulletsUnderABoldHeadEachHaveTheirRange()
{
    const Outline outline =
        parseOutline(outlineFixture(QStringLiteral("predictions-shared-head.md")));
    QCOMPARE(outline.predictions.size(), 4);
    const digest::Prediction& first = outline.predictions.at(0);
    const digest::Prediction& second = outline.predictions.at(1);
    // The event is written once, on the bold line, for both.
    QCOMPARE(describe(first.eventRange), QStringLiteral("26:1-26:35"));
    QCOMPARE(second.eventRange, first.eventRange);
    // The first runs from the head to its bullet, the second is its own bullet: a click on
    // either in the outline goes to its own date.
    QCOMPARE(describe(first.range), QStringLiteral("26:1-28:71"));
    QCOMPARE(describe(second.range), QStringLiteral("30:1-30:76"));
    QCOMPARE(describe(outline.predictions.at(3).range), QStringLiteral("35:1-35:73"));
}

void tst_Outline::frontMatterOfEveryFormatShiftsTheLines_data()
{
    QTest::addColumn<QString>("frontMatter");
    QTest::addColumn<int>("lines");

    QTest::newRow("none") << QString() << 0;
    QTest::newRow("yaml") << QStringLiteral("---\ntitle: \"A\"\ndraft: true\n---\n") << 4;
    QTest::newRow("toml") << QStringLiteral("+++\ntitle = 'A'\n+++\n") << 3;
    QTest::newRow("json") << QStringLiteral("{\n  \"title\": \"A\"\n}\n") << 3;
    QTest::newRow("windows line endings") << QStringLiteral("---\r\ntitle: A\r\n---\r\n") << 3;
}

void tst_Outline::frontMatterOfEveryFormatShiftsTheLines()
{
    QFETCH(QString, frontMatter);
    QFETCH(int, lines);

    const QString body = QStringLiteral("## Possible consequences of current developments\n\n"
                                        "1. **Title**\n   - *Benefits:* Good.\n");
    const Outline outline = parseOutline(QString(frontMatter + body));
    QCOMPARE(outline.sections.size(), 1);
    QCOMPARE(outline.sections.at(0).range.startLine, lines + 1);
    QCOMPARE(outline.consequences.size(), 1);
    QCOMPARE(outline.consequences.at(0).benefits.range,
             (SourceRange{lines + 4, 18, lines + 4, 22}));
}

void tst_Outline::sectionsAreKnownByTheirHeadings_data()
{
    QTest::addColumn<QString>("heading");
    QTest::addColumn<int>("kind"); // -1: no section

    QTest::newRow("consequences") << QStringLiteral(
                                         "## Possible consequences of current developments")
                                  << int(Section::Kind::Consequences);
    QTest::newRow("upper case") << QStringLiteral("## POSSIBLE CONSEQUENCES")
                                << int(Section::Kind::Consequences);
    QTest::newRow("trending, level 3")
        << QStringLiteral("### Currently trending topics") << int(Section::Kind::Trending);
    QTest::newRow("predictions") << QStringLiteral("## GPT predicts future events")
                                 << int(Section::Kind::Predictions);
    QTest::newRow("setext") << QStringLiteral("Predictions\n-----------")
                            << int(Section::Kind::Predictions);
    QTest::newRow("other level 1") << QStringLiteral("# A title") << int(Section::Kind::Other);
    QTest::newRow("other level 3 is no section") << QStringLiteral("### Notes") << -1;
}

void tst_Outline::sectionsAreKnownByTheirHeadings()
{
    QFETCH(QString, heading);
    QFETCH(int, kind);

    const Outline outline = parseOutline(QString(heading + QStringLiteral("\n\nSome text.\n")));
    if (kind < 0) {
        QVERIFY(outline.sections.isEmpty());
        return;
    }
    QCOMPARE(outline.sections.size(), 1);
    QCOMPARE(int(outline.sections.at(0).kind), kind);
}

void tst_Outline::hostileTextNeverBreaksTheParser_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("unterminated front matter") << QStringLiteral("---\ntitle: x\n");
    QTest::newRow("front matter only") << QStringLiteral("---\n---\n");
    QTest::newRow("labels before any title")
        << QStringLiteral("## Possible consequences\n\n- *Benefits:* x\n\n*Ramifications:* y\n");
    QTest::newRow("sections without content") << QStringLiteral(
        "## Possible consequences\n## Currently trending topics\n## GPT predicts");
    QTest::newRow("empty bold event")
        << QStringLiteral("## GPT predicts\n\n- **** (May 2030)\n- ** ** text\n**\n");
    QTest::newRow("lone carriage returns")
        << QStringLiteral("## Possible consequences\r\r1. **T**\r   - *Benefits:*\r     x\r");
    QTest::newRow("tabs and NUL") << QStringLiteral("## GPT predicts\n\n-\t**E**\t(2030)\n\t\0x\n");
    QTest::newRow("deep block quotes") << QStringLiteral("## Possible consequences\n\n1. **T**\n") +
                                              QString(20000, u'>') +
                                              QStringLiteral(" - *Benefits:* deep\n");
    QTest::newRow("emphasis bomb")
        << QStringLiteral("## GPT predicts\n\n- ") + QStringLiteral("**a *").repeated(20000);
    QTest::newRow("deep lists") << QStringLiteral("## Currently trending topics\n\n") +
                                       QStringLiteral("- ").repeated(5000) + u'x';
    QTest::newRow("hostile fixture") << fixture(QStringLiteral("hostile.md"));
    QTest::newRow("gfm features") << fixture(QStringLiteral("gfm-features.md"));
    QString noise;
    QRandomGenerator random(20261120);
    const QString alphabet = QStringLiteral("#*-_ \n\t1.()[]`>\\:•…*BenfitsRamc2030é🙂");
    for (int i = 0; i < 50000; ++i)
        noise += alphabet.at(random.bounded(int(alphabet.size())));
    QTest::newRow("noise") << noise;
}

void tst_Outline::hostileTextNeverBreaksTheParser()
{
    QFETCH(QString, text);

    const Outline outline = parseOutline(text);
    const int lines = int(text.count(u'\n') + text.count(u'\r')) + 1;
    const auto inFile = [lines](const SourceRange& range) {
        return !range.isValid() || (range.startLine <= range.endLine && range.endLine <= lines);
    };
    for (const Section& section : outline.sections)
        QVERIFY2(inFile(section.range), qPrintable(describe(section.range)));
    for (const digest::ConsequenceItem& item : outline.consequences) {
        QVERIFY(inFile(item.range) && inFile(item.benefits.range) &&
                inFile(item.ramifications.range));
    }
    for (const digest::Prediction& prediction : outline.predictions)
        QVERIFY(inFile(prediction.range) && inFile(prediction.textRange));
}

void tst_Outline::jsonCarriesEveryPartAndRange()
{
    const QJsonObject json =
        digest::outlineToJson(parseOutline(outlineFixture(QStringLiteral("placeholders.md"))));
    QCOMPARE(json.value(u"sections").toArray().size(), 3);
    QCOMPARE(json.value(u"sections").toArray().at(1).toObject().value(u"kind").toString(),
             QStringLiteral("trending"));

    const QJsonArray consequences = json.value(u"consequences").toArray();
    QCOMPARE(consequences.size(), 7);
    const QJsonObject quiet = consequences.at(4).toObject();
    QCOMPARE(quiet.value(u"title").toString(), QStringLiteral("Quiet trains for sleeping towns"));
    const QJsonObject benefits = quiet.value(u"benefits").toObject();
    QCOMPARE(benefits.value(u"present").toBool(), true);
    QCOMPARE(benefits.value(u"text").toString(),
             QStringLiteral("Night freight could pass without waking anyone."));
    const QJsonObject range = benefits.value(u"range").toObject();
    QCOMPARE(range.value(u"startLine").toInt(), 27);
    QCOMPARE(range.value(u"startColumn").toInt(), 6);
    QCOMPARE(range.value(u"endLine").toInt(), 27);
    QVERIFY(range.contains(u"endColumn"));
    // A missing label has no range at all.
    const QJsonObject ramifications = quiet.value(u"ramifications").toObject();
    QCOMPARE(ramifications.value(u"present").toBool(true), false);
    QVERIFY(ramifications.value(u"range").isNull());

    QCOMPARE(json.value(u"trending").toArray().size(), 3);
    const QJsonObject prediction = json.value(u"predictions").toArray().at(0).toObject();
    QCOMPARE(prediction.value(u"event").toString(),
             QStringLiteral("Artificial General Intelligence"));
    QCOMPARE(prediction.value(u"when").toString(), QStringLiteral("July 2039"));
    QCOMPARE(prediction.value(u"text").toString(), QStringLiteral("Text one."));
}

QTEST_GUILESS_MAIN(tst_Outline)
#include "tst_outline.moc"
