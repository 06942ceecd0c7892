#pragma once

#include <QObject>
#include <QString>

namespace digest {

// The model endpoint's API key, kept in the system's secret store (the Secret Service of
// GNOME Keyring or KWallet, through QtKeychain), one entry per endpoint: service
// "digest-editor", the entry named by the endpoint's identity (its normalised base URL), so
// that a key saved for one server is never sent to another one the user points at later.
// Where there is no secret store (no desktop session, a container), or nothing is stored for
// the endpoint, the key comes from OPENAI_API_KEY. The key is never written anywhere else:
// QtKeychain's plaintext fallback (a settings file) stays off, and nothing here logs it.
//
// Reading is lazy and asynchronous: nothing touches the store until load(), which whoever
// needs the key calls (generation starting, the settings dialog opening); the window never
// waits for the store. QtKeychain stays inside apikeystore.cpp.
class ApiKeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyStore)

public:
    enum class State {
        // Not read yet: load() starts the read.
        Unknown,
        Loading,
        // The secret store has a key for the endpoint.
        FromSecretStore,
        // OPENAI_API_KEY, because the store has none for the endpoint or there is no store.
        FromEnvironment,
        // The store works but has no key for the endpoint, and OPENAI_API_KEY is not set
        // (fine for local servers, which need none).
        None,
        // No secret store, and OPENAI_API_KEY is not set.
        Unavailable,
    };
    Q_ENUM(State)

    static constexpr auto kService = "digest-editor";

    // `service` names the store's entries; tests use one of their own.
    explicit ApiKeyStore(QObject* parent = nullptr);
    ApiKeyStore(const QString& service, QObject* parent);
    ~ApiKeyStore() override;

    QString service() const { return m_service; }

    // The endpoint the key is for (ChatEndpoint::identity()). A different one forgets what
    // was read (the state goes back to Unknown); an empty one has no entry in the store.
    void setEndpoint(const QString& identity);
    QString endpoint() const { return m_endpoint; }

    // Starts reading the key, when it is not read or being read already; stateChanged()
    // follows. Never blocks.
    void load();

    State state() const { return m_state; }
    // The read has finished (whatever it found).
    bool isLoaded() const { return m_state != State::Unknown && m_state != State::Loading; }
    // Whether the last answer of the store said it works (false too while unknown).
    bool hasSecretStore() const { return m_storeAvailable; }
    // The key in effect: the stored one, else OPENAI_API_KEY; empty when there is none, or
    // while not loaded.
    QString key() const;
    // For the settings dialog: where the key comes from, or why there is none, never the key.
    QString statusText() const;

    // Saves the key in the secret store for the endpoint (replacing any), or deletes it; both
    // run in the background and end with finished(). Nothing is written anywhere when there
    // is no secret store: finished() then says so, and how to use OPENAI_API_KEY instead.
    void store(const QString& key);
    void remove();
    bool isBusy() const { return m_writes > 0; }

signals:
    void stateChanged(digest::ApiKeyStore::State state);
    // A store() or remove() ended; `errorMessage` is empty on success and never holds the key.
    void finished(bool ok, const QString& errorMessage);

private:
    void setState(State state);
    // What is left when the store has no key: the environment's, or none.
    State withoutStoredKey() const;
    void onRead(const QString& endpoint, int error, const QString& key);
    void onWritten(const QString& endpoint, bool removing, int error, const QString& errorString,
                   const QString& key);

    static QString failureMessage(bool removing, int error, const QString& errorString,
                                  const QString& key);

    QString m_service;
    QString m_endpoint;
    State m_state = State::Unknown;
    bool m_storeAvailable = false;
    QString m_storedKey;
    int m_writes = 0;
};

} // namespace digest
