#include "ui/publish/publishactions.h"

#include "core/publish/publish.h"
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "ui/publish/publishdialog.h"
#include "ui/settings/settingsdialog.h"

#include <QAction>
#include <QMenu>
#include <QTextDocument>
#include <QWidget>

namespace digest::ui {

PublishActions::PublishActions(Desk& desk, QWidget* window)
    : QObject(window)
    , m_desk(desk)
    , m_window(window)
{
    m_siteSettings = new QAction(tr("Site Se&ttings…"), this);
    m_siteSettings->setObjectName(QStringLiteral("siteSettingsAction"));
    m_siteSettings->setStatusTip(
        tr("The site's git checkout, where posts go, and how they are published"));
    m_siteSettings->setMenuRole(QAction::NoRole);
    connect(m_siteSettings, &QAction::triggered, this, &PublishActions::showSiteSettings);

    m_publish = new QAction(tr("&Publish…"), this);
    m_publish->setObjectName(QStringLiteral("publishAction"));
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_publish, &QAction::triggered, this, [this] { publish(false); });

    m_publishForReview = new QAction(tr("Publish for Re&view…"), this);
    m_publishForReview->setObjectName(QStringLiteral("publishForReviewAction"));
    connect(m_publishForReview, &QAction::triggered, this, [this] { publish(true); });

    PostDocument& document = m_desk.session().document();
    connect(&document, &PostDocument::changed, this, &PublishActions::updateEnabled);
    connect(&document, &PostDocument::reset, this, &PublishActions::updateEnabled);
    connect(&m_desk.settings(), &Settings::changed, this, [this](const QString& key) {
        if (key == QLatin1String(SettingKey::SiteFolder))
            updateEnabled();
    });
    updateEnabled();
}

PublishActions::~PublishActions() = default;

void PublishActions::addTo(QMenu* menu)
{
    menu->addAction(m_publish);
    menu->addAction(m_publishForReview);
    menu->addAction(m_siteSettings);
}

void PublishActions::updateEnabled()
{
    // The default site counts: it is made on first need.
    const bool site = !m_desk.siteFolder().trimmed().isEmpty();
    // Cheap on every keystroke: no copy of the text.
    const bool post = !m_desk.session().document().textDocument()->isEmpty();
    for (QAction* action : {m_publish, m_publishForReview})
        action->setEnabled(site && post);
    if (!site) {
        const QString tip = tr("Set the site's git checkout in File › Site Settings… to publish");
        m_publish->setStatusTip(tip);
        m_publishForReview->setStatusTip(tip);
    } else if (!post) {
        m_publish->setStatusTip(tr("Open or write a post to publish it"));
        m_publishForReview->setStatusTip(m_publish->statusTip());
    } else {
        m_publish->setStatusTip(
            tr("Commit the post to the site's checkout and push it, after a confirmation"));
        m_publishForReview->setStatusTip(
            tr("Push the post to a new branch of the site's remote for review; the checkout's "
               "branch is left as it is"));
    }
}

QList<Problem> PublishActions::basicLint() const
{
    const DocumentSession& session = m_desk.session();
    LintContext context;
    context.fileName =
        session.document().path().isEmpty() ? session.suggestedPath() : session.document().path();
    context.disclaimer = m_desk.settings().siteDisclaimer();
    context.siteZone = m_desk.settings().siteTimeZone();
    context.now = m_desk.now();
    return lintPost(session.document().text(), context);
}

void PublishActions::showSiteSettings()
{
    openSettingsDialog(m_desk, m_window, SettingsDialog::Page::Site);
}

void PublishActions::publish(bool forReview)
{
    const QList<Problem> problems = m_linter ? m_linter() : basicLint();
    auto* dialog = new PublishDialog(m_desk, forReview, problems, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PublishDialog::problemActivated, this, [this, dialog](int line, int column) {
        // The editor shows the line; the dialog goes so that the person can fix it.
        dialog->reject();
        emit problemActivated(line, column);
    });
    connect(dialog, &PublishDialog::publicationFinished, this,
            [this](const PublishOutcome& outcome) {
                emit message(outcome.ok() ? tr("Published") : tr("Not published"));
            });
    dialog->open();
}

} // namespace digest::ui
