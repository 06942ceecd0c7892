#include "desk/defaultsite.h"

#include "core/post/archetype.h"
#include "core/post/postfile.h"
#include "desk/sitecheckout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace digest {
namespace {

// git's words, shortened to the last line, for the message of a failed step.
Error gitFailed(const GitCall& call)
{
    const QString output = call.output.trimmed();
    return Error{DefaultSite::tr("Could not make the default site: “%1” failed: %2")
                     .arg(call.commandLine(), output.section(QLatin1Char('\n'), -1))};
}

Status write(const QString& folder, const QString& relative, const QString& text)
{
    const QString path = QDir(folder).filePath(relative);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{DefaultSite::tr("Could not make the folder %1")
                         .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))};
    return PostFile::write(path, text);
}

// A checkout whose branch has its first commit (a run stopped before it is made again).
bool isMade(const SiteCheckout& site)
{
    if (!site.isCheckout())
        return false;
    if (site.branch.isEmpty())
        return true; // detached: someone else's doing, not ours to redo
    const QDir git(site.gitDir);
    return QFileInfo::exists(git.filePath(QStringLiteral("refs/heads/") + site.branch)) ||
           QFileInfo::exists(git.filePath(QStringLiteral("packed-refs")));
}

} // namespace

QString DefaultSite::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("site"));
}

QString DefaultSite::hugoToml(const QTimeZone& zone)
{
    // What the desk reads of a site: its title for people, the zone zone-less dates are read
    // in (the settings' site zone, so the two agree), and a base URL Hugo requires to build.
    return QStringLiteral("# Made by Digest Editor as a first site; point File › Site Settings… "
                          "at your own checkout.\n"
                          "baseURL = \"https://example.org/\"\n"
                          "languageCode = \"en-us\"\n"
                          "title = \"My Daily Digest\"\n"
                          "timeZone = \"%1\"\n")
        .arg(QString::fromUtf8(zone.isValid() ? zone.id() : QByteArrayLiteral("UTC")));
}

Status DefaultSite::ensure(const QString& folder, const QTimeZone& zone, const GitSafety& safety)
{
    if (isMade(SiteCheckout::inspect(folder)))
        return Done{};
    // Files first: a run stopped half-way (no first commit) is made again from the start, git
    // init being safe to repeat and the files rewritten with the same text.
    for (const auto& [relative, text] :
         {std::pair{QStringLiteral("hugo.toml"), hugoToml(zone)},
          std::pair{QStringLiteral("archetypes/default.md"), Archetype::builtIn().text()},
          std::pair{QStringLiteral("content/posts/.gitkeep"), QString()},
          std::pair{QStringLiteral(".gitignore"),
                    QStringLiteral("/public/\n/resources/_gen/\n.hugo_build.lock\n")}}) {
        if (const Status status = write(folder, relative, text); !status)
            return status;
    }
    const GitRunner git(safety);
    const GitCall init = git.git(folder, {QStringLiteral("init"), QStringLiteral("--quiet"),
                                          QStringLiteral("--initial-branch=main")});
    if (!init.ok())
        return gitFailed(init);
    // A fresh machine has no identity; the user's own, when set, wins (it is only filled in
    // this repository when git has none).
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("user.name"), QStringLiteral("Digest Editor")},
          std::pair{QStringLiteral("user.email"), QStringLiteral("digest-editor@localhost")}}) {
        const GitCall current = git.git(folder, {QStringLiteral("config"), key});
        if (current.ok() && !current.output.trimmed().isEmpty())
            continue;
        const GitCall set = git.git(folder, {QStringLiteral("config"), key, value});
        if (!set.ok())
            return gitFailed(set);
    }
    const GitCall add = git.git(folder, {QStringLiteral("add"), QStringLiteral("--all")});
    if (!add.ok())
        return gitFailed(add);
    const GitCall commit =
        git.git(folder, {QStringLiteral("commit"), QStringLiteral("--quiet"), QStringLiteral("-m"),
                         QStringLiteral("A new Hugo site for the digest")});
    if (!commit.ok())
        return gitFailed(commit);
    return Done{};
}

bool hasAnyRemote(const SiteCheckout& checkout)
{
    if (!checkout.isCheckout())
        return false;
    // A worktree's git directory keeps its config in the common one.
    QString configDir = checkout.gitDir;
    QFile common(QDir(checkout.gitDir).filePath(QStringLiteral("commondir")));
    if (common.open(QIODevice::ReadOnly))
        configDir =
            QDir(checkout.gitDir).absoluteFilePath(QString::fromUtf8(common.readAll().trimmed()));
    QFile config(QDir(configDir).filePath(QStringLiteral("config")));
    if (!config.open(QIODevice::ReadOnly))
        return true; // unknown: keep the push, whose preflight says what is wrong
    const QByteArray bytes = config.read(1 << 20);
    return bytes.contains("[remote \"");
}

} // namespace digest
