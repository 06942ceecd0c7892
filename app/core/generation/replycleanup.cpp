#include "core/generation/replycleanup.h"

#include "core/post/markdownescape.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace digest {
namespace {

using Re = QRegularExpression;

QString normalizedLineEnds(QStringView reply)
{
    QString text = reply.toString();
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(u'\r', u'\n');
    return text.trimmed();
}

// A fence around the whole reply; one left open (a truncated reply) goes as well.
QString withoutFence(const QString& text)
{
    static const Re open(QStringLiteral("^(```|~~~)[^\\n]*(\\n|$)"));
    const auto match = open.match(text);
    if (!match.hasMatch())
        return text;
    QString inner = text.mid(match.capturedEnd());
    const QString fence = match.captured(1);
    const qsizetype lastLine = inner.lastIndexOf(u'\n') + 1;
    if (inner.mid(lastLine).trimmed().startsWith(fence))
        inner.truncate(lastLine);
    return inner.trimmed();
}

QString labelAlternatives(SlotKind kind, QStringView event)
{
    QStringList names;
    switch (kind) {
    case SlotKind::Benefits:
        names << QStringLiteral("benefits?") << QStringLiteral("potential benefits?");
        break;
    case SlotKind::Ramifications:
        names << QStringLiteral("ramifications?") << QStringLiteral("possible ramifications?");
        break;
    case SlotKind::Prediction:
        names << QStringLiteral("predictions?") << QStringLiteral("reasoning");
        break;
    }
    const QString trimmedEvent = escape::singleLine(event);
    if (!trimmedEvent.isEmpty())
        names << Re::escape(trimmedEvent);
    return names.join(u'|');
}

// Drops leading headings, blank lines and labels until none is left at the start.
QString withoutLeadingDecoration(QString text, SlotKind kind, QStringView event)
{
    static const Re heading(QStringLiteral("^#{1,6}(?:[ \\t][^\\n]*)?(?:\\n|$)"));
    static const Re rule(QStringLiteral("^(?:[-*_=][ \\t]*){3,}(?:\\n|$)"));
    const QString names = labelAlternatives(kind, event);
    // "Benefits:", "**Benefits:**", "*Benefits*:", "- Benefits:", "1. Benefits -", with
    // the colon inside or outside the emphasis, or a whole line that is only the label.
    const Re label(
        QStringLiteral("^[ \\t]*(?:[-*+>][ \\t]+|\\d{1,2}[.)][ \\t]+)?[*_]{0,3}[ \\t]*"
                       "(?:%1)[ \\t]*[*_]{0,3}[ \\t]*(?:[:\\x{FF1A}]|[-\\x{2013}\\x{2014}]"
                       "[ \\t]|[ \\t]*(?=\\n|$))[*_]{0,3}[ \\t]*")
            .arg(names),
        Re::CaseInsensitiveOption);
    for (;;) {
        const QString before = text;
        text = text.trimmed();
        for (const Re* re : {&heading, &rule, &label}) {
            const auto match = re->match(text);
            if (match.hasMatch() && match.capturedLength() > 0)
                text.remove(0, match.capturedLength());
        }
        text = text.trimmed();
        if (text == before)
            return text;
    }
}

QString withoutWrappingQuotes(QString text)
{
    static const QList<std::pair<QChar, QChar>> pairs{{u'"', u'"'},
                                                      {QChar(0x201C), QChar(0x201D)},
                                                      {QChar(0x00AB), QChar(0x00BB)},
                                                      {u'\'', u'\''}};
    for (const auto& [open, close] : pairs) {
        if (text.size() >= 2 && text.front() == open && text.back() == close) {
            const QStringView inner = QStringView(text).mid(1, text.size() - 2);
            // "A" and "B" is not wrapped in quotes.
            if (!inner.contains(open) && !inner.contains(close))
                return inner.trimmed().toString();
        }
    }
    return text;
}

// One paragraph: every line's block markers dropped, lines joined.
QString oneParagraph(const QString& text)
{
    static const Re marker(
        QStringLiteral("^[ \\t]*(?:(?:>[ \\t]?)+|#{1,6}[ \\t]+|[-*+][ \\t]+(?:\\[[ xX]\\][ \\t]+)?|"
                       "\\d{1,2}[.)][ \\t]+)+"));
    static const Re closingHashes(QStringLiteral("[ \\t]+#+[ \\t]*$"));
    static const Re fenceOrRule(QStringLiteral("^[ \\t]*(?:```|~~~|(?:[-*_=][ \\t]*){3,}$)"));
    QStringList parts;
    const QStringList lines = text.split(u'\n');
    for (QString line : lines) {
        if (fenceOrRule.match(line).hasMatch())
            continue;
        const bool wasHeading = line.trimmed().startsWith(u'#');
        line.remove(marker);
        if (wasHeading)
            line.remove(closingHashes);
        line = line.trimmed();
        if (!line.isEmpty())
            parts.append(line);
    }
    return parts.join(u' ');
}

// Emphasis and code markers: the slot's text is plain, and escaped they would show as
// asterisks and backticks.
QString withoutInlineMarkers(QString text)
{
    static const Re strong(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const Re emphasis(QStringLiteral("(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])"));
    static const Re code(QStringLiteral("`+([^`]+)`+"));
    text.replace(strong, QStringLiteral("\\2"));
    text.replace(emphasis, QStringLiteral("\\1"));
    text.replace(code, QStringLiteral("\\1"));
    return text;
}

} // namespace

QString replyPlainText(QStringView reply, SlotKind kind, QStringView event)
{
    QString text = normalizedLineEnds(reply);
    text = withoutFence(text);
    text = withoutLeadingDecoration(text, kind, event);
    text = withoutWrappingQuotes(text);
    text = withoutLeadingDecoration(text, kind, event);
    text = withoutInlineMarkers(oneParagraph(text));
    text = escape::singleLine(text);
    // A label alone is nothing.
    text = withoutLeadingDecoration(text, kind, event);
    static const Re onlyPunctuation(QStringLiteral("^[\\p{P}\\p{S}\\s]*$"));
    if (onlyPunctuation.match(text).hasMatch())
        return {};
    return text;
}

QString cleanSlotReply(QStringView reply, SlotKind kind, QStringView event)
{
    return escape::inlineMarkdown(replyPlainText(reply, kind, event));
}

PredictionReply cleanPredictionReply(QStringView reply, QStringView event)
{
    QString text = replyPlainText(reply, SlotKind::Prediction, event);
    const QLocale english(QLocale::English);
    QStringList months;
    for (int month = 1; month <= 12; ++month)
        months << english.monthName(month, QLocale::LongFormat);
    QStringList shortMonths;
    for (int month = 1; month <= 12; ++month)
        shortMonths << english.monthName(month, QLocale::ShortFormat);
    // "March 2031", "Mar. 2031", "Sept 2031"; then "2031-03".
    const Re named(QStringLiteral("\\b(%1|%2|Sept)\\.?,?[ \\t]+(\\d{4})\\b")
                       .arg(months.join(u'|'), shortMonths.join(u'|')),
                   Re::CaseInsensitiveOption);
    const Re iso(QStringLiteral("\\b(\\d{4})-(0[1-9]|1[0-2])\\b"));
    PredictionReply result;
    qsizetype dateStart = -1;
    qsizetype dateEnd = -1;
    if (const auto match = named.match(text); match.hasMatch()) {
        const QString month = match.captured(1).left(3).toLower();
        for (int i = 0; i < 12; ++i) {
            if (shortMonths.at(i).toLower() == month)
                result.date = months.at(i) + u' ' + match.captured(2);
        }
        dateStart = match.capturedStart();
        dateEnd = match.capturedEnd();
    } else if (const auto isoMatch = iso.match(text); isoMatch.hasMatch()) {
        result.date = months.at(isoMatch.captured(2).toInt() - 1) + u' ' + isoMatch.captured(1);
        dateStart = isoMatch.capturedStart();
        dateEnd = isoMatch.capturedEnd();
    }
    // A date that opens the reply ("(March 2031): ...", "By March 2031, ...") is the
    // prediction's head, not its reasoning: the post writes it beside the event.
    if (dateStart >= 0) {
        // The event's name may come first: "Artificial General Intelligence (March 2031)".
        const QString name = escape::singleLine(event);
        const Re before(
            QStringLiteral("^[\\s(\\[]*(?:%1)?[\\s(\\[:\\x{2013}\\x{2014}-]*(?:(?:by|in|"
                           "around|circa|est\\.?|estimated|date|predicted date)"
                           "[\\s:]*)?$")
                .arg(name.isEmpty() ? QString() : Re::escape(name)),
            Re::CaseInsensitiveOption);
        // Closed by a parenthesis or a punctuation mark: "March 2031 because ..." is a sentence.
        const Re after(QStringLiteral("^(?:\\s*[)\\]]\\s*[:.,;\\x{2013}\\x{2014}-]?|\\s*"
                                      "[:.,;\\x{2013}\\x{2014}-]|\\s*$)\\s*"));
        if (before.match(text.left(dateStart)).hasMatch()) {
            const auto tail = after.match(QStringView(text).mid(dateEnd));
            if (tail.hasMatch())
                text = text.mid(dateEnd + tail.capturedLength());
        }
    }
    text = replyPlainText(text, SlotKind::Prediction, event);
    result.text = escape::inlineMarkdown(text);
    return result;
}

} // namespace digest
