#pragma once

#include "ui/settings/settingspage.h"

class QCheckBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace digest {
class Desk;
class Settings;
struct ChatEndpoint;
} // namespace digest

namespace digest::ui {

class ApiKeyField;
class ModelPicker;
class TlsTrustField;

// The Settings dialog's Model page: the endpoint and model (with Test Connection, which lists
// the endpoint's models), how to ask it, what it costs. It shows the settings as they are;
// store() writes them. The API key is not a setting: it goes to the system's secret store (the
// desk's ApiKeyStore) through saveKey(), and the dialog waits for keySaved() to close or to say
// why not. TLS trust is kept per endpoint.
class ModelSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelSettingsPage)

public:
    explicit ModelSettingsPage(Desk& desk, QWidget* parent = nullptr);
    ~ModelSettingsPage() override;

    QString problem() const override;
    void store() override;

    // The person typed a key; saveKey() sends it to the secret store, keySaved() follows.
    bool isKeyEdited() const;
    bool isSavingKey() const;
    void saveKey();

signals:
    void keySaved(bool ok);

private:
    QWidget* createForm();
    void load();
    // The endpoint the fields describe now, with OPENAI_* filling what they leave empty.
    ChatEndpoint fieldsEndpoint() const;
    // The one Test Connection asks: with the key in effect (typed, else stored, else
    // OPENAI_API_KEY) and the endpoint's TLS trust as the page shows it.
    ChatEndpoint refreshEndpoint() const;

    Desk& m_desk;
    Settings& m_settings;
    QLineEdit* m_baseUrl = nullptr;
    ApiKeyField* m_apiKey = nullptr;
    TlsTrustField* m_trust = nullptr;
    ModelPicker* m_model = nullptr;
    QDoubleSpinBox* m_temperature = nullptr;
    QSpinBox* m_maxTokens = nullptr;
    QSpinBox* m_idleTimeout = nullptr;
    QSpinBox* m_parallel = nullptr;
    QDoubleSpinBox* m_inputPrice = nullptr;
    QDoubleSpinBox* m_outputPrice = nullptr;
    QCheckBox* m_tagFollowsModel = nullptr;
};

} // namespace digest::ui
