#include "lintsupport.h"

#include "core/post/archetype.h"
#include "core/settings/settings.h"
#include "output.h"

namespace digest::cli {

Result<LintContext> lintContextFor(const Settings& settings, const QString& siteDir,
                                   const QString& model)
{
    LintContext context;
    context.model = model;
    if (!siteDir.isEmpty()) {
        const Result<Archetype> archetype = Archetype::find(siteDir, QStringLiteral("posts"));
        if (!archetype)
            return Error{archetype.errorMessage()};
        if (!archetype.value().isBuiltIn())
            context.disclaimer = noticeLineOf(archetype.value().text());
    }
    context.siteZone = settings.siteTimeZone();
    context.now = QDateTime::currentDateTimeUtc();
    return context;
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
