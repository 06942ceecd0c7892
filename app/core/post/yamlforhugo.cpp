#include "core/post/yamlforhugo.h"

#include <QRegularExpression>
#include <QSet>

namespace digest {
namespace {

// Where a quoted YAML value that starts at `open` ends on its line; -1 when it does not.
qsizetype closingQuote(QStringView line, qsizetype open)
{
    const QChar quote = line.at(open);
    for (qsizetype at = open + 1; at < line.size(); ++at) {
        if (quote == u'"' && line.at(at) == u'\\') {
            ++at;
        } else if (line.at(at) == quote) {
            if (quote == u'\'' && at + 1 < line.size() && line.at(at + 1) == u'\'')
                ++at; // '' is an escaped quote
            else
                return at;
        }
    }
    return -1;
}

// go-yaml accepts tab, line breaks and printable characters only ("control characters are not
// allowed"); a NUL would otherwise end the value early in C code that reads it.
bool isYamlPrintable(char16_t c)
{
    return c == u'\t' || c == u'\n' || c == u'\r' || (c >= 0x20 && c <= 0x7e) || c == 0x85 ||
           (c >= 0xa0 && c <= 0xfffd);
}

} // namespace

QList<YamlForHugoProblem> YamlForHugo::problems(const QString& content)
{
    static const QRegularExpression keyLine(QStringLiteral(R"(^([\w.-]+)\s*:)"));
    static const QRegularExpression quotedValue(
        QStringLiteral(R"(^\s*(?:- |[\w.-]+\s*:\s+)(["']))"));
    QList<YamlForHugoProblem> found;
    const QStringList lines = content.split(u'\n');
    QSet<QString> keys;
    for (int number = 0; number < lines.size(); ++number) {
        const QString& line = lines.at(number);
        for (qsizetype at = 0; at < line.size(); ++at) {
            if (!isYamlPrintable(line.at(at).unicode())) {
                found.append({number, int(at),
                              tr("A control character (U+%1) is in the front matter; Hugo "
                                 "cannot read it.")
                                  .arg(QString::number(line.at(at).unicode(), 16)
                                           .toUpper()
                                           .rightJustified(4, u'0'))});
                break;
            }
        }
        if (const QRegularExpressionMatch key = keyLine.match(line); key.hasMatch()) {
            if (keys.contains(key.captured(1)))
                found.append({number, 0,
                              tr("The key %1 is there twice; Hugo cannot read the front matter.")
                                  .arg(key.captured(1))});
            keys.insert(key.captured(1));
        }
        const QRegularExpressionMatch match = quotedValue.match(line);
        if (!match.hasMatch() || closingQuote(line, match.capturedStart(1)) >= 0)
            continue;
        const QString next = number + 1 < lines.size() ? lines.at(number + 1) : QString();
        if (next.isEmpty() || !next.at(0).isSpace())
            found.append({number, int(match.capturedStart(1)),
                          tr("The quoted value is not closed; Hugo cannot read the front "
                             "matter.")});
    }
    return found;
}

} // namespace digest
