#include "ui/frontmatter/flowlayout.h"

#include <QWidget>

#include <algorithm>

namespace digest::ui {

FlowLayout::FlowLayout(QWidget* parent, int spacing)
    : QLayout(parent)
    , m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

void FlowLayout::insertWidget(int index, QWidget* widget)
{
    addChildWidget(widget);
    m_items.insert(std::clamp(index, 0, count()), new QWidgetItem(widget));
    invalidate();
}

QLayoutItem* FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < count() ? m_items.at(index) : nullptr;
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= count())
        return nullptr;
    QLayoutItem* item = m_items.takeAt(index);
    invalidate();
    return item;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row, up to a width that does not push a side panel wide; wrapped
    // below that.
    constexpr int kWidestHint = 360;
    int width = 0;
    for (const QLayoutItem* item : m_items)
        if (!item->isEmpty())
            width += item->sizeHint().width() + m_spacing;
    const QMargins margins = contentsMargins();
    width = std::clamp(width - m_spacing + margins.left() + margins.right(), minimumSize().width(),
                       std::max(kWidestHint, minimumSize().width()));
    return {width, heightForWidth(width)};
}

QSize FlowLayout::minimumSize() const
{
    // As narrow as the widest item: everything else wraps.
    QSize size;
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const
{
    struct Placed
    {
        QLayoutItem* item;
        int x;
        int width;
    };
    const QRect area = rect.marginsRemoved(contentsMargins());
    int y = area.y();
    QList<Placed> row;
    int x = area.x();
    int rowHeight = 0;
    // Each row's items are centred on the row, so chips and the field line up.
    const auto finishRow = [&] {
        for (const Placed& placed : std::as_const(row)) {
            const int height = placed.item->sizeHint().height();
            if (apply)
                placed.item->setGeometry(
                    QRect(placed.x, y + (rowHeight - height) / 2, placed.width, height));
        }
        if (!row.isEmpty())
            y += rowHeight + m_spacing;
        row.clear();
        x = area.x();
        rowHeight = 0;
    };
    for (QLayoutItem* item : m_items) {
        if (item->isEmpty())
            continue;
        const QSize hint = item->sizeHint();
        const bool expands = item->expandingDirections() & Qt::Horizontal;
        // An expanding item needs its minimum width on the row, and then takes the rest of it.
        const int needed = expands ? item->minimumSize().width() : hint.width();
        if (!row.isEmpty() && x + needed > area.right() + 1)
            finishRow();
        const int width =
            expands ? std::max(area.right() + 1 - x, needed) : std::min(hint.width(), area.width());
        row.append({item, x, width});
        x += width + m_spacing;
        rowHeight = std::max(rowHeight, hint.height());
    }
    finishRow();
    const int used = y > area.y() ? y - m_spacing - area.y() : 0;
    const QMargins margins = contentsMargins();
    return used + margins.top() + margins.bottom();
}

} // namespace digest::ui
