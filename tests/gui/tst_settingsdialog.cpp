// The Settings dialog (issue 14) in its real form, offscreen: every page, validation that
// disables OK and says why, Test Connection against a loopback OpenAI-compatible server, a
// source's Test against a loopback feed and a port that refuses, OK writing the settings file
// and the window following at once, the key kept out of the file, and a new interface language
// making the window again with the open post and its undo history kept.
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "openaiserver.h"
#include "testhttpserver.h"
#include "translators.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/modelpicker.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/sourcespage.h"
#include "ui/settings/windowhost.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using digest::Settings;
using digest::test::RefusingPort;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
using digest::ui::SettingsDialog;
namespace openai = digest::test::openai;

namespace {

constexpr int kAnswerMs = 10'000;

QByteArray feed(int items)
{
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>AI</title>";
    for (int i = 1; i <= items; ++i)
        xml += QStringLiteral("<item><title>Model release %1</title>"
                              "<link>https://example.com/%1</link>"
                              "<description>About release %1.</description></item>")
                   .arg(i)
                   .toUtf8();
    return xml + "</channel></rss>";
}

} // namespace

class tst_SettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyPageIsThere();
    void anInvalidFieldDisablesOkAndSaysWhy();
    void testConnectionListsTheModels();
    void aSourceTestSaysHowManyTopicsOrWhyNot();
    void okWritesTheFileAndTheWindowFollows();
    void theKeyNeverLandsInTheSettingsFile();
    void aNewLanguageRemakesTheWindowKeepingThePost();

private:
    template <typename T> T* find(const char* name) const
    {
        T* child = m_dialog->findChild<T*>(QLatin1String(name));
        if (!child)
            qWarning("no child %s", name);
        return child;
    }
    QPushButton* okButton() const
    {
        return find<QDialogButtonBox>("settingsButtons")->button(QDialogButtonBox::Ok);
    }
    QString problem() const { return find<QLabel>("settingsProblem")->text(); }
    void openDialog();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<digest::Desk> m_desk;
    Settings* m_settings = nullptr;
    QPointer<SettingsDialog> m_dialog;
    std::unique_ptr<SettingsDialog> m_owned;
};

void tst_SettingsDialog::initTestCase()
{
    // The topic cache a source's Test writes goes to a folder of the tests.
    QStandardPaths::setTestModeEnabled(true);
    digest::test::clearProxyEnvironment();
    qunsetenv("OPENAI_API_KEY");
    qunsetenv("OPENAI_BASE_URL");
    qunsetenv("DIGEST_TOPIC_SOURCES");
}

void tst_SettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_server = std::make_unique<TestHttpServer>();
    QVERIFY(m_server->isListening());
    m_desk = std::make_unique<digest::Desk>(
        std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini"))));
    m_settings = &m_desk->settings();
}

void tst_SettingsDialog::openDialog()
{
    m_owned = std::make_unique<SettingsDialog>(*m_desk);
    m_dialog = m_owned.get();
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void tst_SettingsDialog::cleanup()
{
    m_owned.reset();
    m_desk.reset();
    m_server.reset();
    m_dir.reset();
    digest::installTranslators(*qApp, QStringLiteral("en"));
}

void tst_SettingsDialog::everyPageIsThere()
{
    openDialog();
    auto* list = find<QListWidget>("settingsPageList");
    QStringList titles;
    for (int row = 0; row < list->count(); ++row)
        titles.append(list->item(row)->text());
    QCOMPARE(titles, QStringList({QStringLiteral("Sources"), QStringLiteral("Model"),
                                  QStringLiteral("Prompts"), QStringLiteral("Site"),
                                  QStringLiteral("Editor"), QStringLiteral("Interface")}));
    const QList<std::pair<SettingsDialog::Page, const char*>> pages = {
        {SettingsDialog::Page::Sources, "sourcesPage"},
        {SettingsDialog::Page::Model, "modelSettingsPage"},
        {SettingsDialog::Page::Prompts, "promptsPage"},
        {SettingsDialog::Page::Site, "siteSettingsPage"},
        {SettingsDialog::Page::Editor, "editorPage"},
        {SettingsDialog::Page::Interface, "interfacePage"}};
    auto* stack = find<QStackedWidget>("settingsPages");
    for (const auto& [page, name] : pages) {
        m_dialog->showPage(page);
        QCOMPARE(m_dialog->currentPage(), page);
        auto* shown = find<QWidget>(name);
        QVERIFY(shown && shown->isVisible());
        QVERIFY(stack->currentWidget()->isAncestorOf(shown) || stack->currentWidget() == shown);
    }
    // Each page shows the settings as they are.
    QCOMPARE(find<QListWidget>("sourceList")->count(), int(m_settings->topicSources().size()));
    QCOMPARE(find<QSpinBox>("autosaveBox")->value(), m_settings->autosaveSeconds());
    QCOMPARE(find<QComboBox>("themeBox")->currentText(), QStringLiteral("System"));
    QCOMPARE(find<QComboBox>("interfaceLanguageBox")->count(), 3);
    QCOMPARE(find<QComboBox>("interfaceLanguageBox")->itemText(2), QStringLiteral("Deutsch"));
    QVERIFY(find<QLineEdit>("postPathPattern"));
    QVERIFY(find<QWidget>("promptTemplatesEditor"));
    QVERIFY(okButton()->isEnabled());
    QCOMPARE(problem(), QString());
}

void tst_SettingsDialog::anInvalidFieldDisablesOkAndSaysWhy()
{
    openDialog();
    auto* baseUrl = find<QLineEdit>("baseUrlEdit");
    baseUrl->setText(QStringLiteral("localhost:11434 v1"));
    QVERIFY(!okButton()->isEnabled());
    QVERIFY2(problem().startsWith(u"Model: ") && problem().contains(u"base URL"),
             qPrintable(problem()));
    baseUrl->setText(QStringLiteral("http://localhost:11434/v1"));
    QVERIFY(okButton()->isEnabled());

    // A path pattern without the day.
    auto* pattern = find<QLineEdit>("postPathPattern");
    pattern->setText(QStringLiteral("content/posts/summary.md"));
    QVERIFY(!okButton()->isEnabled());
    QVERIFY2(problem().startsWith(u"Site: "), qPrintable(problem()));
    pattern->setText(QStringLiteral("content/posts/YYYY-MM-DD.md"));
    QVERIFY(okButton()->isEnabled());

    // A source whose address is not one.
    m_dialog->showPage(SettingsDialog::Page::Sources);
    QTest::mouseClick(find<QPushButton>("addSourceButton"), Qt::LeftButton);
    auto* url = find<QLineEdit>("sourceUrl");
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("not an address"));
    QVERIFY(!okButton()->isEnabled());
    QVERIFY2(problem().startsWith(u"Sources: Source 3"), qPrintable(problem()));
    // OK pressed anyway (Enter) writes nothing.
    m_dialog->accept();
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(m_settings->topicSources(), Settings::defaultTopicSources());
    QTest::mouseClick(find<QPushButton>("removeSourceButton"), Qt::LeftButton);
    QVERIFY(okButton()->isEnabled());
    QCOMPARE(problem(), QString());
}

void tst_SettingsDialog::testConnectionListsTheModels()
{
    m_server->route(QString::fromLatin1(openai::modelsPath),
                    openai::models({QStringLiteral("qwen2.5:7b"), QStringLiteral("llama3.2:3b")}));
    openDialog();
    m_dialog->showPage(SettingsDialog::Page::Model);
    find<QLineEdit>("baseUrlEdit")->setText(m_server->url(QStringLiteral("/v1")).toString());
    auto* button = find<QPushButton>("modelRefreshButton");
    QCOMPARE(button->text(), QStringLiteral("Test &Connection"));
    QSignalSpy refreshed(find<digest::ui::ModelPicker>("modelPicker"),
                         &digest::ui::ModelPicker::refreshed);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(refreshed.wait(kAnswerMs));
    QCOMPARE(refreshed.at(0).at(0).toBool(), true);
    auto* combo = find<QComboBox>("modelCombo");
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    QCOMPARE(items, QStringList({QStringLiteral("llama3.2:3b"), QStringLiteral("qwen2.5:7b")}));
    QVERIFY2(find<QLabel>("modelStatus")->text().contains(u"Models offered: 2"),
             qPrintable(find<QLabel>("modelStatus")->text()));
}

void tst_SettingsDialog::aSourceTestSaysHowManyTopicsOrWhyNot()
{
    m_server->route(QStringLiteral("/feed.rss"),
                    ScriptedResponse::ok(feed(3), "application/rss+xml"));
    openDialog();
    auto* page = find<digest::ui::SourcesPage>("sourcesPage");
    auto* url = find<QLineEdit>("sourceUrl");
    auto* result = find<QLabel>("sourceTestResult");
    QTest::mouseClick(find<QPushButton>("addSourceButton"), Qt::LeftButton);
    url->selectAll();
    QTest::keyClicks(url, m_server->url(QStringLiteral("/feed.rss")).toString());
    QSignalSpy tested(page, &digest::ui::SourcesPage::tested);
    QTest::mouseClick(find<QPushButton>("testSourceButton"), Qt::LeftButton);
    QVERIFY(tested.wait(kAnswerMs));
    QCOMPARE(tested.at(0).at(0).toBool(), true);
    QVERIFY2(result->text().endsWith(u": 3 topics."), qPrintable(result->text()));
    QCOMPARE(m_server->requestCount(QStringLiteral("/feed.rss")), 1);

    // A server that is down: the line says why.
    RefusingPort down;
    url->selectAll();
    QTest::keyClicks(url, QStringLiteral("http://127.0.0.1:%1/feed.rss").arg(down.port()));
    QTest::mouseClick(find<QPushButton>("testSourceButton"), Qt::LeftButton);
    QVERIFY(tested.wait(kAnswerMs));
    QCOMPARE(tested.at(1).at(0).toBool(), false);
    QVERIFY2(!result->text().contains(u"topics") && result->text().contains(u"refused"),
             qPrintable(result->text()));
}

void tst_SettingsDialog::okWritesTheFileAndTheWindowFollows()
{
    digest::ui::MainWindow window(*m_desk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    m_dialog = window.findChild<SettingsDialog*>();
    QVERIFY(m_dialog);
    QTRY_VERIFY(m_dialog->isVisible());

    auto* editor = window.findChild<digest::ui::MarkdownEditor*>();
    const QString before = editor->font().family();
    QString family;
    for (const QString& candidate : QFontDatabase::families())
        if (candidate != before && !QFontDatabase::isPrivateFamily(candidate))
            family = candidate;
    if (family.isEmpty())
        QSKIP("One font family only: nothing to choose");

    m_dialog->showPage(SettingsDialog::Page::Editor);
    find<QCheckBox>("editorSystemFontBox")->setChecked(false);
    find<QFontComboBox>("editorFontFamilyBox")->setCurrentFont(QFont(family));
    find<QSpinBox>("editorFontSizeBox")->setValue(17);
    auto* theme = find<QComboBox>("themeBox");
    theme->setCurrentIndex(theme->findText(QStringLiteral("Dark")));
    auto* spelling = find<QComboBox>("spellingLanguageBox");
    spelling->setCurrentIndex(spelling->findData(QString()));
    find<QSpinBox>("autosaveBox")->setValue(42);
    find<QLineEdit>("commitTemplate")->setText(QStringLiteral("digest for {date}"));
    find<QLineEdit>("baseUrlEdit")->setText(m_server->url(QStringLiteral("/v1")).toString());
    m_dialog->showPage(SettingsDialog::Page::Sources);
    QTest::mouseClick(find<QPushButton>("removeSourceButton"), Qt::LeftButton);
    find<QSpinBox>("todayTopicsSpin")->setValue(7);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog || !m_dialog->isVisible());

    // A fresh Settings on the same file reads what OK wrote.
    m_settings->sync();
    Settings fresh(m_settings->fileName());
    QCOMPARE(fresh.editorFontFamily(), QFontInfo(QFont(family)).family());
    QCOMPARE(fresh.editorFontSize(), 17);
    QCOMPARE(fresh.theme(), Settings::Theme::Dark);
    QCOMPARE(fresh.spellingLanguage(), QString());
    QCOMPARE(fresh.autosaveSeconds(), 42);
    QCOMPARE(fresh.commitTemplate(), QStringLiteral("digest for {date}"));
    QCOMPARE(fresh.modelBaseUrl(), m_server->url(QStringLiteral("/v1")).toString());
    QCOMPARE(fresh.topicSources().size(), Settings::defaultTopicSources().size() - 1);
    QCOMPARE(fresh.todayTopics(), 7);

    // The window follows without a restart: the editor's font, the dark palette.
    QCOMPARE(editor->font().pointSize(), 17);
    QCOMPARE(QFontInfo(editor->font()).family(), QFontInfo(QFont(family)).family());
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    // A zoom keeps the family.
    window.findChild<QAction*>(QStringLiteral("theme-system"))->trigger();
    m_settings->setEditorFontSize(12);
    QCOMPARE(editor->font().pointSize(), 12);
    QCOMPARE(QFontInfo(editor->font()).family(), QFontInfo(QFont(family)).family());
    m_settings->setEditorFontFamily(QString());
    QCOMPARE(editor->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
}

void tst_SettingsDialog::theKeyNeverLandsInTheSettingsFile()
{
    const QString key = QStringLiteral("sk-test-never-in-a-file-4f1c");
    openDialog();
    m_dialog->showPage(SettingsDialog::Page::Model);
    find<QLineEdit>("baseUrlEdit")->setText(m_server->url(QStringLiteral("/v1")).toString());
    QTest::keyClicks(find<QLineEdit>("apiKeyEdit"), key);
    find<QSpinBox>("parallelRequestsBox")->setValue(3);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    // The store answers (here there is none: it says so and the dialog stays open).
    QTRY_VERIFY_WITH_TIMEOUT(okButton()->isEnabled() || !m_dialog->isVisible(), kAnswerMs);
    m_settings->sync();
    QCOMPARE(Settings(m_settings->fileName()).modelParallelRequests(), 3);
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("parallelRequests"));
    QVERIFY(!bytes.contains(key.toUtf8()));
    QVERIFY(!bytes.contains("never-in-a-file"));
}

void tst_SettingsDialog::aNewLanguageRemakesTheWindowKeepingThePost()
{
    digest::ui::WindowHost host(
        *m_desk, [](const QString& language) { digest::installTranslators(*qApp, language); });
    host.window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&host.window()));
    QCOMPARE(host.window().menuBar()->actions().first()->text(), QStringLiteral("&File"));
    auto* editor = host.window().findChild<digest::ui::MarkdownEditor*>();
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("Kept across languages"));
    digest::PostDocument& document = m_desk->session().document();
    const QString text = document.text();
    const int steps = document.undoStack()->count();
    QVERIFY(steps > 0);
    QVERIFY(text.contains(u"Kept across languages"));

    QSignalSpy replaced(&host, &digest::ui::WindowHost::windowReplaced);
    host.window().findChild<QAction*>(QStringLiteral("settingsAction"))->trigger();
    m_dialog = host.window().findChild<SettingsDialog*>();
    QVERIFY(m_dialog);
    m_dialog->showPage(SettingsDialog::Page::Interface);
    auto* language = find<QComboBox>("interfaceLanguageBox");
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QVERIFY(replaced.wait(kAnswerMs));
    QCOMPARE(m_settings->interfaceLanguage(), QStringLiteral("de"));

    digest::ui::MainWindow& german = host.window();
    QVERIFY(german.isVisible());
    QCOMPARE(german.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    QCOMPARE(document.text(), text);
    QCOMPARE(document.undoStack()->count(), steps);
    auto* germanEditor = german.findChild<digest::ui::MarkdownEditor*>();
    QCOMPARE(germanEditor->toPlainText(), text);
    // The history is the post's: undo in the new window takes the typing back.
    document.undoStack()->undo();
    QVERIFY(!document.text().contains(u"Kept across languages"));
    document.undoStack()->redo();
    QCOMPARE(document.text(), text);

    // And back to English.
    m_settings->setInterfaceLanguage(QStringLiteral("en"));
    QVERIFY(replaced.wait(kAnswerMs));
    QCOMPARE(host.window().menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(document.text(), text);
}

int main(int argc, char* argv[])
{
    // The window's preview (Chromium) wants the contexts shared before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_SettingsDialog test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_settingsdialog.moc"
