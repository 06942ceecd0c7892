// Settings' part for autosave. The default is in the one table in settings.cpp.
#include "core/settings/settings.h"

namespace digest {

int Settings::autosaveSeconds() const
{
    bool number = false;
    const int seconds = read(SettingKey::AutosaveSeconds).toInt(&number);
    // A hand edit that is not a number, or negative, reads as the default.
    if (!number || seconds < 0)
        return defaultValue(SettingKey::AutosaveSeconds).toInt();
    return qMin(seconds, kMaxAutosaveSeconds);
}

void Settings::setAutosaveSeconds(int seconds)
{
    write(SettingKey::AutosaveSeconds, qBound(0, seconds, kMaxAutosaveSeconds));
}

} // namespace digest
