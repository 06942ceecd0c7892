#include "core/post/postday.h"

namespace digest {

QDate postDay(const QDateTime& now, const QTimeZone& siteZone)
{
    // An invalid zone (a name this system does not know) counts as the site's default, UTC,
    // not as the computer's local zone.
    return now.toTimeZone(siteZone.isValid() ? siteZone : QTimeZone::utc()).date();
}

} // namespace digest
