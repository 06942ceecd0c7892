#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace digest {

// The day a post written at `now` belongs to: the calendar day at that moment in the site's
// time zone (Hugo's `timeZone`, UTC when the site does not set one, as the published posts
// have it). The one definition of "today" for new posts and for the topics an earlier post
// covered, so that both agree just after midnight on either side of UTC.
QDate postDay(const QDateTime& now, const QTimeZone& siteZone = QTimeZone::utc());

} // namespace digest
