#include "ui/topics/topiclistview.h"

#include "core/topics/topicboard.h"
#include "core/topics/topiclistmodel.h"
#include "ui/topics/topicdelegate.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace digest::ui {
namespace {

QLabel* boldLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel* noteLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

TopicListView::TopicListView(TopicBoard& board, QWidget* parent)
    : QWidget(parent)
    , m_board(board)
{
    setObjectName(QStringLiteral("topics"));
    setAccessibleName(tr("Topics"));
    m_consequences = board.model(TopicSection::Consequences);
    m_trending = board.model(TopicSection::Trending);
    connect(&board, &TopicBoard::choiceChanged, this, &TopicListView::choiceChanged);
    connect(&board, &TopicBoard::refreshStarted, this, [this] {
        m_refresh->setEnabled(false);
        m_progress->show();
    });
    connect(&board, &TopicBoard::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(&board, &TopicBoard::refreshed, this, &TopicListView::showResult);

    m_messages = noteLabel(QStringLiteral("topicsMessages"), this);
    m_messages->setAccessibleName(tr("Topic source messages"));
    m_messages->hide();
    m_cachedNote = noteLabel(QStringLiteral("topicsCachedNote"), this);
    m_cachedNote->setAccessibleName(tr("Cached topics"));
    m_cachedNote->hide();
    connect(&board, &TopicBoard::cachedShown, this, [this] {
        updateCachedNote();
        updateEmptyState();
    });
    m_emptyNote = noteLabel(QStringLiteral("topicsEmptyNote"), this);
    m_emptyNote->setText(tr("No topics fetched yet. Refresh fetches today's topics."));
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);

    m_consequencesHeading = boldLabel(tr("Consequences"), this);
    m_trendingHeading = boldLabel(tr("Trending"), this);
    auto* delegate = new TopicDelegate(this);
    m_consequencesList = createList(m_consequences, QStringLiteral("consequencesList"));
    m_consequencesList->setAccessibleName(tr("Consequences topics"));
    m_trendingList = createList(m_trending, QStringLiteral("trendingList"));
    m_trendingList->setAccessibleName(tr("Trending topics"));
    m_consequencesList->setItemDelegate(delegate);
    m_trendingList->setItemDelegate(delegate);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(createToolbar());
    layout->addWidget(m_messages);
    layout->addWidget(m_cachedNote);
    layout->addWidget(m_consequencesHeading);
    layout->addWidget(m_consequencesList, 3);
    layout->addWidget(m_trendingHeading);
    layout->addWidget(m_trendingList, 2);
    layout->addWidget(m_emptyNote, 1);
    updateEmptyState();
}

QHBoxLayout* TopicListView::createToolbar()
{
    m_refresh =
        new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh Topics"), this);
    m_refresh->setObjectName(QStringLiteral("refreshTopics"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Fetch today's topics again (%1)")
                              .arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));
    connect(m_refresh, &QAction::triggered, this, &TopicListView::refresh);
    auto* refreshButton = new QToolButton(this);
    refreshButton->setObjectName(QStringLiteral("topicsRefreshButton"));
    refreshButton->setDefaultAction(m_refresh);
    refreshButton->setAutoRaise(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("topicsProgress"));
    m_progress->setFormat(tr("%v of %m sources"));
    m_progress->setMaximumWidth(140);
    m_progress->hide();

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(boldLabel(tr("Topics"), this));
    toolbar->addStretch(1);
    toolbar->addWidget(m_progress);
    toolbar->addWidget(refreshButton);
    return toolbar;
}

TopicListView::~TopicListView() = default;

bool TopicListView::isRefreshing() const
{
    return m_board.isRefreshing();
}

QList<Topic> TopicListView::chosenTopics(TopicSection section) const
{
    return model(section)->chosenTopics();
}

TopicListModel* TopicListView::model(TopicSection section) const
{
    return section == TopicSection::Trending ? m_trending : m_consequences;
}

QListView* TopicListView::createList(TopicListModel* model, const QString& objectName)
{
    auto* list = new QListView(this);
    list->setObjectName(objectName);
    list->setModel(model);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setDragDropMode(QAbstractItemView::InternalMove);
    list->setDefaultDropAction(Qt::MoveAction);
    list->setDropIndicatorShown(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setUniformItemSizes(true);
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(list, &QListView::activated, this, [this, list] { openLink(list, false); });
    addListActions(list);
    return list;
}

void TopicListView::addListActions(QListView* list)
{
    const auto add = [list](const QString& text, const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(text, list);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        QObject::connect(action, &QAction::triggered, list, slot);
        list->addAction(action);
        return action;
    };
    add(tr("Open &Link"), QKeySequence(), [this, list] { openLink(list, false); });
    add(tr("Open &Discussion"), QKeySequence(), [this, list] { openLink(list, true); });
    add(tr("&Copy Link"), QKeySequence(), [list] {
        QGuiApplication::clipboard()->setText(
            list->currentIndex().data(TopicListModel::UrlRole).toUrl().toString());
    });
    auto* separator = new QAction(list);
    separator->setSeparator(true);
    list->addAction(separator);
    add(tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this, list] {
        moveCurrent(list, -1);
    })->setObjectName(QStringLiteral("moveTopicUp"));
    add(tr("Move &Down"), QKeySequence(Qt::CTRL | Qt::Key_Down), [this, list] {
        moveCurrent(list, 1);
    })->setObjectName(QStringLiteral("moveTopicDown"));
}

void TopicListView::refresh()
{
    m_board.refresh();
}

void TopicListView::showResult()
{
    showMessages(m_board.messages());
    updateCachedNote();
    m_progress->hide();
    m_refresh->setEnabled(true);
    updateEmptyState();
    emit refreshed();
}

void TopicListView::showMessages(const QStringList& messages)
{
    QStringList lines;
    for (const QString& message : messages)
        lines.append(u"⚠ " + message);
    m_messages->setText(lines.join(u'\n'));
    m_messages->setVisible(!lines.isEmpty());
}

void TopicListView::updateCachedNote()
{
    const bool cached = m_board.showingCached();
    if (cached)
        m_cachedNote->setText(
            tr("The topics of the last fetch (%1); Refresh fetches today's.")
                .arg(cachedAgeText(m_board.cachedAt(), QDateTime::currentDateTimeUtc())));
    m_cachedNote->setVisible(cached);
}

void TopicListView::updateEmptyState()
{
    const bool hasConsequences = m_consequences->rowCount() > 0;
    const bool hasTrending = m_trending->rowCount() > 0;
    m_consequencesHeading->setVisible(hasConsequences);
    m_consequencesList->setVisible(hasConsequences);
    m_trendingHeading->setVisible(hasTrending);
    m_trendingList->setVisible(hasTrending);
    m_emptyNote->setVisible(!hasConsequences && !hasTrending);
    if (!m_emptyNote->isHidden() && !m_messages->text().isEmpty())
        m_emptyNote->setText(tr("No topics to show."));
}

void TopicListView::openLink(QListView* list, bool discussion)
{
    const QModelIndex index = list->currentIndex();
    const QUrl url =
        index.data(discussion ? TopicListModel::PermalinkRole : TopicListModel::UrlRole).toUrl();
    // The link comes from the network: only web pages go to the browser, never a file: or
    // some other handler's scheme.
    if (url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https"))
        QDesktopServices::openUrl(url);
}

void TopicListView::moveCurrent(QListView* list, int step)
{
    auto* model = static_cast<TopicListModel*>(list->model());
    const int row = list->currentIndex().row();
    if (row >= 0 && model->moveTopic(row, row + step))
        list->setCurrentIndex(model->index(row + step));
}

} // namespace digest::ui
