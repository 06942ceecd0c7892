#include "core/post/formateditors.h"
#include "core/post/frontmattertext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace digest::formateditors {
namespace {

using namespace frontmattertext;

struct Member
{
    QString key;
    qsizetype keyStart = 0;
    Span value;
};

qsizetype skipSpace(const QString& text, qsizetype i)
{
    while (i < text.size() && text[i].isSpace())
        ++i;
    return i;
}

qsizetype stringEnd(const QString& text, qsizetype start)
{
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        if (text[i] == u'\\')
            ++i;
        else if (text[i] == u'"')
            return i + 1;
    }
    return -1;
}

qsizetype valueEnd(const QString& text, qsizetype start)
{
    if (start >= text.size())
        return -1;
    const QChar first = text[start];
    if (first == u'"')
        return stringEnd(text, start);
    if (first == u'[' || first == u'{')
        return matchingBracket(text, start);
    qsizetype i = start;
    while (i < text.size() && !text[i].isSpace() && text[i] != u',' && text[i] != u'}' &&
           text[i] != u']')
        ++i;
    return i;
}

// The members of the object whose "{" is at `open`, and the offset of its "}".
std::optional<std::pair<QList<Member>, qsizetype>> members(const QString& text, qsizetype open)
{
    QList<Member> found;
    qsizetype i = skipSpace(text, open + 1);
    while (i < text.size() && text[i] != u'}') {
        if (text[i] != u'"')
            return std::nullopt;
        Member member;
        member.keyStart = i;
        const qsizetype keyEnd = stringEnd(text, i);
        if (keyEnd < 0)
            return std::nullopt;
        member.key =
            QJsonDocument::fromJson(QByteArray('[' + text.sliced(i, keyEnd - i).toUtf8() + ']'))
                .array()
                .at(0)
                .toString();
        i = skipSpace(text, keyEnd);
        if (i >= text.size() || text[i] != u':')
            return std::nullopt;
        member.value.start = skipSpace(text, i + 1);
        member.value.end = valueEnd(text, member.value.start);
        if (member.value.end < 0)
            return std::nullopt;
        found.append(member);
        i = skipSpace(text, member.value.end);
        if (i < text.size() && text[i] == u',')
            i = skipSpace(text, i + 1);
    }
    if (i >= text.size())
        return std::nullopt;
    return std::pair{found, i};
}

QString jsonValue(const QVariant& value)
{
    if (value.typeId() == QMetaType::QDateTime)
        return doubleQuoted(rfc3339(value.toDateTime()));
    if (const auto bare = bareScalar(value))
        return *bare;
    if (value.typeId() == QMetaType::QStringList)
        return doubleQuotedList(value.toStringList());
    const QByteArray json =
        QJsonDocument(QJsonArray{value.toString()}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.sliced(1, json.size() - 2));
}

QString addMember(const QString& text, const QList<Member>& existing, qsizetype close,
                  const QStringList& path, const QVariant& value)
{
    QString indent = QStringLiteral("  ");
    qsizetype at = close;
    QString added;
    if (!existing.isEmpty()) {
        const Member& last = existing.last();
        const qsizetype lineStart = text.lastIndexOf(u'\n', last.keyStart) + 1;
        indent = text.sliced(lineStart, last.keyStart - lineStart);
        at = last.value.end;
        added = u',';
    }
    QString member = jsonValue(value);
    for (qsizetype i = path.size() - 1; i > 0; --i)
        member = u'{' + jsonValue(path[i]) + QStringLiteral(": ") + member + u'}';
    added += u'\n' + indent + jsonValue(path.first()) + QStringLiteral(": ") + member;
    if (existing.isEmpty())
        added += u'\n';
    return text.first(at) + added + text.sliced(at);
}

} // namespace

Result<QString> setJsonValue(const QString& content, const QStringList& path, const QVariant& value)
{
    qsizetype open = skipSpace(content, 0);
    for (qsizetype depth = 0; depth < path.size(); ++depth) {
        if (open >= content.size() || content[open] != u'{')
            return Error{why(
                QT_TRANSLATE_NOOP("FrontMatterEditor", "a key above it holds a value, not keys"))};
        const auto object = members(content, open);
        if (!object)
            return Error{why(QT_TRANSLATE_NOOP(
                "FrontMatterEditor", "the JSON around it is written in a form not followed here"))};
        const auto& [found, close] = *object;
        const auto named = [&](const Member& m) {
            return m.key == path[depth];
        };
        const auto member = std::find_if(found.cbegin(), found.cend(), named);
        if (member == found.cend())
            return addMember(content, found, close, path.mid(depth), value);
        if (std::count_if(found.cbegin(), found.cend(), named) > 1)
            return Error{why(QT_TRANSLATE_NOOP("FrontMatterEditor", "the key is there twice"))};
        if (depth + 1 == path.size())
            return QString(content.first(member->value.start) + jsonValue(value) +
                           content.sliced(member->value.end));
        open = member->value.start;
    }
    return Error{why(QT_TRANSLATE_NOOP("FrontMatterEditor", "the key is empty"))};
}

} // namespace digest::formateditors
