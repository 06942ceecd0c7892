#pragma once

#include "core/lint/lint.h"
#include "core/topics/coverage.h"
#include "core/util/result.h"

#include <QString>

namespace digest {
class Settings;
}

namespace digest::cli {

// The context digestctl proofreads a post in (lint and publish): the site's notice (from its
// archetype; the built-in one when `siteDir` is empty or has none), the model, the site's time
// zone from the settings, and now. The file name is the caller's to set; the model name is
// the caller's to check (Archetype::isModelName).
Result<LintContext> lintContextFor(const Settings& settings, const QString& siteDir,
                                   const QString& model);

// The site's earlier posts, for the topic-covered rule; empty when `siteDir` is.
CoverageIndex siteCoverage(const Settings& settings, const QString& siteDir);

QString severityName(Problem::Severity severity);
// "FILE:LINE:COL: error|warning: message [rule]\n", as compilers print errors.
QString problemLine(const QString& shownFile, const Problem& problem);

} // namespace digest::cli
