#pragma once

#include "core/askpass/askpassserver.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace digest::ui {

// What git asks while publishing ("Username for 'https://host'", "Password for
// 'https://me@host'"): the question as git put it, one field (a password field for a secret),
// "Remember for this session" (in memory only, until the application quits or the remote
// refuses it), OK and Cancel. Nothing typed here is stored on disk or shown again.
class CredentialsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsDialog)

public:
    CredentialsDialog(const AskpassQuestion& question, QWidget* parent = nullptr);
    ~CredentialsDialog() override;

    QString answer() const;
    bool rememberForSession() const;

private:
    QLabel* m_question = nullptr;
    QLineEdit* m_field = nullptr;
    QCheckBox* m_remember = nullptr;
};

// The window's responder for the AskpassServer: a modal CredentialsDialog per question; what
// the user chose to remember goes to server.remember(). The server must outlive the responder.
AskpassServer::Responder credentialsResponder(QWidget* parent, AskpassServer& server);

} // namespace digest::ui
