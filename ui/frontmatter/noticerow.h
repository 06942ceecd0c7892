#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace digest::ui {

// The disclaimer as it stands in the post's body beside the site's: the body's notice line,
// whether it matches the site's notice, differs from it or is missing, and "Restore the Site's
// Notice", enabled only when there is something to restore.
class NoticeRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeRow)

public:
    enum class State { Matches, Differs, Missing };

    explicit NoticeRow(QWidget* parent = nullptr);

    // `postNotice` is the body's notice line (empty with `missing`), `siteNotice` the line the
    // site asks for.
    void show(const QString& postNotice, bool missing, const QString& siteNotice);
    State state() const { return m_state; }

signals:
    void restoreRequested();

private:
    QLabel* m_noticeLabel = nullptr;
    QLabel* m_stateLabel = nullptr;
    QPushButton* m_restore = nullptr;
    State m_state = State::Missing;
};

} // namespace digest::ui
