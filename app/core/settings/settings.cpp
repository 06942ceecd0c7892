#include "core/settings/settings.h"

#include "core/generation/prompts.h"
#include "core/post/pathpattern.h"
#include "core/version.h"

#include <QDir>
#include <QHash>
#include <QMetaEnum>
#include <QUrl>

namespace digest {
namespace {

constexpr int kDefaultConnectTimeoutMs = 10'000;
constexpr int kDefaultTimeoutMs = 30'000;
constexpr double kDefaultTemperature = 0.7;
// Slow local models think for a long time before their first token.
constexpr int kDefaultModelIdleTimeoutMs = 120'000;
// As many as a local server handles without queueing them itself (issue 9).
constexpr int kDefaultParallelRequests = 4;

// Every setting's default, in one place. Settings that are absent here default to nothing.
const QHash<QString, QVariant>& defaults()
{
    static const QHash<QString, QVariant> values = {
        {QLatin1String(SettingKey::LastFolder), QDir::homePath()},
        {QLatin1String(SettingKey::PostPathPattern), PathPattern::defaultPattern()},
        {QLatin1String(SettingKey::SiteTimeZone), QStringLiteral("UTC")},
        {QLatin1String(SettingKey::GitRemote), QStringLiteral("origin")},
        {QLatin1String(SettingKey::GitBranch), QString()},
        {QLatin1String(SettingKey::CommitTemplate),
         QStringLiteral("post: {date} daily AI summary")},
        {QLatin1String(SettingKey::BuildWithHugo), false},
        {QLatin1String(SettingKey::ReviewBranchPattern), QStringLiteral("digest/YYYY-MM-DD")},
        {QLatin1String(SettingKey::SiteDisclaimer), QString()},
        {QLatin1String(SettingKey::TopicTitlesKeepFlair), false},
        {QLatin1String(SettingKey::FetchTopicsOnStart), true},
        {QLatin1String(SettingKey::NetworkConnectTimeout), kDefaultConnectTimeoutMs},
        {QLatin1String(SettingKey::NetworkTimeout), kDefaultTimeoutMs},
        {QLatin1String(SettingKey::EditorFontSize), 0},
        {QLatin1String(SettingKey::WrapLines), true},
        {QLatin1String(SettingKey::RemoteImages), false},
        {QLatin1String(SettingKey::ScrollSync), true},
        {QLatin1String(SettingKey::Theme), QStringLiteral("System")},
        {QLatin1String(SettingKey::ModelTemperature), kDefaultTemperature},
        {QLatin1String(SettingKey::ModelMaxTokens), 0},
        {QLatin1String(SettingKey::ModelIdleTimeout), kDefaultModelIdleTimeoutMs},
        {QLatin1String(SettingKey::ModelInputPrice), 0.0},
        {QLatin1String(SettingKey::ModelOutputPrice), 0.0},
        {QLatin1String(SettingKey::ModelParallelRequests), kDefaultParallelRequests},
        {QLatin1String(SettingKey::ModelTagFollowsModel), true},
        {QLatin1String(SettingKey::PromptSystem), PromptTemplates::defaults().system},
        {QLatin1String(SettingKey::PromptBenefits), PromptTemplates::defaults().benefits},
        {QLatin1String(SettingKey::PromptRamifications), PromptTemplates::defaults().ramifications},
        {QLatin1String(SettingKey::PromptPrediction), PromptTemplates::defaults().prediction},
        // autosave (autosavesettings.cpp): "within a few seconds" of a change
        {QLatin1String(SettingKey::AutosaveSeconds), 5},
        // spelling (spellingsettings.cpp)
        {QLatin1String(SettingKey::SpellingLanguage), QStringLiteral("en_US")},
        // the first-run welcome (mainwindow/welcomebanner.cpp)
        {QLatin1String(SettingKey::WelcomeDismissed), false},
        // Start Today's Post
        {QLatin1String(SettingKey::TodayTopics), 5},
        // the Settings dialog (interfacesettings.cpp)
        {QLatin1String(SettingKey::EditorFontFamily), QString()},
        {QLatin1String(SettingKey::InterfaceLanguage), QString()},
    };
    return values;
}

// Enums are stored by name, so the file stays readable and survives reordering; a name that is
// not one of the enum's (a hand edit) reads as the default.
template <typename Enum> Enum enumFromName(const QString& name, Enum fallback)
{
    const QMetaEnum meta = QMetaEnum::fromType<Enum>();
    for (int i = 0; i < meta.keyCount(); ++i) {
        if (name.compare(QLatin1String(meta.key(i)), Qt::CaseInsensitive) == 0)
            return Enum(meta.value(i));
    }
    return fallback;
}

template <typename Enum> QString enumName(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

int positiveOr(const QVariant& value, int fallback)
{
    const int number = value.toInt();
    return number > 0 ? number : fallback;
}

} // namespace

Settings::Settings(QObject* parent)
    : QObject(parent)
    , m_settings(QString::fromLatin1(kOrganizationName), QString::fromLatin1(kApplicationName))
{}

Settings::Settings(const QString& iniPath, QObject* parent)
    : QObject(parent)
    , m_settings(iniPath, QSettings::IniFormat)
{}

Settings::~Settings() = default;

QVariant Settings::read(const char* key) const
{
    const QString name = QLatin1String(key);
    return m_settings.value(name, defaults().value(name));
}

QVariant Settings::defaultValue(const char* key)
{
    return defaults().value(QLatin1String(key));
}

void Settings::write(const char* key, const QVariant& value)
{
    const QString name = QLatin1String(key);
    // An ini file gives back strings and a list of one as a plain string: compare as the type
    // that is being written.
    QVariant before = read(key);
    before.convert(value.metaType());
    m_settings.setValue(name, value);
    if (before != value)
        emit changed(name);
}

QString Settings::lastFolder() const
{
    return read(SettingKey::LastFolder).toString();
}

void Settings::setLastFolder(const QString& folder)
{
    write(SettingKey::LastFolder, folder);
}

QString Settings::siteFolder() const
{
    return read(SettingKey::SiteFolder).toString();
}

void Settings::setSiteFolder(const QString& folder)
{
    write(SettingKey::SiteFolder, folder);
}

QString Settings::defaultPostPathPattern()
{
    return defaults().value(QLatin1String(SettingKey::PostPathPattern)).toString();
}

QString Settings::postPathPattern() const
{
    return read(SettingKey::PostPathPattern).toString();
}

void Settings::setPostPathPattern(const QString& pattern)
{
    write(SettingKey::PostPathPattern, pattern);
}

QTimeZone Settings::siteTimeZone() const
{
    // An empty id would be the computer's own zone: the site's posts must not depend on it.
    const QByteArray id = read(SettingKey::SiteTimeZone).toString().toUtf8();
    const QTimeZone zone = id.isEmpty() ? QTimeZone::utc() : QTimeZone(id);
    return zone.isValid() ? zone : QTimeZone::utc();
}

void Settings::setSiteTimeZone(const QTimeZone& zone)
{
    write(SettingKey::SiteTimeZone,
          QString::fromUtf8(zone.isValid() ? zone.id() : QTimeZone::utc().id()));
}

int Settings::editorFontSize() const
{
    return read(SettingKey::EditorFontSize).toInt();
}

void Settings::setEditorFontSize(int points)
{
    write(SettingKey::EditorFontSize, points);
}

bool Settings::wrapLines() const
{
    return read(SettingKey::WrapLines).toBool();
}

void Settings::setWrapLines(bool wrap)
{
    write(SettingKey::WrapLines, wrap);
}

bool Settings::remoteImages() const
{
    return read(SettingKey::RemoteImages).toBool();
}

void Settings::setRemoteImages(bool allowed)
{
    write(SettingKey::RemoteImages, allowed);
}

bool Settings::scrollSync() const
{
    return read(SettingKey::ScrollSync).toBool();
}

void Settings::setScrollSync(bool enabled)
{
    write(SettingKey::ScrollSync, enabled);
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
    if (!m_settings.contains(QLatin1String(SettingKey::TopicSources)))
        return defaultTopicSources();
    QList<TopicSource> sources;
    for (const QString& spec : read(SettingKey::TopicSources).toStringList()) {
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
    write(SettingKey::TopicSources, specs);
}

bool Settings::topicTitlesKeepFlair() const
{
    return read(SettingKey::TopicTitlesKeepFlair).toBool();
}

void Settings::setTopicTitlesKeepFlair(bool keep)
{
    write(SettingKey::TopicTitlesKeepFlair, keep);
}

bool Settings::fetchTopicsOnStart() const
{
    return read(SettingKey::FetchTopicsOnStart).toBool();
}

void Settings::setFetchTopicsOnStart(bool fetch)
{
    write(SettingKey::FetchTopicsOnStart, fetch);
}

int Settings::networkConnectTimeoutMs() const
{
    return positiveOr(read(SettingKey::NetworkConnectTimeout), kDefaultConnectTimeoutMs);
}

void Settings::setNetworkConnectTimeoutMs(int milliseconds)
{
    write(SettingKey::NetworkConnectTimeout, milliseconds);
}

int Settings::networkTimeoutMs() const
{
    return positiveOr(read(SettingKey::NetworkTimeout), kDefaultTimeoutMs);
}

void Settings::setNetworkTimeoutMs(int milliseconds)
{
    write(SettingKey::NetworkTimeout, milliseconds);
}

Settings::Theme Settings::theme() const
{
    return enumFromName(read(SettingKey::Theme).toString(), Theme::System);
}

void Settings::setTheme(Theme theme)
{
    write(SettingKey::Theme, enumName(theme));
}

QString Settings::modelBaseUrl() const
{
    return read(SettingKey::ModelBaseUrl).toString().trimmed();
}

void Settings::setModelBaseUrl(const QString& url)
{
    write(SettingKey::ModelBaseUrl, url.trimmed());
}

QString Settings::modelName() const
{
    return read(SettingKey::ModelName).toString().trimmed();
}

void Settings::setModelName(const QString& model)
{
    write(SettingKey::ModelName, model.trimmed());
}

double Settings::modelTemperature() const
{
    bool ok = false;
    const double value = read(SettingKey::ModelTemperature).toDouble(&ok);
    // OpenAI-compatible servers take 0 to 2; anything else is a hand edit gone wrong.
    return ok && value >= 0 && value <= 2 ? value : kDefaultTemperature;
}

void Settings::setModelTemperature(double temperature)
{
    write(SettingKey::ModelTemperature, temperature);
}

int Settings::modelMaxTokens() const
{
    return qMax(0, read(SettingKey::ModelMaxTokens).toInt());
}

void Settings::setModelMaxTokens(int tokens)
{
    write(SettingKey::ModelMaxTokens, tokens);
}

int Settings::modelIdleTimeoutMs() const
{
    return positiveOr(read(SettingKey::ModelIdleTimeout), kDefaultModelIdleTimeoutMs);
}

void Settings::setModelIdleTimeoutMs(int milliseconds)
{
    write(SettingKey::ModelIdleTimeout, milliseconds);
}

QString Settings::modelTrustKey(const QString& endpointIdentity, QLatin1StringView name)
{
    // Encoded, so that the URL's slashes do not make groups of their own.
    return QLatin1String(SettingKey::ModelTrust) + QLatin1Char('/') +
           QString::fromLatin1(QUrl::toPercentEncoding(endpointIdentity)) + QLatin1Char('/') + name;
}

QString Settings::modelCaFile(const QString& endpointIdentity) const
{
    if (endpointIdentity.isEmpty())
        return QString();
    return m_settings.value(modelTrustKey(endpointIdentity, QLatin1StringView("caFile")))
        .toString();
}

void Settings::setModelCaFile(const QString& endpointIdentity, const QString& path)
{
    writeTrust(endpointIdentity, QLatin1StringView("caFile"), path);
}

QString Settings::modelPinnedPublicKey(const QString& endpointIdentity) const
{
    if (endpointIdentity.isEmpty())
        return QString();
    return m_settings.value(modelTrustKey(endpointIdentity, QLatin1StringView("pinnedPublicKey")))
        .toString();
}

void Settings::setModelPinnedPublicKey(const QString& endpointIdentity, const QString& pin)
{
    writeTrust(endpointIdentity, QLatin1StringView("pinnedPublicKey"), pin);
}

void Settings::writeTrust(const QString& endpointIdentity, QLatin1StringView name,
                          const QString& value)
{
    if (endpointIdentity.isEmpty())
        return;
    const QString key = modelTrustKey(endpointIdentity, name);
    const QString before = m_settings.value(key).toString();
    if (value.trimmed().isEmpty())
        m_settings.remove(key);
    else
        m_settings.setValue(key, value.trimmed());
    if (before != value.trimmed())
        emit changed(key);
}

int Settings::todayTopics() const
{
    // A hand edit that is not a number reads as the default; others are held to the range.
    return qBound(
        kMinTodayTopics,
        positiveOr(read(SettingKey::TodayTopics), defaultValue(SettingKey::TodayTopics).toInt()),
        kMaxTodayTopics);
}

void Settings::setTodayTopics(int topics)
{
    write(SettingKey::TodayTopics, qBound(kMinTodayTopics, topics, kMaxTodayTopics));
}

void Settings::sync()
{
    m_settings.sync();
}

bool Settings::welcomeDismissed() const
{
    return read(SettingKey::WelcomeDismissed).toBool();
}

void Settings::setWelcomeDismissed(bool dismissed)
{
    write(SettingKey::WelcomeDismissed, dismissed);
}

} // namespace digest
