#pragma once

#include "core/generation/slotjob.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace digest::ui {

class GenerationJobModel;

// What generation is doing: one row per slot of the current run (queued, waiting, writing,
// and how each ended), its tokens and estimated cost, a stop button on every row that can
// still be stopped, Stop All, and the run's totals. It shows a GenerationQueue; the generating
// itself is someone else's.
class GenerationPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GenerationPanel)

public:
    using PriceSource = std::function<TokenPrices()>;

    GenerationPanel(GenerationQueue& queue, PriceSource prices, QWidget* parent = nullptr);
    ~GenerationPanel() override;

    GenerationJobModel& model() const { return *m_model; }
    // The prices changed (the settings): costs and totals follow.
    void refreshPrices();

public slots:
    void stopAll();

private:
    void addStopButtons(int first, int last);
    void updateStopButton(int row);
    void updateSummary();

    GenerationQueue& m_queue;
    GenerationJobModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_totals = nullptr;
    QPushButton* m_stopAll = nullptr;
};

} // namespace digest::ui
