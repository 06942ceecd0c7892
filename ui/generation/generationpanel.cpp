#include "ui/generation/generationpanel.h"

#include "ui/generation/generationjobmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace digest::ui {

GenerationPanel::GenerationPanel(GenerationQueue& queue, PriceSource prices, QWidget* parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new GenerationJobModel(queue, std::move(prices), this))
{
    setObjectName(QStringLiteral("generationPanel"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("generationTable"));
    m_table->setAccessibleName(tr("Generation requests"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Every row as tall as one with its stop button, so that rows do not jump when it goes.
    QToolButton probe;
    probe.setAutoRaise(true);
    probe.setText(tr("Stop"));
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(
        qMax(probe.sizeHint().height(), fontMetrics().height() + 6));
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The state takes what is left: a failure's message is the longest thing shown.
    header->setSectionResizeMode(GenerationJobModel::StateColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);

    m_empty = new QLabel(tr("Nothing is being generated."), this);
    m_empty->setObjectName(QStringLiteral("generationEmptyNote"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("generationTotals"));
    m_totals->setTextFormat(Qt::PlainText);
    m_totals->setWordWrap(true);
    m_totals->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_stopAll = new QPushButton(tr("Stop &All"), this);
    m_stopAll->setObjectName(QStringLiteral("generationStopAll"));
    m_stopAll->setToolTip(tr("Stop every slot that is queued or being written; what arrived "
                             "is kept"));
    connect(m_stopAll, &QPushButton::clicked, this, &GenerationPanel::stopAll);

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_totals, 1);
    footer->addWidget(m_stopAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(footer);

    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) { addStopButtons(first, last); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                for (int row = from.row(); row <= to.row(); ++row)
                    updateStopButton(row);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &GenerationPanel::updateSummary);
    connect(m_model, &GenerationJobModel::summaryChanged, this, &GenerationPanel::updateSummary);
    addStopButtons(0, m_model->rowCount() - 1);
    updateSummary();
}

GenerationPanel::~GenerationPanel() = default;

void GenerationPanel::refreshPrices()
{
    m_model->refreshPrices();
}

void GenerationPanel::stopAll()
{
    m_queue.cancelAll();
}

void GenerationPanel::addStopButtons(int first, int last)
{
    for (int row = first; row <= last; ++row)
        updateStopButton(row);
}

// A row that can still be stopped has a button of its own; the button goes once it cannot.
void GenerationPanel::updateStopButton(int row)
{
    const QModelIndex index = m_model->index(row, GenerationJobModel::StopColumn);
    const bool stoppable = index.data(GenerationJobModel::StoppableRole).toBool();
    QWidget* current = m_table->indexWidget(index);
    if (!stoppable) {
        if (current)
            m_table->setIndexWidget(index, nullptr);
        return;
    }
    if (current)
        return;
    // Words rather than the style's stop icon, which some styles draw dark on dark.
    auto* stop = new QToolButton;
    stop->setObjectName(QStringLiteral("generationStop"));
    stop->setAutoRaise(true);
    stop->setText(tr("Stop"));
    const QString slot = m_model->index(row, GenerationJobModel::SlotColumn).data().toString();
    stop->setToolTip(tr("Stop %1; what arrived is kept").arg(slot));
    stop->setAccessibleName(tr("Stop %1").arg(slot));
    // The row is looked up when clicked: rows above may have gone by then.
    const QPersistentModelIndex persistent(index);
    connect(stop, &QToolButton::clicked, this, [this, persistent] {
        if (persistent.isValid())
            m_model->cancel(persistent.row());
    });
    m_table->setIndexWidget(index, stop);
}

void GenerationPanel::updateSummary()
{
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    const int active = m_model->activeCount();
    m_stopAll->setEnabled(active > 0);

    const SlotUsage usage = m_model->totalUsage();
    QStringList parts;
    if (active > 0)
        parts.append(tr("Slots to go: %1").arg(active));
    if (usage != SlotUsage{})
        parts.append(tr("Tokens: %1").arg(GenerationJobModel::tokensText(usage)));
    if (usage != SlotUsage{} && m_model->hasPrices())
        parts.append(tr("Cost: ≈ %1").arg(GenerationJobModel::costText(m_model->totalCost())));
    m_totals->setText(parts.join(QStringLiteral(" · ")));
}

} // namespace digest::ui
