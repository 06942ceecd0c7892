#include "ui/settings/formhint.h"

#include <QLabel>
#include <QVBoxLayout>

namespace digest::ui {

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

QWidget* withHint(QWidget* field, QLabel* note)
{
    auto* box = new QWidget(field->parentWidget());
    // The note wraps at the form's edge; a field that does not grow (a spin box) keeps its
    // own width, as it does without a note.
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const bool grows = field->sizePolicy().horizontalPolicy() & QSizePolicy::ExpandFlag;
    layout->addWidget(field, 0, grows ? Qt::Alignment() : Qt::AlignLeft);
    layout->addWidget(note);
    return box;
}

} // namespace digest::ui
