#include "core/net/httpdate.h"

#include <QString>

#include <array>

namespace digest {
namespace {

struct ZoneName
{
    QStringView name;
    QStringView offset;
};

// RFC 2822's obsolete zone names, which feeds still use.
constexpr std::array kZoneNames{
    ZoneName{u"GMT", u"+0000"}, ZoneName{u"UTC", u"+0000"}, ZoneName{u"UT", u"+0000"},
    ZoneName{u"Z", u"+0000"},   ZoneName{u"EST", u"-0500"}, ZoneName{u"EDT", u"-0400"},
    ZoneName{u"CST", u"-0600"}, ZoneName{u"CDT", u"-0500"}, ZoneName{u"MST", u"-0700"},
    ZoneName{u"MDT", u"-0600"}, ZoneName{u"PST", u"-0800"}, ZoneName{u"PDT", u"-0700"},
};

} // namespace

QDateTime parseInternetDate(QStringView text)
{
    QString date = text.trimmed().toString();
    const qsizetype space = date.lastIndexOf(u' ');
    if (space > 0) {
        const QStringView zone = QStringView(date).sliced(space + 1);
        for (const ZoneName& known : kZoneNames) {
            if (zone.compare(known.name, Qt::CaseInsensitive) == 0) {
                date = date.first(space + 1) + known.offset;
                break;
            }
        }
    }
    QDateTime parsed = QDateTime::fromString(date, Qt::RFC2822Date);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

std::optional<std::chrono::seconds> parseRetryAfter(QByteArrayView value, const QDateTime& now)
{
    const QByteArrayView trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? std::nullopt : std::optional(std::chrono::seconds(seconds));
    const QDateTime when = parseInternetDate(QString::fromLatin1(trimmed));
    if (!when.isValid())
        return std::nullopt;
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(when)));
}

} // namespace digest
