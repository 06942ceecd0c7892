#include "core/post/formateditors.h"
#include "core/post/frontmattertext.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace digest::formateditors {
namespace {

using namespace frontmattertext;

// A key found in a block mapping, and where its value is.
struct KeyHit
{
    int line = 0;
    Span value;           // the value's own text; empty span for "key:" with nothing after
    bool block = false;   // the value is on the following, more indented lines
    int blockEndLine = 0; // one past the value's last line
};

QString unquoteKey(QString key)
{
    if (key.size() >= 2 && (key.front() == u'"' || key.front() == u'\'') &&
        key.back() == key.front())
        return key.sliced(1, key.size() - 2);
    return key;
}

// One past the last line that belongs to the value of the key on `keyLine`.
int valueEndLine(const QList<Line>& lines, const QString& text, int keyLine, int to)
{
    const int indent = lines[keyLine].indent;
    int end = keyLine + 1;
    for (int i = keyLine + 1; i < to; ++i) {
        const Line& line = lines[i];
        if (line.blank)
            continue;
        const bool sequenceItem = text.mid(line.start + line.indent, 2) == u"- " ||
                                  text.mid(line.start + line.indent) == u"-";
        if (line.indent > indent || (line.indent == indent && sequenceItem))
            end = i + 1;
        else
            break;
    }
    return end;
}

// The key's value, nullopt when the key is not in [from, to), or an Error when its value is
// written in a form that cannot be replaced without rewriting more than it.
Result<std::optional<KeyHit>> findKey(const QList<Line>& lines, const QString& text, int from,
                                      int to, int indent, const QString& key)
{
    static const QRegularExpression keyPattern(QStringLiteral(
        R"(^("(?:[^"\\]|\\.)*"|'[^']*'|[^\s#'"\-?:][^:#]*?|-[^\s:#][^:#]*?)\s*:(?=\s|$))"));
    for (int i = from; i < to; ++i) {
        const Line& line = lines[i];
        if (line.blank || line.indent != indent || text[line.start + line.indent] == u'#')
            continue;
        const QString rest = text.sliced(line.start + indent, line.end - line.start - indent);
        const QRegularExpressionMatch match = keyPattern.match(rest);
        if (!match.hasMatch() || unquoteKey(match.captured(1).trimmed()) != key)
            continue;
        KeyHit hit;
        hit.line = i;
        qsizetype start = line.start + indent + match.capturedEnd(0);
        while (start < line.end && text[start].isSpace())
            ++start;
        hit.blockEndLine = valueEndLine(lines, text, i, to);
        if (start >= line.end || text[start] == u'#') {
            hit.block = true;
            hit.value = {start, start};
            return std::optional{hit};
        }
        const QChar first = text[start];
        if (first == u'|' || first == u'>')
            return Error{why(QT_TRANSLATE_NOOP("FrontMatterEditor",
                                               "its value is a YAML block scalar (| or >)"))};
        if (first == u'&' || first == u'*' || first == u'!')
            return Error{why(QT_TRANSLATE_NOOP(
                "FrontMatterEditor", "its value carries a YAML anchor, alias or tag (&, *, !)"))};
        if (first == u'[' || first == u'{') {
            const qsizetype end = matchingBracket(text, start);
            if (end < 0)
                return Error{why(
                    QT_TRANSLATE_NOOP("FrontMatterEditor", "its bracketed value does not close"))};
            hit.value = {start, end};
            return std::optional{hit};
        }
        hit.value = {start, endOfInlineValue(text, start, line.end)};
        // A plain or quoted scalar folded over the following lines.
        if (hit.blockEndLine > i + 1 ||
            ((first == u'"' || first == u'\'') &&
             (hit.value.end - hit.value.start < 2 || text[hit.value.end - 1] != first)))
            return Error{
                why(QT_TRANSLATE_NOOP("FrontMatterEditor", "its value runs over several lines"))};
        return std::optional{hit};
    }
    return std::optional<KeyHit>{};
}

bool isPlainSafe(const QString& text)
{
    static const QRegularExpression special(
        QStringLiteral(R"(^[-?:,\[\]{}#&*!|>'"%@`\s]|: | #|\s$|^$)"));
    static const QRegularExpression typed(
        QStringLiteral(
            R"(^(true|false|yes|no|on|off|null|~|[-+]?[0-9.]+([eE][-+]?\d+)?|\d{4}-\d{2}-\d{2}.*)$)"),
        QRegularExpression::CaseInsensitiveOption);
    return !special.match(text).hasMatch() && !typed.match(text).hasMatch() &&
           !text.contains(u'\n') && !text.contains(u'"') && !text.contains(u'\\');
}

QString yamlString(const QString& value, QStringView original)
{
    if (original.startsWith(u'\'') && !value.contains(u'\n'))
        return u'\'' + QString(value).replace(u'\'', QStringLiteral("''")) + u'\'';
    if (!original.isEmpty() && !original.startsWith(u'"') && isPlainSafe(value))
        return value;
    return doubleQuoted(value);
}

QString inlineValue(const QVariant& value, QStringView original)
{
    if (const auto bare = bareScalar(value))
        return *bare;
    if (value.typeId() == QMetaType::QStringList)
        return doubleQuotedList(value.toStringList());
    return yamlString(value.toString(), original);
}

// The items of a block list, each its value and its line's text, when every line of the block
// is one item holding a plain or quoted string; empty otherwise (the list is then rewritten).
QList<std::pair<QString, QString>> blockItems(const QString& text, const QList<Line>& lines,
                                              const KeyHit& hit)
{
    QList<std::pair<QString, QString>> items;
    const int indent = lines[hit.line + 1].indent;
    for (int i = hit.line + 1; i < hit.blockEndLine; ++i) {
        const Line& line = lines[i];
        const qsizetype start = line.start + indent;
        if (line.blank || line.indent != indent || text.mid(start, 2) != u"- ")
            return {};
        const QString item =
            text.sliced(start + 2, endOfInlineValue(text, start + 2, line.end) - start - 2);
        if (item.isEmpty() || QStringLiteral("[{|>&*!").contains(item.front()))
            return {};
        try {
            const YAML::Node node = YAML::Load(item.toStdString());
            if (!node.IsScalar())
                return {};
            items.append({QString::fromStdString(node.Scalar()),
                          text.sliced(line.start, line.end - line.start)});
        } catch (const YAML::Exception&) {
            return {};
        }
    }
    return items;
}

// Replaces a block value ("key:" followed by indented lines) by a new one.
QString replaceBlock(const QString& text, const QList<Line>& lines, const KeyHit& hit,
                     const QVariant& value)
{
    const Line& keyLine = lines[hit.line];
    const qsizetype blockEnd = lines[hit.blockEndLine - 1].end;
    if (value.typeId() == QMetaType::QStringList && hit.blockEndLine > hit.line + 1) {
        // Keep a block list a block list, with the indentation its items had, and every item
        // that stays as it was written: adding a tag adds a line, removing one removes it.
        const Line& firstItem = lines[hit.line + 1];
        const QString indent(firstItem.indent, u' ');
        QList<std::pair<QString, QString>> kept = blockItems(text, lines, hit);
        const QString newline = text.sliced(keyLine.end, keyLine.next - keyLine.end);
        QString block;
        for (const QString& item : value.toStringList()) {
            const auto same = std::find_if(kept.begin(), kept.end(),
                                           [&](const auto& old) { return old.first == item; });
            if (same != kept.end()) {
                block += newline + same->second;
                kept.erase(same);
            } else {
                block += newline + indent + QStringLiteral("- ") + doubleQuoted(item);
            }
        }
        return text.first(keyLine.end) + block + text.sliced(blockEnd);
    }
    const bool spaced = hit.value.start > 0 && text[hit.value.start - 1] == u' ';
    return text.first(hit.value.start) + (spaced ? QString() : QStringLiteral(" ")) +
           inlineValue(value, {}) + text.sliced(blockEnd);
}

QString lineEnding(const QString& text)
{
    return text.contains(QStringLiteral("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

// Inserts "key: value" (and missing parents) after the last line of the scope.
QString addKey(const QString& text, const QList<Line>& lines, int scopeEnd, int indent,
               const QStringList& path, const QVariant& value)
{
    const QString newline = lineEnding(text);
    QString added;
    for (qsizetype depth = 0; depth < path.size(); ++depth) {
        const QString pad(indent + int(depth) * 4, u' ');
        added += pad + path[depth] + u':';
        added += depth + 1 == path.size() ? u' ' + inlineValue(value, {}) + newline : newline;
    }
    int last = scopeEnd;
    while (last > 0 && lines[last - 1].blank)
        --last;
    const qsizetype at = last > 0 ? lines[last - 1].next : 0;
    QString before = text.first(at);
    if (!before.isEmpty() && !before.endsWith(u'\n'))
        before += newline;
    return before + added + text.sliced(at);
}

} // namespace

Result<QString> setYamlValue(const QString& content, const QStringList& path, const QVariant& value)
{
    const QList<Line> lines = splitLines(content);
    int from = 0;
    int to = int(lines.size());
    int indent = 0;
    for (qsizetype depth = 0; depth < path.size(); ++depth) {
        const Result<std::optional<KeyHit>> found =
            findKey(lines, content, from, to, indent, path[depth]);
        if (!found)
            return Error{found.errorMessage()};
        const std::optional<KeyHit>& hit = found.value();
        if (!hit)
            return addKey(content, lines, to, indent, path.mid(depth), value);
        if (depth + 1 == path.size()) {
            if (hit->block)
                return replaceBlock(content, lines, *hit, value);
            const QString original =
                content.sliced(hit->value.start, hit->value.end - hit->value.start);
            return QString(content.first(hit->value.start) + inlineValue(value, original) +
                           content.sliced(hit->value.end));
        }
        if (!hit->block)
            return Error{why(QT_TRANSLATE_NOOP(
                "FrontMatterEditor",
                "a key above it is written inline ({…}) or holds a value, not keys"))};
        const int parentIndent = indent;
        from = hit->line + 1;
        to = hit->blockEndLine;
        indent = -1;
        for (int i = from; i < to && indent < 0; ++i) {
            if (!lines[i].blank)
                indent = lines[i].indent;
        }
        if (indent < 0) // "parent:" with nothing under it yet
            return addKey(content, lines, from, parentIndent + 4, path.mid(depth + 1), value);
    }
    return Error{why(QT_TRANSLATE_NOOP("FrontMatterEditor", "the key is empty"))};
}

} // namespace digest::formateditors
