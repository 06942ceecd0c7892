#include "ui/topics/topicdelegate.h"

#include "core/topics/topiclistmodel.h"
#include "core/topics/topictext.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

namespace digest::ui {
namespace {

constexpr int kPadding = 4;
constexpr int kTagPadding = 4;
constexpr int kGap = 6;

QColor mutedColor(const QStyleOptionViewItem& option, bool selected)
{
    if (selected)
        return option.palette.color(QPalette::HighlightedText);
    return option.palette.color(QPalette::PlaceholderText);
}

} // namespace

TopicDelegate::TopicDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QString TopicDelegate::scoreText(const QModelIndex& index)
{
    const int score = index.data(TopicListModel::ScoreRole).toInt();
    return score < 0 ? QString() : QStringLiteral("▲ %1").arg(score);
}

QString TopicDelegate::detailsText(const QModelIndex& index, const QDateTime& now)
{
    QStringList parts;
    // The marks first: they decide whether the topic is worth picking, and they must not be
    // the part that is elided.
    const QString coveredBy = index.data(TopicListModel::CoveredByRole).toString();
    if (!coveredBy.isEmpty()) {
        const QDate on = index.data(TopicListModel::CoveredOnRole).toDate();
        parts.append(on.isValid() ? tr("covered %1").arg(on.toString(Qt::ISODate))
                                  : tr("covered in %1").arg(coveredBy));
    }
    if (index.data(TopicListModel::CachedRole).toBool())
        parts.append(cachedAgeText(index.data(TopicListModel::FetchedAtRole).toDateTime(), now));
    if (const int comments = index.data(TopicListModel::CommentsRole).toInt(); comments >= 0)
        parts.append(tr("%n comments", nullptr, comments));
    if (const QString age = ageText(index.data(TopicListModel::CreatedRole).toDateTime(), now);
        !age.isEmpty())
        parts.append(age);
    parts.append(index.data(TopicListModel::SourceRole).toString());
    return parts.join(QStringLiteral(" · "));
}

void TopicDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QWidget* widget = item.widget;
    const QStyle* style = widget ? widget->style() : QApplication::style();
    // The style draws background, selection, check box and focus; the text is ours.
    item.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);

    const bool selected = item.state & QStyle::State_Selected;
    const bool covered = !index.data(TopicListModel::CoveredByRole).toString().isEmpty();
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget)
                           .adjusted(0, kPadding, -kPadding, -kPadding);
    const int lineHeight = item.fontMetrics.height();
    QRect first(area.left(), area.top(), area.width(), lineHeight);
    const QRect second(area.left(), area.top() + lineHeight, area.width(), lineHeight);

    painter->save();
    painter->setFont(item.font);
    const QString score = scoreText(index);
    const int scoreWidth = score.isEmpty() ? 0 : item.fontMetrics.horizontalAdvance(score) + kGap;
    painter->setPen(mutedColor(item, selected));
    painter->drawText(first, Qt::AlignRight | Qt::AlignVCenter, score);
    first.adjust(drawTag(painter, item, first, index.data(TopicListModel::FlairRole).toString()), 0,
                 -scoreWidth, 0);

    QFont titleFont = item.font;
    titleFont.setItalic(covered);
    painter->setFont(titleFont);
    painter->setPen(
        covered ? mutedColor(item, selected)
                : item.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QString title =
        QFontMetrics(titleFont).elidedText(index.data().toString(), Qt::ElideRight, first.width());
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter, title);

    painter->setFont(item.font);
    painter->setPen(mutedColor(item, selected));
    const QString details = item.fontMetrics.elidedText(
        detailsText(index, QDateTime::currentDateTimeUtc()), Qt::ElideRight, second.width());
    painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter, details);
    painter->restore();
}

int TopicDelegate::drawTag(QPainter* painter, const QStyleOptionViewItem& option, const QRect& area,
                           const QString& flair) const
{
    if (flair.isEmpty())
        return 0;
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics metrics(small);
    const QString text = metrics.elidedText(flair, Qt::ElideRight, area.width() / 3);
    const QRect tag(area.left(), area.top() + 1, metrics.horizontalAdvance(text) + 2 * kTagPadding,
                    area.height() - 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(tag, 3, 3);
    painter->fillPath(path, option.palette.color(QPalette::Mid));
    painter->setPen(option.palette.color(QPalette::Base));
    painter->setFont(small);
    painter->drawText(tag, Qt::AlignCenter, text);
    painter->restore();
    return tag.width() + kGap;
}

QSize TopicDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const int height = 2 * item.fontMetrics.height() + 2 * kPadding;
    // The width is whatever the column has: titles elide rather than scroll sideways.
    constexpr int kNarrowWidth = 120;
    return {kNarrowWidth, height};
}

} // namespace digest::ui
