// The model endpoint's API key (issue 9, point 6): in the system's secret store through
// QtKeychain, read lazily and in the background; where there is no secret store, the
// environment's OPENAI_API_KEY, said so in the UI; never in a settings file. This machine (and
// CI) has no D-Bus session, so the store is really unavailable here; the round trip through a
// real Secret Service runs where one can be started (see secretServiceRoundTrip).

#include "core/generation/chatendpoint.h"
#include "core/settings/generationsettings.h"
#include "core/settings/settings.h"
#include "desk/apikeystore.h"
#include "desk/desk.h"
#include "testhttpserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibrary>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using digest::ApiKeyStore;
using digest::Desk;
using digest::Settings;
using digest::test::ScopedEnvironment;

namespace {

using Variables = QList<std::pair<QByteArray, QByteArray>>;
constexpr int kWaitMs = 20'000;
constexpr auto kEnvironmentKey = "sk-from-the-environment-4711";
constexpr auto kTypedKey = "sk-typed-in-the-dialog-0815";
// Set by secretServiceRoundTrip for the copy of this program it runs in a session of its own.
constexpr auto kInSessionVariable = "DIGEST_TEST_IN_SECRET_SERVICE_SESSION";

bool waitLoaded(ApiKeyStore& store)
{
    return QTest::qWaitFor([&store] { return store.isLoaded(); }, kWaitMs);
}

// Runs store() or remove() and gives back what finished() said.
std::pair<bool, QString> waitFinished(ApiKeyStore& store, const std::function<void()>& start)
{
    QSignalSpy finished(&store, &ApiKeyStore::finished);
    start();
    if (!finished.wait(kWaitMs) || finished.isEmpty())
        return {false, QStringLiteral("finished() did not come")};
    return {finished.first().at(0).toBool(), finished.first().at(1).toString()};
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_ApiKeyStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nothingIsReadUntilAsked();
    void withoutSecretStoreTheEnvironmentKeyIsUsed();
    void withoutSecretStoreOrEnvironmentTheUiSaysWhatToSet();
    void storingWithoutSecretStoreFailsAndWritesNothing();
    void removingWithoutSecretStoreSaysSo();
    void emptyKeyOrNoEndpointIsRefused();
    void theDeskFollowsTheEndpointAndGivesTheKey();
    void secretServiceRoundTrip();
    void roundTripInsideTheSession();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ScopedEnvironment> m_noSessionBus;
};

void tst_ApiKeyStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Whatever QtKeychain's plaintext fallback would write goes to the test's own settings
    // (QStandardPaths' test mode), where storingWithoutSecretStore... looks for it.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("digest-editor-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_apikeystore"));
    if (qEnvironmentVariableIsSet(kInSessionVariable))
        return;
    // No session bus, as on CI, even when the developer's desktop has one: a bus address
    // that leads nowhere.
    m_noSessionBus = std::make_unique<ScopedEnvironment>(Variables{
        {"DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir.filePath("no-bus").toLocal8Bit()}});
}

void tst_ApiKeyStore::nothingIsReadUntilAsked()
{
    const ScopedEnvironment environment(Variables{{"OPENAI_API_KEY", kEnvironmentKey}});
    ApiKeyStore store(QStringLiteral("digest-editor-test"), nullptr);
    store.setEndpoint(QStringLiteral("https://api.example.com/v1"));
    QCOMPARE(store.state(), ApiKeyStore::State::Unknown);
    QVERIFY(store.key().isEmpty());
    QCOMPARE(store.statusText(), QStringLiteral("Not read yet from the system's secret store"));
    // load() only starts the read: the window goes on at once.
    store.load();
    QCOMPARE(store.state(), ApiKeyStore::State::Loading);
    QCOMPARE(store.statusText(), QStringLiteral("Reading the key from the system's secret store…"));
    QVERIFY(waitLoaded(store));
}

void tst_ApiKeyStore::withoutSecretStoreTheEnvironmentKeyIsUsed()
{
    if (qEnvironmentVariableIsSet(kInSessionVariable))
        QSKIP("runs without a session bus only");
    const ScopedEnvironment environment(Variables{{"OPENAI_API_KEY", kEnvironmentKey}});
    ApiKeyStore store(QStringLiteral("digest-editor-test"), nullptr);
    QSignalSpy states(&store, &ApiKeyStore::stateChanged);
    store.setEndpoint(QStringLiteral("https://api.example.com/v1"));
    store.load();
    QVERIFY(waitLoaded(store));
    QCOMPARE(store.state(), ApiKeyStore::State::FromEnvironment);
    QVERIFY(!store.hasSecretStore());
    QCOMPARE(store.key(), QString::fromLatin1(kEnvironmentKey));
    QCOMPARE(store.statusText(),
             QStringLiteral("No secret store available: using OPENAI_API_KEY from the "
                            "environment"));
    QVERIFY(!store.statusText().contains(QLatin1String(kEnvironmentKey)));
    QCOMPARE(states.size(), 2); // Loading, then FromEnvironment
}

void tst_ApiKeyStore::withoutSecretStoreOrEnvironmentTheUiSaysWhatToSet()
{
    if (qEnvironmentVariableIsSet(kInSessionVariable))
        QSKIP("runs without a session bus only");
    const ScopedEnvironment environment(Variables{{"OPENAI_API_KEY", ""}});
    ApiKeyStore store(QStringLiteral("digest-editor-test"), nullptr);
    store.setEndpoint(QStringLiteral("https://api.example.com/v1"));
    store.load();
    QVERIFY(waitLoaded(store));
    QCOMPARE(store.state(), ApiKeyStore::State::Unavailable);
    QVERIFY(store.key().isEmpty());
    QCOMPARE(store.statusText(), QStringLiteral("No secret store available: set OPENAI_API_KEY"));
}

void tst_ApiKeyStore::storingWithoutSecretStoreFailsAndWritesNothing()
{
    if (qEnvironmentVariableIsSet(kInSessionVariable))
        QSKIP("runs without a session bus only");
    const ScopedEnvironment environment(Variables{
        {"OPENAI_API_KEY", kEnvironmentKey}, {"OPENAI_BASE_URL", ""}, {"OPENAI_MODEL", ""}});
    const QString iniPath = m_dir.filePath(QStringLiteral("store/settings.ini"));
    Desk desk(std::make_unique<Settings>(iniPath));
    desk.settings().setModelBaseUrl(QStringLiteral("https://api.example.com"));
    desk.settings().setModelName(QStringLiteral("gpt-test"));

    const auto [ok, message] =
        waitFinished(desk.apiKeys(), [&desk] { desk.apiKeys().store(QLatin1String(kTypedKey)); });
    QVERIFY(!ok);
    QVERIFY2(message.startsWith(u"The key was not saved: no secret store is available"),
             qPrintable(message));
    QVERIFY2(message.contains(u"OPENAI_API_KEY"), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String(kTypedKey)));
    // The store is known to be missing now: the environment's key is the one in effect, and
    // the one typed in is not used anywhere.
    QCOMPARE(desk.apiKeys().state(), ApiKeyStore::State::FromEnvironment);
    QCOMPARE(desk.chatEndpoint().apiKey, QString::fromLatin1(kEnvironmentKey));

    // Not in the settings file, as a value or otherwise...
    desk.settings().sync();
    const QByteArray bytes = fileBytes(iniPath);
    QVERIFY(bytes.contains("api.example.com"));
    QVERIFY(!bytes.contains(kTypedKey));
    QVERIFY(!bytes.contains(kEnvironmentKey));
    const QSettings reread(iniPath, QSettings::IniFormat);
    for (const QString& key : reread.allKeys())
        QVERIFY2(!reread.value(key).toString().contains(QLatin1String(kTypedKey)), qPrintable(key));
    // ...nor where QtKeychain's plaintext fallback would have put it (QSettings' default).
    const QString fallbackFile = QSettings().fileName();
    QVERIFY(!fileBytes(fallbackFile).contains(kTypedKey));
}

void tst_ApiKeyStore::removingWithoutSecretStoreSaysSo()
{
    if (qEnvironmentVariableIsSet(kInSessionVariable))
        QSKIP("runs without a session bus only");
    ApiKeyStore store(QStringLiteral("digest-editor-test"), nullptr);
    store.setEndpoint(QStringLiteral("https://api.example.com/v1"));
    const auto [ok, message] = waitFinished(store, [&store] { store.remove(); });
    QVERIFY(!ok);
    QVERIFY2(message.startsWith(u"The key was not deleted: no secret store is available"),
             qPrintable(message));
}

void tst_ApiKeyStore::emptyKeyOrNoEndpointIsRefused()
{
    ApiKeyStore store(QStringLiteral("digest-editor-test"), nullptr);
    auto [ok, message] = waitFinished(store, [&store] { store.store(QLatin1String(kTypedKey)); });
    QVERIFY(!ok);
    QVERIFY2(message.contains(u"set the model's base URL first"), qPrintable(message));
    QVERIFY(!message.contains(QLatin1String(kTypedKey)));

    store.setEndpoint(QStringLiteral("http://127.0.0.1:11434/v1"));
    std::tie(ok, message) = waitFinished(store, [&store] { store.store(QStringLiteral("  ")); });
    QVERIFY(!ok);
    QVERIFY2(message.contains(u"it is empty"), qPrintable(message));
}

void tst_ApiKeyStore::theDeskFollowsTheEndpointAndGivesTheKey()
{
    const ScopedEnvironment environment(Variables{
        {"OPENAI_API_KEY", kEnvironmentKey}, {"OPENAI_BASE_URL", ""}, {"OPENAI_MODEL", ""}});
    Desk desk(std::make_unique<Settings>(m_dir.filePath(QStringLiteral("desk/settings.ini"))));
    desk.settings().setModelBaseUrl(QStringLiteral("http://127.0.0.1:11434"));
    desk.settings().setModelName(QStringLiteral("llama3"));
    QCOMPARE(desk.apiKeys().endpoint(), QStringLiteral("http://127.0.0.1:11434/v1"));
    // Not read yet: the environment's key, as digestctl has it.
    QCOMPARE(desk.apiKeys().state(), ApiKeyStore::State::Unknown);
    digest::ChatEndpoint endpoint = desk.chatEndpoint();
    QCOMPARE(endpoint.baseUrl, QStringLiteral("http://127.0.0.1:11434"));
    QCOMPARE(endpoint.model, QStringLiteral("llama3"));
    QCOMPARE(endpoint.apiKey, QString::fromLatin1(kEnvironmentKey));
    QCOMPARE(endpoint, digest::chatEndpoint(desk.settings()));

    desk.apiKeys().load();
    QVERIFY(waitLoaded(desk.apiKeys()));
    QCOMPARE(desk.chatEndpoint().apiKey, desk.apiKeys().key());

    // Another server: its own entry, read afresh when someone asks.
    desk.settings().setModelBaseUrl(QStringLiteral("https://openrouter.example/api/v1/"));
    QCOMPARE(desk.apiKeys().endpoint(), QStringLiteral("https://openrouter.example/api/v1"));
    QCOMPARE(desk.apiKeys().state(), ApiKeyStore::State::Unknown);
}

void tst_ApiKeyStore::secretServiceRoundTrip()
{
    if (qEnvironmentVariableIsSet(kInSessionVariable))
        QSKIP("this is the copy inside the session");
    const QString session = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    const QString keyring = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    // QtKeychain reaches the Secret Service through libsecret, which it loads when present.
    const bool libsecret = QLibrary(QStringLiteral("secret-1"), 0).load();
    if (session.isEmpty() || keyring.isEmpty() || !libsecret)
        QSKIP("no Secret Service to test against: needs dbus-run-session (Debian package "
              "dbus-daemon), gnome-keyring-daemon (gnome-keyring) and libsecret-1-0; "
              "gnome-keyring is not in dev.sh's list, it pulls in GTK and a desktop session");
    // This program again, in a D-Bus session of its own with an unlocked keyring (empty
    // password) in it; it runs roundTripInsideTheSession only.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kInSessionVariable), QStringLiteral("1"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    const QString script =
        QStringLiteral("printf '' | \"$1\" --unlock --components=secrets >/dev/null && exec \"$2\" "
                       "roundTripInsideTheSession");
    process.start(session,
                  {QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                   QStringLiteral("sh"), keyring, QCoreApplication::applicationFilePath()});
    QVERIFY(process.waitForFinished(60'000));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, output.constData());
    QVERIFY2(output.contains("PASS   : tst_ApiKeyStore::roundTripInsideTheSession()"),
             output.constData());
}

void tst_ApiKeyStore::roundTripInsideTheSession()
{
    if (!qEnvironmentVariableIsSet(kInSessionVariable))
        QSKIP("runs inside the D-Bus session that secretServiceRoundTrip starts");
    const ScopedEnvironment environment(Variables{{"OPENAI_API_KEY", kEnvironmentKey}});
    const QString endpoint = QStringLiteral("https://api.example.com/v1");
    ApiKeyStore store(QStringLiteral("digest-editor-test"), nullptr);
    store.setEndpoint(endpoint);
    store.load();
    QVERIFY(waitLoaded(store));
    QVERIFY2(store.hasSecretStore(), qPrintable(store.statusText()));
    QCOMPARE(store.state(), ApiKeyStore::State::FromEnvironment);

    auto [ok, message] = waitFinished(store, [&store] { store.store(QLatin1String(kTypedKey)); });
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(store.state(), ApiKeyStore::State::FromSecretStore);
    QCOMPARE(store.statusText(), QStringLiteral("Stored in the system's secret store"));

    // Another store object reads it back from the service; another endpoint has none.
    ApiKeyStore again(QStringLiteral("digest-editor-test"), nullptr);
    again.setEndpoint(endpoint);
    again.load();
    QVERIFY(waitLoaded(again));
    QCOMPARE(again.state(), ApiKeyStore::State::FromSecretStore);
    QCOMPARE(again.key(), QString::fromLatin1(kTypedKey));
    again.setEndpoint(QStringLiteral("http://127.0.0.1:11434/v1"));
    again.load();
    QVERIFY(waitLoaded(again));
    QCOMPARE(again.key(), QString::fromLatin1(kEnvironmentKey));

    std::tie(ok, message) = waitFinished(store, [&store] { store.remove(); });
    QVERIFY2(ok, qPrintable(message));
    QCOMPARE(store.state(), ApiKeyStore::State::FromEnvironment);
}

QTEST_GUILESS_MAIN(tst_ApiKeyStore)
#include "tst_apikeystore.moc"
