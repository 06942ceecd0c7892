#pragma once

#include "core/topics/topic.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace digest {

// The candidate topics of one section, as the editor picks them: a check box each, and an
// order that drag and drop (or moveTopic) changes. The checked topics, in this order, are the
// day's choice.
class TopicListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicListModel)

public:
    enum Role {
        TopicRole = Qt::UserRole + 1, // the whole Topic
        FlairRole,
        ScoreRole,
        CommentsRole,
        CreatedRole,
        SourceRole,
        UrlRole,
        PermalinkRole,
        CoveredByRole,
        CoveredOnRole,
        CachedRole,
        FetchedAtRole, // when a cached topic was fetched (UTC); invalid for a fresh one
    };

    explicit TopicListModel(TopicSection section, QObject* parent = nullptr);

    TopicSection section() const { return m_section; }

    // Takes the topics of this model's section from `topics`, in order. Topics that were
    // checked before (the same thread) stay checked.
    void setTopics(const QList<Topic>& topics);
    QList<Topic> topics() const;
    // The checked topics, in the list's order.
    QList<Topic> chosenTopics() const;
    // Titles with or without their flair prefix (the tag shows either way).
    void setKeepFlair(bool keep);

    // Moves one topic to the position `to` (0 puts it first); false when either is out of range.
    bool moveTopic(int from, int to);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                  const QModelIndex& destinationParent, int destinationChild) override;
    bool removeRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

signals:
    // A topic was checked or unchecked, or the checked ones changed order.
    void choiceChanged();

private:
    struct Row
    {
        Topic topic;
        bool checked = false;
    };

    QVariant topicData(const Topic& topic, int role) const;
    QList<int> droppedRows(const QMimeData* data) const;

    TopicSection m_section;
    QList<Row> m_rows;
    bool m_keepFlair = false;
};

// How old a cached list is, for people: "cached just now", "cached 5 minutes ago", "cached 3
// hours ago", "cached 2 days ago"; "cached" alone when the time is unknown.
QString cachedAgeText(const QDateTime& fetchedAt, const QDateTime& now);

} // namespace digest
