#pragma once

#include "core/topics/topic.h"

#include <QList>
#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QListView;
class QProgressBar;

namespace digest {
class TopicBoard;
class TopicListModel;
} // namespace digest

namespace digest::ui {

// The day's candidate topics, by section, for the editor to pick: a check box each, drag (or
// Ctrl+Up/Down) to order, the link opens in the browser. It shows the desk's TopicBoard: Refresh
// fetches every source at once with a progress bar; a source that fails says why above the
// lists, and its last successful list is shown, marked as cached. At start, before and without
// a fetch, the last fetched topics show marked as cached, with their age, and a line above the
// lists says so. Topics an earlier post of the site used are marked covered.
class TopicListView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicListView)

public:
    explicit TopicListView(TopicBoard& board, QWidget* parent = nullptr);
    ~TopicListView() override;

    bool isRefreshing() const;
    // The checked topics of a section, in the order the editor gave them.
    QList<Topic> chosenTopics(TopicSection section) const;
    TopicListModel* model(TopicSection section) const;
    QAction* refreshAction() const { return m_refresh; }

public slots:
    // Fetches the sources again; does nothing while a refresh is running.
    void refresh();

signals:
    void refreshed();
    // The checked topics or their order changed.
    void choiceChanged();

private:
    // The heading with the progress bar and the Refresh button.
    QHBoxLayout* createToolbar();
    QListView* createList(TopicListModel* model, const QString& objectName);
    void addListActions(QListView* list);
    void showResult();
    void showMessages(const QStringList& messages);
    // The line above the lists while they show the cache's topics from before any fetch.
    void updateCachedNote();
    void updateEmptyState();
    void openLink(QListView* list, bool discussion);
    void moveCurrent(QListView* list, int step);

    TopicBoard& m_board;
    TopicListModel* m_consequences = nullptr;
    TopicListModel* m_trending = nullptr;
    QAction* m_refresh = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_messages = nullptr;
    QLabel* m_cachedNote = nullptr;
    QLabel* m_emptyNote = nullptr;
    QLabel* m_consequencesHeading = nullptr;
    QLabel* m_trendingHeading = nullptr;
    QListView* m_consequencesList = nullptr;
    QListView* m_trendingList = nullptr;
};

} // namespace digest::ui
