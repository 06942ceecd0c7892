#include "core/post/newpost.h"

#include "core/post/postday.h"

#include <QDir>
#include <QFileInfo>

namespace digest {
namespace {

// The hour (UTC) the site's cron job has always published at; a post for an earlier day gets
// it, so that back-filled posts look like the others.
constexpr int kPastDayHour = 5;

const QString& dailyTitle()
{
    static const QString title = QStringLiteral("[Daily Automated AI Summary]");
    return title;
}

} // namespace

Clock systemClock()
{
    return [] {
        return QDateTime::currentDateTimeUtc();
    };
}

Result<QDateTime> NewPost::dateFor(QDate day, const Clock& clock, const QTimeZone& siteZone)
{
    if (!day.isValid())
        return Error{tr("The day of the new post is not a valid date.")};
    const QTimeZone zone = siteZone.isValid() ? siteZone : QTimeZone::utc();
    const QDateTime now = clock().toUTC();
    const QDate today = postDay(now, zone);
    if (day > today)
        return Error{tr("%1 is in the future (it is %2 %3 now); Hugo does not publish a post "
                        "dated in the future.")
                         .arg(day.toString(Qt::ISODate),
                              now.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              QString::fromUtf8(zone.id()))};
    if (day < today)
        return QDateTime(day, QTime(kPastDayHour, 0), zone).toUTC();
    const QTime time = now.time();
    return QDateTime(now.date(), QTime(time.hour(), time.minute(), time.second()), Qt::UTC);
}

Result<QString> NewPost::pathFor(const QString& pattern, QDate day)
{
    if (pattern.trimmed().isEmpty())
        return Error{tr("The file name pattern for new posts is empty.")};
    const QString path =
        QDir::cleanPath(QDir::fromNativeSeparators(PathPattern::expanded(pattern, day)));
    const bool outside = QDir::isAbsolutePath(path) || path == u".." ||
                         path.startsWith(QStringLiteral("../")) || path == u".";
    if (outside)
        return Error{tr("The file name pattern %1 does not name a file inside the site folder.")
                         .arg(pattern)};
    return path;
}

QString NewPost::sectionOf(const QString& relativePath)
{
    const QStringList parts = QDir::cleanPath(relativePath).split(u'/');
    if (parts.size() < 3 || parts.first() != u"content")
        return {};
    return parts.at(1);
}

Result<QString> NewPost::targetPath(const NewPostRequest& request)
{
    if (!request.outputPath.isEmpty())
        return request.outputPath;
    if (request.siteFolder.isEmpty())
        return Error{tr("A new post needs a site folder or a file to write.")};
    const Result<QString> relative = pathFor(request.pathPattern, request.day);
    if (!relative)
        return relative;
    return QDir(request.siteFolder).filePath(relative.value());
}

QString NewPost::sectionFor(const NewPostRequest& request, const QString& path)
{
    // A file given outside the site's content (a preview, a draft elsewhere) is still a daily
    // post: it takes the section the pattern would give it.
    if (!request.siteFolder.isEmpty()) {
        const QString relative = QDir(request.siteFolder).relativeFilePath(path);
        if (relative.startsWith(QStringLiteral("content/")))
            return sectionOf(relative);
    }
    const Result<QString> patterned = pathFor(request.pathPattern, request.day);
    return patterned ? sectionOf(patterned.value()) : QString();
}

Result<NewPostFile> NewPost::make(const NewPostRequest& request, const Clock& clock)
{
    if (!Archetype::isModelName(request.model))
        return Error{tr("'%1' is not a model name.").arg(request.model)};
    const Result<QDateTime> date = dateFor(request.day, clock, request.siteZone);
    if (!date)
        return Error{date.errorMessage()};
    const Result<QString> path = targetPath(request);
    if (!path)
        return Error{path.errorMessage()};

    const QString section = sectionFor(request, path.value());
    const Result<Archetype> archetype = Archetype::find(request.siteFolder, section, request.model);
    if (!archetype)
        return Error{archetype.errorMessage()};
    const ArchetypeFields fields{date.value().toString(Qt::ISODate),
                                 QFileInfo(path.value()).completeBaseName(), dailyTitle(), section};
    const Result<QString> text = archetype.value().fill(fields);
    if (!text)
        return Error{text.errorMessage()};
    return NewPostFile{path.value(), text.value(), archetype.value().origin()};
}

Status NewPost::save(const NewPostFile& post, PostFile::Existing existing)
{
    const QString folder = QFileInfo(post.path).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{
            tr("Cannot save %1: the folder %2 cannot be made.")
                .arg(QDir::toNativeSeparators(post.path), QDir::toNativeSeparators(folder))};
    return PostFile::write(post.path, post.text, existing);
}

} // namespace digest
