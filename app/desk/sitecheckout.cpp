#include "desk/sitecheckout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace digest {
namespace {

// The git directory a ".git" names: the folder itself, or the one a worktree's or submodule's
// "gitdir: PATH" file points to (relative to the file's folder when not absolute).
QString gitDirOf(const QFileInfo& dotGit)
{
    if (dotGit.isDir())
        return dotGit.absoluteFilePath();
    QFile file(dotGit.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = file.readLine(4096).trimmed();
    if (!line.startsWith("gitdir:"))
        return {};
    const QString target = QString::fromUtf8(line.mid(7)).trimmed();
    return QDir::cleanPath(dotGit.absoluteDir().absoluteFilePath(target));
}

// Hugo reads the first of these it finds in the site's root, then config/_default/.
QString hugoConfigIn(const QDir& site)
{
    static const char* const kNames[] = {"hugo.toml",   "hugo.yaml",   "hugo.yml",   "hugo.json",
                                         "config.toml", "config.yaml", "config.yml", "config.json"};
    for (const char* folder : {"", "config/_default/"}) {
        for (const char* name : kNames) {
            const QString relative = QLatin1String(folder) + QLatin1String(name);
            if (QFileInfo(site.filePath(relative)).isFile())
                return relative;
        }
    }
    return {};
}

} // namespace

SiteCheckout SiteCheckout::inspect(const QString& folder)
{
    SiteCheckout site;
    if (folder.trimmed().isEmpty())
        return site;
    site.folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    site.exists = QFileInfo(site.folder).isDir();
    if (!site.exists)
        return site;
    site.hugoConfig = hugoConfigIn(QDir(site.folder));
    for (QDir dir(site.folder);;) {
        const QFileInfo dotGit(dir.filePath(QStringLiteral(".git")));
        if (dotGit.exists()) {
            site.workTree = dir.absolutePath();
            site.gitDir = gitDirOf(dotGit);
            break;
        }
        if (!dir.cdUp())
            return site;
    }
    QFile head(QDir(site.gitDir).filePath(QStringLiteral("HEAD")));
    if (site.gitDir.isEmpty() || !head.open(QIODevice::ReadOnly))
        return site;
    const QByteArray line = head.readLine(4096).trimmed();
    constexpr QByteArrayView kBranchRef = "ref: refs/heads/";
    if (line.startsWith(kBranchRef))
        site.branch = QString::fromUtf8(line.mid(kBranchRef.size()));
    else
        site.detached = !line.isEmpty();
    return site;
}

} // namespace digest
