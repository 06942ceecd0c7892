#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace digest::ui {

// The day's candidate topics. Until a source has been fetched it says so instead of showing an
// empty box.
class TopicListView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicListView)

public:
    explicit TopicListView(QWidget* parent = nullptr);

private:
    QListView* m_list = nullptr;
    QLabel* m_emptyNote = nullptr;
};

} // namespace digest::ui
