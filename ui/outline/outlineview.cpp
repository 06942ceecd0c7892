#include "ui/outline/outlineview.h"

#include "core/outline/outline.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace digest::ui {

// One line of the tree: what it says and where in the file it leads.
struct OutlineEntry
{
    QString text;
    QString toolTip;
    SourceRange target;
    bool muted = false; // a missing or empty slot
    QList<OutlineEntry> children;
};

namespace {

// Each item holds its entry's number in the tree's pre-order, which stays while the tree keeps
// its shape; where the entry leads is looked up by that number (OutlineView::m_targets), so a
// line typed above an entry changes no item.
constexpr int kEntryRole = Qt::UserRole;
// The tree elides long texts anyway; this only keeps the items small.
constexpr qsizetype kMaxTextLength = 200;

QString shortened(const QString& text)
{
    return text.size() <= kMaxTextLength ? text : text.first(kMaxTextLength - 1) + u'…';
}

bool startsIn(const Section& section, const SourceRange& range)
{
    return range.startLine >= section.range.startLine && range.startLine <= section.range.endLine;
}

template <typename Entry> bool inWrittenOrder(const QList<Entry>& list)
{
    return std::is_sorted(list.begin(), list.end(), [](const Entry& a, const Entry& b) {
        return a.range.startLine < b.range.startLine;
    });
}

// The entries of `list` that start in `section`, in the list's order. The outline lists them in
// the order they are written, so they are found by halving rather than by going through the
// whole list for every section (a long document has hundreds of sections and thousands of
// items); a list out of that order is gone through.
template <typename Entry>
QList<const Entry*> inSection(const QList<Entry>& list, bool inOrder, const Section& section)
{
    const auto startsBefore = [](const Entry& entry, int line) {
        return entry.range.startLine < line;
    };
    QList<const Entry*> found;
    if (!inOrder) {
        for (const Entry& entry : list) {
            if (startsIn(section, entry.range))
                found.append(&entry);
        }
        return found;
    }
    auto at = std::lower_bound(list.begin(), list.end(), section.range.startLine, startsBefore);
    for (; at != list.end() && at->range.startLine <= section.range.endLine; ++at)
        found.append(&*at);
    return found;
}

// The words of the entries, translated once per outline rather than once per entry: a long
// document has thousands of entries.
struct Labels
{
    QString benefits = OutlineView::tr("Benefits");
    QString ramifications = OutlineView::tr("Ramifications");
    QString missing = OutlineView::tr("%1: missing");
    QString empty = OutlineView::tr("%1: empty");
    QString slot = OutlineView::tr("%1: %2");
    QString noTitle = OutlineView::tr("(no title)");
    QString numbered = OutlineView::tr("%1. %2");
    QString dated = OutlineView::tr("%1 (%2)");
};

// What one section's entry is made of: the section and what the outline lists in it.
struct SectionParts
{
    const Section* section = nullptr;
    QList<const ConsequenceItem*> consequences;
    QList<const TrendingTopic*> trending;
    QList<const Prediction*> predictions;
};

template <typename Entry> bool samePointees(const QList<Entry*>& a, const QList<Entry*>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const Entry* x, const Entry* y) { return *x == *y; });
}

// The section's entry would be the same as before: typing in one paragraph of a long document
// changes one section, and the others' entries are kept rather than made again.
bool sameParts(const SectionParts& a, const SectionParts& b)
{
    return *a.section == *b.section && samePointees(a.consequences, b.consequences) &&
           samePointees(a.trending, b.trending) && samePointees(a.predictions, b.predictions);
}

QList<SectionParts> partsOf(const Outline& outline)
{
    const bool consequencesInOrder = inWrittenOrder(outline.consequences);
    const bool trendingInOrder = inWrittenOrder(outline.trending);
    const bool predictionsInOrder = inWrittenOrder(outline.predictions);
    QList<SectionParts> parts;
    for (const Section& section : outline.sections) {
        SectionParts part{&section, {}, {}, {}};
        if (section.kind == Section::Kind::Consequences)
            part.consequences = inSection(outline.consequences, consequencesInOrder, section);
        else if (section.kind == Section::Kind::Trending)
            part.trending = inSection(outline.trending, trendingInOrder, section);
        else if (section.kind == Section::Kind::Predictions)
            part.predictions = inSection(outline.predictions, predictionsInOrder, section);
        parts.append(part);
    }
    return parts;
}

OutlineEntry slotEntry(const Labels& labels, const QString& label, const Slot& slot,
                       const SourceRange& fallback)
{
    if (!slot.present)
        return {labels.missing.arg(label), QString(), fallback, true, {}};
    if (slot.text.isEmpty())
        return {labels.empty.arg(label), QString(), slot.range, true, {}};
    return {
        labels.slot.arg(label, shortened(slot.text)), shortened(slot.text), slot.range, false, {}};
}

OutlineEntry consequenceEntry(const Labels& labels, int number, const ConsequenceItem& item)
{
    const QString& title = item.title.isEmpty() ? labels.noTitle : item.title;
    OutlineEntry entry{
        labels.numbered.arg(number).arg(shortened(title)), item.title, item.range, false, {}};
    entry.children = {slotEntry(labels, labels.benefits, item.benefits, item.range),
                      slotEntry(labels, labels.ramifications, item.ramifications, item.range)};
    return entry;
}

OutlineEntry predictionEntry(const Labels& labels, const Prediction& prediction)
{
    const QString text = prediction.when.isEmpty()
                             ? prediction.event
                             : labels.dated.arg(prediction.event, prediction.when);
    return {shortened(text), shortened(prediction.text), prediction.range, false, {}};
}

OutlineEntry sectionEntry(const Labels& labels, const SectionParts& part)
{
    const Section& section = *part.section;
    OutlineEntry entry{section.heading, section.heading, section.range, false, {}};
    int number = 0;
    for (const ConsequenceItem* item : part.consequences)
        entry.children.append(consequenceEntry(labels, ++number, *item));
    for (const TrendingTopic* topic : part.trending)
        entry.children.append({shortened(topic->title), topic->title, topic->range, false, {}});
    for (const Prediction* prediction : part.predictions)
        entry.children.append(predictionEntry(labels, *prediction));
    return entry;
}

// Where each entry leads, in the tree's pre-order.
void collectTargets(const QList<OutlineEntry>& entries, QList<SourceRange>& targets)
{
    for (const OutlineEntry& entry : entries) {
        targets.append(entry.target);
        collectTargets(entry.children, targets);
    }
}

// Whether the two entries have as many children, and theirs as many, and so on.
bool sameShape(const OutlineEntry& a, const OutlineEntry& b)
{
    return a.children.size() == b.children.size() &&
           std::equal(a.children.begin(), a.children.end(), b.children.begin(), sameShape);
}

void fill(QTreeWidgetItem* item, const OutlineEntry& entry)
{
    item->setText(0, entry.text);
    item->setToolTip(0, entry.toolTip);
    if (entry.muted) {
        QFont font = item->font(0);
        font.setItalic(true);
        item->setFont(0, font);
    }
}

// Sets only what differs from the entry the item showed: each change is a signal the view
// handles, and typing changes one entry's text, not thousands.
void updateItem(QTreeWidgetItem* item, const OutlineEntry& entry, const OutlineEntry& shown)
{
    if (entry.text != shown.text)
        item->setText(0, entry.text);
    if (entry.toolTip != shown.toolTip)
        item->setToolTip(0, entry.toolTip);
    if (entry.muted != shown.muted) {
        QFont font = item->font(0);
        font.setItalic(entry.muted);
        item->setFont(0, font);
    }
    for (int i = 0; i < entry.children.size(); ++i)
        updateItem(item->child(i), entry.children.at(i), shown.children.at(i));
}

QTreeWidgetItem* createItem(const OutlineEntry& entry, int& number)
{
    auto* item = new QTreeWidgetItem;
    fill(item, entry);
    item->setData(0, kEntryRole, number++);
    for (const OutlineEntry& child : entry.children)
        item->addChild(createItem(child, number));
    return item;
}

} // namespace

OutlineView::OutlineView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("outline"));
    auto* heading = new QLabel(tr("Outline"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("outlineTree"));
    m_tree->setAccessibleName(tr("Outline"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->hide();
    connect(m_tree, &QTreeWidget::itemClicked, this, &OutlineView::activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, &OutlineView::activate);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &OutlineView::showEntryMenu);

    m_emptyNote = new QLabel(tr("The post has no sections yet."), this);
    m_emptyNote->setObjectName(QStringLiteral("outlineEmptyNote"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(heading);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_emptyNote, 1);
}

OutlineView::~OutlineView() = default;

void OutlineView::setOutline(const Outline& outline)
{
    // The tree shows m_entries, made from m_outline: a section made of the same parts keeps
    // its entry, and only the other sections' entries are made and compared with the tree.
    const QList<SectionParts> parts = partsOf(outline);
    const QList<SectionParts> shownParts = partsOf(m_outline);
    const Labels labels;
    QList<OutlineEntry> entries;
    QList<qsizetype> made;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i < shownParts.size() && sameParts(parts.at(i), shownParts.at(i))) {
            entries.append(m_entries.at(i));
        } else {
            entries.append(sectionEntry(labels, parts.at(i)));
            made.append(i);
        }
    }
    const bool keepsShape = entries.size() == m_entries.size() &&
                            std::all_of(made.begin(), made.end(), [&](qsizetype i) {
                                return sameShape(entries.at(i), m_entries.at(i));
                            });
    if (keepsShape) {
        for (const qsizetype i : std::as_const(made))
            updateItem(m_tree->topLevelItem(int(i)), entries.at(i), m_entries.at(i));
    } else {
        rebuild(entries);
    }
    m_outline = outline;
    m_entries = entries;
    m_targets.clear();
    collectTargets(entries, m_targets);
    m_tree->setVisible(!entries.isEmpty());
    m_emptyNote->setVisible(entries.isEmpty());
}

void OutlineView::rebuild(const QList<OutlineEntry>& entries)
{
    const int scroll = m_tree->verticalScrollBar()->value();
    m_tree->clear();
    int number = 0;
    for (const OutlineEntry& entry : entries)
        m_tree->addTopLevelItem(createItem(entry, number));
    // Sections and items open, so every slot is one click away.
    m_tree->expandAll();
    m_tree->verticalScrollBar()->setValue(scroll);
}

void OutlineView::showEntryMenu(const QPoint& at)
{
    QTreeWidgetItem* item = m_tree->itemAt(at);
    if (!item || m_entryActions.isEmpty())
        return;
    m_tree->setCurrentItem(item);
    activate(item);
    QMenu::exec(m_entryActions, m_tree->viewport()->mapToGlobal(at), nullptr, m_tree);
}

void OutlineView::activate(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const SourceRange target = m_targets.value(item->data(0, kEntryRole).toInt());
    if (target.startLine > 0)
        emit positionActivated(target.startLine, target.startColumn);
}

} // namespace digest::ui
