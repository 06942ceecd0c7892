#pragma once

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace digest {
class Desk;
class Settings;
struct ChatEndpoint;
} // namespace digest

namespace digest::ui {

class ApiKeyField;
class ModelPicker;
class PromptTemplatesEditor;
class TlsTrustField;

// The model settings: the endpoint and model, how to ask it, what it costs, and the wording
// of the requests. It shows the settings as they are; OK writes them (each change emits
// Settings::changed), Cancel leaves them as they were. The API key is not a setting: it goes
// to the system's secret store (the desk's ApiKeyStore) on OK, and the dialog stays open to
// say so when that fails. TLS trust is kept per endpoint.
class ModelSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelSettingsDialog)

public:
    explicit ModelSettingsDialog(Desk& desk, QWidget* parent = nullptr);
    ~ModelSettingsDialog() override;

    // The tabs, for opening the dialog at one of them.
    enum class Page { Model, Prompts };
    void showPage(Page page);

    void accept() override;

private:
    QWidget* createModelPage();
    QWidget* createPromptsPage();
    void load();
    void store();
    // The endpoint the fields describe now, with OPENAI_* filling what they leave empty.
    ChatEndpoint fieldsEndpoint() const;
    // The one Refresh asks: with the key in effect (typed, else stored, else OPENAI_API_KEY)
    // and the endpoint's TLS trust as the dialog shows it.
    ChatEndpoint refreshEndpoint() const;
    void onKeySaved(bool ok);

    Desk& m_desk;
    Settings& m_settings;
    QTabWidget* m_tabs = nullptr;
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
    QPushButton* m_ok = nullptr;
    PromptTemplatesEditor* m_prompts = nullptr;
};

} // namespace digest::ui
