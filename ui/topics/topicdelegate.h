#pragma once

#include <QStyledItemDelegate>

namespace digest::ui {

// Paints a topic of a TopicListModel in two lines: the check box, the flair as a tag, the
// title and the score; then comments, age, source and the covered or cached mark. The check
// box is the style's own, so clicks and the space bar toggle it as in any list.
class TopicDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicDelegate)

public:
    explicit TopicDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The second line, as painted: "covered 2025-06-09 · 143 comments · 5 h · r/MachineLearning";
    // a topic shown from the cache says so with its age first ("cached 3 hours ago").
    static QString detailsText(const QModelIndex& index, const QDateTime& now);
    // The score as painted ("▲ 812"); empty when the source gives none.
    static QString scoreText(const QModelIndex& index);

private:
    // Draws the flair tag at the left of `area` and returns its width with a gap.
    int drawTag(QPainter* painter, const QStyleOptionViewItem& option, const QRect& area,
                const QString& flair) const;
};

} // namespace digest::ui
