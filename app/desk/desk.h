#pragma once

#include "core/generation/chatendpoint.h"
#include "core/lint/lint.h"
#include "core/post/newpost.h"
#include "core/publish/publish.h"
#include "core/topics/coverage.h"
#include "core/topics/topicfetch.h"
#include "core/util/result.h"
#include "document/documentsession.h"

#include <QDate>
#include <QObject>

#include <functional>
#include <memory>

namespace digest {

class ApiKeyStore;
class AskpassServer;
class Autosaver;
struct RecoveredPost;
class ChatClient;
class GenerationQueue;
class Proofreader;
class SlotDrafter;
struct Topic;
class HttpClient;
class Settings;
class SpellChecker;
class TodaysDigest;
class TopicBoard;

// The application object: it owns the services the window and its views share — the
// settings, the one HTTP client, the model client on it, the day's topics and the session of
// the open post — and
// does the jobs that need more than one of them. main() makes one desk and one window; the
// window finds everything it shows here, never by looking for another object.
class Desk final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Desk)

public:
    explicit Desk(std::unique_ptr<Settings> settings, const Clock& clock = systemClock(),
                  QObject* parent = nullptr);
    ~Desk() override;

    Settings& settings() const { return *m_settings; }
    HttpClient& http() const { return *m_http; }
    // The model client, on the same HTTP client as the topics.
    ChatClient& chat() const { return *m_chat; }
    // The model endpoint's API key in the system's secret store, for the endpoint the
    // settings name. Not read until someone calls load() on it (generation starting, the
    // settings dialog opening).
    ApiKeyStore& apiKeys() const { return *m_apiKeys; }
    TopicBoard& topics() const { return *m_topics; }
    // The model's requests, at most the settings' number at a time per endpoint.
    GenerationQueue& generationQueue() const { return *m_queue; }
    // Generated text written into the open post, configured from the settings. Another post
    // loaded stops its runs and starts its versions and usage afresh.
    SlotDrafter& drafter() const { return *m_drafter; }
    DocumentSession& session() const { return *m_session; }
    // The open post proofread as it changes, with lintContext().
    Proofreader& proofreader() const { return *m_proofreader; }
    // "Start Today's Post": topics, today's post, the uncovered ones checked, every slot written.
    TodaysDigest& todaysDigest() const { return *m_todaysDigest; }

    // The open post's recovery copy while it has unsaved changes, every `editor/autosaveSeconds`
    // (deskrecovery.cpp), in Autosaver::recoveryFolder().
    Autosaver& autosaver() const { return *m_autosaver; }
    // The recovery copies left by an editor that did not end cleanly (killed, crashed) and
    // that no running editor holds, newest first; this desk holds them until each is restored,
    // discarded or kept.
    QList<RecoveredPost> claimRecoveries();
    // Shows the recovered post in the session (asking about unsaved changes first); its file
    // goes once it is shown, the autosave keeping it from then on.
    SessionOutcome restoreRecovery(const RecoveredPost& post);
    void discardRecovery(const RecoveredPost& post);
    // Leaves the copy for a later start.
    void keepRecovery(const RecoveredPost& post);

    // What the proofreading rules know of the open post besides its text: its file name (the
    // path, else the suggested new post's), the site's notice, the model the drafter wrote
    // with, the site's zone, now, the drafter's unfinished slots and the topics the site's
    // earlier posts covered (from the topic board's last refresh). Spelling is the
    // proofreader's (Proofreader::setWordChecker).
    LintContext lintContext() const;
    // The notice line the open post must carry: the settings' disclaimer, else the site
    // archetype's, else the built-in archetype's.
    QString siteNoticeLine() const;
    // The tags of the site's posts, counted (CoverageIndex::tagCounts()), from the index the
    // proofreader uses: the topic board's once a refresh read posts, else the desk's own scan.
    // The open post's own file does not count: a tag only it uses is new to the site.
    QList<TagCount> siteTags() const { return m_siteTags; }
    // The spell checker, in the settings' language (following changes), with the user's
    // personal dictionary; thread-safe for the proofreader's worker.
    SpellChecker& spellChecker() const { return *m_spelling; }
    // Why the settings' spelling language is not in use (its dictionary is not installed);
    // empty when it is, or when spelling is off.
    QString spellingError() const { return m_spellingError; }
    // Adds the word to the personal dictionary (written at once) and proofreads again.
    Status addToDictionary(const QString& word);

    // The day a post written now belongs to: today in the site's time zone. The one
    // definition of "today", for new posts and for the topics' covered marks alike.
    QDate postDay() const;
    // Now, by the desk's clock (the one postDay() reads).
    QDateTime now() const { return m_clock(); }

    // The work of a start besides the window: the spelling dictionary read (on a worker), the
    // site's posts scanned for the covered topics (on a worker). It begins at the event loop's
    // first turn unless holdStart() was called; start() begins it in any case.
    void holdStart() { m_startHeld = true; }
    // The day starts: the work above if not begun, and today's topics, if the settings ask for
    // them. The application calls it once the window has painted the post.
    void start();

    // The site folder in use: the settings' `site/folder`, else the default site
    // (defaultSiteFolder()), so that a first run can write and publish with no setup. The one
    // place the desk's new posts, proofreading, topics' covered marks and publishing ask.
    QString siteFolder() const;
    // True while the settings name no site folder and the default site is used.
    bool usingDefaultSite() const;
    // AppDataLocation/site: a git repository with a minimal Hugo site and the built-in
    // archetype, made on first need (New Post, Publish; DefaultSite).
    static QString defaultSiteFolder();

    // A new post for today from the site's archetype, shown in the session (not saved yet).
    // On success the outcome's message says which archetype it came from.
    SessionOutcome newPost();

    // The model endpoint to ask: the settings (and OPENAI_BASE_URL, OPENAI_MODEL filling what
    // they leave empty), the endpoint's TLS trust, and the key: the one in the secret store
    // once apiKeys() has read it, else OPENAI_API_KEY. The one place the window gets it from.
    ChatEndpoint chatEndpoint() const;
    // A model endpoint is configured (base URL and model, in the settings or OPENAI_*).
    bool canGenerate() const;
    // What to do so that canGenerate() holds, for a disabled action or an empty panel.
    static QString generationSetupHint();
    // Runs `generation` on the drafter with chatEndpoint(), once the key is read (at once when
    // it is, else when the secret store has answered); fails with generationSetupHint() when no
    // endpoint is configured.
    Status generate(const std::function<Status(SlotDrafter&)>& generation);
    // The checked topics written into the post as its items and trending list, one undo step;
    // what the items' prompts say of each topic is kept for the generation that follows.
    Status layOutTopics(const QList<Topic>& consequences, const QList<Topic>& trending);

    // The topic fetch the settings describe, for today.
    Result<TopicFetchConfig> topicFetchConfig() const;

    // Publishing the open post to the site's git checkout (deskpublish.cpp). The one
    // Publisher, made on first use (its worker thread starts then) with gitSafety().
    Publisher& publisher();
    // How git runs for the window: never waiting on a terminal; what git asks (a user name, a
    // password) goes to askpass(), through the digest-askpass program beside the executable.
    GitSafety gitSafety() const;
    // Where git's credential questions come to; the window answers them (setResponder), else
    // git is told that no one can answer and fails at once.
    AskpassServer& askpass() const { return *m_askpass; }
    // The publication of the open post as the settings describe it: the checkout that holds
    // the site folder, the post's path in the site (its own when the file is already there,
    // else the post path pattern for the post's day), its exact bytes as Save writes them, the
    // remote and branch, the commit message from the template, and for review the branch from
    // the review pattern. Fails saying what to set when there is no site folder.
    Result<PublishRequest> publishRequest(bool forReview) const;
    // After a publication: when the file at `absolutePath` now holds exactly the post's text
    // and the session's post is that file or was never saved, the session edits that file
    // (saved, unmodified). A post kept elsewhere stays where it is. True when adopted.
    bool adoptPublishedFile(const QString& absolutePath);
    // The day the open post is for: its front matter's date in the site's zone, else today.
    QDate openPostDay() const;

signals:
    // A generation that waited for the key could not start.
    void generationFailed(const QString& message);
    // siteTags() changed: a scan or a topic refresh read the site's posts, another post opened.
    void siteTagsChanged();

private:
    void followSetting(const QString& key);
    Status generateNow(const std::function<Status(SlotDrafter&)>& generation);
    // The drafter and the queue take the settings' templates, prices, model tag and limit.
    void configureGeneration();
    // The spell checker takes the settings' language (read on a worker when `inBackground`).
    void configureSpelling(bool inBackground = false);
    // The dictionary and the site scan, once.
    void beginBackgroundWork();
    // The proofreader's spelling rule takes the checker's state.
    void followSpellChecker();
    // The site's posts read on a worker thread for the proofreader's covered topics, until a
    // topic refresh reads them (none may be made): at the start and when the site changes.
    void scanSiteCoverage();
    // The coverage index in use (the topic board's when it read posts, else the desk's own).
    const CoverageIndex& coverage() const;
    // siteTags() afresh from coverage(); siteTagsChanged() when they differ.
    void updateSiteTags();
    // Makes the default site when it is in use and not made yet; nothing otherwise.
    Status prepareDefaultSite() const;
    // The settings' disclaimer, else the site archetype's notice; empty for the built-in one.
    QString configuredNoticeLine() const;

    std::unique_ptr<Settings> m_settings;
    Clock m_clock;
    HttpClient* m_http = nullptr;
    ChatClient* m_chat = nullptr;
    ApiKeyStore* m_apiKeys = nullptr;
    TopicBoard* m_topics = nullptr;
    DocumentSession* m_session = nullptr;
    GenerationQueue* m_queue = nullptr;
    SlotDrafter* m_drafter = nullptr;
    Proofreader* m_proofreader = nullptr;
    Autosaver* m_autosaver = nullptr;
    SpellChecker* m_spelling = nullptr;
    QString m_spellingError;
    CoverageIndex m_siteCoverage;
    QList<TagCount> m_siteTags;
    int m_coverageScan = 0;
    bool m_startHeld = false;
    bool m_backgroundBegun = false;
    Publisher* m_publisher = nullptr;
    AskpassServer* m_askpass = nullptr;
    TodaysDigest* m_todaysDigest = nullptr;
};

} // namespace digest
