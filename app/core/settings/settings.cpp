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

void Settings::sync()
{
    m_settings.sync();
}

} // namespace digest
