// Settings' part for the Settings dialog's editor font and interface language. The defaults are
// in the one table in settings.cpp.
#include "core/settings/settings.h"

namespace digest {

QString Settings::editorFontFamily() const
{
    return read(SettingKey::EditorFontFamily).toString().trimmed();
}

void Settings::setEditorFontFamily(const QString& family)
{
    write(SettingKey::EditorFontFamily, family.trimmed());
}

QString Settings::interfaceLanguage() const
{
    return read(SettingKey::InterfaceLanguage).toString().trimmed();
}

void Settings::setInterfaceLanguage(const QString& language)
{
    write(SettingKey::InterfaceLanguage, language.trimmed());
}

} // namespace digest
