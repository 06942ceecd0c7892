#include "ui/generation/generationjobmodel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

#include <cmath>

namespace digest::ui {
namespace {

// About four characters a token: what a row shows while the text arrives, before the server
// says (or does not say) how many it counted.
constexpr qsizetype kCharactersPerToken = 4;

QString kindName(SlotKind kind)
{
    switch (kind) {
    case SlotKind::Benefits:
        return GenerationJobModel::tr("Benefits");
    case SlotKind::Ramifications:
        return GenerationJobModel::tr("Ramifications");
    case SlotKind::Prediction:
        return GenerationJobModel::tr("Prediction");
    }
    return {};
}

} // namespace

GenerationJobModel::GenerationJobModel(GenerationQueue& queue, PriceSource prices, QObject* parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_prices(std::move(prices))
{
    for (SlotJob* job : queue.jobs())
        add(job);
    connect(&queue, &GenerationQueue::jobAdded, this, &GenerationJobModel::add);
}

GenerationJobModel::~GenerationJobModel() = default;

int GenerationJobModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GenerationJobModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GenerationJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SlotColumn:
        return tr("Slot");
    case StateColumn:
        return tr("State");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Cost");
    default:
        return {};
    }
}

QVariant GenerationJobModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == SlotColumn)
            return row.slotId;
        if (index.column() == StateColumn && !row.message.isEmpty())
            return row.message;
        if (index.column() == StateColumn && row.state == SlotJobState::Waiting)
            return tr("The endpoint asked for a pause between requests (HTTP 429); this slot "
                      "goes on when it ends.");
        return {};
    case Qt::DecorationRole:
        // The style's own warning sign: no colour of ours, right in light and dark alike.
        if (index.column() == StateColumn &&
            (row.state == SlotJobState::Failed || row.state == SlotJobState::Incomplete ||
             row.state == SlotJobState::Truncated))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == TokensColumn || index.column() == CostColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SlotIdRole:
        return row.slotId;
    case StateRole:
        return int(row.state);
    case StoppableRole:
        return !row.finished && !row.job.isNull();
    default:
        return {};
    }
}

QVariant GenerationJobModel::display(const Row& row, int column) const
{
    switch (column) {
    case SlotColumn:
        return slotName(row.slotId, row.kind);
    case StateColumn:
        return stateText(row.state, row.sent, row.message);
    case TokensColumn:
        if (row.finished)
            return tokensText(row.usage);
        // While the text arrives only its own length is known.
        return row.usage.completionTokens > 0
                   ? tr("≈ %1 out").arg(QLocale().toString(row.usage.completionTokens))
                   : QString();
    case CostColumn: {
        const TokenPrices prices = m_prices ? m_prices() : TokenPrices{};
        const bool priced = prices.inputPerMillion > 0 || prices.outputPerMillion > 0;
        if (!priced || !row.finished || row.usage == SlotUsage{})
            return QString();
        return costText(estimatedCost(row.usage, prices));
    }
    default:
        return {};
    }
}

bool GenerationJobModel::cancel(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).finished || !m_rows.at(row).job)
        return false;
    // finished() follows at once and updates the row.
    m_rows.at(row).job->cancel();
    return true;
}

int GenerationJobModel::activeCount() const
{
    return int(
        std::count_if(m_rows.begin(), m_rows.end(), [](const Row& row) { return !row.finished; }));
}

SlotUsage GenerationJobModel::totalUsage() const
{
    SlotUsage total;
    for (const Row& row : m_rows) {
        if (row.finished)
            total += row.usage;
    }
    return total;
}

bool GenerationJobModel::hasPrices() const
{
    const TokenPrices prices = m_prices ? m_prices() : TokenPrices{};
    return prices.inputPerMillion > 0 || prices.outputPerMillion > 0;
}

double GenerationJobModel::totalCost() const
{
    return m_prices ? estimatedCost(totalUsage(), m_prices()) : 0.0;
}

void GenerationJobModel::refreshPrices()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CostColumn), index(rowCount() - 1, CostColumn));
    emit summaryChanged();
}

void GenerationJobModel::add(SlotJob* job)
{
    if (!job || rowOf(job) >= 0)
        return;
    // A job that comes while nothing runs begins a new run: the last run's rows go.
    if (activeCount() == 0 && !m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
    Row row;
    row.job = job;
    row.slotId = job->slotId();
    row.kind = job->kind();
    row.state = job->state();
    row.sent = job->isRunning();
    beginInsertRows({}, rowCount(), rowCount());
    m_rows.append(row);
    endInsertRows();
    connect(job, &SlotJob::started, this, [this, job] { onStateChanged(job); });
    connect(job, &SlotJob::stateChanged, this, [this, job] { onStateChanged(job); });
    connect(job, &SlotJob::textChanged, this,
            [this, job](const QString& text) { onTextChanged(job, text); });
    connect(job, &SlotJob::finished, this,
            [this, job](const SlotOutcome& outcome) { onFinished(job, outcome); });
    emit summaryChanged();
}

void GenerationJobModel::onStateChanged(SlotJob* job)
{
    const int row = rowOf(job);
    if (row < 0 || m_rows.at(row).finished)
        return;
    m_rows[row].state = job->state();
    m_rows[row].sent = job->isRunning();
    rowChanged(row);
}

void GenerationJobModel::onTextChanged(SlotJob* job, const QString& text)
{
    const int row = rowOf(job);
    if (row < 0 || m_rows.at(row).finished)
        return;
    m_rows[row].usage = {0, (text.size() + kCharactersPerToken - 1) / kCharactersPerToken, true};
    rowChanged(row);
}

void GenerationJobModel::onFinished(SlotJob* job, const SlotOutcome& outcome)
{
    const int row = rowOf(job);
    if (row < 0)
        return;
    Row& entry = m_rows[row];
    entry.finished = true;
    entry.state = outcome.state;
    entry.message = outcome.message;
    entry.usage = outcome.usage;
    // The queue deletes the job later; the row keeps what it needs.
    entry.job.clear();
    rowChanged(row);
    emit summaryChanged();
}

int GenerationJobModel::rowOf(const SlotJob* job) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).job == job)
            return i;
    }
    return -1;
}

void GenerationJobModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString GenerationJobModel::slotName(const QString& slotId, SlotKind kind)
{
    // "consequence-2/benefits", "prediction-1" (slotplan.h).
    static const QLatin1String consequence("consequence-");
    static const QLatin1String prediction("prediction-");
    if (slotId.startsWith(consequence)) {
        const QString number = slotId.mid(consequence.size()).section(u'/', 0, 0);
        return tr("%1 · %2").arg(number, kindName(kind));
    }
    if (slotId.startsWith(prediction))
        return tr("Prediction %1").arg(slotId.mid(prediction.size()));
    return slotId;
}

QString GenerationJobModel::stateText(SlotJobState state, bool sent, const QString& message)
{
    switch (state) {
    case SlotJobState::Queued:
        // A slow local model can think for a minute before its first word.
        return sent ? tr("Asking the model…") : tr("Queued");
    case SlotJobState::Waiting:
        return tr("Waiting for the endpoint");
    case SlotJobState::Streaming:
        return tr("Writing…");
    case SlotJobState::Done:
        return tr("Done");
    case SlotJobState::Truncated:
        return tr("Truncated");
    case SlotJobState::Incomplete:
        return tr("Incomplete");
    case SlotJobState::Failed:
        return message.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(message);
    case SlotJobState::Cancelled:
        return tr("Stopped");
    }
    return {};
}

QString GenerationJobModel::tokensText(const SlotUsage& usage)
{
    if (usage == SlotUsage{})
        return {};
    const QLocale locale;
    const QString counts =
        tr("%1 in · %2 out")
            .arg(locale.toString(usage.promptTokens), locale.toString(usage.completionTokens));
    return usage.estimated ? tr("≈ %1").arg(counts) : counts;
}

QString GenerationJobModel::costText(double cost)
{
    if (cost <= 0)
        return QLocale().toString(0.0, 'f', 2);
    const int decimals = std::clamp(1 - int(std::floor(std::log10(cost))), 2, 8);
    return QLocale().toString(cost, 'f', decimals);
}

} // namespace digest::ui
