#pragma once

#include <QString>

namespace digest {

// What a site folder is, read from files alone (never running git, so the settings dialog may
// ask on every keystroke): the git checkout it lies in and that checkout's branch, and whether
// it is a Hugo site.
struct SiteCheckout
{
    QString folder; // absolute, as asked
    bool exists = false;
    QString
        workTree;   // the checkout's root, where ".git" is (this folder or one above); empty: none
    QString gitDir; // the git directory; a worktree's or submodule's "gitdir:" line followed
    QString branch; // the current branch; empty when detached or unknown
    bool detached = false;
    QString hugoConfig; // the site's configuration file, relative to the folder; empty: none

    bool isCheckout() const { return !workTree.isEmpty(); }
    bool isHugoSite() const { return !hugoConfig.isEmpty(); }

    static SiteCheckout inspect(const QString& folder);
};

} // namespace digest
