#include "core/settings/settings.h"

#include "core/version.h"

#include <QDir>

namespace digest {
namespace {

namespace Key {
constexpr auto WindowGeometry = "window/geometry";
constexpr auto WindowState = "window/state";
constexpr auto SplitterState = "window/splitters";
constexpr auto LastFolder = "files/lastFolder";
constexpr auto SiteFolder = "site/folder";
constexpr auto PostPathPattern = "site/postPathPattern";
constexpr auto LeftSplitterState = "window/leftSplitter";
constexpr auto EditorFontSize = "editor/fontSize";
constexpr auto WrapLines = "editor/wrapLines";
constexpr auto RemoteImages = "preview/remoteImages";
constexpr auto ScrollSync = "preview/scrollSync";
} // namespace Key

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

Settings::Settings()
    : m_settings(QString::fromLatin1(kOrganizationName), QString::fromLatin1(kApplicationName))
{}

Settings::Settings(const QString& iniPath)
    : m_settings(iniPath, QSettings::IniFormat)
{}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(key(Key::WindowGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(key(Key::WindowGeometry), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(key(Key::WindowState)).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(key(Key::WindowState), state);
}

QByteArray Settings::splitterState() const
{
    return m_settings.value(key(Key::SplitterState)).toByteArray();
}

void Settings::setSplitterState(const QByteArray& state)
{
    m_settings.setValue(key(Key::SplitterState), state);
}

QString Settings::lastFolder() const
{
    return m_settings.value(key(Key::LastFolder), QDir::homePath()).toString();
}

void Settings::setLastFolder(const QString& folder)
{
    m_settings.setValue(key(Key::LastFolder), folder);
}

QString Settings::siteFolder() const
{
    return m_settings.value(key(Key::SiteFolder)).toString();
}

void Settings::setSiteFolder(const QString& folder)
{
    m_settings.setValue(key(Key::SiteFolder), folder);
}

QString Settings::defaultPostPathPattern()
{
    return QStringLiteral("content/posts/YYYY-MM-DD-ai-auto-summary.md");
}

QString Settings::postPathPattern() const
{
    return m_settings.value(key(Key::PostPathPattern), defaultPostPathPattern()).toString();
}

void Settings::setPostPathPattern(const QString& pattern)
{
    m_settings.setValue(key(Key::PostPathPattern), pattern);
}

QByteArray Settings::leftSplitterState() const
{
    return m_settings.value(key(Key::LeftSplitterState)).toByteArray();
}

void Settings::setLeftSplitterState(const QByteArray& state)
{
    m_settings.setValue(key(Key::LeftSplitterState), state);
}

int Settings::editorFontSize() const
{
    return m_settings.value(key(Key::EditorFontSize), 0).toInt();
}

void Settings::setEditorFontSize(int points)
{
    m_settings.setValue(key(Key::EditorFontSize), points);
}

bool Settings::wrapLines() const
{
    return m_settings.value(key(Key::WrapLines), true).toBool();
}

void Settings::setWrapLines(bool wrap)
{
    m_settings.setValue(key(Key::WrapLines), wrap);
}

bool Settings::remoteImages() const
{
    return m_settings.value(key(Key::RemoteImages), false).toBool();
}

void Settings::setRemoteImages(bool allowed)
{
    m_settings.setValue(key(Key::RemoteImages), allowed);
}

bool Settings::scrollSync() const
{
    return m_settings.value(key(Key::ScrollSync), true).toBool();
}

void Settings::setScrollSync(bool enabled)
{
    m_settings.setValue(key(Key::ScrollSync), enabled);
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace digest
