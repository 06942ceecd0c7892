#pragma once

// A site repository for the publishing tests, with real git: a bare repository as the remote
// and a clone of it as the user's checkout, holding a small Hugo site (hugo.toml, a minimal
// layouts/, one published post). Everything lives in a temporary folder, and the developer's
// own git configuration stays out (HOME, XDG_CONFIG_HOME, GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM
// are set for this process by isolateGit()).

#include "core/publish/publish.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace digest::test {

// Points HOME and git's configuration at `home` for this process and what it starts.
void isolateGit(const QString& home);

// Runs git synchronously in `directory`; its stdout (stderr in `error`, exit code in `exitCode`).
QString runGit(const QString& directory, const QStringList& arguments, int* exitCode = nullptr);

// A post the site's Hugo lists: published on `day` at 05:00 UTC.
QByteArray postText(const QString& day, const QString& body, bool draft = false);

// publishNow() with the default GitSafety: no askpass helper, so git cannot ask for credentials.
PublishOutcome publishWithoutAskpass(const PublishRequest& request);

class GitSite
{
public:
    GitSite();

    bool isValid() const { return m_valid; }
    QString root() const { return m_dir.path(); }
    QString remote() const { return m_remote; }
    QString checkout() const { return m_checkout; }
    // The post already published by the first commit.
    static QString existingPostPath()
    {
        return QStringLiteral("content/posts/2026-11-30-ai-auto-summary.md");
    }
    static QString newPostPath()
    {
        return QStringLiteral("content/posts/2026-12-01-ai-auto-summary.md");
    }

    // Another clone of the remote (a colleague), with its own identity.
    QString otherClone(const QString& name);
    // Pulls, writes a file in a clone, commits and pushes it.
    void commitAndPush(const QString& clone, const QString& path, const QByteArray& content,
                       const QString& message);

    // The request to publish `content` at `postPath` from the checkout.
    PublishRequest request(const QByteArray& content,
                           const QString& postPath = newPostPath()) const;

    // The remote's commit at `ref` ("main"), or empty.
    QString remoteTip(const QString& ref = QStringLiteral("main")) const;
    // The files a commit changes (git diff-tree --name-only).
    QStringList filesOf(const QString& repository, const QString& commit) const;
    // The commits of `range` (rev-list's arguments, space-separated), newest first.
    QStringList commits(const QString& repository, const QString& range) const;
    QString checkoutHead() const;
    // `git status --porcelain` of the checkout, lines; without the lines naming `except`.
    QStringList status(const QString& except = {}) const;
    // Whether the checkout is exactly as a user left it: no rebase, merge or cherry-pick in
    // progress, one work tree, no lock.
    QString leftovers() const;

    static QByteArray readFile(const QString& path);
    static bool writeFile(const QString& path, const QByteArray& bytes);

private:
    QTemporaryDir m_dir;
    QString m_remote;
    QString m_checkout;
    bool m_valid = false;
};

} // namespace digest::test
