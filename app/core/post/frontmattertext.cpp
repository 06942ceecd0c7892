#include "core/post/frontmattertext.h"

#include "core/post/markdownescape.h"

#include <QDateTime>

namespace digest::frontmattertext {

QList<Line> splitLines(const QString& text)
{
    QList<Line> lines;
    for (qsizetype start = 0; start < text.size();) {
        const qsizetype newline = text.indexOf(u'\n', start);
        Line line;
        line.start = start;
        line.next = newline < 0 ? text.size() : newline + 1;
        line.end = newline < 0 ? text.size() : newline;
        if (line.end > line.start && text[line.end - 1] == u'\r')
            --line.end;
        while (line.start + line.indent < line.end && text[line.start + line.indent] == u' ')
            ++line.indent;
        line.blank =
            QStringView(text).sliced(line.start, line.end - line.start).trimmed().isEmpty();
        lines.append(line);
        start = line.next;
    }
    return lines;
}

qsizetype matchingBracket(const QString& text, qsizetype start)
{
    int depth = 0;
    QChar quote;
    for (qsizetype i = start; i < text.size(); ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == u'\\' && quote == u'"')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == u'"' || c == u'\'')
            quote = c;
        else if (c == u'[' || c == u'{')
            ++depth;
        else if ((c == u']' || c == u'}') && --depth == 0)
            return i + 1;
    }
    return -1;
}

qsizetype endOfInlineValue(const QString& text, qsizetype start, qsizetype lineEnd)
{
    QChar quote;
    qsizetype end = lineEnd;
    for (qsizetype i = start; i < lineEnd; ++i) {
        const QChar c = text[i];
        if (!quote.isNull()) {
            if (c == u'\\' && quote == u'"')
                ++i;
            else if (c == quote)
                quote = QChar();
            continue;
        }
        if ((c == u'"' || c == u'\'') && i == start) {
            quote = c;
        } else if (c == u'#' && i > start && text[i - 1].isSpace()) {
            end = i;
            break;
        }
    }
    while (end > start && text[end - 1].isSpace())
        --end;
    return end;
}

QString doubleQuoted(const QString& text)
{
    // One escaper for all front matter: the escapes it writes (\" \\ \t \n \r \uXXXX) read the
    // same in YAML, TOML and JSON.
    return escape::yamlDoubleQuoted(text);
}

QString doubleQuotedList(const QStringList& items)
{
    QStringList quoted;
    quoted.reserve(items.size());
    for (const QString& item : items)
        quoted.append(doubleQuoted(item));
    return u'[' + quoted.join(QStringLiteral(", ")) + u']';
}

QString rfc3339(const QDateTime& dateTime)
{
    const QString local = dateTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const int offset = dateTime.offsetFromUtc();
    if (dateTime.timeSpec() == Qt::UTC || offset == 0)
        return local + u'Z';
    const int minutes = std::abs(offset) / 60;
    return local + (offset < 0 ? u'-' : u'+') +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<QString> bareScalar(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QMetaType::QDateTime:
        return rfc3339(value.toDateTime());
    default:
        return std::nullopt;
    }
}

} // namespace digest::frontmattertext
