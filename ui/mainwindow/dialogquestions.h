#pragma once

#include "document/sessionquestions.h"

#include <QCoreApplication>

class QWidget;

namespace digest {
class Settings;
}

namespace digest::ui {

// The document session's questions, asked with message boxes and file dialogs over the window.
class DialogQuestions final : public SessionQuestions
{
    Q_DECLARE_TR_FUNCTIONS(DialogQuestions)

public:
    DialogQuestions(QWidget& window, const Settings& settings);

    UnsavedChanges askUnsavedChanges(const QString& name) override;
    bool confirmOverwriteChangedOnDisk(const QString& path) override;
    ChangedOnDisk askReloadChangedOnDisk(const QString& path) override;
    void tellDeletedOnDisk(const QString& path) override;
    bool confirmReplaceExisting(const QString& path) override;
    QString chooseFileToOpen() override;
    QString chooseSavePath(const QString& suggested) override;

private:
    QWidget& m_window;
    const Settings& m_settings;
};

} // namespace digest::ui
