#include "desk/apikeystore.h"

#include <QMetaObject>
#include <qt6keychain/keychain.h>

namespace digest {
namespace {

QString environmentKey()
{
    return qEnvironmentVariable("OPENAI_API_KEY").trimmed();
}

// The store itself is missing or refuses to work (no D-Bus session, no Secret Service, a
// locked keyring that stays locked), as opposed to working and having no entry.
bool storeIsUnavailable(int error)
{
    return error != QKeychain::NoError && error != QKeychain::EntryNotFound;
}

// A job that never falls back to a plaintext file: QtKeychain's insecure fallback writes the
// secret into a QSettings file when no store is there, which is exactly what must not happen.
template <typename Job> Job* makeJob(const QString& service, const QString& key, QObject* parent)
{
    auto* job = new Job(service, parent);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(key);
    return job;
}

} // namespace

ApiKeyStore::ApiKeyStore(QObject* parent)
    : ApiKeyStore(QString::fromLatin1(kService), parent)
{}

ApiKeyStore::ApiKeyStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{}

ApiKeyStore::~ApiKeyStore() = default;

void ApiKeyStore::setEndpoint(const QString& identity)
{
    if (identity == m_endpoint)
        return;
    m_endpoint = identity;
    m_storedKey.clear();
    // A read still running for the old endpoint is ignored when it ends (see onRead).
    setState(State::Unknown);
}

void ApiKeyStore::load()
{
    if (m_state != State::Unknown)
        return;
    if (m_endpoint.isEmpty()) {
        // No endpoint, no entry to read: only the environment can say anything.
        setState(withoutStoredKey());
        return;
    }
    setState(State::Loading);
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, m_endpoint, this);
    const QString endpoint = m_endpoint;
    connect(job, &QKeychain::Job::finished, this, [this, endpoint](QKeychain::Job* done) {
        const auto* read = static_cast<const QKeychain::ReadPasswordJob*>(done);
        onRead(endpoint, read->error(), read->textData());
    });
    job->start();
}

QString ApiKeyStore::key() const
{
    switch (m_state) {
    case State::FromSecretStore:
        return m_storedKey;
    case State::FromEnvironment:
        return environmentKey();
    default:
        return QString();
    }
}

QString ApiKeyStore::statusText() const
{
    switch (m_state) {
    case State::Unknown:
        return tr("Not read yet from the system's secret store");
    case State::Loading:
        return tr("Reading the key from the system's secret store…");
    case State::FromSecretStore:
        return tr("Stored in the system's secret store");
    case State::FromEnvironment:
        if (m_endpoint.isEmpty())
            return tr("Using OPENAI_API_KEY from the environment");
        return m_storeAvailable ? tr("Using OPENAI_API_KEY from the environment: no key is "
                                     "stored in the system's secret store for this endpoint")
                                : tr("No secret store available: using OPENAI_API_KEY from the "
                                     "environment");
    case State::None:
        return m_endpoint.isEmpty() ? tr("No key: set the model's base URL first")
                                    : tr("No key stored in the system's secret store (local "
                                         "servers need none)");
    case State::Unavailable:
        return tr("No secret store available: set OPENAI_API_KEY");
    }
    return QString();
}

void ApiKeyStore::store(const QString& key)
{
    const QString trimmed = key.trimmed();
    QString refusal;
    if (m_endpoint.isEmpty())
        refusal = tr("The key was not saved: set the model's base URL first, the key is kept "
                     "for its server.");
    else if (trimmed.isEmpty())
        refusal = tr("The key was not saved: it is empty (to delete the stored key, remove it).");
    if (!refusal.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, refusal] { emit finished(false, refusal); }, Qt::QueuedConnection);
        return;
    }
    ++m_writes;
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, m_endpoint, this);
    job->setTextData(trimmed);
    const QString endpoint = m_endpoint;
    connect(job, &QKeychain::Job::finished, this, [this, endpoint, trimmed](QKeychain::Job* done) {
        onWritten(endpoint, false, done->error(), done->errorString(), trimmed);
    });
    job->start();
}

void ApiKeyStore::remove()
{
    if (m_endpoint.isEmpty()) {
        // Nothing can be stored without an endpoint, so nothing is there to delete.
        QMetaObject::invokeMethod(
            this, [this] { emit finished(true, QString()); }, Qt::QueuedConnection);
        return;
    }
    ++m_writes;
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, m_endpoint, this);
    const QString endpoint = m_endpoint;
    connect(job, &QKeychain::Job::finished, this, [this, endpoint](QKeychain::Job* done) {
        onWritten(endpoint, true, done->error(), done->errorString(), QString());
    });
    job->start();
}

void ApiKeyStore::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

ApiKeyStore::State ApiKeyStore::withoutStoredKey() const
{
    if (!environmentKey().isEmpty())
        return State::FromEnvironment;
    return m_storeAvailable ? State::None : State::Unavailable;
}

void ApiKeyStore::onRead(const QString& endpoint, int error, const QString& key)
{
    if (endpoint != m_endpoint || m_state != State::Loading)
        return;
    m_storeAvailable = !storeIsUnavailable(error);
    m_storedKey = error == QKeychain::NoError ? key.trimmed() : QString();
    setState(m_storedKey.isEmpty() ? withoutStoredKey() : State::FromSecretStore);
}

void ApiKeyStore::onWritten(const QString& endpoint, bool removing, int error,
                            const QString& errorString, const QString& key)
{
    --m_writes;
    const bool ok = error == QKeychain::NoError || (removing && error == QKeychain::EntryNotFound);
    if (endpoint == m_endpoint && ok) {
        m_storeAvailable = true;
        m_storedKey = removing ? QString() : key;
        setState(removing ? withoutStoredKey() : State::FromSecretStore);
    } else if (endpoint == m_endpoint && m_state != State::FromSecretStore) {
        // A failed write says as much about the store as a failed read would. (A key read
        // before stays in effect: the store had it, and a refused write does not remove it.)
        m_storeAvailable = false;
        setState(withoutStoredKey());
    }
    if (ok) {
        emit finished(true, QString());
        return;
    }
    emit finished(false, failureMessage(removing, error, errorString, key));
}

QString ApiKeyStore::failureMessage(bool removing, int error, const QString& errorString,
                                    const QString& key)
{
    // The store's words, when they say more than "Unknown error" (what QtKeychain says when
    // there is no session bus); they may quote what they were given, never the key.
    QString reason = errorString.trimmed();
    if (!key.isEmpty())
        reason.replace(key, QStringLiteral("…"));
    const QString detail = reason.isEmpty() || reason == u"Unknown error"
                               ? QString()
                               : QStringLiteral(" (%1)").arg(reason);
    if (error == QKeychain::AccessDenied || error == QKeychain::AccessDeniedByUser)
        return removing
                   ? tr("The key was not deleted: the secret store refused access%1.").arg(detail)
                   : tr("The key was not saved: the secret store refused access%1.").arg(detail);
    if (removing && error == QKeychain::CouldNotDeleteEntry)
        return tr("The key was not deleted from the system's secret store%1.").arg(detail);
    if (removing)
        return tr("The key was not deleted: no secret store is available%1.").arg(detail);
    return tr("The key was not saved: no secret store is available%1. It is never written to "
              "the settings file: set OPENAI_API_KEY in the environment instead.")
        .arg(detail);
}

} // namespace digest
