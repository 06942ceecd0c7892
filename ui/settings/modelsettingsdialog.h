#pragma once

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace digest {
class ChatClient;
class Settings;
struct ChatEndpoint;
} // namespace digest

namespace digest::ui {

class ModelPicker;
class PromptTemplatesEditor;

// The model settings: the endpoint and model, how to ask it, what it costs, and the wording
// of the requests. It shows the settings as they are; OK writes them (each change emits
// Settings::changed), Cancel leaves them as they were. The API key is not a setting and has
// no field here.
class ModelSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelSettingsDialog)

public:
    ModelSettingsDialog(Settings& settings, ChatClient& chat, QWidget* parent = nullptr);
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
    // The endpoint the fields describe now, with OPENAI_* filling what they leave empty: the
    // one Refresh asks.
    ChatEndpoint fieldsEndpoint() const;

    Settings& m_settings;
    ChatClient& m_chat;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_baseUrl = nullptr;
    QLabel* m_apiKeyNote = nullptr;
    ModelPicker* m_model = nullptr;
    QDoubleSpinBox* m_temperature = nullptr;
    QSpinBox* m_maxTokens = nullptr;
    QSpinBox* m_idleTimeout = nullptr;
    QSpinBox* m_parallel = nullptr;
    QDoubleSpinBox* m_inputPrice = nullptr;
    QDoubleSpinBox* m_outputPrice = nullptr;
    QCheckBox* m_tagFollowsModel = nullptr;
    PromptTemplatesEditor* m_prompts = nullptr;
};

} // namespace digest::ui
