#include "ui/settings/sourcespage.h"

#include "core/net/httpclient.h"
#include "core/settings/settings.h"
#include "core/settings/topicsettings.h"
#include "core/topics/sourcefetch.h"
#include "desk/desk.h"
#include "ui/settings/formhint.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace digest::ui {
namespace {

constexpr int kUrlRole = Qt::UserRole;
constexpr int kSectionRole = Qt::UserRole + 1;

QString sectionName(TopicSection section)
{
    return section == TopicSection::Trending ? SourcesPage::tr("Trending")
                                             : SourcesPage::tr("Consequences");
}

TopicSection sectionOf(const QListWidgetItem* item)
{
    return TopicSection(item->data(kSectionRole).toInt());
}

// The source a row describes, or the reason it is none.
Result<TopicSource> sourceOf(const QListWidgetItem* item)
{
    Result<TopicSource> parsed = parseTopicSource(item->data(kUrlRole).toString().trimmed());
    if (!parsed)
        return parsed;
    TopicSource source = std::move(parsed).value();
    source.section = sectionOf(item);
    return source;
}

void describe(QListWidgetItem* item)
{
    const Result<TopicSource> source = sourceOf(item);
    const QString name = source ? source.value().label() : item->data(kUrlRole).toString();
    item->setText(SourcesPage::tr("%1 — %2").arg(name, sectionName(sectionOf(item))));
    item->setToolTip(item->data(kUrlRole).toString());
}

QListWidgetItem* addItem(QListWidget* list, const QString& url, TopicSection section)
{
    auto* item = new QListWidgetItem(list);
    item->setData(kUrlRole, url);
    item->setData(kSectionRole, int(section));
    describe(item);
    return item;
}

} // namespace

SourcesPage::SourcesPage(Desk& desk, QWidget* parent)
    : SettingsPage(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("sourcesPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* intro = hint(tr("Where the day's topics come from, in order: Reddit listings or feeds, "
                          "any RSS or Atom feed."),
                       this);
    layout->addWidget(intro);
    if (!qEnvironmentVariableIsEmpty(kTopicSourcesVariable))
        layout->addWidget(hint(tr("%1 is set: it replaces these sources while it is.")
                                   .arg(QLatin1String(kTopicSourcesVariable)),
                               this));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("sourceList"));
    m_list->setAccessibleName(tr("Topic sources"));
    layout->addWidget(m_list, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("sourceUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://www.reddit.com/r/MachineLearning/.rss"));
    form->addRow(tr("&Address:"), m_url);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("sourceKind"));
    m_kind->addItem(sectionName(TopicSection::Consequences), int(TopicSection::Consequences));
    m_kind->addItem(sectionName(TopicSection::Trending), int(TopicSection::Trending));
    form->addRow(tr("&Feeds:"), m_kind);
    layout->addLayout(form);

    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("A&dd"), this);
    add->setObjectName(QStringLiteral("addSourceButton"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeSourceButton"));
    m_test = new QPushButton(tr("T&est"), this);
    m_test->setObjectName(QStringLiteral("testSourceButton"));
    m_test->setToolTip(tr("Fetch the selected source now and count its topics"));
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_test);
    layout->addLayout(buttons);
    m_result = hint(QString(), this);
    m_result->setObjectName(QStringLiteral("sourceTestResult"));
    layout->addWidget(m_result);

    // How many of the day's topics Start Today's Post writes about.
    auto* today = new QFormLayout;
    m_todayTopics = new QSpinBox(this);
    m_todayTopics->setObjectName(QStringLiteral("todayTopicsSpin"));
    m_todayTopics->setRange(Settings::kMinTodayTopics, Settings::kMaxTodayTopics);
    m_todayTopics->setValue(desk.settings().todayTopics());
    m_todayTopics->setSuffix(tr(" uncovered topics"));
    m_todayTopics->setAccessibleName(tr("Topics of today's post"));
    today->addRow(tr("Start Today's Post &writes:"), m_todayTopics);
    layout->addLayout(today);

    for (const TopicSource& source : desk.settings().topicSources())
        addItem(m_list, source.url.toString(), source.section);
    connect(add, &QPushButton::clicked, this, &SourcesPage::addSource);
    connect(m_remove, &QPushButton::clicked, this, &SourcesPage::removeSource);
    connect(m_test, &QPushButton::clicked, this, &SourcesPage::testSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &SourcesPage::showSelected);
    connect(m_url, &QLineEdit::textEdited, this, &SourcesPage::editSelected);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SourcesPage::editSelected);
    m_list->setCurrentRow(0);
    updateButtons();
}

SourcesPage::~SourcesPage() = default;

QString SourcesPage::problem() const
{
    for (int row = 0; row < m_list->count(); ++row)
        if (const Result<TopicSource> source = sourceOf(m_list->item(row)); !source)
            return tr("Source %1: %2").arg(row + 1).arg(source.errorMessage());
    return {};
}

bool SourcesPage::isChanged() const
{
    QList<TopicSource> sources;
    for (int row = 0; row < m_list->count(); ++row)
        if (Result<TopicSource> source = sourceOf(m_list->item(row)))
            sources.append(std::move(source).value());
    return sources != m_desk.settings().topicSources();
}

void SourcesPage::store()
{
    if (m_todayTopics->value() != m_desk.settings().todayTopics())
        m_desk.settings().setTodayTopics(m_todayTopics->value());
    // The list as the settings hold it is written only when it differs: written alike, the
    // default list would be stored (and changed() emitted) though nothing changed.
    if (!isChanged())
        return;
    QList<TopicSource> sources;
    for (int row = 0; row < m_list->count(); ++row)
        if (Result<TopicSource> source = sourceOf(m_list->item(row)))
            sources.append(std::move(source).value());
    m_desk.settings().setTopicSources(sources);
}

void SourcesPage::addSource()
{
    m_list->setCurrentItem(addItem(m_list, QStringLiteral("https://"), TopicSection::Consequences));
    m_url->setFocus();
    m_url->selectAll();
    emit problemChanged();
}

void SourcesPage::removeSource()
{
    delete m_list->currentItem();
    showSelected();
    emit problemChanged();
}

void SourcesPage::showSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    m_showing = true;
    m_url->setText(item ? item->data(kUrlRole).toString() : QString());
    m_kind->setCurrentIndex(item && sectionOf(item) == TopicSection::Trending ? 1 : 0);
    m_showing = false;
    m_result->clear();
    updateButtons();
}

void SourcesPage::editSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (m_showing || !item)
        return;
    item->setData(kUrlRole, m_url->text().trimmed());
    item->setData(kSectionRole, m_kind->currentData());
    describe(item);
    updateButtons();
    emit problemChanged();
}

void SourcesPage::updateButtons()
{
    const QListWidgetItem* item = m_list->currentItem();
    m_url->setEnabled(item);
    m_kind->setEnabled(item);
    m_remove->setEnabled(item);
    m_test->setEnabled(item && sourceOf(item) && !m_fetch);
}

void SourcesPage::testSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item || m_fetch)
        return;
    const Result<TopicSource> source = sourceOf(item);
    if (!source) {
        m_result->setText(source.errorMessage());
        return;
    }
    // One try, the settings' timeouts: a test says at once what a fetch would meet.
    FetchPolicy policy;
    policy.connectTimeout = std::chrono::milliseconds(m_desk.settings().networkConnectTimeoutMs());
    policy.timeout = std::chrono::milliseconds(m_desk.settings().networkTimeoutMs());
    policy.maxAttempts = 1;
    m_fetch = new SourceFetch(m_desk.http(), source.value(), policy, TopicCache(), this);
    connect(m_fetch, &SourceFetch::finished, this, &SourcesPage::onTested);
    m_result->setText(tr("Fetching %1…").arg(source.value().label()));
    m_fetch->start();
    updateButtons();
}

void SourcesPage::onTested(const SourceOutcome& outcome)
{
    m_fetch->deleteLater();
    m_fetch = nullptr;
    const int count = int(outcome.topics.size());
    const bool fresh = outcome.state == SourceOutcome::State::Fresh;
    // A failure falls back to the cached topics in a fetch; a test says it failed.
    if (fresh)
        m_result->setText(count == 1 ? tr("%1: 1 topic.").arg(outcome.source.label())
                                     : tr("%1: %2 topics.").arg(outcome.source.label()).arg(count));
    else
        m_result->setText(outcome.message.isEmpty()
                              ? tr("%1 gave no topics.").arg(outcome.source.label())
                              : outcome.message);
    updateButtons();
    emit tested(fresh);
}

} // namespace digest::ui
