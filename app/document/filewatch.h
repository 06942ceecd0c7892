#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace digest {

// Watches one file for changes by other programs: the file itself and its folder, because an
// atomic save (a new file renamed over the old one) replaces the file watched and the watch
// goes with it; the path is watched again whenever it exists anew. A burst of events (a save
// in several writes) is one changed(), shortly after the last.
class FileWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileWatch)

public:
    explicit FileWatch(QObject* parent = nullptr);

    // Watches `path` (absolute) instead of the one before; empty watches nothing.
    void setPath(const QString& path);
    QString path() const { return m_path; }

signals:
    // The file or its folder changed: the file may have new bytes, be new, or be gone.
    void changed();

private:
    void onEvent();

    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QString m_path;
};

} // namespace digest
