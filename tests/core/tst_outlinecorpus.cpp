// The outline of every post the site ever published. The posts are read where they are
// (DIGEST_CORPUS_DIR), never copied; the figures the checks expect were measured on them and
// agree with the catalogue in corpus/VARIANTS.md.

#include "core/outline/outline.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using digest::ConsequenceItem;
using digest::Outline;
using digest::Prediction;
using digest::Section;
using digest::Slot;
using digest::SourceRange;

namespace {

struct Post
{
    QString name;
    QStringList lines;
    Outline outline;
    bool daily = false;
};

// Collects what is wrong over the whole corpus, so one run shows every broken post.
class Findings final
{
public:
    void check(bool ok, const Post& post, const QString& what)
    {
        if (!ok)
            m_messages << post.name + QStringLiteral(": ") + what;
    }
    bool isEmpty() const { return m_messages.isEmpty(); }
    QByteArray report() const
    {
        return (QString::number(m_messages.size()) + QStringLiteral(" problems, first ones:\n") +
                m_messages.first(qMin(m_messages.size(), qsizetype(15))).join(u'\n'))
            .toUtf8();
    }

private:
    QStringList m_messages;
};

// The text of a range's lines; lines are 1-based.
QString sourceOf(const Post& post, const SourceRange& range)
{
    return post.lines.mid(range.startLine - 1, range.endLine - range.startLine + 1).join(u'\n');
}

bool isOrdered(const SourceRange& range)
{
    return range.isValid() &&
           (range.startLine < range.endLine ||
            (range.startLine == range.endLine && range.startColumn <= range.endColumn));
}

bool contains(const SourceRange& outer, const SourceRange& inner)
{
    return outer.startLine <= inner.startLine && inner.endLine <= outer.endLine;
}

// Text without emphasis, code and escape characters and with single spaces, to compare plain
// text with the line it comes from.
QString normalized(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (QStringView(u"*_`\\").contains(c) || (c == u' ' && out.endsWith(u' ')))
            continue;
        out += c;
    }
    return out;
}

bool hasMarkers(const QString& text)
{
    return text.contains(u"**") || text.contains(u"*Benefits:*") ||
           text.contains(u"*Ramifications:*") || text.startsWith(u"Benefits:") ||
           text.startsWith(u"Ramifications:");
}

QString withoutLeadingMarkers(QString text)
{
    while (!text.isEmpty() && QStringView(u"*_`[ ").contains(text.front()))
        text.remove(0, 1);
    return text;
}

// The file at the range's start holds the text's first characters (markers aside).
bool startsWhereTheTextDoes(const Post& post, const SourceRange& range, const QString& text)
{
    const QString line = post.lines.value(range.startLine - 1);
    return withoutLeadingMarkers(line.mid(range.startColumn - 1))
        .startsWith(withoutLeadingMarkers(text).left(6));
}

} // namespace

class tst_OutlineCorpus final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dailyPostsHaveTheirThreeSections();
    void consequencesMatchTheCatalogue();
    void labelsAreFoundExactlyWhereTheyAreWritten();
    void slotTextsArePlainAndStartWhereTheirRangeDoes();
    void trendingTopicsMatchTheCatalogue();
    void predictionsHaveEventDateAndText();
    void rangesNestAndStayInTheFile();

private:
    QList<Post> m_posts;
};

void tst_OutlineCorpus::initTestCase()
{
    const QDir folder(QStringLiteral(DIGEST_CORPUS_DIR));
    if (!folder.exists())
        QSKIP(qPrintable(QStringLiteral("The corpus of published posts is not at %1; nothing to "
                                        "check the outline against.")
                             .arg(folder.absolutePath())));
    qint64 parseNs = 0;
    QElapsedTimer timer;
    const QStringList names = folder.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile file(folder.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const QString text = QString::fromUtf8(file.readAll());
        timer.start();
        Post post{name, text.split(u'\n'), digest::parseOutline(text),
                  name.endsWith(u"-ai-auto-summary.md")};
        parseNs += timer.nsecsElapsed();
        m_posts.append(post);
    }
    QCOMPARE(m_posts.size(), 980);
    qInfo("parsed the outlines of %d posts in %lld ms", int(m_posts.size()), parseNs / 1000000);
}

void tst_OutlineCorpus::dailyPostsHaveTheirThreeSections()
{
    Findings findings;
    int daily = 0;
    for (const Post& post : std::as_const(m_posts)) {
        if (!post.daily)
            continue;
        ++daily;
        const QList<Section>& sections = post.outline.sections;
        findings.check(sections.size() == 3, post, QStringLiteral("not three sections"));
        if (sections.size() != 3)
            continue;
        findings.check(sections.at(0).kind == Section::Kind::Consequences &&
                           sections.at(0).heading ==
                               u"Possible consequences of current developments",
                       post, QStringLiteral("first section"));
        findings.check(sections.at(1).kind == Section::Kind::Trending &&
                           sections.at(1).heading == u"Currently trending topics",
                       post, QStringLiteral("second section"));
        findings.check(sections.at(2).kind == Section::Kind::Predictions &&
                           sections.at(2).heading == u"GPT predicts future events",
                       post, QStringLiteral("third section"));
    }
    QCOMPARE(daily, 978);
    QVERIFY2(findings.isEmpty(), findings.report().constData());
}

void tst_OutlineCorpus::consequencesMatchTheCatalogue()
{
    Findings findings;
    QMap<qsizetype, int> itemCounts;
    for (const Post& post : std::as_const(m_posts)) {
        if (!post.daily)
            continue;
        ++itemCounts[post.outline.consequences.size()];
        for (const ConsequenceItem& item : post.outline.consequences) {
            findings.check(!item.title.isEmpty(), post, QStringLiteral("an item without title"));
            findings.check(!hasMarkers(item.title), post,
                           QStringLiteral("markers in ") + item.title);
            findings.check(normalized(sourceOf(post, item.titleRange))
                               .contains(normalized(item.title).left(20)),
                           post, QStringLiteral("title not on its line: ") + item.title);
        }
    }
    // VARIANTS.md: item-count=1 .. item-count=6.
    const QMap<qsizetype, int> catalogue{{1, 1}, {2, 240}, {3, 113}, {4, 25}, {5, 509}, {6, 90}};
    QCOMPARE(itemCounts, catalogue);
    QVERIFY2(findings.isEmpty(), findings.report().constData());
}

void tst_OutlineCorpus::labelsAreFoundExactlyWhereTheyAreWritten()
{
    Findings findings;
    int present = 0;
    int missing = 0;
    for (const Post& post : std::as_const(m_posts)) {
        if (!post.daily)
            continue;
        for (const ConsequenceItem& item : post.outline.consequences) {
            const QString source = sourceOf(post, item.range);
            for (const auto& [label, slot] :
                 {std::pair{QStringLiteral("*Benefits:*"), item.benefits},
                  std::pair{QStringLiteral("*Ramifications:*"), item.ramifications}}) {
                findings.check(slot.present == source.contains(label), post,
                               label + QStringLiteral(" in ") + item.title);
                // In the corpus a label always has its text: placeholders replace both labels.
                findings.check(!slot.present || !slot.text.isEmpty(), post,
                               QStringLiteral("empty ") + label + QStringLiteral(" in ") +
                                   item.title);
                ++(slot.present ? present : missing);
            }
        }
    }
    qInfo("labels: %d present, %d missing", present, missing);
    QVERIFY2(findings.isEmpty(), findings.report().constData());
}

void tst_OutlineCorpus::slotTextsArePlainAndStartWhereTheirRangeDoes()
{
    Findings findings;
    for (const Post& post : std::as_const(m_posts)) {
        for (const ConsequenceItem& item : post.outline.consequences) {
            for (const Slot& slot : {item.benefits, item.ramifications}) {
                if (slot.text.isEmpty())
                    continue;
                findings.check(!hasMarkers(slot.text), post,
                               QStringLiteral("markers in ") + slot.text.left(60));
                findings.check(startsWhereTheTextDoes(post, slot.range, slot.text), post,
                               QStringLiteral("range of ") + slot.text.left(60));
            }
        }
    }
    QVERIFY2(findings.isEmpty(), findings.report().constData());
}

void tst_OutlineCorpus::trendingTopicsMatchTheCatalogue()
{
    Findings findings;
    QMap<qsizetype, int> topicCounts;
    for (const Post& post : std::as_const(m_posts)) {
        if (!post.daily)
            continue;
        ++topicCounts[post.outline.trending.size()];
        for (const digest::TrendingTopic& topic : post.outline.trending) {
            findings.check(!topic.title.isEmpty() && !hasMarkers(topic.title), post,
                           QStringLiteral("topic ") + topic.title);
            findings.check(
                post.lines.value(topic.range.startLine - 1).contains(topic.title.left(12)), post,
                QStringLiteral("range of topic ") + topic.title);
        }
    }
    // VARIANTS.md: T/item-count=3 .. 5.
    const QMap<qsizetype, int> catalogue{{3, 592}, {4, 293}, {5, 93}};
    QCOMPARE(topicCounts, catalogue);
    QVERIFY2(findings.isEmpty(), findings.report().constData());
}

void tst_OutlineCorpus::predictionsHaveEventDateAndText()
{
    // "**Event** (Month YYYY)": the date the head gives must be the prediction's.
    static const QRegularExpression datedHead(
        QStringLiteral("\\*\\*\\s*\\(([A-Z][a-z]+ \\d{4})\\)"));
    static const QRegularExpression year(QStringLiteral("(?<!\\d)(19|20|21)\\d\\d(?!\\d)"));
    Findings findings;
    QMap<qsizetype, int> predictionCounts;
    int datedHeads = 0;
    int undated = 0;
    for (const Post& post : std::as_const(m_posts)) {
        if (!post.daily)
            continue;
        ++predictionCounts[post.outline.predictions.size()];
        for (const Prediction& prediction : post.outline.predictions) {
            findings.check(!prediction.event.isEmpty() && !hasMarkers(prediction.event), post,
                           QStringLiteral("event ") + prediction.event);
            findings.check(!prediction.text.isEmpty() && !prediction.text.contains(u"**"), post,
                           QStringLiteral("text of ") + prediction.event);
            const QRegularExpressionMatch head =
                datedHead.match(post.lines.value(prediction.eventRange.startLine - 1));
            if (head.hasMatch()) {
                ++datedHeads;
                findings.check(prediction.when == head.captured(1), post,
                               QStringLiteral("date ") + prediction.when);
            }
            if (prediction.when.isEmpty()) {
                ++undated;
                findings.check(!year.match(sourceOf(post, prediction.range)).hasMatch(), post,
                               QStringLiteral("a year is written but no date found"));
            }
        }
    }
    qInfo("predictions: %d with a dated head, %d without any date", datedHeads, undated);
    // Two per post; two posts give two dates for each event: 2023-12-25 repeats the event in
    // each bullet, 2023-07-16 writes it once in bold over two dated bullets.
    QCOMPARE(predictionCounts, (QMap<qsizetype, int>{{2, 976}, {4, 2}}));
    QVERIFY2(findings.isEmpty(), findings.report().constData());
}

void tst_OutlineCorpus::rangesNestAndStayInTheFile()
{
    Findings findings;
    for (const Post& post : std::as_const(m_posts)) {
        const Outline& outline = post.outline;
        const auto inFile = [&post](const SourceRange& range) {
            return isOrdered(range) && range.endLine <= post.lines.size();
        };
        for (const Section& section : outline.sections)
            findings.check(inFile(section.range), post, QStringLiteral("section range"));
        if (!post.daily || outline.sections.size() != 3)
            continue;
        int previousEnd = 0;
        for (const ConsequenceItem& item : outline.consequences) {
            findings.check(inFile(item.range) && contains(outline.sections.at(0).range, item.range),
                           post, QStringLiteral("item range of ") + item.title);
            findings.check(item.range.startLine > previousEnd, post,
                           QStringLiteral("items overlap at ") + item.title);
            previousEnd = item.range.endLine;
            for (const Slot& slot : {item.benefits, item.ramifications}) {
                findings.check(!slot.present ||
                                   (inFile(slot.range) && contains(item.range, slot.range) &&
                                    contains(item.range, slot.labelRange)),
                               post, QStringLiteral("slot range in ") + item.title);
            }
        }
        for (const digest::TrendingTopic& topic : outline.trending) {
            findings.check(inFile(topic.range) &&
                               contains(outline.sections.at(1).range, topic.range),
                           post, QStringLiteral("topic range"));
        }
        const Prediction* previous = nullptr;
        for (const Prediction& prediction : outline.predictions) {
            // A bold head over several dated bullets is written once, in the first one's range.
            const bool sharedHead = previous && previous->eventRange == prediction.eventRange &&
                                    contains(previous->range, prediction.eventRange);
            findings.check(inFile(prediction.range) && inFile(prediction.textRange) &&
                               contains(outline.sections.at(2).range, prediction.range) &&
                               (contains(prediction.range, prediction.eventRange) || sharedHead),
                           post, QStringLiteral("prediction range"));
            previous = &prediction;
        }
    }
    QVERIFY2(findings.isEmpty(), findings.report().constData());
}

QTEST_GUILESS_MAIN(tst_OutlineCorpus)
#include "tst_outlinecorpus.moc"
