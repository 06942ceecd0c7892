#include "ui/publish/credentialsdialog.h"

#include "core/askpass/askpassprotocol.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QVBoxLayout>

#include <algorithm>

namespace digest::ui {

CredentialsDialog::CredentialsDialog(const AskpassQuestion& question, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Credentials for Git"));
    setObjectName(QStringLiteral("credentialsDialog"));

    auto* intro = new QLabel(tr("Git asks, to reach the site's remote repository:"), this);
    intro->setWordWrap(true);
    m_question = new QLabel(askpass::shortPrompt(question.prompt), this);
    m_question->setObjectName(QStringLiteral("credentialsQuestion"));
    m_question->setTextFormat(Qt::PlainText);
    m_question->setWordWrap(true);
    QFont bold = m_question->font();
    bold.setBold(true);
    m_question->setFont(bold);

    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("credentialsField"));
    if (question.secret) {
        m_field->setEchoMode(QLineEdit::Password);
        // No autocompletion or input method may remember what is typed here.
        m_field->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                     Qt::ImhNoPredictiveText);
        m_field->setPlaceholderText(tr("Password or access token"));
    } else {
        m_field->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
        m_field->setPlaceholderText(tr("User name"));
    }

    m_remember = new QCheckBox(tr("&Remember for this session"), this);
    m_remember->setObjectName(QStringLiteral("credentialsRemember"));
    m_remember->setToolTip(tr("Kept in memory until Digest Editor quits or the remote refuses "
                              "it; never written to disk"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_question);
    layout->addWidget(m_field);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    // Wide enough for a remote's address on one line; word wrap would break it at "//".
    setMinimumWidth(std::max(fontMetrics().averageCharWidth() * 60,
                             m_question->fontMetrics().horizontalAdvance(m_question->text()) +
                                 layout->contentsMargins().left() * 2));
    m_field->setFocus();
}

CredentialsDialog::~CredentialsDialog() = default;

QString CredentialsDialog::answer() const
{
    return m_field->text();
}

bool CredentialsDialog::rememberForSession() const
{
    return m_remember->isChecked();
}

AskpassServer::Responder credentialsResponder(QWidget* parent, AskpassServer& server)
{
    return [window = QPointer<QWidget>(parent),
            &server](const AskpassQuestion& question) -> std::optional<QString> {
        // Modal and synchronous: git's helper waits for this answer (for up to two minutes).
        CredentialsDialog dialog(question, window);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        if (dialog.rememberForSession())
            server.remember(question, dialog.answer());
        return dialog.answer();
    };
}

} // namespace digest::ui
