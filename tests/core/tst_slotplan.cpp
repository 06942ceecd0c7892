// The plan a post offers to generation, read from its outline: ids, where each one's text
// goes, and which are empty. Over the fixtures, and every published post when the corpus is
// there (read in place, DIGEST_CORPUS_DIR).

#include "core/generation/slotplan.h"
#include "core/outline/outline.h"
#include "topicfixtures.h"

#include <QDir>
#include <QFile>
#include <QTest>

using digest::PlannedSlot;
using digest::SlotKind;
using digest::SourceRange;
using State = digest::PlannedSlot::State;

namespace {

QString fixtureText(const QString& name)
{
    return QString::fromUtf8(digest::test::fixture(name));
}

// The file's text from the range's start to the end of its first line.
QString textAt(const QStringList& lines, const SourceRange& range)
{
    return lines.value(range.startLine - 1).mid(range.startColumn - 1);
}

bool before(int lineA, int columnA, int lineB, int columnB)
{
    return lineA < lineB || (lineA == lineB && columnA < columnB);
}

bool overlap(const SourceRange& a, const SourceRange& b)
{
    return !before(a.endLine, a.endColumn, b.startLine, b.startColumn) &&
           !before(b.endLine, b.endColumn, a.startLine, a.startColumn);
}

bool inside(const SourceRange& inner, const SourceRange& outer)
{
    return !before(inner.startLine, inner.startColumn, outer.startLine, outer.startColumn) &&
           !before(outer.endLine, outer.endColumn, inner.endLine, inner.endColumn);
}

// What is wrong with a post's plan, as messages; empty when nothing is.
QStringList problems(const QList<PlannedSlot>& plan, const digest::Outline& outline)
{
    QStringList found;
    if (plan.size() != outline.consequences.size() * 2 + outline.predictions.size())
        found << QStringLiteral("%1 plan for %2 items and %3 predictions")
                     .arg(plan.size())
                     .arg(outline.consequences.size())
                     .arg(outline.predictions.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const PlannedSlot& slot = plan.at(i);
        if (ids.contains(slot.id))
            found << QStringLiteral("id twice: ") + slot.id;
        ids.insert(slot.id);
        if (slot.range.isValid() != (slot.state != State::Missing))
            found << QStringLiteral("range and state disagree: ") + slot.id;
        if (slot.range.isValid() && !inside(slot.range, slot.ownerRange))
            found << QStringLiteral("range outside its item: ") + slot.id;
        for (qsizetype j = i + 1; j < plan.size(); ++j) {
            if (slot.range.isValid() && plan.at(j).range.isValid() &&
                overlap(slot.range, plan.at(j).range))
                found << QStringLiteral("overlap: %1 and %2").arg(slot.id, plan.at(j).id);
        }
    }
    return found;
}

} // namespace

class tst_SlotPlan : public QObject
{
    Q_OBJECT

private slots:
    void canonicalPostHasSixFilledSlots();
    void placeholdersAndMissingLabels();
    void unfilledSlotsAreTheOnesToAskFor();
    void everyDailyPostHasTwoSlotsPerItem();
    void theCursorsLineNamesItsSlot();
};

void tst_SlotPlan::canonicalPostHasSixFilledSlots()
{
    const QString text = fixtureText(QStringLiteral("canonical.md"));
    QVERIFY(!text.isEmpty());
    const QStringList lines = text.split(u'\n');
    const digest::Outline outline = digest::parseOutline(text);
    const QList<PlannedSlot> plan = digest::planSlots(outline);
    QCOMPARE(plan.size(), 6);
    const QStringList ids{
        QStringLiteral("consequence-1/benefits"), QStringLiteral("consequence-1/ramifications"),
        QStringLiteral("consequence-2/benefits"), QStringLiteral("consequence-2/ramifications"),
        QStringLiteral("prediction-1"),           QStringLiteral("prediction-2")};
    const QList<SlotKind> kinds{SlotKind::Benefits,   SlotKind::Ramifications,
                                SlotKind::Benefits,   SlotKind::Ramifications,
                                SlotKind::Prediction, SlotKind::Prediction};
    for (qsizetype i = 0; i < plan.size(); ++i) {
        QCOMPARE(plan.at(i).id, ids.at(i));
        QCOMPARE(plan.at(i).kind, kinds.at(i));
        QCOMPARE(plan.at(i).state, State::Filled);
        QVERIFY2(textAt(lines, plan.at(i).range).startsWith(plan.at(i).text.left(30)),
                 qPrintable(plan.at(i).id));
    }
    QCOMPARE(plan.at(0).subject, QStringLiteral("Sparse mixtures that route by token difficulty"));
    QCOMPARE(plan.at(0).index, 0);
    QCOMPARE(plan.at(3).index, 1);
    QCOMPARE(textAt(lines, plan.at(1).range),
             QStringLiteral("Routing decisions are hard to audit, so a model's \"effort\" on a "
                            "given question may be unpredictable."));
    QCOMPARE(plan.at(5).subject, QStringLiteral("Technological Singularity"));
    QCOMPARE(textAt(lines, plan.at(5).range),
             QStringLiteral("Self-improving systems would need reliable verification first, "
                            "which pushes the date out."));
    const QStringList found = problems(plan, outline);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void tst_SlotPlan::placeholdersAndMissingLabels()
{
    const QString text = fixtureText(QStringLiteral("outline/placeholders.md"));
    QVERIFY(!text.isEmpty());
    const QStringList lines = text.split(u'\n');
    const digest::Outline outline = digest::parseOutline(text);
    const QList<PlannedSlot> plan = digest::planSlots(outline);
    QCOMPARE(outline.consequences.size(), 7);
    QCOMPARE(plan.size(), 16);
    QList<State> states;
    for (const PlannedSlot& slot : plan)
        states << slot.state;
    const QList<State> expected{
        State::Empty,   State::Empty,   // "- *Benefits:* ..." and "*Ramifications:*" with "…"
        State::Missing, State::Missing, // "- ..."
        State::Missing, State::Missing, // "-"
        State::Missing, State::Missing, // the title alone
        State::Filled,  State::Missing, // Benefits only
        State::Missing, State::Missing, // a free bullet
        State::Filled,  State::Filled,  // a free bullet before both labels
        State::Filled,  State::Filled,  // predictions
    };
    QCOMPARE(states, expected);
    // A placeholder is where the text goes: generation replaces it.
    QCOMPARE(textAt(lines, plan.at(0).range), QStringLiteral("..."));
    QCOMPARE(textAt(lines, plan.at(1).range), QStringLiteral("…"));
    QCOMPARE(plan.at(0).text, QString());
    QCOMPARE(plan.at(8).id, QStringLiteral("consequence-5/benefits"));
    QCOMPARE(plan.at(8).text, QStringLiteral("Night freight could pass without waking anyone."));
    QCOMPARE(plan.at(9).id, QStringLiteral("consequence-5/ramifications"));
    QVERIFY(!plan.at(9).range.isValid());
    QVERIFY(plan.at(9).ownerRange.isValid());
    const QStringList found = problems(plan, outline);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void tst_SlotPlan::unfilledSlotsAreTheOnesToAskFor()
{
    const QList<PlannedSlot> plan = digest::planSlots(
        digest::parseOutline(fixtureText(QStringLiteral("outline/placeholders.md"))));
    const QList<PlannedSlot> unfilled = digest::unfilledSlots(plan);
    QCOMPARE(unfilled.size(), 11);
    QCOMPARE(unfilled.first().id, QStringLiteral("consequence-1/benefits"));
    for (const PlannedSlot& slot : unfilled)
        QVERIFY(slot.state != State::Filled);
}

void tst_SlotPlan::everyDailyPostHasTwoSlotsPerItem()
{
    const QDir folder(QStringLiteral(DIGEST_CORPUS_DIR));
    if (!folder.exists())
        QSKIP(qPrintable(QStringLiteral("The corpus of published posts is not at %1; the "
                                        "fixtures above carry the coverage.")
                             .arg(folder.absolutePath())));
    int daily = 0;
    QMap<State, int> states;
    QStringList found;
    const QStringList names = folder.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        if (!name.endsWith(u"-ai-auto-summary.md"))
            continue;
        ++daily;
        QFile file(folder.filePath(name));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
        const digest::Outline outline = digest::parseOutline(QString::fromUtf8(file.readAll()));
        const QList<PlannedSlot> plan = digest::planSlots(outline);
        for (const QString& problem : problems(plan, outline))
            found << name + QStringLiteral(": ") + problem;
        qsizetype consequenceSlots = 0;
        for (const PlannedSlot& slot : plan) {
            ++states[slot.state];
            if (slot.kind != SlotKind::Prediction)
                ++consequenceSlots;
        }
        if (consequenceSlots != outline.consequences.size() * 2)
            found << name + QStringLiteral(": not two plan per item");
    }
    QCOMPARE(daily, 978);
    qInfo("slots: %d filled, %d empty, %d missing", states.value(State::Filled),
          states.value(State::Empty), states.value(State::Missing));
    QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 20).join(u'\n')));
    QVERIFY(states.value(State::Filled) > 0);
}

// The Generate menu acts on what the cursor is in: each line of an item and a prediction.
void tst_SlotPlan::theCursorsLineNamesItsSlot()
{
    const QString post = QStringLiteral("---\n"          // 1
                                        "title: \"x\"\n" // 2
                                        "---\n"          // 3
                                        "## Possible consequences of current developments\n"
                                        "\n"                              // 5
                                        "1. **First**\n"                  // 6
                                        "\n"                              // 7
                                        "   - *Benefits:*\n"              // 8
                                        "     Good things.\n"             // 9
                                        "\n"                              // 10
                                        "   - *Ramifications:*\n"         // 11
                                        "\n"                              // 12
                                        "2. **Second**\n"                 // 13
                                        "\n"                              // 14
                                        "   - *Ramifications:*\n"         // 15
                                        "     Bad things.\n"              // 16
                                        "\n"                              // 17
                                        "## GPT predicts future events\n" // 18
                                        "\n"                              // 19
                                        "- **Artificial General Intelligence** (May 2031)  \n"
                                        "  Because.\n"); // 21
    const QList<PlannedSlot> plan = digest::planSlots(digest::parseOutline(post));
    const auto at = [&plan](int line) {
        const digest::SlotPosition position = digest::slotAtLine(plan, line);
        return QStringLiteral("%1 %2")
            .arg(position.slot ? position.slot->id : QStringLiteral("-"))
            .arg(position.consequence);
    };
    QCOMPARE(at(4), QStringLiteral("- -1"));
    QCOMPARE(at(6), QStringLiteral("- 0"));
    QCOMPARE(at(7), QStringLiteral("- 0"));
    QCOMPARE(at(8), QStringLiteral("consequence-1/benefits 0"));
    QCOMPARE(at(9), QStringLiteral("consequence-1/benefits 0"));
    QCOMPARE(at(11), QStringLiteral("consequence-1/ramifications 0"));
    // The second item has no Benefits label: its title line is the item's alone.
    QCOMPARE(at(13), QStringLiteral("- 1"));
    QCOMPARE(at(15), QStringLiteral("consequence-2/ramifications 1"));
    QCOMPARE(at(16), QStringLiteral("consequence-2/ramifications 1"));
    QCOMPARE(at(20), QStringLiteral("prediction-1 -1"));
    QCOMPARE(at(21), QStringLiteral("prediction-1 -1"));
}

QTEST_GUILESS_MAIN(tst_SlotPlan)
#include "tst_slotplan.moc"
