#include "ui/mainwindow/windowlayout.h"

#include "core/settings/settings.h"

#include <QMainWindow>
#include <QSplitter>

namespace digest::ui {
namespace {
constexpr auto kGeometry = "window/geometry";
constexpr auto kState = "window/state";
constexpr auto kMainSplitter = "window/splitters";
constexpr auto kLeftSplitter = "window/leftSplitter";

QString key(const char* name)
{
    return QString::fromLatin1(name);
}
} // namespace

WindowLayout::WindowLayout(const Settings& settings)
    : m_store(settings.fileName(), settings.format())
{}

void WindowLayout::restore(QMainWindow& window, QSplitter& main, QSplitter& left)
{
    if (!window.restoreGeometry(m_store.value(key(kGeometry)).toByteArray()))
        window.resize(1200, 760);
    window.restoreState(m_store.value(key(kState)).toByteArray());
    if (!main.restoreState(m_store.value(key(kMainSplitter)).toByteArray()))
        main.setSizes({260, 470, 470});
    if (!left.restoreState(m_store.value(key(kLeftSplitter)).toByteArray()))
        left.setSizes({400, 300});
}

void WindowLayout::save(const QMainWindow& window, const QSplitter& main, const QSplitter& left)
{
    m_store.setValue(key(kGeometry), window.saveGeometry());
    m_store.setValue(key(kState), window.saveState());
    m_store.setValue(key(kMainSplitter), main.saveState());
    m_store.setValue(key(kLeftSplitter), left.saveState());
    m_store.sync();
}

} // namespace digest::ui
