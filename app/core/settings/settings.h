#pragma once

#include "core/topics/topicsource.h"

#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace digest {

// The keys of the settings, one constant each; changed() names them.
namespace SettingKey {
inline constexpr auto LastFolder = "files/lastFolder";
inline constexpr auto SiteFolder = "site/folder";
inline constexpr auto PostPathPattern = "site/postPathPattern";
inline constexpr auto SiteTimeZone = "site/timeZone";
inline constexpr auto GitRemote = "site/gitRemote";
inline constexpr auto GitBranch = "site/gitBranch";
inline constexpr auto CommitTemplate = "site/commitTemplate";
inline constexpr auto BuildWithHugo = "site/buildWithHugo";
inline constexpr auto ReviewBranchPattern = "site/reviewBranchPattern";
inline constexpr auto SiteDisclaimer = "site/disclaimer";
inline constexpr auto TopicSources = "topics/sources";
inline constexpr auto TopicTitlesKeepFlair = "topics/titlesKeepFlair";
inline constexpr auto FetchTopicsOnStart = "topics/fetchOnStart";
inline constexpr auto NetworkConnectTimeout = "network/connectTimeoutMs";
inline constexpr auto NetworkTimeout = "network/timeoutMs";
inline constexpr auto EditorFontSize = "editor/fontSize";
inline constexpr auto WrapLines = "editor/wrapLines";
inline constexpr auto RemoteImages = "preview/remoteImages";
inline constexpr auto ScrollSync = "preview/scrollSync";
inline constexpr auto Theme = "window/theme";
inline constexpr auto ModelBaseUrl = "model/baseUrl";
inline constexpr auto ModelName = "model/name";
inline constexpr auto ModelTemperature = "model/temperature";
inline constexpr auto ModelMaxTokens = "model/maxTokens";
inline constexpr auto ModelInputPrice = "model/inputPricePerMillion";
inline constexpr auto ModelOutputPrice = "model/outputPricePerMillion";
inline constexpr auto ModelParallelRequests = "model/parallelRequests";
inline constexpr auto ModelTagFollowsModel = "model/tagFollowsModel";
inline constexpr auto PromptSystem = "prompts/system";
inline constexpr auto PromptBenefits = "prompts/benefits";
inline constexpr auto PromptRamifications = "prompts/ramifications";
inline constexpr auto PromptPrediction = "prompts/prediction";
inline constexpr auto ModelIdleTimeout = "model/idleTimeoutMs";
// The group of the per-endpoint TLS trust: "model/trust/<endpoint>/caFile" and
// ".../pinnedPublicKey" (see Settings::modelTrustKey()).
inline constexpr auto ModelTrust = "model/trust";

// Autosave of recovery copies (issue 11).
inline constexpr auto AutosaveSeconds = "editor/autosaveSeconds";

// Spelling (issue 10).
inline constexpr auto SpellingLanguage = "spelling/language";

// The first-run welcome (issue 14).
inline constexpr auto WelcomeDismissed = "window/welcomeDismissed";
// Start Today's Post (issue 14).
inline constexpr auto TodayTopics = "generation/todayTopics";
// The Settings dialog (issue 14).
inline constexpr auto EditorFontFamily = "editor/fontFamily";
inline constexpr auto InterfaceLanguage = "interface/language";
} // namespace SettingKey

// The application's settings, typed, over QSettings; shared by the GUI and digestctl. Each
// setting has one key (SettingKey) and its default in one place (settings.cpp); enums are
// stored by name. A change that alters a value emits changed() with its key, so views follow
// without a restart. The window's own layout is not here: it belongs to the UI.
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    // The user's settings in the standard place.
    explicit Settings(QObject* parent = nullptr);
    // For tests and tools that keep their settings in a file of their own.
    explicit Settings(const QString& iniPath, QObject* parent = nullptr);
    ~Settings() override;

    // The file the settings live in; the UI keeps its window layout beside them.
    QString fileName() const { return m_settings.fileName(); }
    QSettings::Format format() const { return m_settings.format(); }

    // The folder the Open and Save dialogs start in.
    QString lastFolder() const;
    void setLastFolder(const QString& folder);

    // The Hugo site's folder (its root, where hugo.toml is); empty until the user sets it.
    QString siteFolder() const;
    void setSiteFolder(const QString& folder);

    // Where a new post goes, relative to the site folder; YYYY, MM and DD stand for the day.
    static QString defaultPostPathPattern();
    QString postPathPattern() const;
    void setPostPathPattern(const QString& pattern);

    // The site's time zone: it decides which day a post belongs to ("today") and how Hugo
    // reads a date without a zone. UTC by default, as the site's posts are dated.
    QTimeZone siteTimeZone() const;
    void setSiteTimeZone(const QTimeZone& zone);

    // Publishing to the site's git checkout (sitesettings.cpp). The remote to push to
    // ("origin"); the branch ("" = the checkout's current branch); the commit message with
    // {date} (YYYY-MM-DD) and {title}; whether `hugo` builds the site before committing; the
    // branch a post for review goes to, YYYY, MM and DD standing for the post's day.
    QString gitRemote() const;
    void setGitRemote(const QString& remote);
    QString gitBranch() const;
    void setGitBranch(const QString& branch);
    QString commitTemplate() const;
    void setCommitTemplate(const QString& pattern);
    bool buildWithHugo() const;
    void setBuildWithHugo(bool build);
    QString reviewBranchPattern() const;
    void setReviewBranchPattern(const QString& pattern);
    // The site's disclaimer shown before publishing; empty by default.
    QString siteDisclaimer() const;
    void setSiteDisclaimer(const QString& text);

    // The editor's font size in points; 0 means the system's fixed-width font size.
    int editorFontSize() const;
    void setEditorFontSize(int points);

    // Long lines wrap at the editor's edge instead of scrolling sideways.
    bool wrapLines() const;
    void setWrapLines(bool wrap);

    // The preview loads images from the web (off by default: a request tells the image's host
    // that the post is being read).
    bool remoteImages() const;
    void setRemoteImages(bool allowed);

    // Scrolling the editor scrolls the preview to the same block, and the other way round.
    bool scrollSync() const;
    void setScrollSync(bool enabled);

    // Where the day's topics come from, in order (see TopicSource); by default the top posts
    // of the day in r/MachineLearning (consequences) and r/machinelearningnews (trending).
    static QList<TopicSource> defaultTopicSources();
    QList<TopicSource> topicSources() const;
    void setTopicSources(const QList<TopicSource>& sources);

    // Whether titles keep their flair prefix ("[D] …"); the flair shows as a tag either way.
    bool topicTitlesKeepFlair() const;
    void setTopicTitlesKeepFlair(bool keep);

    // Whether the application fetches the topics as soon as it starts.
    bool fetchTopicsOnStart() const;
    void setFetchTopicsOnStart(bool fetch);

    // Network timeouts in milliseconds: for connecting, and for a whole request.
    int networkConnectTimeoutMs() const;
    void setNetworkConnectTimeoutMs(int milliseconds);
    int networkTimeoutMs() const;
    void setNetworkTimeoutMs(int milliseconds);

    Theme theme() const;
    void setTheme(Theme theme);

    // The model endpoint (any OpenAI-compatible server) and how to ask it; empty until the user
    // sets them (OPENAI_BASE_URL and OPENAI_MODEL fill what is empty, see generationsettings.h).
    // The API key is a secret and is never a setting.
    QString modelBaseUrl() const;
    void setModelBaseUrl(const QString& url);
    QString modelName() const;
    void setModelName(const QString& model);
    double modelTemperature() const;
    void setModelTemperature(double temperature);
    // Zero: the server's own limit.
    int modelMaxTokens() const;
    void setModelMaxTokens(int tokens);
    // How long a model may stay silent mid-answer before the request gives up.
    int modelIdleTimeoutMs() const;
    void setModelIdleTimeoutMs(int milliseconds);
    // TLS trust for one endpoint (ChatEndpoint::identity()): a CA file (PEM) to verify its
    // certificate against, and the "sha256//…" pin of a certificate the user chose to trust.
    // Scoped to the endpoint, so that trusting a local server never extends to another one;
    // nothing is stored for an empty identity. An empty value removes the setting.
    QString modelCaFile(const QString& endpointIdentity) const;
    void setModelCaFile(const QString& endpointIdentity, const QString& path);
    QString modelPinnedPublicKey(const QString& endpointIdentity) const;
    void setModelPinnedPublicKey(const QString& endpointIdentity, const QString& pin);
    // "model/trust/<endpoint, percent-encoded>/<name>": the key changed() names for them.
    static QString modelTrustKey(const QString& endpointIdentity, QLatin1StringView name);

    // What the model charges per million tokens, in whatever currency the user thinks in, for
    // the estimated cost of a post; zero means unknown (no cost is shown).
    double modelInputPricePerMillion() const;
    void setModelInputPricePerMillion(double price);
    double modelOutputPricePerMillion() const;
    void setModelOutputPricePerMillion(double price);
    // How many requests go to one endpoint at the same time; the rest wait their turn.
    static constexpr int kMaxParallelRequests = 64;
    int modelParallelRequests() const;
    void setModelParallelRequests(int requests);
    // The post's model tag names the model that wrote it.
    bool modelTagFollowsModel() const;
    void setModelTagFollowsModel(bool follow);

    // The wording of the requests (see PromptTemplates; promptTemplates() in
    // generationsettings.h puts them together). A template equal to the default is not
    // stored, so that a better default reaches everyone who never changed theirs; an empty
    // request template reads as the default (it would ask the model nothing), an empty system
    // prompt stays empty.
    QString promptSystem() const;
    void setPromptSystem(const QString& text);
    QString promptBenefits() const;
    void setPromptBenefits(const QString& text);
    QString promptRamifications() const;
    void setPromptRamifications(const QString& text);
    QString promptPrediction() const;
    void setPromptPrediction(const QString& text);

    // Spelling: the Hunspell dictionary the proofreader checks posts with ("en_US", the
    // default); empty means spelling is off.
    QString spellingLanguage() const;
    void setSpellingLanguage(const QString& language);

    // Seconds from a change of the open post to its recovery copy (5 by default, at most an
    // hour); 0 turns autosave off.
    static constexpr int kMaxAutosaveSeconds = 3600;
    int autosaveSeconds() const;
    void setAutosaveSeconds(int seconds);

    // The first-run welcome was dismissed for good ("Don't Show Again"); false by default.
    bool welcomeDismissed() const;
    void setWelcomeDismissed(bool dismissed);
    // How many uncovered topics "Start Today's Post" checks and writes (5 by default, 1..20).
    static constexpr int kMinTodayTopics = 1;
    static constexpr int kMaxTodayTopics = 20;
    int todayTopics() const;
    void setTodayTopics(int topics);
    // The editor's font family; empty means the system's fixed-width font.
    QString editorFontFamily() const;
    void setEditorFontFamily(const QString& family);

    // The language of the interface: "" follows the system's locale, else a language code
    // ("en", "de"). Read at start and followed while running (main.cpp).
    QString interfaceLanguage() const;
    void setInterfaceLanguage(const QString& language);

    void sync();

signals:
    // A setting changed its value; `key` is one of SettingKey.
    void changed(const QString& key);

private:
    // The default from the one table in settings.cpp; an invalid QVariant for none.
    static QVariant defaultValue(const char* key);
    // Writes `text`, or removes the key when it is the default.
    void writeTemplate(const char* key, const QString& text);
    QString readTemplate(const char* key) const;
    QVariant read(const char* key) const;
    void write(const char* key, const QVariant& value);
    void writeTrust(const QString& endpointIdentity, QLatin1StringView name, const QString& value);

    QSettings m_settings;
};

} // namespace digest
