// The desk's part in crash recovery: the copies other runs left, offered by the window.
#include "desk/desk.h"
#include "document/autosaver.h"

namespace digest {

QList<RecoveredPost> Desk::claimRecoveries()
{
    return m_autosaver->store().claimOrphans();
}

SessionOutcome Desk::restoreRecovery(const RecoveredPost& post)
{
    SessionOutcome outcome = m_session->restore(post);
    if (outcome) {
        m_autosaver->store().discard(post.id);
        // The restored text is this run's unsaved change: it gets this run's copy at once,
        // so a second crash loses nothing either.
        if (m_autosaver->intervalSeconds() > 0)
            (void)m_autosaver->saveNow();
    }
    return outcome;
}

void Desk::discardRecovery(const RecoveredPost& post)
{
    m_autosaver->store().discard(post.id);
}

void Desk::keepRecovery(const RecoveredPost& post)
{
    m_autosaver->store().keep(post.id);
}

} // namespace digest
