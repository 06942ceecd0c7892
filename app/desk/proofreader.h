#pragma once

#include "core/lint/lint.h"
#include "core/util/coalescingworker.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

namespace digest {

class PostDocument;

// The open post proofread as it changes: each change (of the text, or of what the rules know:
// unfinished slots, covered topics, the settings) starts a short quiet period, after which
// lintPost() runs on a worker thread for the text as it is then. While one runs, only the
// newest request waits; results arrive in order, so the newest revision is the one kept.
//
// The text linted is the text document's (every line ending one "\n"), so a problem's line and
// column name the editor's block and column, and its fix is a range PostDocument::replaceRange
// takes.
class Proofreader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Proofreader)

public:
    // What the rules know besides the text (Desk::lintContext()), asked on this thread before
    // every lint. Its functions run on the worker thread: they must only read their captures.
    using ContextProvider = std::function<LintContext()>;
    using WordChecker = std::function<bool(const QString& word)>;

    Proofreader(PostDocument& document, ContextProvider context, QObject* parent = nullptr);
    ~Proofreader() override;

    // The newest result, and the document revision it was made for (-1 before the first).
    QList<Problem> problems() const { return m_problems; }
    int revision() const { return m_revision; }

    // The current text linted here and now, for Publish and for a fix asked of a stale result.
    QList<Problem> lintNow() const;

    // The spelling rule's dictionary (helper S's spell checker): the context's isWordCorrect,
    // called on the worker thread, so it must be safe there. Unset (the default) turns the
    // rule off. Re-lints.
    void setWordChecker(WordChecker checker);

    // The quiet period after a change; 250 ms unless set.
    void setDelay(std::chrono::milliseconds delay) { m_timer.setInterval(delay); }

    static int errorCount(const QList<Problem>& problems);
    static int warningCount(const QList<Problem>& problems);

public slots:
    // Something the rules read changed: lint again after the quiet period.
    void schedule();

signals:
    void problemsChanged();

private:
    struct Request
    {
        QString text;
        LintContext context;
        int revision = -1;
    };
    struct Outcome
    {
        QList<Problem> problems;
        int revision = -1;
    };

    LintContext context() const;
    void lintLater();
    void deliver(const Outcome& outcome);

    PostDocument& m_document;
    ContextProvider m_context;
    WordChecker m_wordChecker;
    QTimer m_timer;
    QList<Problem> m_problems;
    int m_revision = -1;
    CoalescingWorker<Request, Outcome> m_worker;
};

} // namespace digest
