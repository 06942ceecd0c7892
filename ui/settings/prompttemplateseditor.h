#pragma once

#include "core/generation/prompts.h"

#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace digest::ui {

// The four prompt templates in plain text, one at a time (chosen from a list beside them),
// with the placeholders they take and a way back to the defaults.
class PromptTemplatesEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptTemplatesEditor)

public:
    explicit PromptTemplatesEditor(QWidget* parent = nullptr);
    ~PromptTemplatesEditor() override;

    PromptTemplates templates() const;
    void setTemplates(const PromptTemplates& templates);

public slots:
    // Puts the default wording back in all four (kept only when the dialog is accepted).
    void restoreDefaults();

private:
    QPlainTextEdit* addTemplate(const QString& name, const QString& objectName);

    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
    QPlainTextEdit* m_system = nullptr;
    QPlainTextEdit* m_benefits = nullptr;
    QPlainTextEdit* m_ramifications = nullptr;
    QPlainTextEdit* m_prediction = nullptr;
};

} // namespace digest::ui
