#include "ui/settings/windowhost.h"

#include "core/settings/settings.h"
#include "desk/desk.h"
#include "ui/mainwindow/mainwindow.h"

#include <QList>
#include <QPair>
#include <QSplitter>
#include <QTimer>

namespace digest::ui {

WindowHost::WindowHost(Desk& desk, TranslatorInstaller installTranslators, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
    , m_installTranslators(std::move(installTranslators))
    , m_window(std::make_unique<MainWindow>(desk))
{
    connect(&desk.settings(), &Settings::changed, this, [this](const QString& key) {
        // Not now: the dialog that wrote the setting is the window's child and on the stack.
        if (key == QLatin1String(SettingKey::InterfaceLanguage))
            QTimer::singleShot(0, this, &WindowHost::remake);
    });
}

WindowHost::~WindowHost() = default;

void WindowHost::remake()
{
    if (m_installTranslators)
        m_installTranslators(m_desk.settings().interfaceLanguage());
    const bool shown = m_window->isVisible();
    const bool maximized = m_window->isMaximized();
    const QByteArray geometry = m_window->saveGeometry();
    const QByteArray state = m_window->saveState();
    QList<QPair<QString, QByteArray>> splitters;
    for (const QSplitter* splitter : m_window->findChildren<QSplitter*>())
        if (!splitter->objectName().isEmpty())
            splitters.append({splitter->objectName(), splitter->saveState()});
    // The old window lets go of the document (its destructor) before the new one takes it.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_desk);
    m_window->restoreGeometry(geometry);
    m_window->restoreState(state);
    for (const auto& [name, splitterState] : std::as_const(splitters))
        if (auto* twin = m_window->findChild<QSplitter*>(name))
            twin->restoreState(splitterState);
    if (maximized)
        m_window->showMaximized();
    else if (shown)
        m_window->show();
    emit windowReplaced();
}

} // namespace digest::ui
