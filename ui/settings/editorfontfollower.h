#pragma once

#include <QObject>

class QWidget;

namespace digest {
class Settings;
} // namespace digest

namespace digest::ui {

// Keeps the editor in the font family of the settings (`editor/fontFamily`; empty is the
// system's fixed-width font): when the setting changes, and whenever the editor's font is set
// again (a new size, zoom), which starts from the system's fixed-width font.
class EditorFontFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditorFontFollower)

public:
    EditorFontFollower(Settings& settings, QWidget& editor);
    ~EditorFontFollower() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply();

    Settings& m_settings;
    QWidget& m_editor;
};

} // namespace digest::ui
