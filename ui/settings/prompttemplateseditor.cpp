#include "ui/settings/prompttemplateseditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextCursor>

namespace digest::ui {
namespace {

// Replaces the whole text as one edit, so that Undo in the field brings the old one back.
void replaceText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() == text)
        return;
    QTextCursor cursor(edit->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
}

} // namespace

PromptTemplatesEditor::PromptTemplatesEditor(QWidget* parent)
    : QWidget(parent)
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("promptList"));
    m_stack = new QStackedWidget(this);
    m_system = addTemplate(tr("System"), QStringLiteral("promptSystemEdit"));
    m_benefits = addTemplate(tr("Benefits"), QStringLiteral("promptBenefitsEdit"));
    m_ramifications = addTemplate(tr("Ramifications"), QStringLiteral("promptRamificationsEdit"));
    m_prediction = addTemplate(tr("Prediction"), QStringLiteral("promptPredictionEdit"));
    // As narrow as its longest name: the text gets the room.
    m_list->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Expanding);
    m_list->setMaximumWidth(m_list->sizeHintForColumn(0) + 4 * m_list->frameWidth() +
                            fontMetrics().averageCharWidth() * 2);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);

    auto* placeholders = new QLabel(
        tr("The system prompt goes with every request. In the others, {title} stands for the "
           "topic's title, {link} for its link, {text} for the thread's text (shortened when "
           "long) and {event} for a prediction's event."),
        this);
    placeholders->setObjectName(QStringLiteral("promptPlaceholders"));
    placeholders->setWordWrap(true);
    placeholders->setTextFormat(Qt::PlainText);

    auto* restore = new QPushButton(tr("Restore &Defaults"), this);
    restore->setObjectName(QStringLiteral("promptsRestoreDefaults"));
    restore->setToolTip(tr("Put back the default wording of all four prompts"));
    connect(restore, &QPushButton::clicked, this, &PromptTemplatesEditor::restoreDefaults);

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_list, 0, 0);
    layout->addWidget(m_stack, 0, 1);
    layout->addWidget(placeholders, 1, 0, 1, 2);
    layout->addWidget(restore, 2, 0, 1, 2, Qt::AlignLeft);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(0, 1);
}

PromptTemplatesEditor::~PromptTemplatesEditor() = default;

QPlainTextEdit* PromptTemplatesEditor::addTemplate(const QString& name, const QString& objectName)
{
    m_list->addItem(name);
    auto* edit = new QPlainTextEdit(m_stack);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setAccessibleName(tr("%1 prompt").arg(name));
    m_stack->addWidget(edit);
    return edit;
}

PromptTemplates PromptTemplatesEditor::templates() const
{
    PromptTemplates templates;
    templates.system = m_system->toPlainText();
    templates.benefits = m_benefits->toPlainText();
    templates.ramifications = m_ramifications->toPlainText();
    templates.prediction = m_prediction->toPlainText();
    return templates;
}

void PromptTemplatesEditor::setTemplates(const PromptTemplates& templates)
{
    m_system->setPlainText(templates.system);
    m_benefits->setPlainText(templates.benefits);
    m_ramifications->setPlainText(templates.ramifications);
    m_prediction->setPlainText(templates.prediction);
}

void PromptTemplatesEditor::restoreDefaults()
{
    const PromptTemplates defaults = PromptTemplates::defaults();
    replaceText(m_system, defaults.system);
    replaceText(m_benefits, defaults.benefits);
    replaceText(m_ramifications, defaults.ramifications);
    replaceText(m_prediction, defaults.prediction);
}

} // namespace digest::ui
