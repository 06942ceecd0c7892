#pragma once

#include "core/lint/lint.h"
#include "core/publish/publish.h"

#include <QDialog>
#include <QList>

class QPushButton;
class QStackedWidget;

namespace digest {
class Desk;
} // namespace digest

namespace digest::ui {

class PublishConfirmPage;
class PublishRunPage;

// Publish (or Publish for Review) the open post: first the confirmation (PublishConfirmPage),
// read from the desk's publisher's preview; then, on Publish, the same dialog follows the
// publication (PublishRunPage) and shows how it ended. The post's lint errors, given by the
// caller, keep Publish disabled. While the publication runs, Cancel (or closing) asks the
// publisher to stop after its current step and the dialog waits for it.
class PublishDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishDialog)

public:
    PublishDialog(Desk& desk, bool forReview, const QList<Problem>& lintProblems,
                  QWidget* parent = nullptr);
    ~PublishDialog() override;

    // Starts the publication the confirmation shows (the Publish button).
    void publish();
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }

    void reject() override;

signals:
    // A lint error was double-clicked: the editor goes to its 1-based line and column.
    void problemActivated(int line, int column);
    void publicationFinished(const digest::PublishOutcome& outcome);

private:
    void onPreview(const PublishPreview& preview);
    void onFinished(const PublishOutcome& outcome);
    // A line on the open post after publishing: which file the session edits now.
    QString sessionNote();

    Desk& m_desk;
    bool m_forReview = false;
    PublishRequest m_request;
    PublishPreview m_preview;
    bool m_waitingForPreview = false;
    bool m_running = false;
    bool m_finished = false;
    QStackedWidget* m_pages = nullptr;
    PublishConfirmPage* m_confirm = nullptr;
    PublishRunPage* m_run = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace digest::ui
