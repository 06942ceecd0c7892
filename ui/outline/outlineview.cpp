#include "ui/outline/outlineview.h"

#include "core/outline/outline.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QTreeWidget>
#include <QVBoxLayout>

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

constexpr int kLineRole = Qt::UserRole;
constexpr int kColumnRole = Qt::UserRole + 1;
// The tree elides long texts anyway; this only keeps the items small.
constexpr qsizetype kMaxTextLength = 200;

QString shortened(const QString& text)
{
    return text.size() <= kMaxTextLength ? text : text.first(kMaxTextLength - 1) + u'…';
}

bool inSection(const Section& section, const SourceRange& range)
{
    return range.startLine >= section.range.startLine && range.startLine <= section.range.endLine;
}

OutlineEntry slotEntry(const QString& label, const Slot& slot, const SourceRange& fallback)
{
    if (!slot.present)
        return {OutlineView::tr("%1: missing").arg(label), QString(), fallback, true, {}};
    if (slot.text.isEmpty())
        return {OutlineView::tr("%1: empty").arg(label), QString(), slot.range, true, {}};
    return {OutlineView::tr("%1: %2").arg(label, shortened(slot.text)),
            shortened(slot.text),
            slot.range,
            false,
            {}};
}

OutlineEntry consequenceEntry(int number, const ConsequenceItem& item)
{
    const QString title = item.title.isEmpty() ? OutlineView::tr("(no title)") : item.title;
    OutlineEntry entry{OutlineView::tr("%1. %2").arg(number).arg(shortened(title)),
                       item.title,
                       item.range,
                       false,
                       {}};
    entry.children = {slotEntry(OutlineView::tr("Benefits"), item.benefits, item.range),
                      slotEntry(OutlineView::tr("Ramifications"), item.ramifications, item.range)};
    return entry;
}

OutlineEntry predictionEntry(const Prediction& prediction)
{
    const QString text = prediction.when.isEmpty()
                             ? prediction.event
                             : OutlineView::tr("%1 (%2)").arg(prediction.event, prediction.when);
    return {shortened(text), shortened(prediction.text), prediction.range, false, {}};
}

OutlineEntry sectionEntry(const Outline& outline, const Section& section)
{
    OutlineEntry entry{section.heading, section.heading, section.range, false, {}};
    int number = 0;
    if (section.kind == Section::Kind::Consequences) {
        for (const ConsequenceItem& item : outline.consequences) {
            if (inSection(section, item.range))
                entry.children.append(consequenceEntry(++number, item));
        }
    } else if (section.kind == Section::Kind::Trending) {
        for (const TrendingTopic& topic : outline.trending) {
            if (inSection(section, topic.range))
                entry.children.append(
                    {shortened(topic.title), topic.title, topic.range, false, {}});
        }
    } else if (section.kind == Section::Kind::Predictions) {
        for (const Prediction& prediction : outline.predictions) {
            if (inSection(section, prediction.range))
                entry.children.append(predictionEntry(prediction));
        }
    }
    return entry;
}

QList<OutlineEntry> entriesOf(const Outline& outline)
{
    QList<OutlineEntry> entries;
    for (const Section& section : outline.sections)
        entries.append(sectionEntry(outline, section));
    return entries;
}

QTreeWidgetItem* childAt(QTreeWidget* tree, QTreeWidgetItem* parent, int index)
{
    return parent ? parent->child(index) : tree->topLevelItem(index);
}

int childCount(QTreeWidget* tree, QTreeWidgetItem* parent)
{
    return parent ? parent->childCount() : tree->topLevelItemCount();
}

bool hasShape(QTreeWidget* tree, QTreeWidgetItem* parent, const QList<OutlineEntry>& entries)
{
    if (childCount(tree, parent) != entries.size())
        return false;
    for (int i = 0; i < entries.size(); ++i) {
        if (!hasShape(tree, childAt(tree, parent, i), entries.at(i).children))
            return false;
    }
    return true;
}

void fill(QTreeWidgetItem* item, const OutlineEntry& entry)
{
    item->setText(0, entry.text);
    item->setToolTip(0, entry.toolTip);
    item->setData(0, kLineRole, entry.target.startLine);
    item->setData(0, kColumnRole, entry.target.startColumn);
    QFont font = item->font(0);
    font.setItalic(entry.muted);
    item->setFont(0, font);
}

void updateItems(QTreeWidget* tree, QTreeWidgetItem* parent, const QList<OutlineEntry>& entries)
{
    for (int i = 0; i < entries.size(); ++i) {
        QTreeWidgetItem* item = childAt(tree, parent, i);
        fill(item, entries.at(i));
        updateItems(tree, item, entries.at(i).children);
    }
}

QTreeWidgetItem* createItem(const OutlineEntry& entry)
{
    auto* item = new QTreeWidgetItem;
    fill(item, entry);
    for (const OutlineEntry& child : entry.children)
        item->addChild(createItem(child));
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
    const QList<OutlineEntry> entries = entriesOf(outline);
    if (hasShape(m_tree, nullptr, entries))
        updateItems(m_tree, nullptr, entries);
    else
        rebuild(entries);
    m_tree->setVisible(!entries.isEmpty());
    m_emptyNote->setVisible(entries.isEmpty());
}

void OutlineView::rebuild(const QList<OutlineEntry>& entries)
{
    const int scroll = m_tree->verticalScrollBar()->value();
    m_tree->clear();
    for (const OutlineEntry& entry : entries)
        m_tree->addTopLevelItem(createItem(entry));
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
    const int line = item ? item->data(0, kLineRole).toInt() : 0;
    if (line > 0)
        emit positionActivated(line, item->data(0, kColumnRole).toInt());
}

} // namespace digest::ui
