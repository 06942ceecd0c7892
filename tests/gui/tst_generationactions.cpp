// The Generate menu in the main window, wired to the desk's drafter and queue, against a
// loopback OpenAI-compatible server configured through the settings like a user does, and the
// day's topics from a loopback Reddit-JSON source.
#include "core/generation/slotplan.h"
#include "core/outline/outline.h"
#include "core/settings/settings.h"
#include "core/topics/topiclistmodel.h"
#include "desk/apikeystore.h"
#include "desk/desk.h"
#include "document/postdocument.h"
#include "drafting/slotdrafter.h"
#include "openaiserver.h"
#include "testhttpserver.h"
#include "topicfixtures.h"
#include "ui/editor/markdowneditor.h"
#include "ui/generation/generationjobmodel.h"
#include "ui/generation/generationpanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/topics/topiclistview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using digest::Settings;
using digest::SlotDrafter;
using digest::TopicSection;
using digest::test::fixture;
using digest::test::ScopedEnvironment;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
using digest::ui::GenerationJobModel;
using digest::ui::GenerationPanel;
using digest::ui::MainWindow;
using digest::ui::MarkdownEditor;
using digest::ui::TopicListView;
namespace openai = digest::test::openai;

namespace {

constexpr int kWaitMs = 20000;
const QString kModel = QStringLiteral("loopback-model-7b");
const QString kFirstBenefits = QStringLiteral("consequence-1/benefits");

ScriptedResponse answer(const QStringList& pieces, int pieceDelayMs = 0)
{
    openai::Stream stream;
    stream.pieces = pieces;
    // A slow stream sends a word or so every few pieces.
    stream.pieceDelayMs = pieceDelayMs;
    return openai::streamed(stream);
}

QList<digest::PlannedSlot> slotsOf(const QString& text)
{
    return digest::planSlots(digest::parseOutline(text));
}

} // namespace

class tst_GenerationActions final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void withoutAnEndpointTheActionsSayHowToSetOneUp();
    void generatePostWritesEveryCheckedTopicInOneUndoStep();
    void generatingTheSlotAgainKeepsBothVersions();
    void stopAllKeepsWhatArrived();
    void failedSlotKeepsItsTextAndSaysWhy();
    void anotherPostStartsWithoutTheLastOnesGenerations();
    void rightClickInTheOutlineGeneratesThatSlot();

private:
    void configureEndpoint();
    void openNewPost();
    // The cursor on the line of the nth (0-based) "*Benefits:*" label.
    void putCursorInBenefits(int item);
    QString slotText(const QString& id) const;
    // Triggers the action and waits until every slot of its run has finished.
    bool runToTheEnd(QAction* action);
    QAction* action(const char* name) const;
    digest::PostDocument& document() const;
    QString panelState(const QString& slotId) const;

    QTemporaryDir m_noBus;
    std::unique_ptr<ScopedEnvironment> m_environment;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_topicServer;
    std::unique_ptr<TestHttpServer> m_modelServer;
    std::unique_ptr<digest::Desk> m_desk;
    std::unique_ptr<MainWindow> m_window;
    MarkdownEditor* m_editor = nullptr;
};

void tst_GenerationActions::initTestCase()
{
    digest::test::clearProxyEnvironment();
    // No secret store (no D-Bus session) and no model from the environment: the settings are
    // all there is, and the key store falls back to the (unset) environment at once.
    m_environment = std::make_unique<ScopedEnvironment>(QList<std::pair<QByteArray, QByteArray>>{
        {"DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_noBus.filePath("no-bus").toLocal8Bit()},
        {"OPENAI_BASE_URL", ""},
        {"OPENAI_MODEL", ""},
        {"OPENAI_API_KEY", ""}});
}

void tst_GenerationActions::cleanupTestCase()
{
    m_environment.reset();
}

void tst_GenerationActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_CACHE_HOME", m_dir->filePath(QStringLiteral("cache")).toUtf8());
    // New Post without a site makes the default site in the data folder: this test's own.
    qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8());
    m_topicServer = std::make_unique<TestHttpServer>();
    m_topicServer->route(QStringLiteral("/r/MachineLearning/top.json"),
                         ScriptedResponse::ok(fixture(QStringLiteral("topics/reddit-top.json")),
                                              "application/json"));
    m_modelServer = std::make_unique<TestHttpServer>();
    m_modelServer->route(QString::fromLatin1(openai::chatPath),
                         answer({QStringLiteral("Cheaper "), QStringLiteral("inference.")}));
    m_desk = std::make_unique<digest::Desk>(
        std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini"))));
    Settings& settings = m_desk->settings();
    settings.setTopicSources(
        {{m_topicServer->url(QStringLiteral("/r/MachineLearning/top.json?t=day")),
          TopicSection::Consequences}});
    settings.setNetworkTimeoutMs(5000);
    settings.setLastFolder(m_dir->path());
    m_window = std::make_unique<MainWindow>(*m_desk);
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_editor = m_window->findChild<MarkdownEditor*>();
    QVERIFY(m_editor);
}

void tst_GenerationActions::cleanup()
{
    m_window.reset();
    m_desk.reset();
    m_modelServer.reset();
    m_topicServer.reset();
    qunsetenv("XDG_CACHE_HOME");
}

void tst_GenerationActions::configureEndpoint()
{
    m_desk->settings().setModelBaseUrl(m_modelServer->url(QString()).toString());
    m_desk->settings().setModelName(kModel);
}

void tst_GenerationActions::openNewPost()
{
    m_window->newPost();
    QVERIFY(m_editor->toPlainText().contains(u"## Possible consequences"));
    // The archetype's items are "**...**": the editor titles them, as a model needs a subject.
    QTextCursor cursor(m_editor->document());
    for (int item = 1;; ++item) {
        cursor = m_editor->document()->find(QStringLiteral("**...**"), cursor);
        if (cursor.isNull())
            break;
        cursor.insertText(QStringLiteral("**Topic %1**").arg(item));
    }
}

void tst_GenerationActions::putCursorInBenefits(int item)
{
    QTextCursor cursor(m_editor->document());
    for (int found = -1; found < item;) {
        cursor = m_editor->document()->find(QStringLiteral("*Benefits:*"), cursor);
        QVERIFY(!cursor.isNull());
        ++found;
    }
    cursor.clearSelection();
    m_editor->setTextCursor(cursor);
}

QString tst_GenerationActions::slotText(const QString& id) const
{
    for (const digest::PlannedSlot& slot : slotsOf(document().plainText())) {
        if (slot.id == id)
            return slot.text;
    }
    return QStringLiteral("<no slot %1>").arg(id);
}

bool tst_GenerationActions::runToTheEnd(QAction* action)
{
    QSignalSpy finished(&m_desk->drafter(), &SlotDrafter::runFinished);
    action->trigger();
    return finished.count() > 0 || finished.wait(kWaitMs);
}

QAction* tst_GenerationActions::action(const char* name) const
{
    return m_window->findChild<QAction*>(QLatin1String(name));
}

digest::PostDocument& tst_GenerationActions::document() const
{
    return *m_editor->postDocument();
}

QString tst_GenerationActions::panelState(const QString& slotId) const
{
    const GenerationJobModel& model = m_window->findChild<GenerationPanel*>()->model();
    // The newest row of the slot: the panel keeps the earlier ones.
    for (int row = model.rowCount() - 1; row >= 0; --row) {
        const QModelIndex index = model.index(row, GenerationJobModel::StateColumn);
        if (index.data(GenerationJobModel::SlotIdRole).toString() == slotId)
            return index.data().toString();
    }
    return QStringLiteral("<no row for %1>").arg(slotId);
}

void tst_GenerationActions::withoutAnEndpointTheActionsSayHowToSetOneUp()
{
    for (const char* name : {"generatePostAction", "fillEmptyAction", "generateAtCursorAction",
                             "generateItemAction"}) {
        QAction* generate = action(name);
        QVERIFY2(generate && !generate->isEnabled(), name);
        QVERIFY2(generate->toolTip().contains(u"Model Settings") &&
                     generate->toolTip().contains(u"OPENAI_BASE_URL"),
                 qPrintable(generate->toolTip()));
    }
    QVERIFY(!action("stopAllAction")->isEnabled());

    // Setting one up in the settings enables them, with their own names as tips again.
    configureEndpoint();
    QVERIFY(action("generatePostAction")->isEnabled());
    QCOMPARE(action("generateAtCursorAction")->toolTip(),
             QStringLiteral("Generate Slot at Cursor"));
    QCOMPARE(m_modelServer->requestCount(QString::fromLatin1(openai::chatPath)), 0);
}

void tst_GenerationActions::generatePostWritesEveryCheckedTopicInOneUndoStep()
{
    configureEndpoint();
    openNewPost();
    auto* topics = m_window->findChild<TopicListView*>();
    QSignalSpy refreshed(topics, &TopicListView::refreshed);
    topics->refresh();
    QVERIFY(refreshed.wait(kWaitMs));
    digest::TopicListModel* model = topics->model(TopicSection::Consequences);
    QCOMPARE(model->rowCount(), 5);
    QVERIFY(model->setData(model->index(0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model->setData(model->index(2), Qt::Checked, Qt::CheckStateRole));
    // The key store has answered (no store: the environment), so the run starts at once and
    // everything it does before its first stream write is in the text read below.
    m_desk->apiKeys().load();
    QTRY_VERIFY(m_desk->apiKeys().isLoaded());

    auto* dock = m_window->findChild<QDockWidget*>(QStringLiteral("generationDock"));
    QVERIFY(!dock->isVisible());
    QSignalSpy finished(&m_desk->drafter(), &SlotDrafter::runFinished);
    action("generatePostAction")->trigger();
    const QString laidOut = document().plainText();
    QVERIFY(finished.wait(kWaitMs));

    const QString text = document().plainText();
    const QList<digest::PlannedSlot> planned = slotsOf(text);
    // Two items (their Benefits and Ramifications) and the archetype's two predictions.
    QCOMPARE(planned.size(), 6);
    QCOMPARE(planned.at(0).subject,
             QStringLiteral("Sparse routers that learn when to stop thinking"));
    QCOMPARE(planned.at(2).subject,
             QStringLiteral("A tiny library for reproducible tokenizer benchmarks"));
    for (const digest::PlannedSlot& slot : planned)
        QCOMPARE(slot.text, QStringLiteral("Cheaper inference."));
    QCOMPARE(m_modelServer->requestCount(QString::fromLatin1(openai::chatPath)), 6);
    QVERIFY(dock->isVisible());
    // Every answer counted 12 tokens in and 34 out.
    QCOMPARE(m_window->findChild<QLabel*>(QStringLiteral("postUsage"))->text(),
             QStringLiteral("Tokens 72 in · 204 out"));
    const qsizetype tags = text.indexOf(u"\ntags:");
    QVERIFY(tags > 0);
    const QString tagsLine = text.mid(tags + 1, text.indexOf(u'\n', tags + 1) - tags - 1);
    QVERIFY2(tagsLine.contains(kModel), qPrintable(tagsLine));

    // The drafter promises one undo step for a run nobody typed into.
    document().undoStack()->undo();
    QCOMPARE(document().plainText().toUtf8(), laidOut.toUtf8());
}

void tst_GenerationActions::generatingTheSlotAgainKeepsBothVersions()
{
    configureEndpoint();
    m_modelServer->route(QString::fromLatin1(openai::chatPath),
                         QList<ScriptedResponse>{answer({QStringLiteral("First answer.")}),
                                                 answer({QStringLiteral("Second answer.")})});
    openNewPost();
    const QString before = document().plainText();
    putCursorInBenefits(0);

    // The key is read when the first generation asks for it; the run waits for it.
    QVERIFY(runToTheEnd(action("generateAtCursorAction")));
    QCOMPARE(slotText(kFirstBenefits), QStringLiteral("First answer."));
    QList<digest::PlannedSlot> others = slotsOf(document().plainText());
    for (const digest::PlannedSlot& slot : others) {
        if (slot.id != kFirstBenefits)
            QVERIFY2(slot.text.isEmpty(), qPrintable(slot.id));
    }
    QCOMPARE(slotsOf(before).size(), others.size());

    putCursorInBenefits(0);
    QVERIFY(runToTheEnd(action("generateAtCursorAction")));
    QCOMPARE(slotText(kFirstBenefits), QStringLiteral("Second answer."));
    QCOMPARE(m_modelServer->requestCount(QString::fromLatin1(openai::chatPath)), 2);

    putCursorInBenefits(0);
    action("previousVersionAction")->trigger();
    QCOMPARE(slotText(kFirstBenefits), QStringLiteral("First answer."));
    putCursorInBenefits(0);
    action("nextVersionAction")->trigger();
    QCOMPARE(slotText(kFirstBenefits), QStringLiteral("Second answer."));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"version 3 of 3"),
             qPrintable(m_window->statusBar()->currentMessage()));
}

void tst_GenerationActions::stopAllKeepsWhatArrived()
{
    configureEndpoint();
    // 8 s of answer, a piece every 40 ms: long enough that a test process starved for a
    // second or two on a loaded machine still stops it midway.
    QStringList pieces;
    for (int i = 1; i <= 200; ++i)
        pieces.append(QStringLiteral("word%1 ").arg(i));
    m_modelServer->route(QString::fromLatin1(openai::chatPath), answer(pieces, 40));
    openNewPost();
    putCursorInBenefits(0);

    QSignalSpy finished(&m_desk->drafter(), &SlotDrafter::runFinished);
    action("generateAtCursorAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(slotText(kFirstBenefits).startsWith(u"word1"), kWaitMs);
    QVERIFY(action("stopAllAction")->isEnabled());
    action("stopAllAction")->trigger();
    QVERIFY(finished.count() > 0 || finished.wait(kWaitMs));

    const QString kept = slotText(kFirstBenefits);
    QVERIFY2(kept.startsWith(u"word1") && !kept.contains(u"word200"), qPrintable(kept));
    QCOMPARE(panelState(kFirstBenefits), QStringLiteral("Stopped"));
    QVERIFY(!action("stopAllAction")->isEnabled());
    // Nothing more arrives after the stop.
    QTest::qWait(600);
    QCOMPARE(slotText(kFirstBenefits), kept);
}

void tst_GenerationActions::failedSlotKeepsItsTextAndSaysWhy()
{
    configureEndpoint();
    openNewPost();
    putCursorInBenefits(1);
    QTest::keyClick(m_editor, Qt::Key_End);
    QTest::keyClicks(m_editor, QStringLiteral("  Written by hand."));
    const QString id = QStringLiteral("consequence-2/benefits");
    const QString byHand = slotText(id);
    QCOMPARE(byHand, QStringLiteral("Written by hand."));
    m_modelServer->route(
        QString::fromLatin1(openai::chatPath),
        openai::apiError(500, QStringLiteral("The server had an error processing your request.")));

    putCursorInBenefits(1);
    QVERIFY(runToTheEnd(action("generateAtCursorAction")));
    QCOMPARE(slotText(id), byHand);
    const QString state = panelState(id);
    QVERIFY2(state.startsWith(u"Failed: "), qPrintable(state));
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.startsWith(id + u": ") && message.contains(u"500"), qPrintable(message));
}

void tst_GenerationActions::anotherPostStartsWithoutTheLastOnesGenerations()
{
    configureEndpoint();
    // 8 s of answer: still streaming when the next post opens, even on a loaded machine.
    QStringList pieces;
    for (int i = 1; i <= 200; ++i)
        pieces.append(QStringLiteral("word%1 ").arg(i));
    m_modelServer->route(QString::fromLatin1(openai::chatPath),
                         QList<ScriptedResponse>{answer({QStringLiteral("First answer.")}),
                                                 answer({QStringLiteral("Second answer.")}),
                                                 answer(pieces, 40)});
    openNewPost();
    putCursorInBenefits(0);
    QVERIFY(runToTheEnd(action("generateAtCursorAction")));
    putCursorInBenefits(0);
    QVERIFY(runToTheEnd(action("generateAtCursorAction")));
    auto* usage = m_window->findChild<QLabel*>(QStringLiteral("postUsage"));
    QCOMPARE(usage->text(), QStringLiteral("Tokens 24 in · 68 out"));
    // A slow answer is still streaming when the next post opens.
    const QString second = QStringLiteral("consequence-2/benefits");
    putCursorInBenefits(1);
    action("generateAtCursorAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(slotText(second).startsWith(u"word1"), kWaitMs);

    document().setModified(false);
    openNewPost();
    const QString fresh = document().plainText();
    QVERIFY(!fresh.contains(u"word1") && !fresh.contains(u"answer."));
    QTRY_COMPARE_WITH_TIMEOUT(panelState(second), QStringLiteral("Stopped"), kWaitMs);
    // The rest of that answer (a piece every 40 ms) has nowhere to go.
    QTest::qWait(400);
    QCOMPARE(document().plainText(), fresh);
    QCOMPARE(usage->text(), QString());
    QVERIFY(!action("stopAllAction")->isEnabled());

    // The last post's versions are not this one's.
    putCursorInBenefits(0);
    action("nextVersionAction")->trigger();
    QCOMPARE(document().plainText(), fresh);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"no other version"),
             qPrintable(m_window->statusBar()->currentMessage()));

    // Generating in the new post works as in the first one.
    m_modelServer->route(QString::fromLatin1(openai::chatPath),
                         answer({QStringLiteral("Fresh answer.")}));
    putCursorInBenefits(0);
    QVERIFY(runToTheEnd(action("generateAtCursorAction")));
    QCOMPARE(slotText(kFirstBenefits), QStringLiteral("Fresh answer."));
    QCOMPARE(usage->text(), QStringLiteral("Tokens 12 in · 34 out"));
}

// The outline's entries offer the Generate menu's actions on what they name.
void tst_GenerationActions::rightClickInTheOutlineGeneratesThatSlot()
{
    configureEndpoint();
    m_modelServer->route(QString::fromLatin1(openai::chatPath),
                         answer({QStringLiteral("From the outline.")}));
    openNewPost();
    auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("outlineTree"));
    QVERIFY(tree);
    // The second item's Ramifications, once the outline shows the titled items.
    QTreeWidgetItem* entry = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QList<QTreeWidgetItem*> found = tree->findItems(
                QStringLiteral("Ramifications"), Qt::MatchStartsWith | Qt::MatchRecursive);
            entry = found.size() >= 2 && found.at(1)->parent() &&
                            found.at(1)->parent()->text(0).contains(u"Topic 2")
                        ? found.at(1)
                        : nullptr;
            return entry != nullptr;
        }(),
        kWaitMs);
    tree->scrollToItem(entry);
    const QPoint at = tree->visualItemRect(entry).center();

    QStringList offered;
    QTimer::singleShot(0, this, [&offered] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction* generate = nullptr;
        for (QAction* item : menu->actions()) {
            offered << item->objectName();
            if (item->objectName() == QLatin1String("generateAtCursorAction"))
                generate = item;
        }
        menu->close();
        if (generate)
            generate->trigger();
    });
    QSignalSpy finished(&m_desk->drafter(), &SlotDrafter::runFinished);
    emit tree->customContextMenuRequested(at);
    QVERIFY(finished.count() > 0 || finished.wait(kWaitMs));
    QCOMPARE(offered,
             QStringList(
                 {QStringLiteral("generateAtCursorAction"), QStringLiteral("generateItemAction"),
                  QStringLiteral("previousVersionAction"), QStringLiteral("nextVersionAction")}));
    QCOMPARE(slotText(QStringLiteral("consequence-2/ramifications")),
             QStringLiteral("From the outline."));
    QCOMPARE(slotText(kFirstBenefits), QString());
}

QTEST_MAIN(tst_GenerationActions)
#include "tst_generationactions.moc"
