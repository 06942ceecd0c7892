#include "document/filewatch.h"

#include <QFileInfo>

namespace digest {
namespace {
// Long enough for a program's save in several writes to end, short enough to feel at once.
constexpr int kSettleMs = 100;
} // namespace

FileWatch::FileWatch(QObject* parent)
    : QObject(parent)
    , m_watcher(this)
    , m_settle(this)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &FileWatch::changed);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatch::onEvent);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatch::onEvent);
}

void FileWatch::setPath(const QString& path)
{
    if (path == m_path)
        return;
    if (const QStringList watched = m_watcher.files() + m_watcher.directories(); !watched.isEmpty())
        m_watcher.removePaths(watched);
    m_settle.stop();
    m_path = path;
    if (m_path.isEmpty())
        return;
    m_watcher.addPath(QFileInfo(m_path).absolutePath());
    if (QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

void FileWatch::onEvent()
{
    if (m_path.isEmpty())
        return;
    // A file renamed over ours is a new inode: the old watch went with the old file.
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    m_settle.start();
}

} // namespace digest
