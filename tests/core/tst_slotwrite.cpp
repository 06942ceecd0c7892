// Each slot written in the canonical layout: an empty one under its label, a filled one in
// place, a missing one with its label added, a prediction with its date. Each result is
// compared with the bytes a person would expect and re-read with the outline reader, so that
// what was not written to is seen unchanged.

#include "core/generation/postlayout.h"
#include "postlayoutfixtures.h"

#include <QTest>

using namespace layouttest;

class tst_SlotWrite : public QObject
{
    Q_OBJECT

private slots:
    void writeEmptySlot()
    {
        const QString text = twoTopicPost();
        const QString result = written(text, QStringLiteral("consequence-1/ramifications"),
                                       QStringLiteral("Costs rise."));
        QCOMPARE(result,
                 replacedBetween(text, QStringLiteral("1. **First**\n\n   - *Benefits:*\n\n"),
                                 QStringLiteral("\n\n2. **Second**"),
                                 QStringLiteral("   - *Ramifications:*  \n     Costs rise.")));
        verifyOnlySlotChanged(text, result, QStringLiteral("consequence-1/ramifications"),
                              QStringLiteral("Costs rise."));
    }

    void writeFilledSlotReplacesItsText()
    {
        const QString text = written(twoTopicPost(), QStringLiteral("consequence-2/benefits"),
                                     QStringLiteral("Old text that\\* was here."));
        const QString id = QStringLiteral("consequence-2/benefits");
        const Outline outline = digest::parseOutline(text);
        const digest::Result<SlotWrite> write =
            digest::writeSlot(text, outline, plannedSlot(text, id), QStringLiteral("New."));
        QVERIFY(write.ok());
        const QString result = applied(text, write.value().edit);
        QCOMPARE(result, replacedBetween(text, QStringLiteral("2. **Second**\n\n"),
                                         QStringLiteral("\n\n   - *Ramifications:*\n\n## Current"),
                                         QStringLiteral("   - *Benefits:*  \n     New.")));
        verifyOnlySlotChanged(text, result, id, QStringLiteral("New."));
        verifyOutsideUnchanged(text, result, write.value().edit);
        QCOMPARE(write.value().edit.length, QStringLiteral("Old text that\\* was here.").size());

        // A slot written on its label's line stays there; a placeholder is replaced.
        const QString label = written(kVariedPost, QStringLiteral("consequence-1/benefits"),
                                      QStringLiteral("Fresh."));
        QCOMPARE(label, QString(kVariedPost)
                            .replace(QStringLiteral("Written on the label's line."),
                                     QStringLiteral("Fresh.")));
        verifyOnlySlotChanged(kVariedPost, label, QStringLiteral("consequence-1/benefits"),
                              QStringLiteral("Fresh."));
        const QString placeholder = written(
            kVariedPost, QStringLiteral("consequence-1/ramifications"), QStringLiteral("Gone."));
        QCOMPARE(placeholder, QString(kVariedPost)
                                  .replace(QStringLiteral("*Ramifications:* ...\n"),
                                           QStringLiteral("*Ramifications:*  \n     Gone.\n")));
        verifyOnlySlotChanged(kVariedPost, placeholder,
                              QStringLiteral("consequence-1/ramifications"),
                              QStringLiteral("Gone."));
    }

    void writeMissingSlotAddsItsLabel()
    {
        QCOMPARE(plannedSlot(kVariedPost, QStringLiteral("consequence-2/benefits")).state,
                 State::Missing);
        const QString benefits = written(kVariedPost, QStringLiteral("consequence-2/benefits"),
                                         QStringLiteral("Cheaper."));
        QCOMPARE(benefits, QString(kVariedPost)
                               .replace(QStringLiteral("2. **Only ramifications**\n\n"),
                                        QStringLiteral("2. **Only ramifications**\n\n"
                                                       "   - *Benefits:*  \n     Cheaper.\n\n")));
        verifyOnlySlotChanged(kVariedPost, benefits, QStringLiteral("consequence-2/benefits"),
                              QStringLiteral("Cheaper."));

        QCOMPARE(plannedSlot(kVariedPost, QStringLiteral("consequence-3/ramifications")).state,
                 State::Missing);
        const QString ramifications =
            written(kVariedPost, QStringLiteral("consequence-3/ramifications"),
                    QStringLiteral("Jobs change."));
        QCOMPARE(ramifications,
                 QString(kVariedPost)
                     .replace(QStringLiteral("Tools get faster.\n"),
                              QStringLiteral("Tools get faster.\n\n"
                                             "   - *Ramifications:*  \n     Jobs change.\n")));
        verifyOnlySlotChanged(kVariedPost, ramifications,
                              QStringLiteral("consequence-3/ramifications"),
                              QStringLiteral("Jobs change."));

        // An item with no labels at all gets both, Benefits first, under its title.
        QString bare = QStringLiteral(
            "## Possible consequences of current developments\n\n10. **Bare**\n\n## Next\n");
        bare = written(bare, QStringLiteral("consequence-1/ramifications"), QStringLiteral("R."));
        bare = written(bare, QStringLiteral("consequence-1/benefits"), QStringLiteral("B."));
        QCOMPARE(bare, QStringLiteral(
                           "## Possible consequences of current developments\n\n10. **Bare**\n\n"
                           "    - *Benefits:*  \n      B.\n\n"
                           "    - *Ramifications:*  \n      R.\n\n## Next\n"));
        QCOMPARE(plannedSlot(bare, QStringLiteral("consequence-1/benefits")).text,
                 QStringLiteral("B."));
        QCOMPARE(plannedSlot(bare, QStringLiteral("consequence-1/ramifications")).text,
                 QStringLiteral("R."));
    }

    void writePrediction()
    {
        const QString text = builtIn();
        const QString id = QStringLiteral("prediction-1");
        QCOMPARE(plannedSlot(text, id).state, State::Missing);
        const QString dated =
            written(text, id, QStringLiteral("Not soon."), QStringLiteral("March 2031"));
        QCOMPARE(dated, QString(text).replace(
                            QStringLiteral("- **Artificial General Intelligence**\n"),
                            QStringLiteral("- **Artificial General Intelligence** (March 2031)  \n"
                                           "  Not soon.\n")));
        verifyOnlySlotChanged(text, dated, id, QStringLiteral("Not soon."));
        QCOMPARE(digest::parseOutline(dated).predictions.at(0).when, QStringLiteral("March 2031"));

        // Again: the date is replaced where it is, and the text.
        const QString redated =
            written(dated, id, QStringLiteral("Later."), QStringLiteral("May 2040"));
        QCOMPARE(redated, QString(text).replace(
                              QStringLiteral("- **Artificial General Intelligence**\n"),
                              QStringLiteral("- **Artificial General Intelligence** (May 2040)  \n"
                                             "  Later.\n")));
        // No date: the one there stays.
        const QString undated = written(redated, id, QStringLiteral("Much later."));
        QCOMPARE(undated,
                 QString(redated).replace(QStringLiteral("Later."), QStringLiteral("Much later.")));

        // Without a date and without text: the text under the event, no date.
        const QString second =
            written(text, QStringLiteral("prediction-2"), QStringLiteral("Maybe."));
        QCOMPARE(second, QString(text).replace(
                             QStringLiteral("- **Technological Singularity**\n"),
                             QStringLiteral("- **Technological Singularity**  \n  Maybe.\n")));
        verifyOnlySlotChanged(text, second, QStringLiteral("prediction-2"),
                              QStringLiteral("Maybe."));
    }

    void writePredictionInOtherShapes()
    {
        // Text on the head line, a bare year: both replaced where they are.
        const QString headLine = written(kVariedPost, QStringLiteral("prediction-1"),
                                         QStringLiteral("Soon."), QStringLiteral("April 2030"));
        QCOMPARE(headLine, QString(kVariedPost)
                               .replace(QStringLiteral("- **AGI** (2035): Text on the head line."),
                                        QStringLiteral("- **AGI** (April 2030): Soon.")));
        verifyOnlySlotChanged(kVariedPost, headLine, QStringLiteral("prediction-1"),
                              QStringLiteral("Soon."));
        // A text over two lines becomes one; the "(AI)" before the date stays.
        const QString twoLines = written(kVariedPost, QStringLiteral("prediction-2"),
                                         QStringLiteral("One."), QStringLiteral("July 2041"));
        QCOMPARE(twoLines,
                 QString(kVariedPost)
                     .replace(QStringLiteral("(AI) (June 2040)  \n  Two lines\n  of text."),
                              QStringLiteral("(AI) (July 2041)  \n  One.")));
        QCOMPARE(digest::parseOutline(twoLines).predictions.at(1).when,
                 QStringLiteral("July 2041"));
    }

    void emptyTextWritesTheLayout()
    {
        // A streaming writer lays the slot out first and fills it in later at textOffset.
        const QString text = twoTopicPost();
        const QString id = QStringLiteral("consequence-1/benefits");
        const Outline outline = digest::parseOutline(text);
        const digest::Result<SlotWrite> write =
            digest::writeSlot(text, outline, plannedSlot(text, id), {});
        QVERIFY(write.ok());
        const QString laidOut = applied(text, write.value().edit);
        QCOMPARE(plannedSlot(laidOut, id).state, State::Empty);
        const int at = write.value().edit.position + write.value().textOffset;
        const QString filled = applied(laidOut, TextEdit{at, 0, QStringLiteral("Streamed.")});
        QCOMPARE(filled, written(text, id, QStringLiteral("Streamed.")));
    }
};

QTEST_GUILESS_MAIN(tst_SlotWrite)
#include "tst_slotwrite.moc"
