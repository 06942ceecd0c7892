#include "ui/frontmatter/tagchip.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace digest::ui {
namespace {

// `over` laid on `base` at `amount` (0..1): a tint that keeps the palette's contrast.
QColor blend(const QColor& base, const QColor& over, double amount)
{
    return QColor::fromRgbF(float(base.redF() + (over.redF() - base.redF()) * amount),
                            float(base.greenF() + (over.greenF() - base.greenF()) * amount),
                            float(base.blueF() + (over.blueF() - base.blueF()) * amount));
}

// An amber that reads as "warning" on a light and a dark base alike.
const QColor kWarning(230, 150, 0);

} // namespace

TagChip::TagChip(const QString& tag, Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_tag(tag)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("tagChip"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 2, 2);
    layout->setSpacing(3);
    // The look is not colour alone: a mark before the text says it too.
    if (kind != Kind::Plain) {
        m_mark =
            new QLabel(kind == Kind::NewToSite ? QStringLiteral("⚠") : QStringLiteral("↻"), this);
        m_mark->setAccessibleName(QString());
        layout->addWidget(m_mark);
    }
    m_text = new QLabel(tag, this);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_text);
    m_remove = new QToolButton(this);
    m_remove->setText(QStringLiteral("×"));
    m_remove->setAutoRaise(true);
    m_remove->setCursor(Qt::ArrowCursor);
    m_remove->setFocusPolicy(Qt::StrongFocus);
    m_remove->setAccessibleName(tr("Remove tag “%1”").arg(tag));
    m_remove->setToolTip(tr("Remove the tag “%1”").arg(tag));
    layout->addWidget(m_remove);
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(m_tag); });

    QString description;
    if (kind == Kind::NewToSite)
        description = tr("No other post of the site uses “%1”. A typo?").arg(tag);
    else if (kind == Kind::FollowsModel)
        description = tr("Follows the model: generating with another model replaces it.");
    setAccessibleName(tr("Tag “%1”").arg(tag));
    setAccessibleDescription(description);
    setToolTip(description);
    m_text->setToolTip(description);
    m_remove->setAccessibleDescription(description);
    applyLook();
}

void TagChip::applyLook()
{
    QFont font = m_text->font();
    font.setItalic(m_kind == Kind::FollowsModel);
    m_text->setFont(font);
    const QPalette& palette = this->palette();
    QPalette text = m_text->palette();
    text.setColor(QPalette::WindowText, palette.color(QPalette::Text));
    m_text->setPalette(text);
    if (m_mark) {
        QPalette mark = m_mark->palette();
        mark.setColor(QPalette::WindowText,
                      m_kind == Kind::NewToSite
                          ? blend(palette.color(QPalette::Text), kWarning, 0.7)
                          : palette.color(QPalette::Link));
        m_mark->setPalette(mark);
    }
}

void TagChip::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyLook();
}

void TagChip::paintEvent(QPaintEvent*)
{
    const QPalette& palette = this->palette();
    const QColor base = palette.color(QPalette::Base);
    QColor tint = palette.color(QPalette::Highlight);
    if (m_kind == Kind::NewToSite)
        tint = kWarning;
    else if (m_kind == Kind::FollowsModel)
        tint = palette.color(QPalette::Link);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(blend(base, tint, 0.65), 1);
    // The model tag's border is dashed: it is the model's, not the writer's.
    if (m_kind == Kind::FollowsModel)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.setBrush(blend(base, tint, 0.22));
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = box.height() / 2;
    painter.drawRoundedRect(box, radius, radius);
}

} // namespace digest::ui
