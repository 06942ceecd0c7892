#pragma once

#include "core/lint/lint.h"
#include "core/publish/publish.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace digest::ui {

class DiffView;

// What Publish is about to do, for the person to confirm: where the post goes (new file or
// changed), the branch, whether Hugo will list it, the commit message (editable), the diff
// that will be committed; and what stands in the way: a preflight problem, or the post's lint
// errors (double-click one to go to its line). Publishing is possible only when nothing does.
class PublishConfirmPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishConfirmPage)

public:
    explicit PublishConfirmPage(QWidget* parent = nullptr);
    ~PublishConfirmPage() override;

    // While the preview is read.
    void showLoading();
    // No publication can even be described (no site set): the reason alone.
    void showRequestProblem(const QString& message);
    void showPreview(const PublishPreview& preview);
    // The lint errors of the post (warnings are not listed: they do not stop publishing).
    void showLintErrors(const QList<Problem>& problems);

    // The repository has no remote (the default site): says, under the branch, that the
    // commit stays on this computer.
    void setStaysLocal(bool local);
    // "No remote: the commit stays on this computer.", also said after the publication.
    static QString staysLocalNote();

    void setCommitMessage(const QString& message);
    QString commitMessage() const;
    // A preview without a problem, no lint errors, and a commit message.
    bool canPublish() const;
    // Why not, for the Publish button's tooltip; empty when it can.
    QString whyNot() const;

signals:
    // Whether Publish can go ahead, after anything that may change it or why not.
    void canPublishChanged(bool can);
    // A lint error was double-clicked: its 1-based line and column.
    void problemActivated(int line, int column);

private:
    void showProblem(const QString& message);
    void updateCanPublish();

    QLabel* m_path = nullptr;
    QLabel* m_fileState = nullptr;
    QLabel* m_branch = nullptr;
    QLabel* m_staysLocal = nullptr;
    QLabel* m_hugoIcon = nullptr;
    QLabel* m_hugo = nullptr;
    QLineEdit* m_message = nullptr;
    QWidget* m_problemRow = nullptr;
    QLabel* m_problem = nullptr;
    QWidget* m_lintBox = nullptr;
    QListWidget* m_lintErrors = nullptr;
    DiffView* m_diff = nullptr;
    bool m_previewReady = false;
    bool m_blocked = false;
    bool m_lintErrorsFound = false;
};

} // namespace digest::ui
