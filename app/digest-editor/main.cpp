#include "core/settings/settings.h"
#include "core/util/startuptiming.h"
#include "core/version.h"
#include "desk/desk.h"
#include "translators.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/theme.h"
#include "ui/preview/previewengine.h"
#include "ui/recovery/offerrecovery.h"
#include "ui/settings/windowhost.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <memory>
#include <unistd.h>
#include <utility>

namespace {

// When the desk starts (the dictionary, the site scan, today's topics) if the window has not
// painted by then.
constexpr int kLatestDeskStartMs = 3000;

// Chromium refuses to start its sandbox as root and the process dies before a window shows.
// Root has nothing left to protect from its own renderer, so the sandbox goes, with a warning.
void allowRunningAsRoot()
{
    if (::geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX")) {
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
        qWarning("digest-editor: running as root, the preview's Chromium sandbox is disabled.");
    }
}

} // namespace

int main(int argc, char* argv[])
{
    digest::timing::mark("main entered");
    allowRunningAsRoot();
    digest::ui::configurePreviewEngine();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    digest::timing::mark("QApplication made");
    QApplication::setOrganizationName(QString::fromLatin1(digest::kOrganizationName));
    QApplication::setApplicationName(QString::fromLatin1(digest::kApplicationName));
    QApplication::setApplicationDisplayName(QStringLiteral("Digest Editor"));
    QApplication::setApplicationVersion(QString::fromLatin1(digest::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("io.github.digesteditor.DigestEditor"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/digest-editor-256.png")));
    auto settings = std::make_unique<digest::Settings>();
    digest::installTranslators(app, settings->interfaceLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "The editor's desk for a daily AI-news digest published with Hugo."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A post to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    digest::Desk desk(std::move(settings));
    // The dictionary, the site scan and the topic fetch wait for the post to be on screen.
    desk.holdStart();
    digest::ui::applyTheme(desk.settings().theme());
    digest::timing::mark("desk made");
    // A new interface language makes the window again (WindowHost): every text is then in it.
    digest::ui::WindowHost host(
        desk, [&app](const QString& language) { digest::installTranslators(app, language); });
    digest::ui::MainWindow& window = host.window();
    digest::timing::mark("window constructed");
    window.show();
    digest::timing::mark("window shown");
    // Once the editor has painted; a window that never paints (minimized at start) still starts
    // the day a little later.
    const auto startDesk = [&desk, started = std::make_shared<bool>(false)] {
        if (!std::exchange(*started, true))
            desk.start();
    };
    QObject::connect(&window, &digest::ui::MainWindow::editorPainted, &desk,
                     [&desk, startDesk] { QTimer::singleShot(0, &desk, startDesk); });
    QTimer::singleShot(kLatestDeskStartMs, &desk, startDesk);
    // What a run that was killed or crashed left unsaved, before anything else is opened.
    digest::ui::offerRecovery(desk, window);
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        window.openFile(files.first());
    digest::timing::mark("post opened");
    return QApplication::exec();
}
