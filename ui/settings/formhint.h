#pragma once

class QLabel;
class QString;
class QWidget;

namespace digest::ui {

// A note under a field: smaller and quieter than a label, in the palette's own colours.
QLabel* hint(const QString& text, QWidget* parent);
// The field with its note under it, as one widget for a form's row.
QWidget* withHint(QWidget* field, QLabel* note);

} // namespace digest::ui
