#include "desk/desk.h"

#include "core/askpass/askpassserver.h"
#include "core/generation/chatclient.h"
#include "core/generation/slotjob.h"
#include "core/net/httpclient.h"
#include "core/post/postday.h"
#include "core/settings/generationsettings.h"
#include "core/settings/settings.h"
#include "core/settings/topicsettings.h"
#include "core/spelling/spellchecker.h"
#include "core/topics/topicboard.h"
#include "core/util/startuptiming.h"
#include "desk/apikeystore.h"
#include "desk/defaultsite.h"
#include "desk/proofreader.h"
#include "desk/todaysdigest.h"
#include "document/autosaver.h"
#include "drafting/slotdrafter.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace digest {

Desk::Desk(std::unique_ptr<Settings> settings, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_clock(clock)
    , m_http(new HttpClient(this))
    , m_chat(new ChatClient(*m_http, this))
    , m_apiKeys(new ApiKeyStore(this))
    , m_session(new DocumentSession(this))
    , m_queue(new GenerationQueue(*m_chat, this))
    , m_drafter(new SlotDrafter(m_session->document(), *m_queue, this))
{
    configureGeneration();
    m_askpass = new AskpassServer(this);
    m_spelling = new SpellChecker(SpellChecker::defaultPersonalDictionaryPath(), this);
    m_topics = new TopicBoard(
        *m_http, [this] { return topicFetchConfig(); }, this);
    m_topics->setKeepFlair(m_settings->topicTitlesKeepFlair());
    m_apiKeys->setEndpoint(digest::chatEndpoint(*m_settings).identity());
    connect(m_settings.get(), &Settings::changed, this, &Desk::followSetting);
    connect(m_session, &DocumentSession::folderUsed, m_settings.get(), &Settings::setLastFolder);
    m_proofreader = new Proofreader(
        m_session->document(), [this] { return lintContext(); }, this);
    // What the rules know besides the text changes with these.
    connect(m_drafter, &SlotDrafter::slotStateChanged, m_proofreader, &Proofreader::schedule);
    connect(m_topics, &TopicBoard::refreshed, m_proofreader, &Proofreader::schedule);
    // The site's tags follow the index in use and leave out the open post's own file.
    connect(m_topics, &TopicBoard::refreshed, this, &Desk::updateSiteTags);
    connect(&m_session->document(), &PostDocument::pathChanged, this, &Desk::updateSiteTags);
    connect(m_settings.get(), &Settings::changed, m_proofreader, &Proofreader::schedule);
    // Spelling: the checker while a language is in use, nothing (the rule off) otherwise; a
    // new language or a word added to the dictionary lints again.
    followSpellChecker();
    connect(m_spelling, &SpellChecker::changed, this, &Desk::followSpellChecker);
    // Reading a dictionary and the site's posts: not before the window is up (holdStart()).
    QTimer::singleShot(0, this, [this] {
        if (!m_startHeld)
            beginBackgroundWork();
    });
    m_autosaver = new Autosaver(*m_session, Autosaver::recoveryFolder(), m_clock, this);
    m_autosaver->setIntervalSeconds(m_settings->autosaveSeconds());
    m_todaysDigest = new TodaysDigest(*this, this);
}

Desk::~Desk()
{
    // It follows the topics and the drafter, which go below.
    delete m_todaysDigest;
    // The topic fetch's and the model's replies go before the client that runs them.
    // The proofreader asks the others for its context.
    // Deleting it waits for a lint in flight, which may be asking the spell checker.
    delete m_proofreader;
    // A clean end: the window asked about unsaved changes; the recovery copy goes.
    delete m_autosaver;
    // A push under way ends before the server that answers its credential questions.
    delete m_publisher;
    delete m_askpass;
    delete m_topics;
    delete m_drafter;
    delete m_queue;
    delete m_chat;
}

QDate Desk::postDay() const
{
    return digest::postDay(m_clock(), m_settings->siteTimeZone());
}

void Desk::start()
{
    beginBackgroundWork();
    if (m_settings->fetchTopicsOnStart()) {
        timing::mark("topics fetch started");
        m_topics->refresh();
    }
}

void Desk::beginBackgroundWork()
{
    if (std::exchange(m_backgroundBegun, true))
        return;
    configureSpelling(true);
    scanSiteCoverage();
    // Offline or not, the last fetched topics show at once, marked as cached.
    m_topics->showCached();
}

SessionOutcome Desk::newPost()
{
    NewPostRequest request;
    request.day = postDay();
    request.siteZone = m_settings->siteTimeZone();
    // Without git the default site cannot be made: the post goes next to the last one then,
    // as it did before there was a default site, and the message says why.
    const Status site = prepareDefaultSite();
    request.siteFolder = site ? siteFolder() : QString();
    request.pathPattern = m_settings->postPathPattern();
    if (request.siteFolder.isEmpty()) {
        // Without a site the post is suggested next to the last one opened or saved.
        const Result<QString> relative = NewPost::pathFor(request.pathPattern, request.day);
        const QString name =
            relative ? QFileInfo(relative.value()).fileName() : QStringLiteral("untitled.md");
        request.outputPath = QDir(m_settings->lastFolder()).filePath(name);
    }
    const Result<NewPostFile> made = NewPost::make(request, m_clock);
    if (!made)
        return SessionOutcome::failed(made.errorMessage());
    SessionOutcome outcome = m_session->startNew(made.value());
    if (outcome)
        outcome.message =
            site ? tr("New post from %1").arg(made.value().archetype)
                 : tr("New post from %1 (%2)").arg(made.value().archetype, site.errorMessage());
    return outcome;
}

QString Desk::siteFolder() const
{
    const QString configured = m_settings->siteFolder();
    return configured.trimmed().isEmpty() ? defaultSiteFolder() : configured;
}

bool Desk::usingDefaultSite() const
{
    return m_settings->siteFolder().trimmed().isEmpty();
}

QString Desk::defaultSiteFolder()
{
    return DefaultSite::folder();
}

Status Desk::prepareDefaultSite() const
{
    if (!usingDefaultSite())
        return Done{};
    return DefaultSite::ensure(defaultSiteFolder(), m_settings->siteTimeZone(), gitSafety());
}

ChatEndpoint Desk::chatEndpoint() const
{
    ChatEndpoint endpoint = digest::chatEndpoint(*m_settings);
    // The stored key is the endpoint's own; one read for another endpoint is not used.
    if (m_apiKeys->endpoint() == endpoint.identity() &&
        m_apiKeys->state() == ApiKeyStore::State::FromSecretStore)
        endpoint.apiKey = m_apiKeys->key();
    return endpoint;
}

Result<TopicFetchConfig> Desk::topicFetchConfig() const
{
    Result<TopicFetchConfig> config = digest::topicFetchConfig(*m_settings);
    if (!config)
        return config;
    TopicFetchConfig value = std::move(config).value();
    value.merge.today = postDay();
    // The covered marks read the site in use, the default one included.
    value.postsFolder = sitePostsFolder(siteFolder(), m_settings->postPathPattern());
    return value;
}

void Desk::followSetting(const QString& key)
{
    if (key == QLatin1String(SettingKey::TopicTitlesKeepFlair))
        m_topics->setKeepFlair(m_settings->topicTitlesKeepFlair());
    else if (key == QLatin1String(SettingKey::ModelBaseUrl))
        m_apiKeys->setEndpoint(digest::chatEndpoint(*m_settings).identity());
    else if (key == QLatin1String(SettingKey::SiteFolder) ||
             key == QLatin1String(SettingKey::PostPathPattern) ||
             key == QLatin1String(SettingKey::SiteTimeZone))
        scanSiteCoverage();
    if (key.startsWith(QLatin1String("model/")) || key.startsWith(QLatin1String("prompts/")))
        configureGeneration();
    if (key == QLatin1String(SettingKey::SpellingLanguage))
        configureSpelling(false);
    if (key == QLatin1String(SettingKey::AutosaveSeconds))
        m_autosaver->setIntervalSeconds(m_settings->autosaveSeconds());
}

void Desk::followSpellChecker()
{
    m_proofreader->setWordChecker(m_spelling->isEnabled() ? m_spelling->wordChecker()
                                                          : Proofreader::WordChecker());
}

Status Desk::addToDictionary(const QString& word)
{
    // The checker's changed() lints again.
    return m_spelling->addToPersonalDictionary(word);
}

void Desk::configureSpelling(bool inBackground)
{
    if (!inBackground) {
        const Status status = m_spelling->setLanguage(m_settings->spellingLanguage());
        m_spellingError = status ? QString() : status.errorMessage();
        return;
    }
    timing::mark("dictionary reading");
    m_spelling->setLanguageInBackground(m_settings->spellingLanguage(), [this](const Status& s) {
        timing::mark("dictionary ready");
        m_spellingError = s ? QString() : s.errorMessage();
    });
}

} // namespace digest
