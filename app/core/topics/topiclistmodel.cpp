#include "core/topics/topiclistmodel.h"

#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QMimeData>
#include <QSet>

namespace digest {
namespace {

const QString kMimeType = QStringLiteral("application/x-digest-editor-topic-rows");

} // namespace

TopicListModel::TopicListModel(TopicSection section, QObject* parent)
    : QAbstractListModel(parent)
    , m_section(section)
{}

void TopicListModel::setTopics(const QList<Topic>& topics)
{
    // The editor's choice is work: the chosen topics stay, first, in the order they were put
    // in, even when a new fetch no longer lists one; they take the fresh figures where it does.
    QHash<QString, Topic> fresh;
    for (const Topic& topic : topics) {
        if (topic.section == m_section)
            fresh.insert(topic.key(), topic);
    }
    QList<Row> rows;
    QSet<QString> kept;
    for (const Row& row : std::as_const(m_rows)) {
        if (!row.checked)
            continue;
        const QString key = row.topic.key();
        rows.append({fresh.value(key, row.topic), true});
        kept.insert(key);
    }
    for (const Topic& topic : topics) {
        if (topic.section == m_section && !kept.contains(topic.key()))
            rows.append({topic, false});
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit choiceChanged();
}

QList<Topic> TopicListModel::topics() const
{
    QList<Topic> topics;
    for (const Row& row : m_rows)
        topics.append(row.topic);
    return topics;
}

QList<Topic> TopicListModel::chosenTopics() const
{
    QList<Topic> chosen;
    for (const Row& row : m_rows) {
        if (row.checked)
            chosen.append(row.topic);
    }
    return chosen;
}

void TopicListModel::setKeepFlair(bool keep)
{
    if (keep == m_keepFlair)
        return;
    m_keepFlair = keep;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {Qt::DisplayRole});
}

bool TopicListModel::moveTopic(int from, int to)
{
    if (from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size() || from == to)
        return false;
    // moveRows counts the destination before the move: one further when moving down.
    return moveRows(QModelIndex(), from, 1, QModelIndex(), to > from ? to + 1 : to);
}

int TopicListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TopicListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row& row = m_rows.at(index.row());
    if (role == Qt::CheckStateRole)
        return row.checked ? Qt::Checked : Qt::Unchecked;
    return topicData(row.topic, role);
}

QVariant TopicListModel::topicData(const Topic& topic, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return topic.displayTitle(m_keepFlair);
    case Qt::ToolTipRole:
        return topic.text.isEmpty() ? topic.fullTitle : topic.text.left(600);
    case TopicRole:
        return QVariant::fromValue(topic);
    case FlairRole:
        return topic.flair;
    case ScoreRole:
        return topic.score;
    case CommentsRole:
        return topic.comments;
    case CreatedRole:
        return topic.created;
    case SourceRole:
        return topic.source;
    case UrlRole:
        return topic.url;
    case PermalinkRole:
        return topic.permalink;
    case CoveredByRole:
        return topic.coveredBy;
    case CoveredOnRole:
        return topic.coveredOn;
    case CachedRole:
        return topic.cached;
    case FetchedAtRole:
        return topic.cached ? topic.fetchedAt : QDateTime();
    default:
        return QVariant();
    }
}

bool TopicListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    Row& row = m_rows[index.row()];
    if (row.checked == checked)
        return true;
    row.checked = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit choiceChanged();
    return true;
}

Qt::ItemFlags TopicListModel::flags(const QModelIndex& index) const
{
    // Drops go between rows, never onto one.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
           Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> TopicListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{TopicRole, "topic"},
                  {FlairRole, "flair"},
                  {ScoreRole, "score"},
                  {CommentsRole, "comments"},
                  {CreatedRole, "created"},
                  {SourceRole, "source"},
                  {UrlRole, "url"},
                  {PermalinkRole, "permalink"},
                  {CoveredByRole, "coveredBy"},
                  {CoveredOnRole, "coveredOn"},
                  {CachedRole, "cached"},
                  {FetchedAtRole, "fetchedAt"}});
    return names;
}

bool TopicListModel::moveRows(const QModelIndex& sourceParent, int sourceRow, int count,
                              const QModelIndex& destinationParent, int destinationChild)
{
    const int size = int(m_rows.size());
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0 ||
        sourceRow + count > size || destinationChild < 0 || destinationChild > size ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    beginMoveRows(QModelIndex(), sourceRow, sourceRow + count - 1, QModelIndex(), destinationChild);
    const QList<Row> moved = m_rows.mid(sourceRow, count);
    m_rows.remove(sourceRow, count);
    const int insertAt = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_rows.insert(insertAt + i, moved.at(i));
    endMoveRows();
    emit choiceChanged();
    return true;
}

bool TopicListModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    emit choiceChanged();
    return true;
}

Qt::DropActions TopicListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList TopicListModel::mimeTypes() const
{
    return {kMimeType};
}

QMimeData* TopicListModel::mimeData(const QModelIndexList& indexes) const
{
    // The rows and which model they are from: a drag only reorders its own list.
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << quintptr(this);
    QList<int> rows;
    for (const QModelIndex& index : indexes) {
        if (index.isValid() && index.model() == this)
            rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    stream << rows;
    auto* data = new QMimeData;
    data->setData(kMimeType, encoded);
    return data;
}

QList<int> TopicListModel::droppedRows(const QMimeData* data) const
{
    if (!data || !data->hasFormat(kMimeType))
        return {};
    QDataStream stream(data->data(kMimeType));
    quintptr origin = 0;
    QList<int> rows;
    stream >> origin >> rows;
    if (stream.status() != QDataStream::Ok || origin != quintptr(this))
        return {};
    for (const int row : rows) {
        if (row < 0 || row >= m_rows.size())
            return {};
    }
    return rows;
}

bool TopicListModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                     const QModelIndex& parent) const
{
    return action == Qt::MoveAction && !parent.isValid() && !droppedRows(data).isEmpty();
}

bool TopicListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                  const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    // Qt's protocol for a move: insert copies here; the view then removes the originals.
    const QList<int> rows = droppedRows(data);
    const int at = row < 0 || row > m_rows.size() ? int(m_rows.size()) : row;
    beginInsertRows(QModelIndex(), at, at + int(rows.size()) - 1);
    QList<Row> copies;
    for (const int source : rows)
        copies.append(m_rows.at(source));
    for (int i = 0; i < copies.size(); ++i)
        m_rows.insert(at + i, copies.at(i));
    endInsertRows();
    return true;
}

QString cachedAgeText(const QDateTime& fetchedAt, const QDateTime& now)
{
    if (!fetchedAt.isValid() || !now.isValid())
        return TopicListModel::tr("cached");
    // Whole units, rounded down, as people say it; a clock behind the file counts as now.
    const qint64 minutes = std::max<qint64>(0, fetchedAt.secsTo(now) / 60);
    if (minutes < 1)
        return TopicListModel::tr("cached just now");
    if (minutes < 60)
        return minutes == 1 ? TopicListModel::tr("cached a minute ago")
                            : TopicListModel::tr("cached %1 minutes ago").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return hours == 1 ? TopicListModel::tr("cached an hour ago")
                          : TopicListModel::tr("cached %1 hours ago").arg(hours);
    return TopicListModel::tr("cached %1 days ago").arg(hours / 24);
}

} // namespace digest
