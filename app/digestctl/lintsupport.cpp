#include "lintsupport.h"

#include "core/settings/settings.h"
#include "output.h"

namespace digest::cli {

Result<LintContext> lintContextFor(const Settings& settings, const QString& siteDir,
                                   const QString& model)
{
    LintContext context;
    context.model = model;
    // The settings' notice wins over the archetype's, as in the window.
    if (!settings.siteDisclaimer().isEmpty()) {
        context.disclaimer = settings.siteDisclaimer();
    } else if (!siteDir.isEmpty()) {
        const Result<QString> notice = siteNotice(siteDir);
        if (!notice)
            return Error{notice.errorMessage()};
        context.disclaimer = notice.value();
    }
    context.siteZone = settings.siteTimeZone();
    context.now = QDateTime::currentDateTimeUtc();
    return context;
}

CoverageIndex siteCoverage(const Settings& settings, const QString& siteDir)
{
    if (siteDir.isEmpty())
        return {};
    return CoverageIndex::scan(sitePostsFolder(siteDir, settings.postPathPattern()), {},
                               settings.siteTimeZone());
}

QString severityName(Problem::Severity severity)
{
    return severity == Problem::Severity::Error ? QStringLiteral("error")
                                                : QStringLiteral("warning");
}

QString problemLine(const QString& shownFile, const Problem& problem)
{
    return QStringLiteral("%1:%2:%3: %4: %5 [%6]\n")
        .arg(shownFile)
        .arg(problem.line)
        .arg(problem.column)
        .arg(severityName(problem.severity), problem.message, problem.rule);
}

} // namespace digest::cli
