#pragma once

#include <QString>
#include <QWidget>

namespace digest::ui {

// One page of the Settings dialog: fields loaded from the settings when it is made, written
// by store() when the dialog is accepted (a setter emits Settings::changed only for a value
// that differs), and what keeps it from being written while a field is invalid.
class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    using QWidget::QWidget;
    ~SettingsPage() override = default;

    // Why OK cannot write this page now, for people; empty when it can.
    virtual QString problem() const { return {}; }
    virtual void store() = 0;

signals:
    // problem() may read otherwise now.
    void problemChanged();
};

} // namespace digest::ui
