#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace digest {
class TodaysDigest;
struct TodaysDigestOutcome;
} // namespace digest

namespace digest::ui {

// The progress of "Start Today's Post" while it runs: the step in words, a bar of the slots
// written of all (busy while the step has no count yet) and Stop. Hidden when no run is under
// way; the outcome goes to the status bar through whoever follows TodaysDigest::finished.
class TodaysDigestBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodaysDigestBar)

public:
    explicit TodaysDigestBar(TodaysDigest& today, QWidget* parent = nullptr);
    ~TodaysDigestBar() override;

    QString stepText() const;
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* stopButton() const { return m_stop; }

private:
    void showStep(const QString& text);
    void showProgress(int done, int total);

    TodaysDigest& m_today;
    QLabel* m_step = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_stop = nullptr;
};

} // namespace digest::ui
