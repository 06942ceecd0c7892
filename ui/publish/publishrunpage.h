#pragma once

#include "core/publish/publish.h"

#include <QElapsedTimer>
#include <QStyle>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QSpacerItem;
class QToolButton;

namespace digest::ui {

// A publication as it runs and how it ended: its steps as they come, a busy bar, git's and
// Hugo's output under "Show Details", then the result: the commit and where it was pushed,
// the compare link the remote printed (opened in the browser), or what went wrong, told in
// words, with the details open.
class PublishRunPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishRunPage)

public:
    explicit PublishRunPage(QWidget* parent = nullptr);
    ~PublishRunPage() override;

    // `heading`: what runs ("Publishing to origin/main…").
    void start(const QString& heading);
    void addStep(const QString& step);
    void addOutput(const QString& line);
    void showCancelling();
    // `destination`: where it was to go ("main → origin/main"); `note`: a line on the open
    // post after it (where the published copy is).
    void showOutcome(const PublishOutcome& outcome, const QString& destination,
                     const QString& note);

    // What went wrong, in words, for an error kind.
    static QString errorKindText(PublishErrorKind kind);

private:
    void markLastStep(QStyle::StandardPixmap icon);
    void setDetailsShown(bool shown);

    // From the click on Publish to the outcome, as the user waited for it.
    QElapsedTimer m_clock;
    QLabel* m_heading = nullptr;
    QListWidget* m_steps = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    QToolButton* m_detailsToggle = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QSpacerItem* m_filler = nullptr;
};

} // namespace digest::ui
