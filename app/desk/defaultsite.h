#pragma once

#include "core/publish/gitrunner.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QString>
#include <QTimeZone>

namespace digest {

struct SiteCheckout;

// The site the desk uses while the settings name none, so that a first run can write and
// publish a post with no setup: a git repository holding a minimal Hugo site (hugo.toml,
// content/posts/, archetypes/default.md = the built-in archetype) with one initial commit.
// Committing there works without a remote; nothing is ever pushed from it until the user
// adds one.
class DefaultSite final
{
    Q_DECLARE_TR_FUNCTIONS(DefaultSite)

public:
    // AppDataLocation/site (~/.local/share/DigestEditor/digest-editor/site).
    static QString folder();

    // Makes the site in `folder` unless it is already a git checkout: the files above, `git
    // init`, and the first commit. user.name and user.email are set in that repository only
    // when git has none configured, so that the commit works on a fresh machine. Runs git and
    // waits for it (a few tens of milliseconds, once).
    static Status ensure(const QString& folder, const QTimeZone& zone, const GitSafety& safety);

    // The files it holds, relative path → text.
    static QString hugoToml(const QTimeZone& zone);
};

// Whether the checkout's repository has any remote configured (read from its config file, as
// SiteCheckout reads files only). Without one, a publication commits and does not push.
bool hasAnyRemote(const SiteCheckout& checkout);

} // namespace digest
