#include "ui/settings/modelpicker.h"

#include "core/generation/chatclient.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>

namespace digest::ui {

ModelPicker::ModelPicker(ChatClient& chat, EndpointSource endpoint, QWidget* parent)
    : QWidget(parent)
    , m_chat(chat)
    , m_endpoint(std::move(endpoint))
{
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("modelCombo"));
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_combo->lineEdit()->setPlaceholderText(tr("OPENAI_MODEL when empty"));
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_refresh = new QPushButton(tr("Test &Connection"), this);
    m_refresh->setObjectName(QStringLiteral("modelRefreshButton"));
    m_refresh->setToolTip(tr("Ask the endpoint which models it offers"));
    connect(m_refresh, &QPushButton::clicked, this, &ModelPicker::refresh);

    m_statusIcon = new QLabel(this);
    m_statusIcon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("modelStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo, 0, 0, 1, 2);
    layout->addWidget(m_refresh, 0, 2);
    layout->addWidget(m_statusIcon, 1, 0);
    layout->addWidget(m_status, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);
    showStatus(QString(), false);
}

ModelPicker::~ModelPicker() = default;

QString ModelPicker::model() const
{
    return m_combo->currentText().trimmed();
}

void ModelPicker::setModel(const QString& model)
{
    m_combo->setEditText(model);
}

void ModelPicker::refresh()
{
    if (isBusy())
        return;
    const ChatEndpoint endpoint = m_endpoint();
    m_askedKey = endpoint.apiKey;
    m_listing = m_chat.listModels(endpoint, this);
    connect(m_listing, &ModelListing::finished, this, &ModelPicker::onListed);
    m_refresh->setEnabled(false);
    setCursor(Qt::BusyCursor);
    const QUrl base = endpoint.apiBase();
    showStatus(base.isValid() ? tr("Asking %1 for its models…").arg(base.host())
                              : tr("Asking for the models…"),
               false);
}

void ModelPicker::onListed()
{
    ModelListing* listing = m_listing.data();
    m_listing.clear();
    listing->deleteLater();
    m_refresh->setEnabled(true);
    unsetCursor();
    if (listing->error() != ChatError::None) {
        // The client keeps the key out of its messages; this is the second lock on that door.
        QString message = listing->errorMessage();
        if (!m_askedKey.trimmed().isEmpty())
            message.replace(m_askedKey, QStringLiteral("…"));
        m_askedKey.clear();
        showStatus(message, true);
        emit refreshed(false);
        return;
    }
    m_askedKey.clear();
    const QStringList models = listing->models();
    // Keep what the person typed or chose; an empty field takes the first offered.
    const QString current = model();
    m_combo->clear();
    m_combo->addItems(models);
    m_combo->setEditText(current.isEmpty() && !models.isEmpty() ? models.first() : current);
    if (models.isEmpty())
        showStatus(tr("The endpoint offers no models."), true);
    else if (!current.isEmpty() && !models.contains(current))
        showStatus(
            tr("Models offered: %1; “%2” is not one of them.").arg(models.size()).arg(current),
            true);
    else
        showStatus(tr("Models offered: %1.").arg(models.size()), false);
    emit refreshed(true);
}

void ModelPicker::showStatus(const QString& text, bool failure)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    // An icon from the style rather than a colour: it reads the same in light and dark.
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setPixmap(
        failure
            ? style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size)
            : QPixmap());
    m_statusIcon->setVisible(failure);
}

} // namespace digest::ui
