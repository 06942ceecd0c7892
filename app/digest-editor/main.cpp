#include "core/settings/settings.h"
#include "core/version.h"
#include "desk/desk.h"
#include "translators.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/theme.h"
#include "ui/preview/previewengine.h"
#include "ui/recovery/offerrecovery.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <unistd.h>

namespace {

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
    allowRunningAsRoot();
    digest::ui::configurePreviewEngine();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromLatin1(digest::kOrganizationName));
    QApplication::setApplicationName(QString::fromLatin1(digest::kApplicationName));
    QApplication::setApplicationDisplayName(QStringLiteral("Digest Editor"));
    QApplication::setApplicationVersion(QString::fromLatin1(digest::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("digest-editor"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/digest-editor-256.png")));
    digest::installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "The editor's desk for a daily AI-news digest published with Hugo."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A post to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    digest::Desk desk(std::make_unique<digest::Settings>());
    digest::ui::applyTheme(desk.settings().theme());
    digest::ui::MainWindow window(desk);
    window.show();
    desk.start();
    // What a run that was killed or crashed left unsaved, before anything else is opened.
    digest::ui::offerRecovery(desk, window);
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        window.openFile(files.first());
    return QApplication::exec();
}
