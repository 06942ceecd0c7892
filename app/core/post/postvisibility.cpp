#include "core/post/postvisibility.h"

#include <QCoreApplication>
#include <QLocale>

namespace digest {
namespace {

class VisibilityTr final
{
    Q_DECLARE_TR_FUNCTIONS(PostVisibility)
};

// Hugo lowercases front matter keys, so "PublishDate" and "publishdate" are one key.
QVariant topLevel(const FrontMatterValues& values, QStringView key)
{
    for (auto it = values.values.cbegin(); it != values.values.cend(); ++it)
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    return {};
}

// A date as Hugo reads it: with its own zone, else in the site's.
QDateTime instant(const QVariant& value, const QTimeZone& zone)
{
    if (!value.isValid() || value.typeId() != QMetaType::QString)
        return {};
    const PostDate date = FrontMatterReader::parseDate(value.toString());
    if (!date.value.isValid())
        return {};
    return date.hasZone ? date.value : QDateTime(date.value.date(), date.value.time(), zone);
}

// The first of Hugo's keys for a date that holds one, and which key that was.
std::pair<QDateTime, QString> firstDate(const FrontMatterValues& values,
                                        std::initializer_list<const char*> keys,
                                        const QTimeZone& zone)
{
    for (const char* key : keys) {
        const QString name = QString::fromLatin1(key);
        if (const QDateTime at = instant(topLevel(values, name), zone); at.isValid())
            return {at, name};
    }
    return {};
}

// As Go's strconv.ParseBool, which Hugo's cast.ToBool uses for a string.
bool isTrue(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool();
    case QMetaType::QString: {
        const QString text = value.toString();
        return text == u"1" || text == u"t" || text == u"T" || text == u"true" || text == u"TRUE" ||
               text == u"True";
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return value.toDouble() != 0;
    default:
        return false;
    }
}

QString when(const QDateTime& at, const QTimeZone& zone)
{
    const QDateTime local = at.toTimeZone(zone);
    return VisibilityTr::tr("%1 (%2)").arg(
        QLocale().toString(local, QStringLiteral("d MMMM yyyy HH:mm")),
        QString::fromUtf8(zone.id()));
}

} // namespace

PostVisibility hugoVisibility(const FrontMatterValues& values, const QDateTime& now,
                              const QTimeZone& siteZone)
{
    const QTimeZone zone = siteZone.isValid() ? siteZone : QTimeZone::utc();
    PostVisibility visibility;
    if (isTrue(topLevel(values, u"draft")))
        visibility.reasons.append(PostVisibility::Reason::Draft);
    // Hugo's publishDate falls back to the date when none of its own keys is set.
    const auto [publish, key] =
        firstDate(values, {"publishDate", "pubdate", "published", "date"}, zone);
    if (publish.isValid() && publish > now) {
        visibility.reasons.append(key == u"date" ? PostVisibility::Reason::FutureDate
                                                 : PostVisibility::Reason::FuturePublishDate);
        visibility.listedFrom = publish;
    }
    const QDateTime expiry = firstDate(values, {"expiryDate", "unpublishdate"}, zone).first;
    if (expiry.isValid()) {
        visibility.expiredAt = expiry;
        if (expiry <= now)
            visibility.reasons.append(PostVisibility::Reason::Expired);
    }
    return visibility;
}

QString describeVisibility(const PostVisibility& visibility, const QTimeZone& siteZone)
{
    const QTimeZone zone = siteZone.isValid() ? siteZone : QTimeZone::utc();
    using Reason = PostVisibility::Reason;
    if (visibility.listed())
        return VisibilityTr::tr("Listed now.");
    if (visibility.reasons == QList{Reason::FutureDate})
        return VisibilityTr::tr("Not listed until %1: the date is in the future.")
            .arg(when(visibility.listedFrom, zone));
    if (visibility.reasons == QList{Reason::FuturePublishDate})
        return VisibilityTr::tr("Not listed until %1: the publishDate is in the future.")
            .arg(when(visibility.listedFrom, zone));
    QStringList why;
    for (const Reason reason : visibility.reasons) {
        switch (reason) {
        case Reason::Draft:
            why.append(VisibilityTr::tr("a draft"));
            break;
        case Reason::FutureDate:
            why.append(VisibilityTr::tr("the date is in the future (until %1)")
                           .arg(when(visibility.listedFrom, zone)));
            break;
        case Reason::FuturePublishDate:
            why.append(VisibilityTr::tr("the publishDate is in the future (until %1)")
                           .arg(when(visibility.listedFrom, zone)));
            break;
        case Reason::Expired:
            why.append(VisibilityTr::tr("expired since %1").arg(when(visibility.expiredAt, zone)));
            break;
        }
    }
    return VisibilityTr::tr("Not listed: %1.").arg(why.join(VisibilityTr::tr("; ")));
}

} // namespace digest
