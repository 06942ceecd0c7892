#include "core/generation/postlayout.h"

#include "core/post/markdownescape.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace digest {
namespace {

QString trLayout(const char* text)
{
    return QCoreApplication::translate("digest::PostLayout", text);
}

// The starts of the text's lines, to turn an outline's line and column into a position.
class Lines final
{
public:
    explicit Lines(const QString& text)
        : m_size(int(text.size()))
    {
        m_starts.append(0);
        for (int i = 0; i < m_size; ++i) {
            if (text.at(i) == u'\n')
                m_starts.append(i + 1);
        }
    }

    // -1 when there is no such line (lines are 1-based).
    int start(int line) const
    {
        return line >= 1 && line <= m_starts.size() ? m_starts.at(line - 1) : -1;
    }
    // Where the line's break is (or the end of the text for the last line).
    int end(int line) const
    {
        if (line < 1 || line > m_starts.size())
            return -1;
        return line == m_starts.size() ? m_size : m_starts.at(line) - 1;
    }
    // -1 when the column is not on the line (a column one past its end is: an insertion
    // point).
    int position(int line, int column) const
    {
        const int first = start(line);
        if (first < 0 || column < 1 || first + column - 1 > end(line))
            return -1;
        return first + column - 1;
    }

private:
    int m_size = 0;
    QList<int> m_starts;
};

// The position just after the range's last character, or -1.
int endOf(const Lines& lines, const SourceRange& range)
{
    if (!range.isValid())
        return -1;
    const int last = lines.position(range.endLine, range.endColumn);
    return last < 0 ? -1 : last + 1;
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool within(const SourceRange& inner, const SourceRange& outer)
{
    return inner.isValid() && inner.startLine >= outer.startLine && inner.endLine <= outer.endLine;
}

const Section* findSection(const Outline& outline, Section::Kind kind)
{
    for (const Section& section : outline.sections) {
        if (section.kind == kind)
            return &section;
    }
    return nullptr;
}

// Replaces the whole lines from the first item's to the last one's by `items`. With no items
// to write, the blank lines before the old ones go too; with none there, `items` goes after
// the section's last block, `blankLines` blank lines after a bare heading.
Result<TextEdit> relayout(const QString& text, const Section& section,
                          const QList<SourceRange>& itemRanges, const QString& items,
                          int blankLines)
{
    const Lines lines(text);
    if (!itemRanges.isEmpty()) {
        int from = lines.start(itemRanges.first().startLine);
        const int to = lines.end(itemRanges.last().endLine);
        if (from < 0 || to < from)
            return Error{trLayout("The post's outline does not fit its text.")};
        if (items.isEmpty()) {
            while (from > 0 && (text.at(from - 1) == u'\n' || isBlank(text.at(from - 1))))
                --from;
        }
        return TextEdit{from, to - from, items};
    }
    const int at = endOf(lines, section.range);
    if (at < 0)
        return Error{trLayout("The post's outline does not fit its text.")};
    if (items.isEmpty())
        return TextEdit{at, 0, {}};
    const bool bareHeading = section.range.endLine == section.range.startLine;
    return TextEdit{at, 0, QString(bareHeading ? blankLines + 1 : 2, u'\n') + items};
}

// The text before a label's text on its line ("   - "), when it is only blanks and a bullet.
std::optional<QString> labelPrefix(const QString& text, const Lines& lines,
                                   const SourceRange& label)
{
    const int first = lines.start(label.startLine);
    if (first < 0 || label.startColumn < 1)
        return std::nullopt;
    const QString prefix = text.mid(first, label.startColumn - 1);
    const QString marker = prefix.trimmed();
    if (marker.isEmpty() || marker == u"-" || marker == u"*" || marker == u"+")
        return prefix;
    return std::nullopt;
}

Result<SlotWrite> writeConsequence(const QString& text, const Outline& outline,
                                   const PlannedSlot& slot, const QString& escapedText)
{
    if (slot.index < 0 || slot.index >= outline.consequences.size())
        return Error{trLayout("The post has no such topic any more.")};
    const Lines lines(text);
    const ConsequenceItem& item = outline.consequences.at(slot.index);
    const bool benefits = slot.kind == SlotKind::Benefits;
    const Slot& own = benefits ? item.benefits : item.ramifications;
    const Slot& other = benefits ? item.ramifications : item.benefits;
    const Error misfit{trLayout("The post's outline does not fit its text.")};

    if (own.present && !own.text.isEmpty()) {
        // Filled: its text replaced where it is, in the layout it has.
        const auto [position, length] = spanOf(text, own.range);
        if (position < 0)
            return misfit;
        return SlotWrite{{position, length, escapedText}, 0};
    }
    if (own.present) {
        // Empty: the label's line ends in a hard break, the text goes on the next line.
        int from = endOf(lines, own.labelRange);
        if (from < 0)
            return misfit;
        if (from < text.size() && text.at(from) == u':') // "*Benefits*:"
            ++from;
        int to = from;
        if (own.range.isValid() && own.range != own.labelRange) // a placeholder
            to = std::max(to, endOf(lines, own.range));
        while (to < text.size() && isBlank(text.at(to)))
            ++to;
        const QString head = QStringLiteral("  \n") + QString(own.labelRange.startColumn - 1, u' ');
        return SlotWrite{{from, to - from, head + escapedText}, int(head.size())};
    }

    // Missing: a label of its own, shaped like its sibling's or under the title.
    std::optional<QString> prefix =
        other.present ? labelPrefix(text, lines, other.labelRange) : std::nullopt;
    const bool beforeOther = benefits && prefix.has_value();
    if (!prefix) {
        const int titleColumn = item.titleRange.isValid() ? item.titleRange.startColumn : 4;
        prefix = QString(titleColumn - 1, u' ') + QStringLiteral("- ");
    }
    const QString label =
        benefits ? QStringLiteral("*Benefits:*") : QStringLiteral("*Ramifications:*");
    const QString block = *prefix + label + QStringLiteral("  \n") + QString(prefix->size(), u' ');
    if (beforeOther) {
        const int at = lines.start(other.labelRange.startLine);
        return SlotWrite{{at, 0, block + escapedText + QStringLiteral("\n\n")}, int(block.size())};
    }
    const int at = endOf(lines, item.range);
    if (at < 0)
        return misfit;
    const QString lead = QStringLiteral("\n\n") + block;
    return SlotWrite{{at, 0, lead + escapedText}, int(lead.size())};
}

// `between` (what follows the event, up to where the text goes) with `date` in it: in place of
// the date written on the event's line, else right after the event.
QString withDate(QString between, const QString& when, const QString& date)
{
    const qsizetype lineEnd = between.indexOf(u'\n');
    const QStringView head = QStringView(between).first(lineEnd < 0 ? between.size() : lineEnd);
    const qsizetype at = when.isEmpty() ? -1 : head.indexOf(when);
    if (at >= 0)
        between.replace(at, when.size(), date);
    else
        between.insert(0, QStringLiteral(" (") + date + u')');
    return between;
}

Result<SlotWrite> writePrediction(const QString& text, const Outline& outline,
                                  const PlannedSlot& slot, const QString& escapedText,
                                  const QString& predictionDate)
{
    if (slot.index < 0 || slot.index >= outline.predictions.size())
        return Error{trLayout("The post has no such prediction any more.")};
    const Prediction& prediction = outline.predictions.at(slot.index);
    const Lines lines(text);
    const int eventEnd = endOf(lines, prediction.eventRange);
    const int headEnd = lines.end(prediction.eventRange.endLine);
    if (eventEnd < 0 || headEnd < eventEnd)
        return Error{trLayout("The post's outline does not fit its text.")};

    const bool hasText = prediction.textRange.isValid();
    const auto [textStart, textLength] = spanOf(text, prediction.textRange);
    if (hasText && textStart < 0)
        return Error{trLayout("The post's outline does not fit its text.")};
    const QString date = escape::inlineMarkdown(predictionDate);
    if (hasText && (date.isEmpty() || textStart < eventEnd))
        return SlotWrite{{textStart, textLength, escapedText}, 0};

    const int regionEnd = hasText ? textStart : headEnd;
    QString between = text.mid(eventEnd, regionEnd - eventEnd);
    if (!date.isEmpty())
        between = withDate(between, prediction.when, date);
    if (!hasText) {
        while (!between.isEmpty() && isBlank(between.back()))
            between.chop(1);
        between += QStringLiteral("  \n") + QString(prediction.eventRange.startColumn - 1, u' ');
    }
    const int editEnd = hasText ? textStart + textLength : headEnd;
    return SlotWrite{{eventEnd, editEnd - eventEnd, between + escapedText}, int(between.size())};
}

} // namespace

std::pair<int, int> spanOf(const QString& plainText, const SourceRange& range)
{
    const Lines lines(plainText);
    const int start = range.isValid() ? lines.position(range.startLine, range.startColumn) : -1;
    const int end = endOf(lines, range);
    if (start < 0 || end < start || end > plainText.size())
        return {-1, 0};
    return {start, end - start};
}

Result<TextEdit> layoutConsequences(const QString& plainText, const Outline& outline,
                                    const QList<LayoutTopic>& topics)
{
    const Section* section = findSection(outline, Section::Kind::Consequences);
    if (!section)
        return Error{trLayout("The post has no section for the topics' consequences.")};
    QList<SourceRange> ranges;
    for (const ConsequenceItem& item : outline.consequences) {
        if (within(item.range, section->range))
            ranges.append(item.range);
    }
    QString items;
    for (qsizetype i = 0; i < topics.size(); ++i) {
        QString title = escape::inlineMarkdown(topics.at(i).title);
        if (title.isEmpty())
            title = QStringLiteral("..."); // "****" would be a rule
        if (i > 0)
            items += QStringLiteral("\n\n");
        items += QString::number(i + 1) + QStringLiteral(". **") + title +
                 QStringLiteral("**\n\n   - *Benefits:*\n\n   - *Ramifications:*");
    }
    return relayout(plainText, *section, ranges, items, 2);
}

Result<TextEdit> layoutTrending(const QString& plainText, const Outline& outline,
                                const QStringList& headlines)
{
    const Section* section = findSection(outline, Section::Kind::Trending);
    if (!section)
        return Error{trLayout("The post has no section for trending topics.")};
    QList<SourceRange> ranges;
    for (const TrendingTopic& topic : outline.trending) {
        if (within(topic.range, section->range))
            ranges.append(topic.range);
    }
    QStringList lines;
    for (const QString& headline : headlines) {
        const QString escaped = escape::inlineMarkdown(headline);
        lines.append(escaped.isEmpty() ? QStringLiteral("-") : QStringLiteral("- ") + escaped);
    }
    return relayout(plainText, *section, ranges, lines.join(u'\n'), 3);
}

Result<SlotWrite> writeSlot(const QString& plainText, const Outline& outline,
                            const PlannedSlot& slot, const QString& escapedText,
                            const QString& predictionDate)
{
    if (slot.kind == SlotKind::Prediction)
        return writePrediction(plainText, outline, slot, escapedText, predictionDate);
    return writeConsequence(plainText, outline, slot, escapedText);
}

QString applyEdits(QString text, QList<TextEdit> edits)
{
    // The last position first, so that the positions of the edits before it still hold; at
    // one position the later-listed first, so that they read in the order listed.
    QList<std::pair<int, qsizetype>> order;
    for (qsizetype i = 0; i < edits.size(); ++i)
        order.append({edits.at(i).position, i});
    std::sort(order.begin(), order.end(), std::greater<>());
    for (const auto& [position, index] : order) {
        const TextEdit& edit = edits.at(index);
        text.replace(edit.position, edit.length, edit.text);
    }
    return text;
}

} // namespace digest
