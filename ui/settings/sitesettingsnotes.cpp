#include "ui/settings/sitesettingsnotes.h"

#include "core/post/newpost.h"
#include "core/publish/publish.h"
#include "desk/desk.h"
#include "desk/sitecheckout.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace digest::ui {
namespace {

QString forDay(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

SiteSettingsNotes::Note SiteSettingsNotes::siteFolder(const SiteCheckout& site)
{
    if (site.folder.isEmpty())
        return {tr("Empty: the default site is in use (%1). Choose the folder of your site's "
                   "git checkout (where hugo.toml is).")
                    .arg(QDir::toNativeSeparators(Desk::defaultSiteFolder())),
                false};
    if (!site.exists)
        return {tr("There is no folder %1.").arg(QDir::toNativeSeparators(site.folder)), true};
    QString checkout;
    if (!site.isCheckout())
        checkout = tr("Not in a git checkout: publishing needs one (git clone the site here).");
    else if (site.detached)
        checkout = tr("A git checkout, but its HEAD is detached: check out a branch before "
                      "publishing.");
    else if (!site.branch.isEmpty())
        checkout = tr("A git checkout on branch %1.").arg(site.branch);
    else
        checkout = tr("A git checkout.");
    const QString hugo = site.isHugoSite()
                             ? tr("A Hugo site (%1).").arg(site.hugoConfig)
                             : tr("No Hugo configuration here (hugo.toml, config.toml, …).");
    return {checkout + QLatin1Char(' ') + hugo, false};
}

SiteSettingsNotes::Note SiteSettingsNotes::postPath(const QString& pattern, QDate day)
{
    const Result<QString> path = NewPost::pathFor(pattern, day);
    if (!path)
        return {path.errorMessage(), true};
    // Without the whole day in it, every day's post would go to one file.
    for (const QLatin1String part :
         {QLatin1String("YYYY"), QLatin1String("MM"), QLatin1String("DD")})
        if (!pattern.contains(part))
            return {tr("The pattern needs the day: YYYY, MM and DD (it lacks %1).").arg(part),
                    true};
    return {tr("For %1: %2").arg(forDay(day), path.value()), false};
}

SiteSettingsNotes::Note SiteSettingsNotes::commitMessage(const QString& pattern, QDate day)
{
    if (pattern.trimmed().isEmpty())
        return {tr("Empty: the default, “post: {date} daily AI summary”."), false};
    return {
        tr("For %1: %2").arg(forDay(day), fillCommitTemplate(pattern, day, tr("The Post’s Title"))),
        false};
}

SiteSettingsNotes::Note SiteSettingsNotes::reviewBranch(const QString& pattern, QDate day)
{
    if (pattern.trimmed().isEmpty())
        return {tr("Empty: the default, digest/YYYY-MM-DD."), false};
    const QString branch = fillBranchPattern(pattern.trimmed(), day);
    if (const QString problem = branchNameProblem(branch); !problem.isEmpty())
        return {problem, true};
    return {tr("For %1: %2").arg(forDay(day), branch), false};
}

QString SiteSettingsNotes::branchNameProblem(const QString& name)
{
    static const QRegularExpression kForbidden(QStringLiteral(R"([\x00-\x20\x7f~^:?*\[\\])"));
    if (name.isEmpty())
        return tr("A branch needs a name.");
    if (name.contains(kForbidden))
        return tr("A branch name cannot hold spaces or any of ~ ^ : ? * [ \\.");
    if (name.contains(QLatin1String("..")) || name.contains(QLatin1String("@{")) ||
        name.contains(QLatin1String("//")))
        return tr("A branch name cannot hold “..”, “@{” or “//”.");
    if (name.startsWith(QLatin1Char('/')) || name.endsWith(QLatin1Char('/')) ||
        name.startsWith(QLatin1Char('-')) || name.endsWith(QLatin1Char('.')) ||
        name.endsWith(QLatin1String(".lock")) || name == QLatin1String("@"))
        return tr("A branch name cannot start with “/” or “-”, nor end with “/”, “.” or "
                  "“.lock”.");
    for (const QString& part : name.split(QLatin1Char('/')))
        if (part.startsWith(QLatin1Char('.')))
            return tr("No part of a branch name can start with “.”.");
    return {};
}

QString SiteSettingsNotes::hugoProgram()
{
    return QStandardPaths::findExecutable(QStringLiteral("hugo"));
}

QString SiteSettingsNotes::hugoMissing()
{
    return tr("Hugo is not installed (no “hugo” on the PATH), so the site cannot be built "
              "before publishing.");
}

} // namespace digest::ui
