// Where chosen topics go in a post: the consequences' items and the trending list laid out in
// the canonical layout, hostile titles and headlines included; positions in UTF-16; edits
// applied in order. Every result is compared with the bytes a person would expect and re-read
// with the outline reader the editor uses. (Slots written: tst_slotwrite.)

#include "core/generation/postlayout.h"
#include "core/post/markdownescape.h"
#include "postlayoutfixtures.h"

#include <QTest>

using namespace layouttest;

class tst_PostLayout : public QObject
{
    Q_OBJECT

private slots:
    void spanCountsUtf16()
    {
        const QString text = QStringLiteral("ab\nä😀xy\nz");
        // "😀" is columns 2-3 of line 2 (a surrogate pair), "x" column 4.
        QCOMPARE(digest::spanOf(text, SourceRange{2, 2, 2, 3}), std::make_pair(4, 2));
        QCOMPARE(text.mid(4, 2), QStringLiteral("😀"));
        QCOMPARE(digest::spanOf(text, SourceRange{2, 4, 3, 1}), std::make_pair(6, 4));
        QCOMPARE(text.mid(6, 4), QStringLiteral("xy\nz"));
        QCOMPARE(digest::spanOf(text, SourceRange{}), std::make_pair(-1, 0));
        QCOMPARE(digest::spanOf(text, SourceRange{4, 1, 4, 1}), std::make_pair(-1, 0));
        QCOMPARE(digest::spanOf(text, SourceRange{1, 9, 1, 9}), std::make_pair(-1, 0));

        // An outline's ranges point at what they name, past non-ASCII text before them.
        const Outline outline = digest::parseOutline(kVariedPost);
        const auto [position, length] =
            digest::spanOf(kVariedPost, outline.consequences.at(0).titleRange);
        QCOMPARE(kVariedPost.mid(position, length), QStringLiteral("**Ünïcode 😀 title**"));
        const auto [textAt, textLength] =
            digest::spanOf(kVariedPost, outline.consequences.at(0).benefits.range);
        QCOMPARE(kVariedPost.mid(textAt, textLength),
                 QStringLiteral("Written on the label's line."));
    }

    void layoutConsequencesCanonical_data()
    {
        QTest::addColumn<QStringList>("titles");
        QTest::addColumn<QString>("items");
        QTest::newRow("five") << QStringList{"A", "B", "C", "D", "E"}
                              << QStringLiteral(
                                     "1. **A**\n\n   - *Benefits:*\n\n   - *Ramifications:*\n\n"
                                     "2. **B**\n\n   - *Benefits:*\n\n   - *Ramifications:*\n\n"
                                     "3. **C**\n\n   - *Benefits:*\n\n   - *Ramifications:*\n\n"
                                     "4. **D**\n\n   - *Benefits:*\n\n   - *Ramifications:*\n\n"
                                     "5. **E**\n\n   - *Benefits:*\n\n   - *Ramifications:*");
        QTest::newRow("two") << QStringList{"Why is Focal Loss Not Used?", "Dynamic Models"}
                             << QStringLiteral("1. **Why is Focal Loss Not Used?**\n\n"
                                               "   - *Benefits:*\n\n   - *Ramifications:*\n\n"
                                               "2. **Dynamic Models**\n\n"
                                               "   - *Benefits:*\n\n   - *Ramifications:*");
    }

    void layoutConsequencesCanonical()
    {
        QFETCH(QStringList, titles);
        QFETCH(QString, items);
        QList<LayoutTopic> topics;
        for (const QString& title : titles)
            topics.append({title, QStringLiteral("https://example.org/") + title, {}});
        const QString text = builtIn();
        const digest::Result<TextEdit> edit =
            digest::layoutConsequences(text, digest::parseOutline(text), topics);
        QVERIFY2(edit.ok(), qPrintable(edit.errorMessage()));
        const QString result = applied(text, edit.value());
        QCOMPARE(result, replacedBetween(text, kConsequencesHeading, kTrendingHeading, items));

        const Outline outline = digest::parseOutline(result);
        QCOMPARE(outline.consequences.size(), titles.size());
        QCOMPARE(outline.sections.size(), 3);
        for (qsizetype i = 0; i < titles.size(); ++i)
            QCOMPARE(outline.consequences.at(i).title, titles.at(i));
        const QList<PlannedSlot> plan = digest::planSlots(outline);
        QCOMPARE(plan.size(), titles.size() * 2 + 2);
        for (const PlannedSlot& slot : plan) {
            if (slot.kind != digest::SlotKind::Prediction)
                QCOMPARE(slot.state, State::Empty);
        }
        // Laid out again with the same topics: nothing changes.
        const digest::Result<TextEdit> again = digest::layoutConsequences(result, outline, topics);
        QVERIFY(again.ok());
        QCOMPARE(applied(result, again.value()), result);
    }

    void layoutNoTopicsAndBack()
    {
        const QString text = builtIn();
        const digest::Result<TextEdit> none =
            digest::layoutConsequences(text, digest::parseOutline(text), {});
        QVERIFY(none.ok());
        const QString empty = applied(text, none.value());
        QCOMPARE(empty,
                 replacedBetween(text,
                                 QStringLiteral("## Possible consequences of current developments"),
                                 QStringLiteral("## Currently trending"), QStringLiteral("\n\n")));
        QCOMPARE(digest::parseOutline(empty).consequences.size(), 0);
        QCOMPARE(digest::parseOutline(empty).sections.size(), 3);

        // Topics into a section without items: the archetype's layout comes back.
        const digest::Result<TextEdit> two = digest::layoutConsequences(
            empty, digest::parseOutline(empty),
            {{QStringLiteral("First"), {}, {}}, {QStringLiteral("Second"), {}, {}}});
        QVERIFY(two.ok());
        QCOMPARE(applied(empty, two.value()), twoTopicPost());
    }

    void layoutKeepsIntroAndNote()
    {
        const digest::Result<TextEdit> edit = digest::layoutConsequences(
            kVariedPost, digest::parseOutline(kVariedPost), {{QStringLiteral("New"), {}, {}}});
        QVERIFY(edit.ok());
        QCOMPARE(applied(kVariedPost, edit.value()),
                 replacedBetween(
                     kVariedPost, QStringLiteral("Today's threads:\n\n"),
                     QStringLiteral("\n\n(Note: generated.)"),
                     QStringLiteral("1. **New**\n\n   - *Benefits:*\n\n   - *Ramifications:*")));
    }

    void layoutFailsWithoutSection()
    {
        const QString text = QStringLiteral("---\ntitle: x\n---\nJust a paragraph.\n");
        const Outline outline = digest::parseOutline(text);
        QVERIFY(!digest::layoutConsequences(text, outline, {{QStringLiteral("A"), {}, {}}}).ok());
        QVERIFY(!digest::layoutTrending(text, outline, {QStringLiteral("A")}).ok());
        QVERIFY(
            !digest::layoutTrending(text, outline, {QStringLiteral("A")}).errorMessage().isEmpty());
    }

    void layoutTrendingCanonical()
    {
        const QString text = builtIn();
        const QStringList headlines{QStringLiteral("Widrow's classes"),
                                    QStringLiteral("A plateau")};
        const digest::Result<TextEdit> edit =
            digest::layoutTrending(text, digest::parseOutline(text), headlines);
        QVERIFY(edit.ok());
        const QString result = applied(text, edit.value());
        QCOMPARE(result,
                 replacedBetween(text, QStringLiteral("## Currently trending topics\n\n\n\n"),
                                 QStringLiteral("\n\n## GPT predicts"),
                                 QStringLiteral("- Widrow's classes\n- A plateau")));
        const Outline outline = digest::parseOutline(result);
        QCOMPARE(outline.trending.size(), 2);
        QCOMPARE(outline.trending.at(0).title, headlines.at(0));

        // None, then three again into the bare heading.
        const digest::Result<TextEdit> none = digest::layoutTrending(result, outline, {});
        QVERIFY(none.ok());
        const QString empty = applied(result, none.value());
        QCOMPARE(empty, replacedBetween(text, QStringLiteral("## Currently trending topics"),
                                        QStringLiteral("## GPT predicts"), QStringLiteral("\n\n")));
        const digest::Result<TextEdit> back = digest::layoutTrending(
            empty, digest::parseOutline(empty), {QString(), QString(), QString()});
        QVERIFY(back.ok());
        QCOMPARE(applied(empty, back.value()), text);
    }

    void bothLayoutsAsOneStep()
    {
        const QString text = builtIn();
        const Outline outline = digest::parseOutline(text);
        const digest::Result<TextEdit> items = digest::layoutConsequences(
            text, outline, {{QStringLiteral("First"), {}, {}}, {QStringLiteral("Second"), {}, {}}});
        const digest::Result<TextEdit> trending =
            digest::layoutTrending(text, outline, {QStringLiteral("H")});
        QVERIFY(items.ok() && trending.ok());
        const QString both = digest::applyEdits(text, {trending.value(), items.value()});
        QCOMPARE(both, replacedBetween(
                           twoTopicPost(), QStringLiteral("## Currently trending topics\n\n\n\n"),
                           QStringLiteral("\n\n## GPT predicts"), QStringLiteral("- H")));
    }

    void hostileTitlesKeepTheStructure_data()
    {
        QTest::addColumn<QString>("title");
        for (const char* hostile :
             {"# x", "1. x", "---", "<script>alert(1)</script>", "**", "[a](b)", "- *Benefits:* x",
              "===", "> quote", "`code", "{{< shortcode >}}", "line\nbreak\n## Heading", "*", "  "})
            QTest::newRow(hostile) << QString::fromUtf8(hostile);
    }

    void hostileTitlesKeepTheStructure()
    {
        QFETCH(QString, title);
        const QString text = builtIn();
        const Outline before = digest::parseOutline(text);
        const QList<LayoutTopic> topics{{title, {}, {}}, {QStringLiteral("Plain"), {}, {}}};
        const digest::Result<TextEdit> items = digest::layoutConsequences(text, before, topics);
        const digest::Result<TextEdit> trending =
            digest::layoutTrending(text, before, {title, title, QStringLiteral("Plain")});
        QVERIFY(items.ok() && trending.ok());
        const QString result = digest::applyEdits(text, {items.value(), trending.value()});
        const Outline after = digest::parseOutline(result);
        QCOMPARE(after.sections.size(), 3);
        for (qsizetype i = 0; i < 3; ++i) {
            QCOMPARE(after.sections.at(i).kind, before.sections.at(i).kind);
            QCOMPARE(after.sections.at(i).heading, before.sections.at(i).heading);
        }
        QCOMPARE(after.consequences.size(), 2);
        QCOMPARE(after.trending.size(), 3);
        QCOMPARE(after.predictions.size(), before.predictions.size());
        const QString shown = digest::escape::singleLine(title);
        if (shown != u"...") {
            QCOMPARE(after.consequences.at(0).title, shown);
            QCOMPARE(after.trending.at(0).title, shown);
        }
        QCOMPARE(after.consequences.at(1).title, QStringLiteral("Plain"));
        for (const PlannedSlot& slot : digest::planSlots(after)) {
            if (slot.kind != digest::SlotKind::Prediction)
                QCOMPARE(slot.state, State::Empty);
        }

        // The same text, escaped, written as a slot's paragraph and a prediction's.
        const QString escaped = digest::escape::inlineMarkdown(title);
        const QString slot = written(result, QStringLiteral("consequence-1/benefits"), escaped);
        const QString prediction =
            written(slot, QStringLiteral("prediction-1"), escaped, QStringLiteral("March 2031"));
        const Outline final = digest::parseOutline(prediction);
        QCOMPARE(final.sections.size(), 3);
        QCOMPARE(final.consequences.size(), 2);
        QCOMPARE(final.trending.size(), 3);
        QCOMPARE(final.predictions.size(), 2);
        // What was not written to reads as it did (its place moved down by the lines added).
        QCOMPARE(final.consequences.at(0).title, after.consequences.at(0).title);
        QCOMPARE(final.consequences.at(0).benefits.text, shown == u"..." ? QString() : shown);
        QCOMPARE(final.predictions.at(0).text, shown == u"..." ? QString() : shown);
        QVERIFY(final.consequences.at(0).ramifications.present);
        QCOMPARE(final.consequences.at(0).ramifications.text, QString());
        QCOMPARE(final.consequences.at(1).title, QStringLiteral("Plain"));
        QCOMPARE(final.trending.at(2).title, QStringLiteral("Plain"));
        QCOMPARE(final.predictions.at(1).event, after.predictions.at(1).event);
    }

    void applyEditsOrder()
    {
        const QString text = QStringLiteral("0123456789");
        // Listed out of order; two inserts at one place land as listed.
        const QList<TextEdit> edits{{8, 2, QStringLiteral("[end]")},
                                    {0, 1, QStringLiteral("zero")},
                                    {4, 0, QStringLiteral("a")},
                                    {4, 0, QStringLiteral("b")},
                                    {5, 1, {}}};
        QCOMPARE(digest::applyEdits(text, edits), QStringLiteral("zero123ab467[end]"));
        QCOMPARE(digest::applyEdits(text, {}), text);
    }
};

QTEST_GUILESS_MAIN(tst_PostLayout)
#include "tst_postlayout.moc"
