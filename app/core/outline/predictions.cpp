// Reads "GPT predicts future events": each prediction's event (the bold text), its date and its
// text, whether written as a bullet, a numbered item or a bold line, with the text on the
// head's line, after a break, in a nested bullet or in a following paragraph. A bold line over
// a list of bullets that each start with a bold date ("**2025** (January): ...") is one event
// with a prediction per date.

#include "core/outline/outlinereader.h"

#include <QRegularExpression>

#include <cmark-gfm.h>

namespace digest::outline {
namespace {

// A date as the posts write it. Each worker thread gets its own compiled expressions: a
// QRegularExpression is reentrant, not thread-safe.
QString findWhen(const QString& text)
{
    static const QString months = QStringLiteral(
        "(?:January|February|March|April|May|June|July|August|September|October|November|"
        "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?");
    static const QString year = QStringLiteral("(?:19|20|21)\\d{2}");
    thread_local const QList<QRegularExpression> patterns{
        // "March 2031"
        QRegularExpression(QStringLiteral("\\b%1\\s+%2\\b").arg(months, year)),
        // "2040 (October)"
        QRegularExpression(QStringLiteral("\\b%2\\s*\\(%1\\)").arg(months, year)),
        // "2035", "2030s", "2035-2040", "2050–75"
        QRegularExpression(
            QStringLiteral("(?<!\\d)%1s?(?:\\s*[-–]\\s*(?:%1|\\d{2})s?)?(?!\\d)").arg(year)),
    };
    for (const QRegularExpression& pattern : patterns) {
        if (const QRegularExpressionMatch match = pattern.match(text); match.hasMatch())
            return match.captured();
    }
    return {};
}

bool isSeparator(QChar c)
{
    return c == u':' || c == u'-' || c == u'–' || c == u'—' || c == u',' || c == u'.';
}

// What follows the event on its line, without what only decorates it: "(AGI) (March 2031):"
// leaves nothing; "(AGI) will occur in August 2040: AGI refers to" leaves "AGI refers to".
QString cleanHead(QString text, const QString& when)
{
    for (bool changed = true; changed;) {
        text = text.trimmed();
        changed = true;
        if (!text.isEmpty() && isSeparator(text.front())) {
            text.remove(0, 1);
        } else if (text.startsWith(u'(') && text.indexOf(u')') > 0) {
            text.remove(0, text.indexOf(u')') + 1);
        } else if (!when.isEmpty() && text.startsWith(when)) {
            text.remove(0, when.size());
        } else {
            changed = false;
        }
    }
    const qsizetype colon = text.indexOf(u':');
    if (colon >= 0 && !when.isEmpty() && text.first(colon).contains(when))
        text = text.mid(colon + 1).trimmed();
    return text;
}

// "2035 - As advancements ..." → "As advancements ...": the date already is in `when`.
QString cleanBody(QString text, const QString& when)
{
    if (when.isEmpty() || !text.startsWith(when))
        return text;
    text.remove(0, when.size());
    while (!text.isEmpty() && (isSeparator(text.front()) || text.front().isSpace()))
        text.remove(0, 1);
    return text;
}

QString cleanEvent(QString text)
{
    // "***- Artificial general intelligence***", "**Technological singularity:**"
    while (!text.isEmpty() && (text.front() == u'-' || text.front() == u'•' ||
                               text.front() == u'*' || text.front().isSpace()))
        text.remove(0, 1);
    while (!text.isEmpty() && (text.back() == u':' || text.back().isSpace()))
        text.chop(1);
    return text;
}

cmark_node* strongIn(cmark_node* node)
{
    if (nodeType(node) == CMARK_NODE_STRONG)
        return node;
    // "***Event***" nests a strong emphasis in an emphasis.
    cmark_node* inner =
        nodeType(node) == CMARK_NODE_EMPH ? skipBlank(cmark_node_first_child(node)) : nullptr;
    return nodeType(inner) == CMARK_NODE_STRONG ? inner : nullptr;
}

bool isBulletText(cmark_node* node)
{
    if (nodeType(node) != CMARK_NODE_TEXT)
        return false;
    const QString text = QString::fromUtf8(cmark_node_get_literal(node)).trimmed();
    return text.isEmpty() || text == u"•" || text == u"-" || text == u"·";
}

// The bold event on the head line of a paragraph. A bullet's head may have words before it
// ("The **technological singularity** will occur"); a bare paragraph must start with it, or
// every intro that names the events in bold would count as a prediction.
cmark_node* findEvent(cmark_node* paragraph, bool anywhere)
{
    if (nodeType(paragraph) != CMARK_NODE_PARAGRAPH)
        return nullptr;
    const cmark_node* stop = firstBreak(paragraph);
    for (cmark_node* node = cmark_node_first_child(paragraph); node && node != stop;
         node = cmark_node_next(node)) {
        if (cmark_node* strong = strongIn(node))
            return cleanEvent(plainText(strong)).isEmpty() ? nullptr : strong;
        if (!anywhere && !isBulletText(node))
            return nullptr;
    }
    return nullptr;
}

// A list item that starts with a date in bold and nothing else in it: "**2030** (June): ...".
bool isDatedItem(cmark_node* item)
{
    cmark_node* strong = findEvent(leadingParagraph(item), false);
    if (!strong)
        return false;
    const QString text = cleanEvent(plainText(strong));
    const QString when = findWhen(text);
    if (when.isEmpty())
        return false;
    QString rest = text;
    rest.remove(when);
    return std::all_of(rest.cbegin(), rest.cend(), [](QChar c) {
        return c.isSpace() || isSeparator(c) || c == u'(' || c == u')';
    });
}

cmark_node* childOf(cmark_node* parent, cmark_node* node)
{
    while (node && cmark_node_parent(node) != parent)
        node = cmark_node_parent(node);
    return node;
}

struct Piece
{
    QString text;
    cmark_node* first = nullptr;
    cmark_node* last = nullptr;
};

class PredictionReader final
{
public:
    PredictionReader(const SourceMap& map, QList<Prediction>& predictions)
        : m_map(map)
        , m_predictions(predictions)
    {}

    void readTopLevel(cmark_node* block);
    void finish();

private:
    void start(cmark_node* container, cmark_node* paragraph, cmark_node* event, bool boldLine);
    void readBoldLineList(cmark_node* list);
    void readHead(cmark_node* paragraph, cmark_node* event);
    void addBody(cmark_node* first, cmark_node* last, const QString& text);
    // The prediction so far has no text, so the next block is its text.
    bool awaitsText() const { return m_has && m_head.text.isEmpty() && m_body.text.isEmpty(); }

    const SourceMap& m_map;
    QList<Prediction>& m_predictions;
    bool m_has = false;
    bool m_boldLine = false;
    bool m_softBreakAfterHead = false;
    Prediction m_current;
    cmark_node* m_start = nullptr;
    cmark_node* m_last = nullptr;
    Piece m_head;
    Piece m_body;
};

void PredictionReader::readTopLevel(cmark_node* block)
{
    const int type = nodeType(block);
    if (type == CMARK_NODE_LIST && awaitsText() && m_boldLine) {
        readBoldLineList(block);
        return;
    }
    if (type == CMARK_NODE_LIST) {
        for (cmark_node* item = cmark_node_first_child(block); item; item = cmark_node_next(item)) {
            cmark_node* paragraph = leadingParagraph(item);
            if (cmark_node* event = findEvent(paragraph, true))
                start(item, paragraph, event, false);
            else if (awaitsText())
                addBody(item, item, plainText(item));
        }
        return;
    }
    if (type == CMARK_NODE_PARAGRAPH) {
        if (cmark_node* event = findEvent(block, false)) {
            start(block, block, event, true);
            return;
        }
    }
    // A bold line's list, or the paragraph after a bullet that holds only the head.
    if (awaitsText())
        addBody(block, block, plainText(block));
}

void PredictionReader::start(cmark_node* container, cmark_node* paragraph, cmark_node* event,
                             bool boldLine)
{
    finish();
    m_has = true;
    m_boldLine = boldLine;
    m_start = container;
    m_last = container;
    m_current.event = cleanEvent(plainText(event));
    m_current.eventRange = m_map.range(event);
    readHead(paragraph, event);
    if (container == paragraph)
        return;
    for (cmark_node* child = cmark_node_next(paragraph); child; child = cmark_node_next(child))
        addBody(child, child, plainText(child));
    m_last = container;
}

// The list under a bold line is its text; a second bullet that starts with a bold date is a
// prediction of its own, of the same event. Its range is its own bullet; its eventRange is the
// bold line's, where the event is written.
void PredictionReader::readBoldLineList(cmark_node* list)
{
    const QString event = m_current.event;
    const SourceRange eventRange = m_current.eventRange;
    bool hasDatedItem = false;
    for (cmark_node* item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        if (isDatedItem(item)) {
            if (hasDatedItem) {
                finish();
                m_has = true;
                m_boldLine = true;
                m_current.event = event;
                m_current.eventRange = eventRange;
                m_start = item;
            }
            hasDatedItem = true;
        }
        addBody(item, item, plainText(item));
    }
}

void PredictionReader::readHead(cmark_node* paragraph, cmark_node* event)
{
    cmark_node* stop = firstBreak(paragraph);
    cmark_node* afterEvent = cmark_node_next(childOf(paragraph, event));
    const QString rest = plainText(afterEvent, stop);
    m_current.when = findWhen(rest);
    if (m_current.when.isEmpty())
        m_current.when = findWhen(m_current.event);
    m_head.text = cleanHead(rest, m_current.when);
    if (!m_head.text.isEmpty()) {
        m_head.first = afterEvent;
        m_head.last = stop ? cmark_node_previous(stop) : paragraph;
    }
    m_softBreakAfterHead = nodeType(stop) == CMARK_NODE_SOFTBREAK;
    if (stop)
        addBody(cmark_node_next(stop), paragraph, plainText(cmark_node_next(stop), nullptr));
}

void PredictionReader::addBody(cmark_node* first, cmark_node* last, const QString& text)
{
    m_last = last;
    if (text.isEmpty())
        return;
    m_body.text = joined(m_body.text, text);
    if (!m_body.first)
        m_body.first = first;
    m_body.last = last;
}

void PredictionReader::finish()
{
    if (m_has) {
        if (m_current.when.isEmpty())
            m_current.when = findWhen(m_body.text);
        const QString body = cleanBody(m_body.text, m_current.when);
        // A head line wrapped onto the next line goes on there; after a hard break, a nested
        // bullet or a new paragraph the text starts anew and the head line was a heading.
        const bool wrapped = m_softBreakAfterHead && !m_head.text.isEmpty();
        const Piece& from = wrapped || body.isEmpty() ? m_head : m_body;
        const Piece& to = body.isEmpty() ? m_head : m_body;
        m_current.text = wrapped ? joined(m_head.text, body) : body.isEmpty() ? m_head.text : body;
        if (from.first)
            m_current.textRange =
                m_map.startingAt(m_map.range(from.first, to.last), m_current.text);
        m_current.range = m_map.range(m_start, m_last);
        m_predictions.append(m_current);
    }
    m_has = false;
    m_current = {};
    m_head = {};
    m_body = {};
}

} // namespace

void readPredictions(const SourceMap& map, const QList<cmark_node*>& blocks,
                     QList<Prediction>& predictions)
{
    PredictionReader reader(map, predictions);
    for (cmark_node* block : blocks)
        reader.readTopLevel(block);
    reader.finish();
}

} // namespace digest::outline
