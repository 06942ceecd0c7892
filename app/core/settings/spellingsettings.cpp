// Settings' part for spelling. The default is in the one table in settings.cpp.
#include "core/settings/settings.h"

namespace digest {

QString Settings::spellingLanguage() const
{
    return read(SettingKey::SpellingLanguage).toString().trimmed();
}

void Settings::setSpellingLanguage(const QString& language)
{
    write(SettingKey::SpellingLanguage, language.trimmed());
}

} // namespace digest
