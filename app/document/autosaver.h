#pragma once

#include "core/util/result.h"
#include "document/recoverystore.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace digest {

class DocumentSession;

// Keeps a recovery copy of the session's open post while it has unsaved changes: the first
// change after a copy starts a timer, and when it runs out the text goes to the store (one
// write however many keystrokes came in between; typing itself never writes). A post saved,
// or back to its saved text, or closed cleanly has its copy removed. Interval 0 is off.
class Autosaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosaver)

public:
    // The store's folder is usually recoveryFolder(). `now` dates the copies.
    Autosaver(DocumentSession& session, const QString& folder,
              std::function<QDateTime()> now = &QDateTime::currentDateTimeUtc,
              QObject* parent = nullptr);
    // A clean end (the window asked about unsaved changes first): the copy goes.
    ~Autosaver() override;

    // The user's data folder + "/recovery".
    static QString recoveryFolder();

    // Seconds from a change to its copy; 0 turns autosave off and removes the copy.
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }

    RecoveryStore& store() { return m_store; }
    // Writes the copy now when there are unsaved changes, else removes it.
    Status saveNow();
    // How long the last copy took to write, for the benchmark's figures.
    qint64 lastWriteMicroseconds() const { return m_lastWriteUs; }

signals:
    // A copy could not be written (once per failure, not per attempt): the folder is full or
    // not writable. The message names the folder.
    void failed(const QString& message);

private:
    void onChanged();

    DocumentSession& m_session;
    RecoveryStore m_store;
    std::function<QDateTime()> m_now;
    QTimer m_timer;
    int m_intervalSeconds = 0;
    qint64 m_lastWriteUs = 0;
    bool m_failing = false;
};

} // namespace digest
