#include "ui/settings/editorfontfollower.h"

#include "core/settings/settings.h"

#include <QEvent>
#include <QFontDatabase>
#include <QWidget>

namespace digest::ui {

EditorFontFollower::EditorFontFollower(Settings& settings, QWidget& editor)
    : QObject(&editor)
    , m_settings(settings)
    , m_editor(editor)
{
    editor.installEventFilter(this);
    connect(&settings, &Settings::changed, this, [this](const QString& key) {
        if (key == QLatin1String(SettingKey::EditorFontFamily))
            apply();
    });
    apply();
}

EditorFontFollower::~EditorFontFollower() = default;

bool EditorFontFollower::eventFilter(QObject* watched, QEvent* event)
{
    // Setting the family again changes the font once more, with the family then right: no loop.
    if (watched == &m_editor && event->type() == QEvent::FontChange)
        apply();
    return QObject::eventFilter(watched, event);
}

void EditorFontFollower::apply()
{
    QString family = m_settings.editorFontFamily();
    if (family.isEmpty())
        family = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    if (m_editor.font().family() == family)
        return;
    QFont font = m_editor.font();
    font.setFamilies({family});
    m_editor.setFont(font);
}

} // namespace digest::ui
