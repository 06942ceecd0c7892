#include "ui/problems/problemfixes.h"

#include "desk/proofreader.h"
#include "document/postdocument.h"

#include <QCoreApplication>

#include <algorithm>

namespace digest::ui {
namespace {

QString trFix(const char* text)
{
    return QCoreApplication::translate("digest::ui::ProblemFixes", text);
}

// The problem of `fresh` that is `problem` again: the same rule and message with a fix, the
// nearest to where it was.
const Problem* findAgain(const QList<Problem>& fresh, const Problem& problem)
{
    const Problem* best = nullptr;
    for (const Problem& candidate : fresh) {
        if (candidate.rule != problem.rule || candidate.message != problem.message ||
            !candidate.fix)
            continue;
        if (!best || std::abs(candidate.line - problem.line) < std::abs(best->line - problem.line))
            best = &candidate;
    }
    return best;
}

qsizetype fixableCount(const QList<Problem>& problems, const QString& rule)
{
    return std::count_if(problems.cbegin(), problems.cend(), [&rule](const Problem& problem) {
        return problem.rule == rule && problem.fix;
    });
}

} // namespace

Status applyFix(PostDocument& document, const Proofreader& proofreader, const Problem& problem,
                int madeFor)
{
    if (!problem.fix)
        return Error{trFix("This problem has no fix to apply.")};
    if (madeFor == document.revision())
        return document.replaceRange(*problem.fix, problem.fixLabel);
    const QList<Problem> fresh = proofreader.lintNow();
    const Problem* again = findAgain(fresh, problem);
    if (!again)
        return Error{trFix("The text has changed and the problem is no longer there: nothing "
                           "was fixed.")};
    return document.replaceRange(*again->fix, again->fixLabel);
}

Status applyAllFixes(PostDocument& document, const Proofreader& proofreader, const QString& rule)
{
    // One merge key: the fixes that follow each other are one undo step.
    const QString key = QStringLiteral("fix-all/%1/%2").arg(rule).arg(document.revision());
    QList<Problem> problems = proofreader.lintNow();
    int fixed = 0;
    for (qsizetype left = fixableCount(problems, rule); left > 0;) {
        const auto next =
            std::find_if(problems.cbegin(), problems.cend(),
                         [&rule](const Problem& p) { return p.rule == rule && p.fix; });
        if (const Status done = document.replaceRange(*next->fix, trFix("Fix All"), key); !done)
            return fixed > 0 ? Status(Done{}) : done;
        ++fixed;
        problems = proofreader.lintNow();
        // A fix that does not take its problem away would go round for ever.
        const qsizetype now = fixableCount(problems, rule);
        if (now >= left)
            break;
        left = now;
    }
    if (fixed == 0)
        return Error{trFix("There is nothing of this kind to fix.")};
    return Done{};
}

} // namespace digest::ui
