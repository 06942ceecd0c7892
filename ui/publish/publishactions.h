#pragma once

#include "core/lint/lint.h"

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace digest {
class Desk;
} // namespace digest

namespace digest::ui {

// The File menu's publishing: Site Settings…, Publish… (Ctrl+Shift+P) and Publish for
// Review…. The publish actions are enabled while a site folder is set and a post is open (their
// status tips say what is missing otherwise); each opens a PublishDialog with the post's lint
// errors of that moment.
class PublishActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PublishActions)

public:
    using Linter = std::function<QList<Problem>()>;

    PublishActions(Desk& desk, QWidget* window);
    ~PublishActions() override;

    // What proofreads the post before publishing (the desk's proofreader's lintNow()). Unset:
    // basicLint().
    void setLinter(Linter linter) { m_linter = std::move(linter); }
    void addTo(QMenu* menu);

    QAction* siteSettingsAction() const { return m_siteSettings; }
    QAction* publishAction() const { return m_publish; }
    QAction* publishForReviewAction() const { return m_publishForReview; }

    void showSiteSettings();
    // Open their dialog, window-modal, and return at once.
    void publish(bool forReview);

signals:
    void message(const QString& text);
    // A lint error was double-clicked in the publish dialog.
    void problemActivated(int line, int column);

private:
    void updateEnabled();
    // lintPost() over the open post with what the settings know (the site's disclaimer and
    // zone), for as long as no linter is set.
    QList<Problem> basicLint() const;

    Desk& m_desk;
    QWidget* m_window;
    Linter m_linter;
    QAction* m_siteSettings = nullptr;
    QAction* m_publish = nullptr;
    QAction* m_publishForReview = nullptr;
};

} // namespace digest::ui
