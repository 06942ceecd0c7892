#include "ui/mainwindow/welcomebanner.h"

#include "core/settings/settings.h"
#include "desk/desk.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace digest::ui {
namespace {

// Closing hides the welcome for the session: the desk lives as long as the session (a window
// made again, for another language, finds it closed).
constexpr auto kClosedProperty = "digestWelcomeClosed";

} // namespace

WelcomeBanner::WelcomeBanner(Desk& desk, std::function<void()> openSettings, QWidget* parent)
    : QFrame(parent)
    , m_desk(desk)
    , m_openSettings(std::move(openSettings))
{
    setObjectName(QStringLiteral("welcomeBanner"));
    setAccessibleName(tr("Welcome"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    auto* heading = new QLabel(tr("<b>Welcome to Digest Editor</b>"), this);
    heading->setObjectName(QStringLiteral("welcomeHeading"));
    heading->setAccessibleName(tr("Welcome to Digest Editor"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("welcomeText"));
    m_text->setAccessibleName(tr("What to configure"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_settingsButton = new QPushButton(tr("Open &Settings…"), this);
    m_settingsButton->setObjectName(QStringLiteral("welcomeSettingsButton"));
    m_settingsButton->setAccessibleName(tr("Open Settings"));
    connect(m_settingsButton, &QPushButton::clicked, this, &WelcomeBanner::openSettings);
    m_dismissButton = new QPushButton(tr("Don't Show Again"), this);
    m_dismissButton->setObjectName(QStringLiteral("welcomeDismissButton"));
    m_dismissButton->setAccessibleName(tr("Don't show the welcome again"));
    connect(m_dismissButton, &QPushButton::clicked, this, &WelcomeBanner::dismissForGood);
    m_closeButton = new QToolButton(this);
    m_closeButton->setObjectName(QStringLiteral("welcomeCloseButton"));
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setToolTip(tr("Hide the welcome until the next start"));
    m_closeButton->setAccessibleName(tr("Close the welcome"));
    connect(m_closeButton, &QToolButton::clicked, this, &WelcomeBanner::closeForSession);

    auto* top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(m_closeButton, 0, Qt::AlignTop);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_settingsButton);
    buttons->addWidget(m_dismissButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 8);
    layout->addLayout(top);
    layout->addWidget(m_text);
    layout->addLayout(buttons);

    updateText();
    connect(&m_desk.settings(), &Settings::changed, this, &WelcomeBanner::updateText);
    setVisible(wanted(m_desk));
}

WelcomeBanner::~WelcomeBanner() = default;

bool WelcomeBanner::wanted(const Desk& desk)
{
    if (desk.settings().welcomeDismissed() || desk.property(kClosedProperty).toBool())
        return false;
    return !desk.canGenerate() || desk.usingDefaultSite();
}

void WelcomeBanner::updateText()
{
    QStringList lines;
    lines.append(
        m_desk.canGenerate()
            ? tr("Model endpoint: set. Generation asks %1.").arg(m_desk.chatEndpoint().model)
            : tr("Model endpoint: to generate text, set an OpenAI-compatible server "
                 "and a model in the settings (Model)."));
    lines.append(m_desk.usingDefaultSite()
                     ? tr("Site: choose your site's git checkout in the settings (Site). "
                          "Meanwhile posts go to a default site in %1, committed on this "
                          "computer and never pushed.")
                           .arg(QDir::toNativeSeparators(Desk::defaultSiteFolder()))
                     : tr("Site: %1.").arg(QDir::toNativeSeparators(m_desk.siteFolder())));
    lines.append(tr("Topics: Refresh fetches today's; offline, the last fetched ones show, "
                    "marked as cached."));
    m_text->setText(lines.join(u'\n'));
}

void WelcomeBanner::openSettings()
{
    // The window's Settings action when it has one (one dialog with pages), else the fallback.
    if (auto* action = window()->findChild<QAction*>(QStringLiteral("settingsAction")))
        action->trigger();
    else if (m_openSettings)
        m_openSettings();
}

void WelcomeBanner::closeForSession()
{
    m_desk.setProperty(kClosedProperty, true);
    hide();
}

void WelcomeBanner::dismissForGood()
{
    m_desk.settings().setWelcomeDismissed(true);
    hide();
}

} // namespace digest::ui
