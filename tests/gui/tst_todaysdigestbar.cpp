// Start Today's Post in the main window (issue 14): the action in the Generate menu, the bar
// that shows its steps and slots with Stop, and the outcome in the status bar, against a
// loopback Reddit-JSON source and a loopback OpenAI-compatible server.
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "desk/todaysdigest.h"
#include "document/postdocument.h"
#include "openaiserver.h"
#include "testhttpserver.h"
#include "topicfixtures.h"
#include "ui/editor/markdowneditor.h"
#include "ui/generation/todaysdigestbar.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using digest::Settings;
using digest::TodaysDigest;
using digest::TopicSection;
using digest::test::ScopedEnvironment;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
using digest::ui::MainWindow;
using digest::ui::MarkdownEditor;
using digest::ui::TodaysDigestBar;
namespace openai = digest::test::openai;

namespace {

constexpr int kWaitMs = 30'000;

ScriptedResponse answer(int delayMs)
{
    openai::Stream stream;
    stream.pieces = {QStringLiteral("Cheaper "), QStringLiteral("inference.")};
    ScriptedResponse response = openai::streamed(stream);
    response.delayMs = delayMs;
    return response;
}

} // namespace

class tst_TodaysDigestBar final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void theActionComesFirstAndSaysWhyItCannotRun();
    void theBarFollowsTheRunWhileTheEditorStaysEditable();
    void stopEndsTheRunAndTheBarSaysSo();

private:
    void configureModel();
    QAction* startAction() const;

    QTemporaryDir m_noBus;
    std::unique_ptr<ScopedEnvironment> m_environment;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_topicServer;
    std::unique_ptr<TestHttpServer> m_modelServer;
    std::unique_ptr<digest::Desk> m_desk;
    std::unique_ptr<MainWindow> m_window;
    TodaysDigestBar* m_bar = nullptr;
};

void tst_TodaysDigestBar::initTestCase()
{
    digest::test::clearProxyEnvironment();
    m_environment = std::make_unique<ScopedEnvironment>(QList<std::pair<QByteArray, QByteArray>>{
        {"DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_noBus.filePath("no-bus").toLocal8Bit()},
        {"OPENAI_BASE_URL", ""},
        {"OPENAI_MODEL", ""},
        {"OPENAI_API_KEY", ""},
        {"DIGEST_TOPIC_SOURCES", ""}});
}

void tst_TodaysDigestBar::cleanupTestCase()
{
    m_environment.reset();
}

void tst_TodaysDigestBar::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_CACHE_HOME", m_dir->filePath(QStringLiteral("cache")).toUtf8());
    m_topicServer = std::make_unique<TestHttpServer>();
    m_topicServer->route(
        QStringLiteral("/r/MachineLearning/top.json"),
        ScriptedResponse::ok(digest::test::fixture(QStringLiteral("topics/reddit-top.json")),
                             "application/json"));
    m_modelServer = std::make_unique<TestHttpServer>();
    m_modelServer->route(QString::fromLatin1(openai::chatPath), answer(0));
    m_desk = std::make_unique<digest::Desk>(
        std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini"))));
    Settings& settings = m_desk->settings();
    settings.setTopicSources(
        {{m_topicServer->url(QStringLiteral("/r/MachineLearning/top.json?t=day")),
          TopicSection::Consequences}});
    settings.setNetworkTimeoutMs(5000);
    settings.setSiteFolder(m_dir->filePath(QStringLiteral("site")));
    settings.setTodayTopics(2);
    m_window = std::make_unique<MainWindow>(*m_desk);
    m_window->resize(1100, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_bar = m_window->findChild<TodaysDigestBar*>();
    QVERIFY(m_bar);
}

void tst_TodaysDigestBar::cleanup()
{
    m_window.reset();
    m_desk.reset();
    m_modelServer.reset();
    m_topicServer.reset();
    qunsetenv("XDG_CACHE_HOME");
}

void tst_TodaysDigestBar::configureModel()
{
    m_desk->settings().setModelBaseUrl(m_modelServer->url(QString()).toString());
    m_desk->settings().setModelName(QStringLiteral("loopback-model"));
}

QAction* tst_TodaysDigestBar::startAction() const
{
    return m_window->findChild<QAction*>(QStringLiteral("startTodaysPostAction"));
}

void tst_TodaysDigestBar::theActionComesFirstAndSaysWhyItCannotRun()
{
    QAction* action = startAction();
    QVERIFY(action);
    QCOMPARE(action->text(), QStringLiteral("Start &Today's Post"));
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    QMenu* generate = nullptr;
    for (QAction* menu : m_window->menuBar()->actions()) {
        if (menu->text() == QStringLiteral("&Generate"))
            generate = menu->menu();
    }
    QVERIFY(generate);
    QCOMPARE(generate->actions().first(), action);
    // No model: off, saying how to set one up; nothing fetched when triggered anyway.
    QVERIFY(!action->isEnabled());
    QCOMPARE(action->toolTip(), digest::Desk::generationSetupHint());
    QVERIFY(!m_bar->isVisible());
    configureModel();
    QVERIFY(action->isEnabled());
    QCOMPARE(action->toolTip(), QStringLiteral("Start Today's Post"));
}

void tst_TodaysDigestBar::theBarFollowsTheRunWhileTheEditorStaysEditable()
{
    configureModel();
    // One answer at once, the others later.
    m_modelServer->route(QString::fromLatin1(openai::chatPath), {answer(0), answer(1500)});
    QSignalSpy finished(&m_desk->todaysDigest(), &TodaysDigest::finished);
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_desk->todaysDigest().isRunning());
    QVERIFY(m_bar->isVisible());
    QVERIFY(!m_bar->stepText().isEmpty());
    QVERIFY(!startAction()->isEnabled());
    QCOMPARE(m_bar->stopButton()->accessibleName(), QStringLiteral("Stop today's post"));
    QVERIFY(!m_bar->progressBar()->accessibleName().isEmpty());

    // A slot done of 2 items' 4 slots and the archetype's 2 predictions, the rest streaming.
    QTRY_VERIFY_WITH_TIMEOUT(m_bar->progressBar()->value() >= 1, kWaitMs);
    QCOMPARE(m_bar->progressBar()->maximum(), 6);
    QCOMPARE(m_bar->stepText(), TodaysDigest::stepText(TodaysDigest::Step::Generating));
    QVERIFY(m_desk->todaysDigest().isRunning());
    // The editor takes typing meanwhile.
    auto* editor = m_window->findChild<MarkdownEditor*>();
    QVERIFY(editor && !editor->isReadOnly());
    // Outside the slots: a line of the person's own before the first section.
    QTextCursor heading = editor->document()->find(QStringLiteral("## Possible consequences"));
    QVERIFY(!heading.isNull());
    heading.setPosition(heading.selectionStart());
    editor->setTextCursor(heading);
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Typed meanwhile."));
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Return);

    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWaitMs);
    QVERIFY(!m_bar->isVisible());
    QVERIFY(startAction()->isEnabled());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(
                 QStringLiteral("Today's post is written: 6 slot")),
             qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_desk->session().document().plainText().contains(QStringLiteral("Typed meanwhile.")));
}

void tst_TodaysDigestBar::stopEndsTheRunAndTheBarSaysSo()
{
    configureModel();
    ScriptedResponse silent;
    silent.neverAnswer = true;
    m_modelServer->route(QString::fromLatin1(openai::chatPath), {answer(0), silent});
    startAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_bar->progressBar()->value() >= 1, kWaitMs);
    QTest::mouseClick(m_bar->stopButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_desk->todaysDigest().isRunning(), kWaitMs);
    QVERIFY(!m_bar->isVisible());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Stopped: 1 of 6")),
             qPrintable(m_window->statusBar()->currentMessage()));
}

QTEST_MAIN(tst_TodaysDigestBar)
#include "tst_todaysdigestbar.moc"
