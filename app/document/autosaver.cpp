#include "document/autosaver.h"

#include "document/documentsession.h"

#include <QElapsedTimer>
#include <QStandardPaths>

namespace digest {

Autosaver::Autosaver(DocumentSession& session, const QString& folder,
                     std::function<QDateTime()> now, QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_store(folder)
    , m_now(std::move(now))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)saveNow(); });
    PostDocument& document = m_session.document();
    connect(&document, &PostDocument::changed, this, &Autosaver::onChanged);
    // Saved, or undone back to the saved text: nothing left to recover.
    connect(&document, &PostDocument::modificationChanged, this, [this](bool modified) {
        if (!modified)
            m_store.remove();
    });
    connect(&m_session, &DocumentSession::saved, this, [this] { m_store.remove(); });
}

Autosaver::~Autosaver()
{
    m_store.remove();
}

QString Autosaver::recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/recovery");
}

void Autosaver::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = qMax(0, seconds);
    m_timer.setInterval(m_intervalSeconds * 1000);
    if (m_intervalSeconds == 0) {
        m_timer.stop();
        m_store.remove();
    } else if (m_session.document().isModified()) {
        // Changes made while autosave was off get their copy too.
        m_timer.start();
    }
}

void Autosaver::onChanged()
{
    // Not restarted by every keystroke: steady typing still gets a copy every interval.
    if (m_intervalSeconds > 0 && !m_timer.isActive())
        m_timer.start();
}

Status Autosaver::saveNow()
{
    m_timer.stop();
    const PostDocument& document = m_session.document();
    if (!document.isModified()) {
        m_store.remove();
        return Done{};
    }
    QElapsedTimer clock;
    clock.start();
    RecoveredPost post;
    post.text = document.text();
    post.path = document.path();
    post.suggestedPath = m_session.suggestedPath();
    post.diskFingerprint = document.diskFingerprint();
    post.savedAt = m_now();
    const Status written = m_store.save(post);
    m_lastWriteUs = clock.nsecsElapsed() / 1000;
    if (!written && !m_failing)
        emit failed(written.errorMessage());
    m_failing = !written;
    return written;
}

} // namespace digest
