#pragma once

#include "core/generation/chatendpoint.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;

namespace digest {
class ChatClient;
class ModelListing;
} // namespace digest

namespace digest::ui {

// The model's name, typed or chosen from what the endpoint offers: an editable combo box, a
// Refresh button that asks the endpoint for its models (GET /models), and a line that says
// what came of it. The endpoint is the one the dialog's fields describe now, not the saved
// one: the person tries a base URL before keeping it.
class ModelPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPicker)

public:
    using EndpointSource = std::function<ChatEndpoint()>;

    ModelPicker(ChatClient& chat, EndpointSource endpoint, QWidget* parent = nullptr);
    ~ModelPicker() override;

    QString model() const;
    void setModel(const QString& model);
    // The model list is on its way.
    bool isBusy() const { return !m_listing.isNull(); }

public slots:
    void refresh();

signals:
    // The endpoint answered, or failed to; the status line says which.
    void refreshed(bool ok);

private:
    void onListed();
    void showStatus(const QString& text, bool failure);

    ChatClient& m_chat;
    EndpointSource m_endpoint;
    QComboBox* m_combo = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_statusIcon = nullptr;
    QLabel* m_status = nullptr;
    QPointer<ModelListing> m_listing;
    // What the listing was asked with, to keep the key out of whatever is shown.
    QString m_askedKey;
};

} // namespace digest::ui
