#include "ui/problems/problemsdock.h"

#include "desk/desk.h"
#include "desk/proofreader.h"
#include "document/postdocument.h"
#include "ui/editor/markdowneditor.h"
#include "ui/problems/problemfixes.h"
#include "ui/problems/problemsmodel.h"
#include "ui/problems/problemssummary.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QMainWindow>
#include <QMenu>
#include <QTextBlock>
#include <QToolButton>
#include <QToolTip>
#include <QTreeView>

namespace digest::ui {
namespace {

const QString kLayer = QStringLiteral("problems");
const QString kSpelling = QStringLiteral("spelling");

QColor underlineColor(Problem::Severity severity)
{
    return severity == Problem::Severity::Error ? QColor(220, 30, 30) : QColor(230, 150, 0);
}

} // namespace

ProblemsDock::ProblemsDock(Desk& desk, MarkdownEditor& editor, QMainWindow& window)
    : QDockWidget(tr("Problems"), &window)
    , m_desk(desk)
    , m_editor(editor)
    , m_editorAlive(&editor)
    , m_model(new ProblemsModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("problemsDock"));
    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setAccessibleName(tr("Problems"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProblemsModel::MessageColumn, QHeaderView::Stretch);
    for (int column :
         {ProblemsModel::RuleColumn, ProblemsModel::PlaceColumn, ProblemsModel::FixColumn})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    setWidget(m_view);
    window.addDockWidget(Qt::BottomDockWidgetArea, this);
    hide();

    m_summary = new ProblemsSummary(&window);
    connect(m_summary, &ProblemsSummary::clicked, this, [this] {
        show();
        raise();
    });

    connect(m_view, &QTreeView::activated, this,
            [this](const QModelIndex& index) { showProblem(index.row()); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProblemsDock::showContextMenu);
    connect(&desk.proofreader(), &Proofreader::problemsChanged, this,
            &ProblemsDock::followProofreader);
    m_viewport = m_editor.viewport();
    m_viewport->installEventFilter(this);
    followProofreader();
}

ProblemsDock::~ProblemsDock()
{
    // The window deletes the editor first or after, as its children come.
    if (m_editorAlive) {
        m_editor.viewport()->removeEventFilter(this);
        m_editor.setExtraSelectionLayer(kLayer, {});
    }
}

QLabel* ProblemsDock::summaryLabel() const
{
    return m_summary;
}

void ProblemsDock::setAddToDictionary(std::function<void(const QString&)> add)
{
    m_addToDictionary = std::move(add);
}

void ProblemsDock::followProofreader()
{
    const Proofreader& proofreader = m_desk.proofreader();
    m_model->setProblems(proofreader.problems(), proofreader.revision());
    m_summary->setText(ProblemsModel::summary(proofreader.problems()));
    addFixButtons();
    underline();
}

void ProblemsDock::addFixButtons()
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Problem& problem = m_model->problemAt(row);
        if (!problem.fix)
            continue;
        auto* button = new QToolButton(m_view);
        button->setText(tr("Fix"));
        button->setToolTip(problem.fixLabel);
        button->setAutoRaise(true);
        connect(button, &QToolButton::clicked, this, [this, row] { fixProblem(row); });
        m_view->setIndexWidget(m_model->index(row, ProblemsModel::FixColumn), button);
    }
}

QTextCursor ProblemsDock::cursorFor(const Problem& problem) const
{
    // The problems may be a keystroke behind the text: stay inside the document.
    const QTextDocument* document = m_editor.document();
    QTextBlock block = document->findBlockByNumber(problem.line - 1);
    if (!block.isValid())
        block = document->lastBlock();
    const int inBlock = block.length() - 1;
    const int start = qBound(0, problem.column - 1, inBlock);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + start);
    // A point problem marks the rest of its line, so that it can be seen.
    const int length = problem.length > 0 ? problem.length : inBlock - start;
    cursor.setPosition(qMin(block.position() + start + length, document->characterCount() - 1),
                       QTextCursor::KeepAnchor);
    return cursor;
}

QString ProblemsDock::rangeText(const Problem& problem) const
{
    return problem.length > 0 ? cursorFor(problem).selectedText() : QString();
}

void ProblemsDock::underline()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const Problem& problem : m_model->problems()) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = cursorFor(problem);
        if (!selection.cursor.hasSelection())
            continue;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(underlineColor(problem.severity));
        selection.format.setToolTip(problem.message);
        selections.append(selection);
    }
    m_editor.setExtraSelectionLayer(kLayer, selections);
}

bool ProblemsDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_viewport || event->type() != QEvent::ToolTip)
        return QDockWidget::eventFilter(watched, event);
    // Extra selections keep no tooltip of their own: the problem under the mouse tells it.
    const auto* help = static_cast<QHelpEvent*>(event);
    const int at = m_editor.cursorForPosition(help->pos()).position();
    QStringList messages;
    for (const QTextEdit::ExtraSelection& selection : m_editor.extraSelections()) {
        const QString tip = selection.format.toolTip();
        if (!tip.isEmpty() && selection.cursor.selectionStart() <= at &&
            at < selection.cursor.selectionEnd())
            messages.append(tip);
    }
    if (messages.isEmpty())
        return QDockWidget::eventFilter(watched, event);
    QToolTip::showText(help->globalPos(), messages.join(u'\n'), m_viewport);
    return true;
}

void ProblemsDock::showProblem(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const Problem& problem = m_model->problemAt(row);
    QTextCursor cursor = cursorFor(problem);
    if (problem.length == 0)
        cursor.setPosition(cursor.anchor());
    m_editor.setTextCursor(cursor);
    m_editor.ensureCursorVisible();
    m_editor.setFocus(Qt::OtherFocusReason);
}

bool ProblemsDock::fixProblem(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    // A copy: the fix changes the text, and the model follows.
    const Problem problem = m_model->problemAt(row);
    PostDocument& document = m_desk.session().document();
    const Status done = applyFix(document, m_desk.proofreader(), problem, m_model->revision());
    emit message(done ? problem.fixLabel : done.errorMessage());
    return done.ok();
}

bool ProblemsDock::fixAllOfKind(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const QString rule = m_model->problemAt(row).rule;
    const Status done = applyAllFixes(m_desk.session().document(), m_desk.proofreader(), rule);
    emit message(done ? tr("Fixed every %1 problem.").arg(rule) : done.errorMessage());
    return done.ok();
}

void ProblemsDock::showContextMenu(const QPoint& at)
{
    const QModelIndex index = m_view->indexAt(at);
    if (!index.isValid())
        return;
    const int row = index.row();
    const Problem problem = m_model->problemAt(row);
    QMenu menu(this);
    menu.addAction(tr("&Go to Problem"), this, [this, row] { showProblem(row); });
    if (problem.fix) {
        menu.addAction(tr("Fix: %1").arg(problem.fixLabel), this, [this, row] { fixProblem(row); });
        const auto kind = std::count_if(
            m_model->problems().cbegin(), m_model->problems().cend(),
            [&problem](const Problem& other) { return other.rule == problem.rule && other.fix; });
        if (kind > 1)
            menu.addAction(tr("Fix &All of This Kind"), this, [this, row] { fixAllOfKind(row); });
    }
    if (problem.rule == kSpelling && m_addToDictionary) {
        if (const QString word = rangeText(problem); !word.isEmpty())
            menu.addAction(tr("Add “%1” to Dictionary").arg(word), this,
                           [this, word] { m_addToDictionary(word); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

} // namespace digest::ui
