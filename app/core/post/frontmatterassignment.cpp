#include "core/post/frontmatterassignment.h"

#include "core/post/post.h"
#include "core/post/posttags.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace digest {
namespace {

// Hugo's dates, whatever the case of the key.
bool isDateKey(const QString& key)
{
    const QString last = key.section(u'.', -1);
    for (const char* name : {"date", "publishDate", "expiryDate", "lastmod"})
        if (last.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Keys that Hugo and the site's theme read as lists of terms.
bool isListKey(const QString& key)
{
    for (const char* name : {"tags", "categories", "keywords", "aliases", "series"})
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// A line break or a control character would let untrusted text end the value, the key or the
// front matter itself in a format that writes it as it is.
bool isOneLine(const QString& text)
{
    for (const QChar c : text)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            return false;
    return true;
}

Result<QVariant> oneLine(const QString& key, const QString& text)
{
    if (!isOneLine(text))
        return Error{FrontMatterAssignment::tr(
                         "“%1” takes one line of text: the value holds a line break or a "
                         "control character.")
                         .arg(key)};
    return QVariant(text);
}

Result<QVariant> date(const QString& key, const QString& text, const QTimeZone& zone)
{
    const PostDate parsed = FrontMatterReader::parseDate(text);
    if (!parsed.value.isValid() || text.trimmed() != text)
        return Error{FrontMatterAssignment::tr(
                         "“%1” is a date: give it in RFC 3339, such as "
                         "2025-06-03T07:00:00+02:00 or 2025-06-03T05:00:00Z (a date-time "
                         "without a zone is taken in the site's time zone); “%2” is not one.")
                         .arg(key, text)};
    if (parsed.hasZone)
        return QVariant(parsed.value);
    return QVariant(QDateTime(parsed.value.date(), parsed.value.time(),
                              zone.isValid() ? zone : QTimeZone::utc()));
}

Result<QVariant> list(const QString& key, const QString& text)
{
    const auto refused = [&] {
        return Error{FrontMatterAssignment::tr(
                         "“%1” is a list: give it as a JSON array of strings on one line, "
                         "such as [\"a\", \"b\"].")
                         .arg(key)};
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return refused();
    QStringList items;
    for (const QJsonValue& item : document.array()) {
        if (!item.isString() || !isOneLine(item.toString()))
            return refused();
        items.append(item.toString());
    }
    return QVariant(items);
}

Result<QVariant> number(const QString& key, const QString& text)
{
    bool ok = false;
    if (const qlonglong whole = text.toLongLong(&ok); ok)
        return QVariant(whole);
    if (const double real = text.toDouble(&ok); ok && std::isfinite(real))
        return QVariant(real);
    return Error{FrontMatterAssignment::tr("“%1” is a number; “%2” is not one.").arg(key, text)};
}

Result<QVariant> boolean(const QString& key, const QString& text)
{
    if (text == u"true" || text == u"false")
        return QVariant(text == u"true");
    return Error{
        FrontMatterAssignment::tr("“%1” is true or false; “%2” is neither.").arg(key, text)};
}

QString tagsOf(const FrontMatterEdit& edit, const Result<QStringList>& tags)
{
    return edit.kind == FrontMatterEdit::Kind::AddTag
               ? FrontMatterAssignment::tr("Cannot add the tag “%1”: %2")
                     .arg(edit.text, tags.errorMessage())
               : FrontMatterAssignment::tr("Cannot remove the tag “%1”: %2")
                     .arg(edit.text, tags.errorMessage());
}

} // namespace

Result<FrontMatterEdit> FrontMatterAssignment::parse(const QString& assignment)
{
    const qsizetype equals = assignment.indexOf(u'=');
    if (equals < 0)
        return Error{tr("“%1” is not KEY=VALUE.").arg(assignment)};
    const QString key = assignment.first(equals);
    static const QRegularExpression dottedWords(
        QStringLiteral(R"(\A[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*\z)"));
    if (!dottedWords.match(key).hasMatch())
        return Error{tr("“%1” is not a key: keys are letters, digits, - and _, with dots between "
                        "nested keys (cover.alt).")
                         .arg(key)};
    return FrontMatterEdit{FrontMatterEdit::Kind::Assign, key, assignment.sliced(equals + 1)};
}

Result<QVariant> FrontMatterAssignment::typedValue(const FrontMatterValues& values,
                                                   const QString& key, const QString& text,
                                                   const QTimeZone& siteZone)
{
    const QStringList parts = key.split(u'.');
    for (qsizetype depth = 1; depth < parts.size(); ++depth) {
        const QString parent = parts.first(depth).join(u'.');
        const QVariant above = values.value(parent);
        if (above.isValid() && above.typeId() != QMetaType::QVariantMap)
            return Error{
                tr("“%1” holds a value, not keys, so “%2” cannot be set.").arg(parent, key)};
    }
    const QVariant current = values.value(key);
    switch (current.typeId()) {
    case QMetaType::Bool:
        return boolean(key, text);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return number(key, text);
    case QMetaType::QVariantList:
        return list(key, text);
    case QMetaType::QVariantMap:
        return Error{tr("“%1” holds keys: set one of them, as in “%1.KEY=VALUE”.").arg(key)};
    case QMetaType::QString:
        if (isDateKey(key) || FrontMatterReader::parseDate(current.toString()).value.isValid())
            return date(key, text, siteZone);
        return oneLine(key, text);
    default:
        break;
    }
    // Not there yet (or empty).
    if (isDateKey(key))
        return date(key, text, siteZone);
    if (isListKey(key))
        return list(key, text);
    if (text == u"true" || text == u"false")
        return QVariant(text == u"true");
    static const QRegularExpression whole(QStringLiteral(R"(\A[-+]?[0-9]{1,18}\z)"));
    if (whole.match(text).hasMatch())
        return QVariant(text.toLongLong());
    return oneLine(key, text);
}

Result<QString> FrontMatterAssignment::apply(const QString& postText,
                                             const QList<FrontMatterEdit>& edits,
                                             const QTimeZone& siteZone)
{
    Post post = Post::fromText(postText);
    if (post.frontMatterUnterminated())
        return Error{tr("The post's front matter is never closed.")};
    if (post.format() == FrontMatterSplit::Format::None)
        return Error{tr("The post has no front matter to change.")};
    for (const FrontMatterEdit& edit : edits) {
        const Result<FrontMatterValues> values = post.frontMatter();
        if (!values)
            return Error{values.errorMessage()};
        QString key = edit.key;
        QVariant value;
        if (edit.kind == FrontMatterEdit::Kind::Assign) {
            const Result<QVariant> typed = typedValue(values.value(), key, edit.text, siteZone);
            if (!typed)
                return Error{typed.errorMessage()};
            value = typed.value();
        } else {
            key = QStringLiteral("tags");
            const QVariant current = values.value().value(key);
            if (current.isValid() && current.typeId() != QMetaType::QVariantList)
                return Error{tr("“tags” is not a list here, so tags cannot be added or removed "
                                "one by one.")};
            const QStringList tags = current.toStringList();
            const Result<QStringList> changed = edit.kind == FrontMatterEdit::Kind::AddTag
                                                    ? PostTags::added(tags, edit.text)
                                                    : PostTags::removed(tags, edit.text);
            if (!changed)
                return Error{tagsOf(edit, changed)};
            value = changed.value();
        }
        if (const Status set = post.setFrontMatterValue(key, value); !set)
            return Error{set.errorMessage()};
    }
    return post.toText();
}

} // namespace digest
