#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

class QDateTimeEdit;
class QLabel;

namespace digest::ui {

// A post's date edited as the site's readers' clocks show it: the date and time in the site's
// time zone, the zone named beside them with its offset on that date ("Europe/Berlin,
// UTC+01:00"). dateEdited() comes once an edit is finished (Enter, leaving the field), not at
// every step of the spin box, and only when the date differs from the one shown.
class PostDateEdit final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostDateEdit)

public:
    explicit PostDateEdit(QWidget* parent = nullptr);

    void setZone(const QTimeZone& zone);
    // Shows the instant in the zone; an invalid one shows "No date".
    void setDate(const QDateTime& date);
    // The date and time shown, in the zone; invalid while "No date" is shown.
    QDateTime date() const;
    // "Europe/Berlin, UTC+01:00": the zone and its offset on the date shown ("UTC" for UTC).
    QString zoneText() const;

signals:
    void dateEdited(const QDateTime& date);

private:
    void showZone();
    void finishEdit();

    QDateTimeEdit* m_edit = nullptr;
    QLabel* m_zone = nullptr;
    QTimeZone m_siteZone = QTimeZone::utc();
    QDateTime m_shown;
};

} // namespace digest::ui
