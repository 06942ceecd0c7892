// The rules about generated text: slots whose generation fell short, text that stops
// mid-sentence, and topics an earlier post already covered.
#include "core/lint/lintrules.h"
#include "core/outline/outline.h"

namespace digest::lint {
namespace {

using Severity = Problem::Severity;

// The span of `needle` on the file's line `line` at or after `fromColumn`, as a column and a
// length; the whole range's first line from `fromColumn` when it is not there.
std::pair<int, int> spanOnLine(const Linter& linter, int line, int fromColumn,
                               const QString& needle)
{
    const QString text = linter.lines.lineText(line);
    const qsizetype at = needle.isEmpty() ? -1 : text.indexOf(needle, fromColumn - 1);
    if (at >= 0)
        return {int(at) + 1, int(needle.size())};
    return {fromColumn, std::max(0, int(text.size()) - fromColumn + 1)};
}

void checkIncomplete(Linter& linter)
{
    for (const UnfinishedSlot& slot : linter.context.unfinishedSlots) {
        Problem& problem =
            linter.add(slot.line, slot.column, Severity::Error, QStringLiteral("slot-incomplete"),
                       Tr::tr("The generation of %1 did not finish (%2): its text may stop short.")
                           .arg(slot.slotId, slot.reason));
        // The rest of the line is the slot's first line of text.
        problem.length = spanOnLine(linter, slot.line, slot.column, QString()).second;
    }
}

// Whether a paragraph ends as a sentence does: with . ! ? … (or a colon before a list that
// the outline does not count as text), perhaps followed by closing quotes, brackets or
// emphasis markers. Plain text from the outline has no Markdown markers left, but a model's
// text ends in "*" or "_" now and then when it was escaped.
bool endsSentence(const QString& text)
{
    static const QString closers = QStringLiteral("\"'”’»)]*_`");
    qsizetype end = text.size();
    while (end > 0 && (text.at(end - 1).isSpace() || closers.contains(text.at(end - 1))))
        --end;
    if (end == 0)
        return true; // nothing but markers: empty-slot's business
    static const QString enders = QStringLiteral(".!?…");
    return enders.contains(text.at(end - 1));
}

// A paragraph that stops mid-sentence, as a generation cut off by the token limit leaves it;
// reported at its last word.
void checkEnding(Linter& linter, const QString& text, const SourceRange& range,
                 const QString& message)
{
    if (isPlaceholder(text) || !range.isValid() || endsSentence(text))
        return;
    const QString line = linter.lines.lineText(range.endLine);
    int end = std::min(range.endColumn, int(line.size()));
    int start = end;
    while (start > 1 && !line.at(start - 2).isSpace())
        --start;
    Problem& problem = linter.add(range.endLine, start, Severity::Warning,
                                  QStringLiteral("slot-unfinished"), message);
    problem.length = std::max(0, end - start + 1);
}

void checkEndings(Linter& linter, const Outline& outline)
{
    for (qsizetype i = 0; i < outline.consequences.size(); ++i) {
        const ConsequenceItem& item = outline.consequences.at(i);
        checkEnding(linter, item.benefits.text, item.benefits.range,
                    Tr::tr("The Benefits of item %1 stop mid-sentence.").arg(i + 1));
        checkEnding(linter, item.ramifications.text, item.ramifications.range,
                    Tr::tr("The Ramifications of item %1 stop mid-sentence.").arg(i + 1));
    }
    for (const Prediction& prediction : outline.predictions)
        checkEnding(linter, prediction.text, prediction.textRange,
                    Tr::tr("The prediction \"%1\" stops mid-sentence.").arg(prediction.event));
}

void checkCovered(Linter& linter, const QString& title, const SourceRange& range)
{
    if (title.trimmed().isEmpty() || !range.isValid())
        return;
    const QString post = linter.context.coveredBy(title);
    if (post.isEmpty())
        return;
    const auto [column, length] = spanOnLine(linter, range.startLine, range.startColumn, title);
    Problem& problem =
        linter.add(range.startLine, column, Severity::Warning, QStringLiteral("topic-covered"),
                   Tr::tr("\"%1\" was covered in %2.").arg(title, post));
    problem.length = length;
}

void checkCoverage(Linter& linter, const Outline& outline)
{
    if (!linter.context.coveredBy)
        return;
    for (const ConsequenceItem& item : outline.consequences)
        checkCovered(linter, item.title, item.titleRange);
    for (const TrendingTopic& topic : outline.trending)
        checkCovered(linter, topic.title, topic.range);
}

} // namespace

void checkGeneratedText(Linter& linter)
{
    checkIncomplete(linter);
    if (linter.split.format == FrontMatterSplit::Format::None || linter.split.unterminated)
        return;
    const Outline outline = parseOutline(linter.text);
    checkEndings(linter, outline);
    checkCoverage(linter, outline);
}

} // namespace digest::lint
