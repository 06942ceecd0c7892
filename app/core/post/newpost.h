#pragma once

#include "core/post/archetype.h"
#include "core/post/pathpattern.h"
#include "core/post/postfile.h"
#include "core/util/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace digest {

// The current time. Injected wherever "now" decides something, so tests can fix it.
using Clock = std::function<QDateTime()>;
Clock systemClock();

struct NewPostRequest
{
    // The post's day; today's is postDay(now, siteZone).
    QDate day;
    // The site's time zone: which day "today" is, and the hour an earlier day's post gets.
    QTimeZone siteZone = QTimeZone::utc();
    // The Hugo site: where archetypes are looked up and what `pathPattern` is relative to.
    // May be empty when `outputPath` is given; the built-in archetype is used then.
    QString siteFolder;
    // The file to write; when empty, the site folder joined with the expanded pattern.
    QString outputPath;
    // Relative to the site folder; its placeholders (see PathPattern) become the day's digits.
    QString pathPattern = PathPattern::defaultPattern();
    // The third tag of the built-in archetype.
    QString model = Archetype::defaultModel();
};

struct NewPostFile
{
    QString path;
    QString text;
    QString archetype; // where the text came from, Archetype::origin()

    bool operator==(const NewPostFile&) const = default;
};

// Makes a new post for a day from the site's archetype.
//
// Its date is RFC 3339 in UTC with an explicit "Z", as the site's posts have it: Hugo reads a
// date without a zone in the site's time zone, which could move the post to another day or
// into the future. The date is never in the future, because Hugo does not build such a post.
// Which day is today is postDay() in the site's time zone:
//   - today: the current time, to the second (rounded down);
//   - an earlier day: that day at 05:00 in the site's zone, the hour the site's daily posts have
//     always had (05:00:00Z in UTC), so the post stays on its day wherever the site is;
//   - a later day: an error.
class NewPost final
{
    Q_DECLARE_TR_FUNCTIONS(NewPost)

public:
    static Result<QDateTime> dateFor(QDate day, const Clock& clock,
                                     const QTimeZone& siteZone = QTimeZone::utc());
    // The pattern expanded for the day, a clean relative path inside the site folder.
    static Result<QString> pathFor(const QString& pattern, QDate day);
    // Hugo's section of a path relative to the site folder: the first folder under
    // "content/"; empty for a page right in "content/" and for paths outside it.
    static QString sectionOf(const QString& relativePath);

    static Result<NewPostFile> make(const NewPostRequest& request,
                                    const Clock& clock = systemClock());
    // Writes the post, making its folder if needed. With Existing::Keep a file that is
    // already there is left as it is and the save fails.
    static Status save(const NewPostFile& post, PostFile::Existing existing);

private:
    static Result<QString> targetPath(const NewPostRequest& request);
    static QString sectionFor(const NewPostRequest& request, const QString& path);
};

} // namespace digest
