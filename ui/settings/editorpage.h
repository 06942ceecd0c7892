#pragma once

#include "ui/settings/settingspage.h"

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QSpinBox;

namespace digest {
class Settings;
} // namespace digest

namespace digest::ui {

// The Settings dialog's Editor page: the editor's font (the system's fixed-width one, or a
// family chosen) and size, the theme, the spelling language (Off, or an installed
// dictionary) and the autosave interval. Nothing here can be invalid.
class EditorPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorPage)

public:
    explicit EditorPage(Settings& settings, QWidget* parent = nullptr);
    ~EditorPage() override;

    void store() override;

private:
    Settings& m_settings;
    QCheckBox* m_systemFont = nullptr;
    QFontComboBox* m_fontFamily = nullptr;
    QSpinBox* m_fontSize = nullptr;
    QComboBox* m_theme = nullptr;
    QComboBox* m_spelling = nullptr;
    QSpinBox* m_autosave = nullptr;
};

// The Interface page: the language of the menus and dialogs (System, English, Deutsch).
class InterfacePage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterfacePage)

public:
    explicit InterfacePage(Settings& settings, QWidget* parent = nullptr);
    ~InterfacePage() override;

    void store() override;

private:
    Settings& m_settings;
    QComboBox* m_language = nullptr;
};

} // namespace digest::ui
