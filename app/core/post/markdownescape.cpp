#include "core/post/markdownescape.h"

#include <QRegularExpression>

namespace digest::escape {
namespace {

bool isLineBreakOrTab(char32_t c)
{
    // Everything a reader or a parser could take for the end of a line, and tabs (which
    // count as indentation at the start of a line).
    return c == u'\t' || c == u'\n' || c == u'\v' || c == u'\f' || c == u'\r' || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// Calls `visit` with every code point of the text; unpaired surrogates are left out.
template <typename Visit> void forEachCodePoint(QStringView text, Visit visit)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else if (!c.isSurrogate()) {
            visit(char32_t(c.unicode()));
        }
    }
}

void appendCodePoint(QString& out, char32_t c)
{
    const char32_t one[] = {c};
    out += QString::fromUcs4(one, 1);
}

bool startsEntity(QStringView text, qsizetype ampersand)
{
    // `&name;`, `&#123;` and `&#x1F;` are character references; a lone `&` is just text.
    static const QRegularExpression entity(QStringLiteral("\\A&#?[A-Za-z0-9]+;"));
    return entity.match(text.sliced(ampersand)).hasMatch();
}

// The length of what would open a block at the start of a line: a bullet, a setext
// underline, a definition (Goldmark's `: `), or an ordered list number with its `.` or `)`.
qsizetype blockOpenerLength(QStringView text)
{
    if (text.isEmpty())
        return 0;
    if (QStringView(u"-+=:").contains(text.front()))
        return 1;
    qsizetype digits = 0;
    while (digits < text.size() && text[digits].isDigit() && text[digits].unicode() < 0x80)
        ++digits;
    if (digits > 0 && digits < text.size() && (text[digits] == u'.' || text[digits] == u')'))
        return digits + 1;
    return 0;
}

// A bare URL would become a link (GFM's autolinks, Goldmark's linkify), and an escape right
// after it would end up inside the link. Escaping the ":" of "://" and the "." of "www."
// keeps it plain text.
bool wouldLink(QStringView line, qsizetype i)
{
    const QChar c = line[i];
    if (c == u':')
        return line.sliced(i + 1).startsWith(u"//");
    return c == u'.' && i >= 3 && line.sliced(i - 3, 3).compare(u"www", Qt::CaseInsensitive) == 0;
}

} // namespace

QString singleLine(QStringView text)
{
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&out](char32_t c) {
        if (isLineBreakOrTab(c))
            c = u' ';
        else if (isControl(c))
            return;
        if (c == u' ' && out.endsWith(u' '))
            return;
        appendCodePoint(out, c);
    });
    qsizetype begin = 0;
    qsizetype end = out.size();
    while (begin < end && out.at(begin).isSpace())
        ++begin;
    while (end > begin && out.at(end - 1).isSpace())
        --end;
    return out.sliced(begin, end - begin);
}

QString inlineMarkdown(QStringView text)
{
    static constexpr QStringView alwaysEscaped = u"\\`*_[]<>#|~{";
    const QString line = singleLine(text);
    const qsizetype opener = blockOpenerLength(line);
    QString out;
    out.reserve(line.size() + line.size() / 4 + 2);
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const bool escaped = alwaysEscaped.contains(c) || (i == opener - 1) ||
                             (c == u'&' && startsEntity(line, i)) || wouldLink(line, i);
        if (escaped)
            out += u'\\';
        out += c;
    }
    return out;
}

QString yamlDoubleQuoted(QStringView text)
{
    QString out = QStringLiteral("\"");
    out.reserve(text.size() + 2);
    forEachCodePoint(text, [&out](char32_t c) {
        // A byte order mark inside a string is not text; YAML readers drop it.
        if (c == 0xfeff)
            return;
        switch (c) {
        case u'"':
            out += u"\\\"";
            return;
        case u'\\':
            out += u"\\\\";
            return;
        case u'\t':
            out += u"\\t";
            return;
        case u'\n':
            out += u"\\n";
            return;
        case u'\r':
            out += u"\\r";
            return;
        default:
            break;
        }
        // Outside YAML's printable set, or a line break to a YAML reader: an escape keeps the
        // scalar on its one line.
        const bool escaped =
            isControl(c) || c == 0x2028 || c == 0x2029 || c == 0xfffe || c == 0xffff;
        if (escaped)
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            appendCodePoint(out, c);
    });
    out += u'"';
    return out;
}

} // namespace digest::escape
