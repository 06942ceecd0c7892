#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace digest {
struct SiteCheckout;
} // namespace digest

namespace digest::ui {

// The lines the site settings dialog shows under its fields as they are edited: what a folder
// is, and an example or a problem for each pattern. Pure, so that a test can read them.
class SiteSettingsNotes final
{
    Q_DECLARE_TR_FUNCTIONS(SiteSettingsNotes)

public:
    // A line for a field: its text, and whether it names a problem that blocks OK.
    struct Note
    {
        QString text;
        bool problem = false;
    };

    // "A git checkout on branch main, and a Hugo site (hugo.toml)." or what is missing. Only
    // an empty or missing folder blocks OK: a folder that is not (yet) a checkout can be set.
    static Note siteFolder(const SiteCheckout& site);
    // "For 2026-12-01: content/posts/2026-12-01-ai-auto-summary.md", or why not.
    static Note postPath(const QString& pattern, QDate day);
    // "For 2026-12-01: post: 2026-12-01 daily AI summary".
    static Note commitMessage(const QString& pattern, QDate day);
    // "For 2026-12-01: digest/2026-12-01", or why git would not take the name.
    static Note reviewBranch(const QString& pattern, QDate day);
    // Why git would refuse `name` as a branch (git check-ref-format's rules); empty: fine.
    static QString branchNameProblem(const QString& name);
    // Whether `hugo` can be run, and what the checkbox says when not.
    static QString hugoProgram();
    static QString hugoMissing();
};

} // namespace digest::ui
