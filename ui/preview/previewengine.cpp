#include "ui/preview/previewengine.h"

#include <QByteArray>
#include <QQuickWindow>
#include <QSGRendererInterface>

#include <mutex>

namespace digest::ui {
namespace {

void addChromiumSwitch(const QByteArray& name)
{
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    if (flags.split(' ').contains(name))
        return;
    if (!flags.isEmpty())
        flags += ' ';
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags + name);
}

bool sandboxDisabled()
{
    return !qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX") ||
           qgetenv("QTWEBENGINE_CHROMIUM_FLAGS").split(' ').contains("--no-sandbox");
}

} // namespace

void configurePreviewEngine()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
            QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
        if (sandboxDisabled())
            addChromiumSwitch("--no-zygote");
    });
}

} // namespace digest::ui
