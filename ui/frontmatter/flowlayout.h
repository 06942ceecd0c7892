#pragma once

#include <QLayout>
#include <QList>

namespace digest::ui {

// Lays its widgets out left to right and wraps them onto the next row when the width runs out,
// as words on a page: a long list of tags stays whole in a narrow panel. An item whose
// horizontal size policy expands (the field after the chips) takes the rest of its row.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem* item) override;
    // Puts the widget before the item at `index`.
    void insertWidget(int index, QWidget* widget);
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect& rect) override;

private:
    // Places the items in `rect` (only measures when `apply` is false); the height used.
    int arrange(const QRect& rect, bool apply) const;

    QList<QLayoutItem*> m_items;
    int m_spacing;
};

} // namespace digest::ui
