#include "ui/settings/apikeyfield.h"

#include "desk/apikeystore.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace digest::ui {

ApiKeyField::ApiKeyField(ApiKeyStore& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
{
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("apiKeyEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setClearButtonEnabled(true);
    // No autocompletion or input method may remember what is typed here.
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_edit->setToolTip(tr("Type a key to save it in the system's secret store on OK"));

    m_forget = new QPushButton(tr("Forg&et Key"), this);
    m_forget->setObjectName(QStringLiteral("apiKeyForgetButton"));
    m_forget->setToolTip(tr("Delete the key stored for this endpoint from the secret store"));
    connect(m_forget, &QPushButton::clicked, this, [this] {
        m_edit->clear();
        m_store.remove();
        showState();
    });

    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("apiKeyNote"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 0, 0, 1, 2);
    layout->addWidget(m_forget, 0, 2);
    layout->addWidget(m_icon, 1, 0);
    layout->addWidget(m_status, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(&m_store, &ApiKeyStore::stateChanged, this, &ApiKeyField::showState);
    connect(&m_store, &ApiKeyStore::finished, this, &ApiKeyField::onFinished);
    showState();
    // The dialog opening is when the key is wanted: the read starts now, never earlier.
    m_store.load();
}

ApiKeyField::~ApiKeyField() = default;

bool ApiKeyField::isEdited() const
{
    return !m_edit->text().trimmed().isEmpty();
}

QString ApiKeyField::keyFor(const QString& identity) const
{
    if (isEdited())
        return m_edit->text().trimmed();
    if (m_store.endpoint() == identity && m_store.state() == ApiKeyStore::State::FromSecretStore)
        return m_store.key();
    return QString();
}

void ApiKeyField::save()
{
    m_saving = true;
    m_edit->setEnabled(false);
    m_forget->setEnabled(false);
    showMessage(tr("Saving the key in the system's secret store…"), false);
    m_store.store(m_edit->text());
}

void ApiKeyField::onFinished(bool ok, const QString& errorMessage)
{
    const bool wasSaving = m_saving;
    m_saving = false;
    m_edit->setEnabled(true);
    if (ok) {
        if (wasSaving)
            m_edit->clear();
        showState();
    } else {
        // The store keeps the key out of its messages; this is the second lock on that door.
        QString message = errorMessage;
        const QString typed = m_edit->text().trimmed();
        if (!typed.isEmpty())
            message.replace(typed, QStringLiteral("…"));
        showMessage(message, true);
        m_forget->setEnabled(m_store.state() == ApiKeyStore::State::FromSecretStore);
    }
    if (wasSaving)
        emit saved(ok);
}

void ApiKeyField::showState()
{
    if (m_saving)
        return;
    const QString status = m_store.statusText();
    // The field is never filled with the stored key: its placeholder says there is one.
    m_edit->setPlaceholderText(m_store.state() == ApiKeyStore::State::FromSecretStore
                                   ? status
                                   : tr("Type a key to keep it in the system's secret store"));
    m_forget->setEnabled(m_store.state() == ApiKeyStore::State::FromSecretStore &&
                         !m_store.isBusy());
    showMessage(status, m_store.state() == ApiKeyStore::State::Unavailable);
}

void ApiKeyField::showMessage(const QString& text, bool failure)
{
    m_status->setText(text);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        failure
            ? style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size)
            : QPixmap());
    m_icon->setVisible(failure);
}

} // namespace digest::ui
