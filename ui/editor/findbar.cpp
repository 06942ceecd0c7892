#include "ui/editor/findbar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QToolButton>

namespace digest::ui {

FindBar::FindBar(QPlainTextEdit* editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("findBar"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("findText"));
    m_search->setAccessibleName(tr("Find"));
    m_search->setPlaceholderText(tr("Find"));
    m_search->setClearButtonEnabled(true);
    m_replacement = new QLineEdit(this);
    m_replacement->setObjectName(QStringLiteral("replaceText"));
    m_replacement->setAccessibleName(tr("Replace with"));
    m_replacement->setPlaceholderText(tr("Replace with"));
    m_caseSensitive = new QCheckBox(tr("Match &case"), this);
    m_status = new QLabel(this);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* previous = new QPushButton(tr("&Previous"), this);
    auto* next = new QPushButton(tr("&Next"), this);
    auto* replace = new QPushButton(tr("&Replace"), this);
    auto* replaceEvery = new QPushButton(tr("Replace &All"), this);
    auto* close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_search, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_caseSensitive, 0, 3);
    layout->addWidget(m_status, 0, 4);
    layout->addWidget(close, 0, 5);
    m_replaceRow = new QWidget(this);
    auto* replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replacement, 1);
    replaceLayout->addWidget(replace);
    replaceLayout->addWidget(replaceEvery);
    layout->addWidget(m_replaceRow, 1, 0, 1, 3);
    layout->setColumnStretch(0, 1);

    connect(m_search, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_search, &QLineEdit::textChanged, m_status, &QLabel::clear);
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(replace, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(replaceEvery, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(m_replacement, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    hide();
}

void FindBar::showFind()
{
    m_replaceRow->hide();
    show();
    if (m_editor->textCursor().hasSelection() &&
        !m_editor->textCursor().selectedText().contains(QChar::ParagraphSeparator))
        m_search->setText(m_editor->textCursor().selectedText());
    m_search->selectAll();
    m_search->setFocus();
}

void FindBar::showReplace()
{
    showFind();
    m_replaceRow->show();
}

void FindBar::setSearchText(const QString& text)
{
    m_search->setText(text);
}

void FindBar::setReplacementText(const QString& text)
{
    m_replacement->setText(text);
}

bool FindBar::findNext()
{
    return find(false);
}

bool FindBar::findPrevious()
{
    return find(true);
}

bool FindBar::find(bool backwards)
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument* document = m_editor->document();
    QTextCursor found = document->find(needle, m_editor->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around to the other end of the post.
        QTextCursor start(document);
        if (backwards)
            start.movePosition(QTextCursor::End);
        found = document->find(needle, start, flags);
    }
    if (found.isNull()) {
        m_status->setText(tr("Not found"));
        return false;
    }
    m_status->clear();
    m_editor->setTextCursor(found);
    m_editor->centerCursor();
    return true;
}

bool FindBar::selectionMatches() const
{
    const Qt::CaseSensitivity sensitivity =
        m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    return m_editor->textCursor().hasSelection() &&
           m_editor->textCursor().selectedText().compare(m_search->text(), sensitivity) == 0;
}

bool FindBar::replaceCurrent()
{
    if (!selectionMatches() && !findNext())
        return false;
    m_editor->textCursor().insertText(m_replacement->text());
    findNext();
    return true;
}

int FindBar::replaceAll()
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return 0;
    QTextDocument::FindFlags flags;
    if (m_caseSensitive->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    QTextDocument* document = m_editor->document();
    QTextCursor edit(document);
    int replaced = 0;
    edit.beginEditBlock();
    for (QTextCursor found = document->find(needle, 0, flags); !found.isNull();
         found = document->find(needle, found, flags)) {
        found.insertText(m_replacement->text());
        ++replaced;
    }
    edit.endEditBlock();
    showCount(replaced);
    return replaced;
}

void FindBar::showCount(int replaced)
{
    m_status->setText(replaced == 0 ? tr("Not found") : tr("%n replaced", nullptr, replaced));
}

void FindBar::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace digest::ui
