// What a run writes besides the text, against a real OpenAI-compatible server over loopback:
// a missing label, a prediction's date, the model tag (and not when that is off); a failed
// slot leaves the text exactly as it was; and the saved file after a run is the canonical
// post.

#include "document/documentsession.h"
#include "drafterbench.h"
#include "topicfixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

class tst_SlotWriting final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { digest::test::clearProxyEnvironment(); }

    void missingSlotGetsItsLabel()
    {
        TestHttpServer server;
        server.route(openai::chatPath, streamOf({"Cheaper ", "tickets."}));
        const QString text =
            replaced(twoTopics(), QStringLiteral("2. **Second**\n\n   - *Benefits:*\n\n"),
                     QStringLiteral("2. **Second**\n\n"));
        Bench bench(server, text);
        QCOMPARE(slotOf(text, QStringLiteral("consequence-2/benefits")).state,
                 PlannedSlot::State::Missing);
        QVERIFY(bench.drafter.generateSlot(QStringLiteral("consequence-2/benefits")).ok());
        QVERIFY(bench.waitForRun());
        QCOMPARE(bench.text(),
                 twoTopics().replace(QStringLiteral("2. **Second**\n\n   - *Benefits:*\n"),
                                     QStringLiteral("2. **Second**\n\n   - *Benefits:*  \n"
                                                    "     Cheaper tickets.\n")));
    }

    void predictionDateIsWritten()
    {
        TestHttpServer server;
        server.route(openai::chatPath, streamOf({"(May ", "2033) ", "Planning ", "improves."}, 10));
        Bench bench(server);
        const QString before = bench.text();
        QVERIFY(bench.drafter.generateSlot(QStringLiteral("prediction-1")).ok());
        QVERIFY(bench.waitForRun());
        QCOMPARE(bench.text(),
                 replaced(before, QStringLiteral("- **Artificial General Intelligence**\n"),
                          QStringLiteral("- **Artificial General Intelligence** (May 2033)  \n"
                                         "  Planning improves.\n")));
        QCOMPARE(bench.document.undoStack()->count(), 1);
    }

    void modelTagFollowsTheModel()
    {
        TestHttpServer server;
        server.route(openai::chatPath, streamOf({"Text."}));
        Bench bench(server);
        const QString before = bench.text();
        const QString oldTags =
            QStringLiteral("tags: [\"daily ai summary\", \"automated content\", \"gpt-4o-mini\"]");
        QVERIFY(before.contains(oldTags));
        bench.drafter.setFollowModelTag(true);
        QVERIFY(bench.drafter.generateSlot(QStringLiteral("consequence-1/benefits")).ok());
        QVERIFY(bench.waitForRun());
        QVERIFY2(bench.text().contains(QStringLiteral("\"automated content\", \"test-model\"]")),
                 qPrintable(bench.text()));
        QVERIFY(!bench.text().contains(QStringLiteral("gpt-4o-mini")));
        // The tag is a step of its own, under the run's.
        QCOMPARE(bench.document.undoStack()->count(), 2);
        bench.document.undoStack()->undo();
        QVERIFY(bench.text().contains(QStringLiteral("\"test-model\"]")));
        QCOMPARE(slotOf(bench.text(), QStringLiteral("consequence-1/benefits")).state,
                 PlannedSlot::State::Empty);
        bench.document.undoStack()->undo();
        QCOMPARE(bench.text(), before);
        bench.document.undoStack()->redo();
        bench.document.undoStack()->redo();

        // Another model replaces the one the drafter wrote.
        digest::ChatEndpoint endpoint = bench.drafter.endpoint();
        endpoint.model = QStringLiteral("other-model:7b");
        bench.drafter.setEndpoint(endpoint);
        QVERIFY(bench.drafter.generateSlot(QStringLiteral("consequence-2/benefits")).ok());
        QVERIFY(QTest::qWaitFor([&] { return bench.finished.count() == 2; }, kWaitMs));
        QVERIFY(
            bench.text().contains(QStringLiteral("\"automated content\", \"other-model:7b\"]")));

        // Off: the tags stay.
        const QString tags = bench.text().section(u'\n', 5, 5);
        endpoint.model = QStringLiteral("third-model");
        bench.drafter.setEndpoint(endpoint);
        bench.drafter.setFollowModelTag(false);
        QVERIFY(bench.drafter.generateSlot(QStringLiteral("consequence-2/ramifications")).ok());
        QVERIFY(QTest::qWaitFor([&] { return bench.finished.count() == 3; }, kWaitMs));
        QCOMPARE(bench.text().section(u'\n', 5, 5), tags);
        QVERIFY(!bench.text().contains(QStringLiteral("third-model")));
    }

    void failedSlotLeavesItsTextAsItWas()
    {
        TestHttpServer server;
        // One at a time: the first request streams, every later one fails.
        server.route(
            openai::chatPath,
            QList<ScriptedResponse>{streamOf({"Works."}), openai::apiError(500, "overloaded")});
        Bench bench(server, twoTopics(), 1);
        QSignalSpy messages(&bench.drafter, &SlotDrafter::slotMessage);
        const QString before = bench.text();
        QVERIFY(bench.drafter.generateItem(0).ok());
        QVERIFY(bench.waitForRun());
        QCOMPARE(bench.drafter.slotState(QStringLiteral("consequence-1/benefits")),
                 SlotJobState::Done);
        QCOMPARE(bench.drafter.slotState(QStringLiteral("consequence-1/ramifications")),
                 SlotJobState::Failed);
        QCOMPARE(bench.text(),
                 replaced(before, QStringLiteral("1. **First**\n\n   - *Benefits:*\n"),
                          QStringLiteral("1. **First**\n\n   - *Benefits:*  \n     Works.\n")));
        QCOMPARE(messages.count(), 1);
        QCOMPARE(messages.at(0).at(0).toString(), QStringLiteral("consequence-1/ramifications"));
        QVERIFY(!messages.at(0).at(1).toString().isEmpty());
        QCOMPARE(bench.drafter.lastMessage(QStringLiteral("consequence-1/ramifications")),
                 messages.at(0).at(1).toString());
        QVERIFY(bench.drafter.versions(QStringLiteral("consequence-1/ramifications")).isEmpty());
    }

    void noEndpointChangesNothing()
    {
        TestHttpServer server;
        Bench bench(server);
        bench.drafter.setEndpoint({});
        bench.drafter.setFollowModelTag(true);
        QSignalSpy messages(&bench.drafter, &SlotDrafter::slotMessage);
        const QString before = bench.document.text();
        QVERIFY(bench.drafter.generateSlot(QStringLiteral("prediction-2")).ok());
        QVERIFY(bench.waitForRun());
        QCOMPARE(bench.drafter.slotState(QStringLiteral("prediction-2")), SlotJobState::Failed);
        QCOMPARE(messages.count(), 1);
        QVERIFY(!messages.at(0).at(1).toString().isEmpty());
        QCOMPARE(bench.document.text(), before);
        QCOMPARE(bench.document.undoStack()->count(), 0);
        QCOMPARE(server.requests().size(), 0);
    }

    void errorMidStreamTakesBackWhatWasWritten()
    {
        // Text arrives, then the server reports an error inside the stream: the label the
        // first write added goes again, and the post is byte for byte as it was.
        QByteArray body =
            openai::chunkEvent({{QStringLiteral("content"), QStringLiteral("Half a ")}});
        body += "data: {\"error\": {\"message\": \"model crashed\"}}\n\n";
        TestHttpServer server;
        server.route(openai::chatPath, openai::rawStream(body, 32, 100));
        const QString text =
            replaced(twoTopics(), QStringLiteral("2. **Second**\n\n   - *Benefits:*\n\n"),
                     QStringLiteral("2. **Second**\n\n"));
        Bench bench(server, text);
        QVERIFY(bench.drafter.generateSlot(QStringLiteral("consequence-2/benefits")).ok());
        QVERIFY(QTest::qWaitFor([&] { return bench.text().contains(QStringLiteral("Half a")); },
                                kWaitMs));
        QVERIFY(bench.waitForRun());
        QCOMPARE(bench.drafter.slotState(QStringLiteral("consequence-2/benefits")),
                 SlotJobState::Failed);
        QCOMPARE(bench.document.text(), text);
    }

    void untitledItemsAreNotAskedAbout()
    {
        TestHttpServer server;
        server.route(openai::chatPath, streamOf({"Works."}));
        // A new post's items are "**...**": nothing to ask a model about.
        Bench untitled(server, newPost());
        const QString before = untitled.document.text();
        const digest::Status refused = untitled.drafter.generateItem(0);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("no title")),
                 qPrintable(refused.errorMessage()));
        QCOMPARE(untitled.document.text(), before);
        QCOMPARE(server.requests().size(), 0);

        // With one titled item, a whole-post run asks about it and the two predictions only.
        const QString oneTitled = replaced(newPost(), QStringLiteral("1. **...**"),
                                           QStringLiteral("1. **A titled topic**"));
        Bench mixed(server, oneTitled);
        QVERIFY(mixed.drafter.generateAll(true).ok());
        QVERIFY(mixed.waitForRun());
        QCOMPARE(server.requests().size(), 2 + 2);
    }

    void anotherPostLoadedStopsTheRun()
    {
        TestHttpServer server;
        server.route(openai::chatPath,
                     streamOf({"One ", "piece ", "at ", "a ", "time ", "and ", "slowly."}, 150));
        Bench bench(server);
        QVERIFY(bench.drafter.generateAll(false).ok());
        QVERIFY(
            QTest::qWaitFor([&] { return bench.text().contains(QStringLiteral("One")); }, kWaitMs));
        // The user opens another post while the slots still stream.
        const QString other = newPost();
        bench.document.load(other, {});
        QVERIFY(bench.waitForRun());
        QCOMPARE(bench.drafter.activeCount(), 0);
        // What the old post's jobs still had to say goes nowhere.
        QTest::qWait(600);
        QCOMPARE(bench.document.text(), other);
        QCOMPARE(bench.drafter.totalUsage(), digest::SlotUsage{});
    }

    void savedPostIsCanonical()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("2026-12-01-ai-auto-summary.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(newPost().toUtf8());
        file.close();
        digest::DocumentSession session;
        QVERIFY(session.openFile(path).ok());

        TestHttpServer server;
        server.route(
            openai::chatPath,
            QList<ScriptedResponse>{streamOf({"Trains ", "run ", "later."}), streamOf({"Noise."}),
                                    streamOf({"**Faster** ", "chips."}), streamOf({"Heat."}),
                                    streamOf({"March 2031: ", "Planning ", "improves."}),
                                    streamOf({"(October 2045) ", "Much ", "later."})});
        Bench bench(server, {}, 1, &session.document());
        bench.drafter.setFollowModelTag(true);
        QVERIFY(bench.drafter
                    .layoutTopics(
                        {{QStringLiteral("Quieter trains"), QStringLiteral("https://example.org/1"),
                          QStringLiteral("Night trains.")},
                         {QStringLiteral("Faster *chips*"), {}, {}}},
                        {QStringLiteral("Headline one"), QStringLiteral("Headline [two]")})
                    .ok());
        QVERIFY(bench.drafter.generateAll(true).ok());
        QVERIFY(bench.waitForRun());
        QVERIFY(session.save().ok());

        // The post as written by hand in the canonical layout: two topics, two headlines and
        // every slot filled.
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(
            QString::fromUtf8(saved.readAll()),
            QString::fromUtf8(digest::test::fixture(QStringLiteral("generation/drafted-post.md"))));
        // The topic's link and thread text went into its prompts; the second topic's title only.
        const QList<digest::test::RecordedRequest> requests = server.requests();
        QCOMPARE(requests.size(), 6);
        QVERIFY(requests.at(0).body.contains("https://example.org/1"));
        QVERIFY(requests.at(0).body.contains("Night trains."));
        QVERIFY(requests.at(2).body.contains("Faster *chips*"));
    }
};

QTEST_MAIN(tst_SlotWriting)
#include "tst_slotwriting.moc"
