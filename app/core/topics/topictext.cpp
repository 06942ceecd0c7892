#include "core/topics/topictext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace digest {
namespace {

class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(digest::TopicText)
};

struct Entity
{
    QStringView name;
    char16_t character;
};

constexpr std::array kEntities{
    Entity{u"amp", u'&'},   Entity{u"lt", u'<'},    Entity{u"gt", u'>'},
    Entity{u"quot", u'"'},  Entity{u"apos", u'\''}, Entity{u"nbsp", u'\u00a0'},
    Entity{u"ndash", u'–'}, Entity{u"mdash", u'—'}, Entity{u"hellip", u'…'},
    Entity{u"lsquo", u'‘'}, Entity{u"rsquo", u'’'}, Entity{u"ldquo", u'“'},
    Entity{u"rdquo", u'”'}, Entity{u"copy", u'©'},
};

// A code point from &#…; that text may hold; anything else is dropped.
QString codePoint(uint value)
{
    if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return QString();
    const char32_t character = char32_t(value);
    return QString::fromUcs4(&character, 1);
}

QString entity(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X');
        const uint value = hex ? name.sliced(2).toUInt(&ok, 16) : name.sliced(1).toUInt(&ok);
        return ok ? codePoint(value) : QString();
    }
    for (const Entity& known : kEntities) {
        if (known.name == name)
            return QString(QChar(known.character));
    }
    return u'&' + name.toString() + u';';
}

} // namespace

TitleParts splitFlair(const QString& fullTitle)
{
    static const QRegularExpression prefix(QStringLiteral("^\\s*\\[([^\\[\\]]{1,24})\\]\\s*"));
    const QString trimmed = fullTitle.simplified();
    const QRegularExpressionMatch match = prefix.match(trimmed);
    if (!match.hasMatch() || match.capturedEnd() >= trimmed.size())
        return {QString(), trimmed};
    return {match.captured(1).trimmed(), trimmed.sliced(match.capturedEnd())};
}

QString ageText(const QDateTime& created, const QDateTime& now)
{
    if (!created.isValid() || !now.isValid())
        return QString();
    const qint64 minutes = std::max<qint64>(0, created.secsTo(now) / 60);
    if (minutes < 60)
        return Tr::tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return Tr::tr("%1 h").arg(minutes / 60);
    return Tr::tr("%1 d").arg(minutes / (24 * 60));
}

QString decodeEntities(QStringView text)
{
    QString decoded;
    decoded.reserve(text.size());
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype amp = text.indexOf(u'&', at);
        if (amp < 0)
            break;
        const qsizetype semicolon = text.indexOf(u';', amp + 1);
        decoded += text.sliced(at, amp - at);
        // An entity name is short; a lone "&" stays as it is.
        if (semicolon < 0 || semicolon - amp > 10) {
            decoded += u'&';
            at = amp + 1;
            continue;
        }
        decoded += entity(text.sliced(amp + 1, semicolon - amp - 1));
        at = semicolon + 1;
    }
    decoded += text.sliced(at);
    return decoded;
}

QString htmlToText(QStringView html)
{
    static const QRegularExpression comments(QStringLiteral("<!--.*?-->"),
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(
        QStringLiteral("<br\\s*/?>|</p\\s*>|</div\\s*>|</li\\s*>|</h[1-6]\\s*>|</tr\\s*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\r\\f\\x{00a0}]+"));
    static const QRegularExpression blankLines(QStringLiteral("\\s*\\n\\s*\\n\\s*"));
    QString text = html.toString();
    text.remove(comments);
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    text = decodeEntities(text);
    text.replace(spaces, QStringLiteral(" "));
    text.replace(QStringLiteral(" \n"), QStringLiteral("\n"));
    text.replace(QStringLiteral("\n "), QStringLiteral("\n"));
    text.replace(blankLines, QStringLiteral("\n\n"));
    return text.trimmed();
}

} // namespace digest
