#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace digest {

class CmarkDocument;

// A stretch of the post file. Lines and columns are 1-based and count in the WHOLE file (front
// matter included); columns count UTF-16 code units, as QString and the editor's blocks do. The
// end is inclusive (the last character's column). A default range (line 0) means "nowhere".
struct SourceRange
{
    int startLine = 0;
    int startColumn = 0;
    int endLine = 0;
    int endColumn = 0;

    bool isValid() const { return startLine > 0; }
    bool operator==(const SourceRange&) const = default;
};

// A place for generated text: a Benefits or Ramifications paragraph of a consequence.
struct Slot
{
    // Plain text without Markdown markers; empty when nothing or only a placeholder ("...") is
    // written.
    QString text;
    // What is written after the label (a placeholder included), or the label itself when
    // nothing is; invalid when the label is missing.
    SourceRange range;
    SourceRange labelRange;
    // The label ("*Benefits:*") was found.
    bool present = false;

    bool operator==(const Slot&) const = default;
};

// One numbered item of "Possible consequences of current developments".
struct ConsequenceItem
{
    QString title;
    SourceRange titleRange;
    Slot benefits;
    Slot ramifications;
    // The whole item, labels and text that belong to it included.
    SourceRange range;

    bool operator==(const ConsequenceItem&) const = default;
};

struct TrendingTopic
{
    QString title;
    SourceRange range;

    bool operator==(const TrendingTopic&) const = default;
};

// One prediction of "GPT predicts future events": `**Event** (Month YYYY)` and a paragraph.
struct Prediction
{
    QString event;
    // Where the event is written. A bold head over several dated bullets is one event with a
    // prediction per bullet: all of them point at the head, which is in the first one's range.
    SourceRange eventRange;
    // The date as written, "March 2031"; a bare year or range ("2035", "2035-2040") when no
    // month is given; empty when there is no date at all.
    QString when;
    QString text;
    SourceRange textRange;
    SourceRange range;

    bool operator==(const Prediction&) const = default;
};

// A part of the body that starts with a level 1 or 2 heading.
struct Section
{
    enum class Kind { Consequences, Trending, Predictions, Other };

    Kind kind = Kind::Other;
    QString heading;
    // From the heading to the end of the section's last block.
    SourceRange range;

    bool operator==(const Section&) const = default;
};

// The structure of a post's body, derived from its Markdown text. Everything in it is a plain
// value, so it can be handed from a worker thread to the GUI.
struct Outline
{
    QList<Section> sections;
    QList<ConsequenceItem> consequences;
    QList<TrendingTopic> trending;
    QList<Prediction> predictions;

    bool operator==(const Outline&) const = default;
};

// Reads the outline of a whole post file (front matter and body). Never fails: text that fits
// no known shape is left out of the outline. Safe to call from any thread.
Outline parseOutline(QStringView postText);
// The same from a body parsed already (with CmarkDocument::kPostOptions) whose first line is
// the file's line `bodyFirstLine` (0-based), so that the preview can be rendered from the same
// parse. Read it before the renderer typesets the tree: the outline's titles and texts keep
// the characters the post has, so they can be found in it again.
Outline readOutline(const CmarkDocument& body, int bodyFirstLine);

QString sectionKindName(Section::Kind kind);

} // namespace digest
