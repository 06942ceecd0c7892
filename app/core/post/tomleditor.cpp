#include "core/post/formateditors.h"
#include "core/post/frontmattertext.h"

#include <QRegularExpression>

namespace digest::formateditors {
namespace {

using namespace frontmattertext;

// A table header, [name] or, for an array of tables, [[name]] (captured 1: the brackets).
const QRegularExpression& tableHeader()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(#.*)?$)"));
    return pattern;
}

QString lineText(const QString& text, const Line& line)
{
    return text.sliced(line.start, line.end - line.start);
}

// The lines [from, to) of a table: the top level (table "") runs up to the first header. An
// array of tables ([[name]]) has no one place for a key: its `from` is -2.
std::pair<int, int> tableLines(const QString& text, const QList<Line>& lines, const QString& table)
{
    int from = table.isEmpty() ? 0 : -1;
    for (int i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch header = tableHeader().match(lineText(text, lines[i]));
        if (!header.hasMatch())
            continue;
        if (from >= 0)
            return {from, i};
        if (header.captured(2) == table)
            from = header.captured(1) == u"[[" ? -2 : i + 1;
    }
    return {from, int(lines.size())};
}

// Whether the top level writes the table inline, `cover = {…}`, or with dotted keys,
// `cover.alt = …`.
bool tableWrittenInline(const QString& text, const QList<Line>& lines, const QString& table)
{
    const auto [from, to] = tableLines(text, lines, QString());
    const QRegularExpression start(u"^\\s*\"?" + QRegularExpression::escape(table) +
                                   u"\"?\\s*[=.]");
    for (int i = from; i < to; ++i) {
        if (start.match(lineText(text, lines[i])).hasMatch())
            return true;
    }
    return false;
}

QString inlineValue(const QVariant& value, QStringView original)
{
    if (const auto bare = bareScalar(value))
        return *bare;
    if (value.typeId() == QMetaType::QStringList)
        return doubleQuotedList(value.toStringList());
    const QString text = value.toString();
    // A literal string stays literal when it can.
    if (original.startsWith(u'\'') && !text.contains(u'\'') && !text.contains(u'\n'))
        return u'\'' + text + u'\'';
    return doubleQuoted(text);
}

QString lineEnding(const QString& text)
{
    return text.contains(QStringLiteral("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
}

QString insertLine(const QString& text, const QList<Line>& lines, int after, const QString& line)
{
    const QString newline = lineEnding(text);
    const qsizetype at = after > 0 ? lines[after - 1].next : 0;
    QString before = text.first(at);
    if (!before.isEmpty() && !before.endsWith(u'\n'))
        before += newline;
    return before + line + newline + text.sliced(at);
}

} // namespace

Result<QString> setTomlValue(const QString& content, const QStringList& path, const QVariant& value)
{
    if (path.size() > 2)
        return Error{why(QT_TRANSLATE_NOOP("FrontMatterEditor",
                                           "TOML keys are changed at most one table deep"))};
    const QString table = path.size() == 2 ? path.first() : QString();
    const QString key = path.last();
    const QList<Line> lines = splitLines(content);
    const auto [from, to] = tableLines(content, lines, table);
    if (from == -2)
        return Error{
            why(QT_TRANSLATE_NOOP("FrontMatterEditor", "its table is an array of tables ([[…]])"))};
    if (from < 0) {
        if (tableWrittenInline(content, lines, table))
            return Error{why(QT_TRANSLATE_NOOP(
                "FrontMatterEditor", "its table is written inline ({…}) or with dotted keys"))};
        QString added = content;
        if (!added.isEmpty() && !added.endsWith(u'\n'))
            added += lineEnding(content);
        return QString(added + u'[' + table + u']' + lineEnding(content) + key +
                       QStringLiteral(" = ") + inlineValue(value, {}) + lineEnding(content));
    }

    const QRegularExpression keyLine(u"^\\s*(" + QRegularExpression::escape(key) + u"|\"" +
                                     QRegularExpression::escape(key) + u"\")\\s*=\\s*");
    for (int i = from; i < to; ++i) {
        const QRegularExpressionMatch match = keyLine.match(lineText(content, lines[i]));
        if (!match.hasMatch())
            continue;
        const qsizetype start = lines[i].start + match.capturedEnd(0);
        if (content.mid(start, 3) == u"\"\"\"" || content.mid(start, 3) == u"'''")
            return Error{why(QT_TRANSLATE_NOOP(
                "FrontMatterEditor", "its value is a multi-line TOML string (\"\"\" or ''')"))};
        const bool bracketed =
            start < lines[i].end && (content[start] == u'[' || content[start] == u'{');
        const qsizetype end = bracketed ? matchingBracket(content, start)
                                        : endOfInlineValue(content, start, lines[i].end);
        if (end < 0)
            return Error{
                why(QT_TRANSLATE_NOOP("FrontMatterEditor", "its bracketed value does not close"))};
        const QString original = content.sliced(start, end - start);
        return QString(content.first(start) + inlineValue(value, original) + content.sliced(end));
    }
    int last = to;
    while (last > from && lines[last - 1].blank)
        --last;
    return insertLine(content, lines, last, key + QStringLiteral(" = ") + inlineValue(value, {}));
}

} // namespace digest::formateditors
