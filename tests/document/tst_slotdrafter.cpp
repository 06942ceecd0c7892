// Generated text written into the open post, against a real OpenAI-compatible server over
// loopback: text streams into its slot while the user types elsewhere, a run is one undo
// step, a whole post fills, stop keeps what arrived, and versions switch, one undo step each.
// (Labels, dates, the model tag, failures and the saved file: tst_slotwriting.)

#include "drafterbench.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

class tst_SlotDrafter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { digest::test::clearProxyEnvironment(); }

    void streamsIntoItsSlotWhileTheUserTypes()
    {
        TestHttpServer server;
        server.route(
            openai::chatPath,
            streamOf({"Cheaper ", "trains ", "run ", "more ", "often ", "at ", "night."}, 40));
        Bench bench(server);
        const QString before = bench.text();
        QVERIFY(bench.drafter.generateSlot(QStringLiteral("consequence-1/benefits")).ok());
        QVERIFY(QTest::qWaitFor([&] { return bench.text().contains(QStringLiteral("Cheaper")); },
                                kWaitMs));
        QVERIFY(!bench.text().contains(QStringLiteral("night.")));
        // The user types at the very start while the text still arrives.
        QTextCursor cursor(bench.document.textDocument());
        cursor.insertText(QStringLiteral("Typed first.\n"));
        QVERIFY(bench.waitForRun());
        QCOMPARE(bench.drafter.slotState(QStringLiteral("consequence-1/benefits")),
                 SlotJobState::Done);
        QCOMPARE(bench.text(),
                 QStringLiteral("Typed first.\n") +
                     replaced(before, QStringLiteral("1. **First**\n\n   - *Benefits:*\n"),
                              QStringLiteral("1. **First**\n\n   - *Benefits:*  \n"
                                             "     Cheaper trains run more often at night.\n")));
    }

    void oneRunIsOneUndoStep()
    {
        TestHttpServer server;
        server.route(openai::chatPath, streamOf({"Fewer ", "jobs ", "in ", "depots."}, 20));
        Bench bench(server);
        const QString before = bench.document.text();
        QVERIFY(bench.drafter.generateSlot(QStringLiteral("consequence-2/ramifications")).ok());
        QVERIFY(bench.waitForRun());
        const QString after = bench.document.text();
        QCOMPARE(
            after,
            replaced(before,
                     QStringLiteral("2. **Second**\n\n   - *Benefits:*\n\n   - *Ramifications:*\n"),
                     QStringLiteral("2. **Second**\n\n   - *Benefits:*\n\n   - *Ramifications:*  \n"
                                    "     Fewer jobs in depots.\n")));
        QCOMPARE(bench.document.undoStack()->count(), 1);
        bench.document.undoStack()->undo();
        QCOMPARE(bench.document.text(), before);
        bench.document.undoStack()->redo();
        QCOMPARE(bench.document.text(), after);
    }

    void undoWhileStreamingLaysTheSlotOutAgain()
    {
        TestHttpServer server;
        server.route(openai::chatPath,
                     streamOf({"Some ", "text ", "that ", "keeps ", "coming."}, 60));
        Bench bench(server);
        const QString before = bench.text();
        QVERIFY(bench.drafter.generateSlot(QStringLiteral("consequence-1/benefits")).ok());
        QVERIFY(QTest::qWaitFor([&] { return bench.text().contains(QStringLiteral("Some")); },
                                kWaitMs));
        bench.document.undoStack()->undo();
        QVERIFY(bench.waitForRun());
        QCOMPARE(bench.text(),
                 replaced(before, QStringLiteral("1. **First**\n\n   - *Benefits:*\n"),
                          QStringLiteral("1. **First**\n\n   - *Benefits:*  \n"
                                         "     Some text that keeps coming.\n")));
    }

    void wholePostRunFillsEverySlot()
    {
        TestHttpServer server;
        server.route(openai::chatPath, streamOf({"March 2031: ", "It ", "depends."}, 5));
        Bench bench(server);
        bench.drafter.setPrices({1.0, 2.0});
        QSignalSpy usage(&bench.drafter, &SlotDrafter::usageChanged);
        QSignalSpy states(&bench.drafter, &SlotDrafter::slotStateChanged);
        // A slot the post does not have: nothing starts.
        QVERIFY(!bench.drafter.generate({QStringLiteral("consequence-9/benefits")}).ok());
        QCOMPARE(bench.drafter.activeCount(), 0);
        QVERIFY(bench.drafter.generateAll(true).ok());
        QCOMPARE(bench.drafter.activeCount(), 6);
        QVERIFY(bench.waitForRun());
        QCOMPARE(bench.finished.count(), 1);
        const QList<PlannedSlot> plan = digest::planSlots(digest::parseOutline(bench.text()));
        QCOMPARE(plan.size(), 6);
        for (const PlannedSlot& slot : plan) {
            QCOMPARE(slot.state, PlannedSlot::State::Filled);
            QCOMPARE(bench.drafter.slotState(slot.id), SlotJobState::Done);
            // A consequence keeps the date as its text; a prediction takes it as its date.
            QCOMPARE(slot.text, slot.kind == digest::SlotKind::Prediction
                                    ? QStringLiteral("It depends.")
                                    : QStringLiteral("March 2031: It depends."));
        }
        QCOMPARE(digest::parseOutline(bench.text()).predictions.at(1).when,
                 QStringLiteral("March 2031"));
        QCOMPARE(bench.document.undoStack()->count(), 1);
        // The server counted 12 prompt and 34 completion tokens per request.
        QCOMPARE(bench.drafter.usage(QStringLiteral("prediction-2")),
                 (digest::SlotUsage{12, 34, false}));
        QCOMPARE(bench.drafter.totalUsage(), (digest::SlotUsage{72, 204, false}));
        QCOMPARE(bench.drafter.totalCost(), (72 * 1.0 + 204 * 2.0) / 1e6);
        QVERIFY(usage.count() >= 6);
        // Each slot was told queued, streaming and done, in that order.
        QStringList told;
        for (const QList<QVariant>& state : std::as_const(states)) {
            if (state.at(0).toString() == u"prediction-1")
                told.append(digest::slotJobStateName(state.at(1).value<SlotJobState>()));
        }
        QCOMPARE(told, (QStringList{"queued", "streaming", "done"}));
    }

    void stopKeepsWhatArrived()
    {
        TestHttpServer server;
        server.route(openai::chatPath,
                     streamOf({"Slow ", "words ", "keep ", "coming ", "in ", "forever."}, 100));
        Bench bench(server);
        const QString id = QStringLiteral("consequence-1/ramifications");
        QVERIFY(bench.drafter.generateSlot(id).ok());
        QVERIFY(QTest::qWaitFor([&] { return bench.text().contains(QStringLiteral("Slow")); },
                                kWaitMs));
        bench.drafter.stop(id);
        QCOMPARE(bench.finished.count(), 1);
        QCOMPARE(bench.drafter.slotState(id), SlotJobState::Cancelled);
        QVERIFY(!bench.drafter.isGenerating(id));
        const QString kept = slotOf(bench.text(), id).text;
        QVERIFY2(kept.startsWith(QStringLiteral("Slow")) &&
                     !kept.contains(QStringLiteral("forever")),
                 qPrintable(kept));
        QCOMPARE(bench.drafter.versions(id), (QStringList{QString(), kept}));
        // Nothing arrives after the stop.
        QTest::qWait(700);
        QCOMPARE(slotOf(bench.text(), id).text, kept);

        // Stop all: every slot of the run keeps what it had, and the run ends.
        QVERIFY(bench.drafter.generateItem(1).ok());
        QVERIFY(QTest::qWaitFor([&] { return bench.text().count(QStringLiteral("Slow")) == 3; },
                                kWaitMs));
        bench.drafter.stopAll();
        QCOMPARE(bench.finished.count(), 2);
        QCOMPARE(bench.drafter.activeCount(), 0);
        QCOMPARE(bench.drafter.slotState(QStringLiteral("consequence-2/benefits")),
                 SlotJobState::Cancelled);
        QVERIFY(slotOf(bench.text(), QStringLiteral("consequence-2/ramifications"))
                    .text.startsWith(u"Slow"));
    }

    // A generation cut off at the token limit or by a dropped stream leaves its slot listed as
    // unfinished, where its text starts, until the user edits that text.
    void unfinishedSlotsAreTheCutOffOnesLeftAsWritten()
    {
        TestHttpServer server;
        openai::Stream cut;
        cut.pieces = QStringList{"Cheaper ", "trains ", "run"};
        cut.finishReason = QStringLiteral("length");
        server.route(openai::chatPath,
                     QList<ScriptedResponse>{openai::streamed(cut),
                                             openai::droppedStream({"Fewer ", "jobs"}, {" gone."}),
                                             streamOf({"All ", "done."})});
        Bench bench(server);
        QSignalSpy states(&bench.drafter, &SlotDrafter::slotStateChanged);
        const QString benefits = QStringLiteral("consequence-1/benefits");
        QVERIFY(bench.drafter.generateSlot(benefits).ok());
        QVERIFY(bench.waitForRun());
        QCOMPARE(bench.drafter.slotState(benefits), SlotJobState::Truncated);
        QVERIFY(states.count() > 0);
        const QString ramifications = QStringLiteral("consequence-2/ramifications");
        QVERIFY(bench.drafter.generateSlot(ramifications).ok());
        QVERIFY(QTest::qWaitFor([&] { return bench.finished.count() == 2; }, kWaitMs));
        QCOMPARE(bench.drafter.slotState(ramifications), SlotJobState::Incomplete);
        const QString done = QStringLiteral("consequence-2/benefits");
        QVERIFY(bench.drafter.generateSlot(done).ok());
        QVERIFY(QTest::qWaitFor([&] { return bench.finished.count() == 3; }, kWaitMs));

        const QString text = bench.text();
        const auto placeOf = [&text](const QString& written) {
            const qsizetype at = text.indexOf(written);
            const qsizetype lineStart = text.lastIndexOf(u'\n', at) + 1;
            return std::pair(int(text.first(at).count(u'\n')) + 1, int(at - lineStart) + 1);
        };
        const QList<digest::UnfinishedSlot> unfinished = bench.drafter.unfinishedSlots();
        QCOMPARE(unfinished.size(), 2);
        QCOMPARE(unfinished.at(0).slotId, benefits);
        QCOMPARE(std::pair(unfinished.at(0).line, unfinished.at(0).column),
                 placeOf(QStringLiteral("Cheaper trains run")));
        QCOMPARE(unfinished.at(0).reason, QStringLiteral("cut off at the token limit"));
        QCOMPARE(unfinished.at(1).slotId, ramifications);
        QCOMPARE(std::pair(unfinished.at(1).line, unfinished.at(1).column),
                 placeOf(QStringLiteral("Fewer jobs")));
        QCOMPARE(unfinished.at(1).reason, QStringLiteral("the stream dropped"));

        // The user finishes the first sentence: it is theirs now.
        QTextCursor cursor(bench.document.textDocument());
        cursor.setPosition(int(text.indexOf(QStringLiteral("trains run")) + 10));
        cursor.insertText(QStringLiteral(" at night."));
        const QList<digest::UnfinishedSlot> left = bench.drafter.unfinishedSlots();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().slotId, ramifications);
        // Undo puts the generated text back as it was: unfinished again.
        bench.document.undoStack()->undo();
        QCOMPARE(bench.drafter.unfinishedSlots().size(), 2);
    }

    void regenerateKeepsVersions()
    {
        TestHttpServer server;
        server.route(openai::chatPath, QList<ScriptedResponse>{streamOf({"First ", "take."}),
                                                               streamOf({"Second ", "take."})});
        Bench bench(server);
        const QString id = QStringLiteral("consequence-1/benefits");
        QSignalSpy versionsChanged(&bench.drafter, &SlotDrafter::versionsChanged);
        QVERIFY(bench.drafter.generateSlot(id).ok());
        QVERIFY(bench.waitForRun());
        QVERIFY(bench.drafter.generateSlot(id).ok());
        QVERIFY(QTest::qWaitFor([&] { return bench.finished.count() == 2; }, kWaitMs));
        QCOMPARE(bench.drafter.versions(id),
                 (QStringList{QString(), "First take.", "Second take."}));
        QCOMPARE(bench.drafter.currentVersion(id), 2);
        QCOMPARE(versionsChanged.count(), 2);
        QCOMPARE(slotOf(bench.text(), id).text, QStringLiteral("Second take."));

        QUndoStack* undo = bench.document.undoStack();
        const int steps = undo->count();
        QVERIFY(bench.drafter.chooseVersion(id, 1).ok());
        QCOMPARE(slotOf(bench.text(), id).text, QStringLiteral("First take."));
        QCOMPARE(bench.drafter.currentVersion(id), 1);
        QCOMPARE(undo->count(), steps + 1);
        QVERIFY(bench.drafter.chooseVersion(id, 2).ok());
        QCOMPARE(undo->count(), steps + 2);
        QCOMPARE(slotOf(bench.text(), id).text, QStringLiteral("Second take."));
        undo->undo();
        QCOMPARE(slotOf(bench.text(), id).text, QStringLiteral("First take."));
        QCOMPARE(bench.drafter.currentVersion(id), 1);
        QVERIFY(!bench.drafter.chooseVersion(id, 3).ok());
        // The text before the first generation is a version too.
        QVERIFY(bench.drafter.chooseVersion(id, 0).ok());
        QCOMPARE(slotOf(bench.text(), id).state, PlannedSlot::State::Empty);
    }
};

QTEST_MAIN(tst_SlotDrafter)
#include "tst_slotdrafter.moc"
