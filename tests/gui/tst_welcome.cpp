// The first run's welcome in the real window: shown with empty settings above the editor,
// saying what to configure; its button opens the settings (the window's "settingsAction", else
// the model settings dialog); Don't Show Again keeps it hidden in a new window; the close
// button hides it for the session only.
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/welcomebanner.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using digest::Desk;
using digest::Settings;
using digest::ui::MainWindow;
using digest::ui::WelcomeBanner;

namespace {

WelcomeBanner* bannerOf(const MainWindow& window)
{
    return window.findChild<WelcomeBanner*>(QStringLiteral("welcomeBanner"));
}

template <typename Button> Button* buttonOf(const MainWindow& window, const char* name)
{
    return window.findChild<Button*>(QLatin1String(name));
}

} // namespace

class tst_Welcome final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void shownOnAFirstRunSayingWhatToConfigure();
    void dontShowAgainKeepsItHiddenInANewWindow();
    void closeHidesItForTheSessionOnly();
    void theButtonOpensTheWindowsSettings();
    void notShownOnceEverythingIsConfigured();

private:
    std::unique_ptr<Desk> makeDesk();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Desk> m_desk;
};

void tst_Welcome::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A fresh user: nothing configured, no model endpoint from the environment.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir->filePath(QStringLiteral("cache"))));
    qunsetenv("OPENAI_BASE_URL");
    qunsetenv("OPENAI_MODEL");
    qunsetenv("OPENAI_API_KEY");
    m_desk = makeDesk();
}

void tst_Welcome::cleanup()
{
    m_desk.reset();
    m_dir.reset();
}

std::unique_ptr<Desk> tst_Welcome::makeDesk()
{
    auto desk = std::make_unique<Desk>(
        std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini"))));
    desk->settings().setFetchTopicsOnStart(false);
    return desk;
}

void tst_Welcome::shownOnAFirstRunSayingWhatToConfigure()
{
    MainWindow window(*m_desk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WelcomeBanner* banner = bannerOf(window);
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    const QString text = window.findChild<QLabel*>(QStringLiteral("welcomeText"))->text();
    QVERIFY2(text.contains(u"Model endpoint: to generate text"), qPrintable(text));
    QVERIFY2(text.contains(u"choose your site's git checkout") &&
                 text.contains(QDir::toNativeSeparators(Desk::defaultSiteFolder())),
             qPrintable(text));
    // Under the editor, in the same pane: the text keeps its place at the top.
    QWidget* editor = window.findChild<QWidget*>(QStringLiteral("markdownEditor"));
    QVERIFY(editor);
    QVERIFY(banner->mapTo(&window, QPoint()).y() > editor->mapTo(&window, QPoint()).y());
    // Every part has a name for assistive technology.
    QVERIFY(!banner->accessibleName().isEmpty());
    for (QWidget* part : banner->findChildren<QWidget*>())
        QVERIFY2(!part->accessibleName().isEmpty(), qPrintable(part->objectName()));
}

void tst_Welcome::dontShowAgainKeepsItHiddenInANewWindow()
{
    {
        MainWindow window(*m_desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(buttonOf<QPushButton>(window, "welcomeDismissButton"), Qt::LeftButton);
        QVERIFY(bannerOf(window)->isHidden());
        QVERIFY(m_desk->settings().welcomeDismissed());
    }
    // The next start: a new desk on the same settings file, a new window.
    m_desk.reset();
    m_desk = makeDesk();
    MainWindow window(*m_desk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(bannerOf(window)->isHidden());
}

void tst_Welcome::closeHidesItForTheSessionOnly()
{
    {
        MainWindow window(*m_desk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::mouseClick(buttonOf<QToolButton>(window, "welcomeCloseButton"), Qt::LeftButton);
        QVERIFY(bannerOf(window)->isHidden());
    }
    QVERIFY(!m_desk->settings().welcomeDismissed());
    {
        // Another window of this session (the language changed): still closed.
        MainWindow window(*m_desk);
        window.show();
        QVERIFY(bannerOf(window)->isHidden());
    }
    // The next start shows it again.
    m_desk.reset();
    m_desk = makeDesk();
    MainWindow window(*m_desk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(bannerOf(window)->isVisible());
}

void tst_Welcome::theButtonOpensTheWindowsSettings()
{
    MainWindow window(*m_desk);
    // The Settings action the window's Edit menu has (its objectName is the contract).
    auto* settings = window.findChild<QAction*>(QStringLiteral("settingsAction"));
    if (!settings) {
        settings = new QAction(QStringLiteral("Settings…"), &window);
        settings->setObjectName(QStringLiteral("settingsAction"));
    }
    int opened = 0;
    // Counted instead of the dialog it opens.
    disconnect(settings, &QAction::triggered, nullptr, nullptr);
    connect(settings, &QAction::triggered, &window, [&opened] { ++opened; });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::mouseClick(buttonOf<QPushButton>(window, "welcomeSettingsButton"), Qt::LeftButton);
    QCOMPARE(opened, 1);
}

void tst_Welcome::notShownOnceEverythingIsConfigured()
{
    const QString site = m_dir->filePath(QStringLiteral("mysite"));
    QVERIFY(QDir().mkpath(site));
    m_desk->settings().setSiteFolder(site);
    m_desk->settings().setModelBaseUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
    m_desk->settings().setModelName(QStringLiteral("local-model"));
    MainWindow window(*m_desk);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(bannerOf(window)->isHidden());
}

int main(int argc, char* argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_Welcome test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_welcome.moc"
