#include "ui/frontmatter/postdateedit.h"

#include <QCalendarWidget>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace digest::ui {
namespace {

// The spin box keeps a wall-clock time: Qt 6.4's QDateTimeEdit knows no time zone, and a
// time in the machine's own zone could fall into its daylight-saving gap. UTC has no gaps, so
// it holds the site zone's wall clock unchanged.
QDateTime wallClock(const QDateTime& instant, const QTimeZone& zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    return QDateTime(local.date(), local.time(), Qt::UTC);
}

QString offsetName(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    const QString sign = seconds < 0 ? QStringLiteral("-") : QStringLiteral("+");
    return QStringLiteral("UTC%1%2:%3")
        .arg(sign)
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

PostDateEdit::PostDateEdit(QWidget* parent)
    : QWidget(parent)
    , m_edit(new QDateTimeEdit(this))
    , m_zone(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("dateEdit"));
    m_edit->setAccessibleName(tr("Date"));
    m_zone->setObjectName(QStringLiteral("dateZone"));
    m_edit->setTimeSpec(Qt::UTC);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_edit->setCalendarPopup(true);
    m_edit->setSpecialValueText(tr("No date"));
    m_edit->setMinimumDateTime(QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC));
    m_zone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_zone, 1);
    connect(m_edit, &QDateTimeEdit::editingFinished, this, &PostDateEdit::finishEdit);
    // A day picked in the calendar is a finished edit too; queued, so that the spin box has
    // taken the day first.
    connect(m_edit->calendarWidget(), &QCalendarWidget::clicked, this, &PostDateEdit::finishEdit,
            Qt::QueuedConnection);
    // The offset follows the date being chosen (summer and winter time).
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &PostDateEdit::showZone);
    showZone();
}

void PostDateEdit::setZone(const QTimeZone& zone)
{
    if (zone == m_siteZone)
        return;
    m_siteZone = zone.isValid() ? zone : QTimeZone::utc();
    setDate(m_shown);
}

void PostDateEdit::setDate(const QDateTime& date)
{
    m_shown = date.isValid() ? date.toTimeZone(m_siteZone) : QDateTime();
    // The person's edit in progress stays; it is written when finished.
    if (m_edit->hasFocus() && date == this->date())
        return;
    const QSignalBlocker quiet(m_edit);
    m_edit->setDateTime(date.isValid() ? wallClock(date, m_siteZone) : m_edit->minimumDateTime());
    showZone();
}

QDateTime PostDateEdit::date() const
{
    const QDateTime shown = m_edit->dateTime();
    if (shown == m_edit->minimumDateTime())
        return {};
    return QDateTime(shown.date(), shown.time(), m_siteZone);
}

QString PostDateEdit::zoneText() const
{
    const QDateTime at = date().isValid() ? date() : QDateTime::currentDateTimeUtc();
    const QString name = QString::fromUtf8(m_siteZone.id());
    const QString offset = offsetName(m_siteZone.offsetFromUtc(at));
    // "UTC, UTC+00:00" would say the same thing twice.
    if (name == offset.left(3) && m_siteZone.offsetFromUtc(at) == 0)
        return name;
    return tr("%1, %2").arg(name, offset);
}

void PostDateEdit::showZone()
{
    m_zone->setText(zoneText());
}

void PostDateEdit::finishEdit()
{
    const QDateTime edited = date();
    if (!edited.isValid() || edited == m_shown)
        return;
    m_shown = edited;
    emit dateEdited(edited);
}

} // namespace digest::ui
