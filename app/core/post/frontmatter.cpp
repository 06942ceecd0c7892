#include "core/post/frontmatter.h"

namespace digest {
namespace {

// A line of text with its extent, line terminator excluded.
struct Line
{
    qsizetype start = 0;
    qsizetype end = 0;  // exclusive, before "\n" / "\r\n"
    qsizetype next = 0; // start of the following line
};

Line lineAt(QStringView text, qsizetype start)
{
    const qsizetype newline = text.indexOf(u'\n', start);
    Line line{start, newline < 0 ? text.size() : newline, newline < 0 ? text.size() : newline + 1};
    if (line.end > line.start && text[line.end - 1] == u'\r')
        --line.end;
    return line;
}

bool isDelimiter(QStringView text, const Line& line, QStringView delimiter)
{
    // Hugo tolerates trailing blanks after the delimiter, nothing else.
    return text.sliced(line.start, line.end - line.start).trimmed() == delimiter &&
           text.sliced(line.start).startsWith(delimiter);
}

int countLines(QStringView text, qsizetype until)
{
    return int(text.first(until).count(u'\n'));
}

FrontMatterSplit splitDelimited(QStringView text, QStringView delimiter,
                                FrontMatterSplit::Format format)
{
    FrontMatterSplit split;
    const Line opening = lineAt(text, 0);
    for (qsizetype start = opening.next; start < text.size();) {
        const Line line = lineAt(text, start);
        if (isDelimiter(text, line, delimiter)) {
            split.format = format;
            split.content = text.sliced(opening.next, line.start - opening.next).toString();
            split.contentOffset = opening.next;
            split.bodyOffset = line.next;
            split.bodyFirstLine = countLines(text, line.next);
            return split;
        }
        start = line.next;
    }
    split.unterminated = true;
    return split;
}

// The end of the JSON object that opens the text (one past its closing brace), or -1.
qsizetype jsonObjectEnd(QStringView text)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"')
            inString = true;
        else if (c == u'{')
            ++depth;
        else if (c == u'}' && --depth == 0)
            return i + 1;
    }
    return -1;
}

FrontMatterSplit splitJson(QStringView text)
{
    FrontMatterSplit split;
    const qsizetype end = jsonObjectEnd(text);
    if (end < 0) {
        split.unterminated = true;
        return split;
    }
    split.format = FrontMatterSplit::Format::Json;
    split.content = text.first(end).toString();
    // The body starts on the line after the closing brace.
    const Line rest = lineAt(text, end);
    split.bodyOffset = rest.next;
    split.bodyFirstLine = countLines(text, rest.next);
    return split;
}

FrontMatterSplit splitAfterBom(QStringView text)
{
    const Line first = lineAt(text, 0);
    if (isDelimiter(text, first, u"---"))
        return splitDelimited(text, u"---", FrontMatterSplit::Format::Yaml);
    if (isDelimiter(text, first, u"+++"))
        return splitDelimited(text, u"+++", FrontMatterSplit::Format::Toml);
    if (text.startsWith(u'{'))
        return splitJson(text);
    return {};
}

} // namespace

FrontMatterSplit splitFrontMatter(QStringView file)
{
    // A byte order mark is not part of the first line (Hugo skips it too).
    const qsizetype bom = file.startsWith(QChar(0xfeff)) ? 1 : 0;
    FrontMatterSplit split = splitAfterBom(file.sliced(bom));
    split.contentOffset += bom;
    split.bodyOffset += bom;
    return split;
}

QString formatName(FrontMatterSplit::Format format)
{
    switch (format) {
    case FrontMatterSplit::Format::Yaml:
        return QStringLiteral("YAML");
    case FrontMatterSplit::Format::Toml:
        return QStringLiteral("TOML");
    case FrontMatterSplit::Format::Json:
        return QStringLiteral("JSON");
    case FrontMatterSplit::Format::None:
        break;
    }
    return QStringLiteral("none");
}

} // namespace digest
