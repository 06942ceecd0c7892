#include "ui/topics/topiclistview.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace digest::ui {

TopicListView::TopicListView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("topics"));
    auto* heading = new QLabel(tr("Topics"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_list = new QListView(this);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->hide();

    m_emptyNote = new QLabel(tr("No topics fetched yet."), this);
    m_emptyNote->setObjectName(QStringLiteral("topicsEmptyNote"));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyNote, 1);
}

} // namespace digest::ui
