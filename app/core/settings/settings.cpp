#include "core/settings/settings.h"

#include "core/post/newpost.h"
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
constexpr auto TopicSources = "topics/sources";
constexpr auto TopicTitlesKeepFlair = "topics/titlesKeepFlair";
constexpr auto FetchTopicsOnStart = "topics/fetchOnStart";
constexpr auto NetworkConnectTimeout = "network/connectTimeoutMs";
constexpr auto NetworkTimeout = "network/timeoutMs";
constexpr auto LeftSplitterState = "window/leftSplitter";
constexpr auto EditorFontSize = "editor/fontSize";
constexpr auto WrapLines = "editor/wrapLines";
constexpr auto RemoteImages = "preview/remoteImages";
constexpr auto ScrollSync = "preview/scrollSync";
constexpr auto Theme = "window/theme";
} // namespace Key

namespace Default {
constexpr bool TopicTitlesKeepFlair = false;
constexpr bool FetchTopicsOnStart = true;
constexpr int NetworkConnectTimeoutMs = 10'000;
constexpr int NetworkTimeoutMs = 30'000;
} // namespace Default

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
    return digest::defaultPostPathPattern();
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

QList<TopicSource> Settings::defaultTopicSources()
{
    // raw_json=1: titles and texts without Reddit's HTML escapes.
    return {
        {QUrl(QStringLiteral(
             "https://www.reddit.com/r/MachineLearning/top.json?t=day&limit=25&raw_json=1")),
         TopicSection::Consequences},
        {QUrl(QStringLiteral(
             "https://www.reddit.com/r/machinelearningnews/top.json?t=day&limit=15&raw_json=1")),
         TopicSection::Trending},
    };
}

QList<TopicSource> Settings::topicSources() const
{
    if (!m_settings.contains(key(Key::TopicSources)))
        return defaultTopicSources();
    QList<TopicSource> sources;
    for (const QString& spec : m_settings.value(key(Key::TopicSources)).toStringList()) {
        // A hand-edited entry that is not a source is left out rather than failing them all.
        if (Result<TopicSource> source = parseTopicSource(spec))
            sources.append(std::move(source).value());
    }
    return sources;
}

void Settings::setTopicSources(const QList<TopicSource>& sources)
{
    QStringList specs;
    for (const TopicSource& source : sources)
        specs.append(source.spec());
    m_settings.setValue(key(Key::TopicSources), specs);
}

bool Settings::topicTitlesKeepFlair() const
{
    return m_settings.value(key(Key::TopicTitlesKeepFlair), Default::TopicTitlesKeepFlair).toBool();
}

void Settings::setTopicTitlesKeepFlair(bool keep)
{
    m_settings.setValue(key(Key::TopicTitlesKeepFlair), keep);
}

bool Settings::fetchTopicsOnStart() const
{
    return m_settings.value(key(Key::FetchTopicsOnStart), Default::FetchTopicsOnStart).toBool();
}

void Settings::setFetchTopicsOnStart(bool fetch)
{
    m_settings.setValue(key(Key::FetchTopicsOnStart), fetch);
}

int Settings::networkConnectTimeoutMs() const
{
    const int value =
        m_settings.value(key(Key::NetworkConnectTimeout), Default::NetworkConnectTimeoutMs).toInt();
    return value > 0 ? value : Default::NetworkConnectTimeoutMs;
}

void Settings::setNetworkConnectTimeoutMs(int milliseconds)
{
    m_settings.setValue(key(Key::NetworkConnectTimeout), milliseconds);
}

int Settings::networkTimeoutMs() const
{
    const int value = m_settings.value(key(Key::NetworkTimeout), Default::NetworkTimeoutMs).toInt();
    return value > 0 ? value : Default::NetworkTimeoutMs;
}

void Settings::setNetworkTimeoutMs(int milliseconds)
{
    m_settings.setValue(key(Key::NetworkTimeout), milliseconds);
}

QString Settings::theme() const
{
    return m_settings.value(key(Key::Theme), QStringLiteral("system")).toString();
}

void Settings::setTheme(const QString& name)
{
    m_settings.setValue(key(Key::Theme), name);
}

void Settings::sync()
{
    m_settings.sync();
}

} // namespace digest
