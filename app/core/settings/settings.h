#pragma once

#include "core/topics/topicsource.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>

namespace digest {

// The application's settings, typed, over QSettings; shared by the GUI and digestctl. Each
// setting has one key and its default in one place.
class Settings final
{
public:
    Settings();
    // For tests and tools that keep their settings in a file of their own.
    explicit Settings(const QString& iniPath);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);

    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);

    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);

    // The folder the Open and Save dialogs start in.
    QString lastFolder() const;
    void setLastFolder(const QString& folder);

    // The Hugo site's folder (its root, where hugo.toml is); empty until the user sets it.
    QString siteFolder() const;
    void setSiteFolder(const QString& folder);

    // Where a new post goes, relative to the site folder; YYYY, MM and DD stand for the day.
    static QString defaultPostPathPattern();
    QString postPathPattern() const;
    void setPostPathPattern(const QString& pattern);

    QByteArray leftSplitterState() const;
    void setLeftSplitterState(const QByteArray& state);

    // The editor's font size in points; 0 means the system's fixed-width font size.
    int editorFontSize() const;
    void setEditorFontSize(int points);

    // Long lines wrap at the editor's edge instead of scrolling sideways.
    bool wrapLines() const;
    void setWrapLines(bool wrap);

    // The preview loads images from the web (off by default: a request tells the image's host
    // that the post is being read).
    bool remoteImages() const;
    void setRemoteImages(bool allowed);

    // Scrolling the editor scrolls the preview to the same block, and the other way round.
    bool scrollSync() const;
    void setScrollSync(bool enabled);

    // Where the day's topics come from, in order (see TopicSource); by default the top posts
    // of the day in r/MachineLearning (consequences) and r/machinelearningnews (trending).
    static QList<TopicSource> defaultTopicSources();
    QList<TopicSource> topicSources() const;
    void setTopicSources(const QList<TopicSource>& sources);

    // Whether titles keep their flair prefix ("[D] …"); the flair shows as a tag either way.
    bool topicTitlesKeepFlair() const;
    void setTopicTitlesKeepFlair(bool keep);

    // Whether the application fetches the topics as soon as it starts.
    bool fetchTopicsOnStart() const;
    void setFetchTopicsOnStart(bool fetch);

    // Network timeouts in milliseconds: for connecting, and for a whole request.
    int networkConnectTimeoutMs() const;
    void setNetworkConnectTimeoutMs(int milliseconds);
    int networkTimeoutMs() const;
    void setNetworkTimeoutMs(int milliseconds);

    // "system", "light" or "dark".
    QString theme() const;
    void setTheme(const QString& name);

    void sync();

private:
    QSettings m_settings;
};

} // namespace digest
