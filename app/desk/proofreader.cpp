#include "desk/proofreader.h"

#include "document/postdocument.h"

#include <algorithm>

namespace digest {

Proofreader::Proofreader(PostDocument& document, ContextProvider context, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_context(std::move(context))
    , m_worker(
          [](const Request& request) {
              return Outcome{lintPost(request.text, request.context), request.revision};
          },
          [this](const Outcome& outcome) { deliver(outcome); })
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::milliseconds(250));
    connect(&m_timer, &QTimer::timeout, this, &Proofreader::lintLater);
    connect(&document, &PostDocument::changed, this, &Proofreader::schedule);
    connect(&document, &PostDocument::pathChanged, this, &Proofreader::schedule);
    schedule();
}

Proofreader::~Proofreader() = default;

LintContext Proofreader::context() const
{
    LintContext context = m_context ? m_context() : LintContext();
    if (m_wordChecker)
        context.isWordCorrect = m_wordChecker;
    return context;
}

QList<Problem> Proofreader::lintNow() const
{
    return lintPost(m_document.plainText(), context());
}

void Proofreader::setWordChecker(WordChecker checker)
{
    m_wordChecker = std::move(checker);
    schedule();
}

void Proofreader::schedule()
{
    m_timer.start();
}

void Proofreader::lintLater()
{
    m_worker.request({m_document.plainText(), context(), m_document.revision()});
}

void Proofreader::deliver(const Outcome& outcome)
{
    // Results come in request order; one for an older revision than the one shown is stale.
    if (outcome.revision < m_revision)
        return;
    const bool same = outcome.problems == m_problems;
    m_problems = outcome.problems;
    m_revision = outcome.revision;
    if (!same)
        emit problemsChanged();
}

int Proofreader::errorCount(const QList<Problem>& problems)
{
    return int(std::count_if(problems.cbegin(), problems.cend(), [](const Problem& problem) {
        return problem.severity == Problem::Severity::Error;
    }));
}

int Proofreader::warningCount(const QList<Problem>& problems)
{
    return int(problems.size()) - errorCount(problems);
}

} // namespace digest
