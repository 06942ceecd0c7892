// Settings' part for publishing the post to the site's git checkout. Their defaults are in the
// one table in settings.cpp.
#include "core/settings/settings.h"

namespace digest {
namespace {

// A remote, template or pattern the user emptied reads as the default: an empty one would
// push nowhere or commit without a message.
QString nonEmptyOr(const QVariant& value, const QVariant& fallback)
{
    const QString text = value.toString().trimmed();
    return text.isEmpty() ? fallback.toString() : text;
}

} // namespace

QString Settings::gitRemote() const
{
    return nonEmptyOr(read(SettingKey::GitRemote), defaultValue(SettingKey::GitRemote));
}

void Settings::setGitRemote(const QString& remote)
{
    write(SettingKey::GitRemote, remote.trimmed());
}

QString Settings::gitBranch() const
{
    return read(SettingKey::GitBranch).toString().trimmed();
}

void Settings::setGitBranch(const QString& branch)
{
    write(SettingKey::GitBranch, branch.trimmed());
}

QString Settings::commitTemplate() const
{
    return nonEmptyOr(read(SettingKey::CommitTemplate), defaultValue(SettingKey::CommitTemplate));
}

void Settings::setCommitTemplate(const QString& pattern)
{
    write(SettingKey::CommitTemplate, pattern);
}

bool Settings::buildWithHugo() const
{
    return read(SettingKey::BuildWithHugo).toBool();
}

void Settings::setBuildWithHugo(bool build)
{
    write(SettingKey::BuildWithHugo, build);
}

QString Settings::reviewBranchPattern() const
{
    return nonEmptyOr(read(SettingKey::ReviewBranchPattern),
                      defaultValue(SettingKey::ReviewBranchPattern));
}

void Settings::setReviewBranchPattern(const QString& pattern)
{
    write(SettingKey::ReviewBranchPattern, pattern.trimmed());
}

QString Settings::siteDisclaimer() const
{
    return read(SettingKey::SiteDisclaimer).toString();
}

void Settings::setSiteDisclaimer(const QString& text)
{
    write(SettingKey::SiteDisclaimer, text);
}

} // namespace digest
