#pragma once

#include "core/generation/slotjob.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

#include <functional>

namespace digest::ui {

// The slots of the current run, one row each: the jobs a GenerationQueue holds, and those that
// finished since the run began (a job added while nothing is queued or running begins a new
// run). It follows the queue's and the jobs' signals; it starts and stops nothing itself but
// what cancel() asks of a job.
class GenerationJobModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationJobModel)

public:
    enum Column { SlotColumn, StateColumn, TokensColumn, CostColumn, StopColumn, ColumnCount };
    enum Role {
        SlotIdRole = Qt::UserRole + 1,
        StateRole, // SlotJobState as int
        // The row's job can still be stopped.
        StoppableRole,
    };

    using PriceSource = std::function<TokenPrices()>;

    GenerationJobModel(GenerationQueue& queue, PriceSource prices, QObject* parent = nullptr);
    ~GenerationJobModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Stops the row's job (queued or running); false when it has finished.
    bool cancel(int row);
    // Jobs not finished yet.
    int activeCount() const;
    // What the run's finished slots used, and what that cost (zero when no price is known).
    SlotUsage totalUsage() const;
    double totalCost() const;
    bool hasPrices() const;
    // The prices changed: the cost column and the totals say so.
    void refreshPrices();

    // "2 · Ramifications" for "consequence-2/ramifications", "Prediction 1" for
    // "prediction-1"; any other id as it is.
    static QString slotName(const QString& slotId, SlotKind kind);
    // "Queued", "Asking the model…" (queued but sent), "Writing…", "Failed: <message>", …
    static QString stateText(SlotJobState state, bool sent = false, const QString& message = {});
    // "12 in · 34 out", with "≈ " in front when estimated; empty for nothing used.
    static QString tokensText(const SlotUsage& usage);
    // The cost with as many decimals as make two significant digits: 0.00042, 0.13, 2.50.
    static QString costText(double cost);

signals:
    // activeCount(), the totals or the prices changed.
    void summaryChanged();

private:
    struct Row
    {
        QPointer<SlotJob> job;
        QString slotId;
        SlotKind kind = SlotKind::Benefits;
        SlotJobState state = SlotJobState::Queued;
        // Has its place under the limit: the request is on its way (SlotJob::isRunning()).
        bool sent = false;
        QString message;
        // Known once finished; until then, estimated from the text so far.
        SlotUsage usage;
        bool finished = false;
    };

    void add(SlotJob* job);
    void onStateChanged(SlotJob* job);
    void onTextChanged(SlotJob* job, const QString& text);
    void onFinished(SlotJob* job, const SlotOutcome& outcome);
    int rowOf(const SlotJob* job) const;
    void rowChanged(int row);
    QVariant display(const Row& row, int column) const;

    GenerationQueue& m_queue;
    PriceSource m_prices;
    QList<Row> m_rows;
};

} // namespace digest::ui
