#include "ui/publish/publishrunpage.h"

#include <QDesktopServices>
#include <QFontDatabase>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSpacerItem>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace digest::ui {
namespace {

constexpr int kShortHash = 7;
constexpr int kIconSize = 16;
// A publication's steps: checking, saving, building, committing, pushing, fetching, rebasing,
// pushing again; and a line to spare.
constexpr int kStepRows = 9;

QString paragraph(const QString& html)
{
    return QStringLiteral("<p>") + html + QStringLiteral("</p>");
}

} // namespace

PublishRunPage::PublishRunPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("runHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);

    // The result first: it is what the person came back to read.
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_result, &QLabel::linkActivated, this,
            [](const QString& link) { QDesktopServices::openUrl(QUrl(link)); });
    layout->addWidget(m_result);

    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setIconSize(QSize(kIconSize, kIconSize));
    // Room for every step a publication takes, no more: the details get the rest.
    m_steps->setMaximumHeight(m_steps->fontMetrics().height() * kStepRows + kIconSize);
    layout->addWidget(m_steps);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0); // busy: git does not say how far it is
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);

    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setObjectName(QStringLiteral("showDetails"));
    m_detailsToggle->setText(tr("Show &Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setAutoRaise(true);
    connect(m_detailsToggle, &QToolButton::toggled, this, &PublishRunPage::setDetailsShown);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignLeft);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_details, 1);
    // Takes the space the details leave while they are hidden.
    m_filler = new QSpacerItem(0, 0, QSizePolicy::Minimum, QSizePolicy::Expanding);
    layout->addSpacerItem(m_filler);
    setDetailsShown(false);
}

PublishRunPage::~PublishRunPage() = default;

void PublishRunPage::start(const QString& heading)
{
    m_clock.start();
    m_heading->setText(heading);
    m_steps->clear();
    m_details->clear();
    m_result->clear();
    m_result->hide();
    m_progress->show();
}

void PublishRunPage::addStep(const QString& step)
{
    markLastStep(QStyle::SP_DialogApplyButton);
    new QListWidgetItem(style()->standardIcon(QStyle::SP_ArrowRight), step, m_steps);
    m_steps->scrollToBottom();
}

void PublishRunPage::markLastStep(QStyle::StandardPixmap icon)
{
    if (m_steps->count() > 0)
        m_steps->item(m_steps->count() - 1)->setIcon(style()->standardIcon(icon));
}

void PublishRunPage::addOutput(const QString& line)
{
    m_details->appendPlainText(line);
}

void PublishRunPage::showCancelling()
{
    m_heading->setText(tr("Cancelling after the current step…"));
}

void PublishRunPage::showOutcome(const PublishOutcome& outcome, const QString& destination,
                                 const QString& note)
{
    m_progress->hide();
    // The whole transcript, each command before its output, replaces the lines seen live.
    if (!outcome.transcript.isEmpty())
        m_details->setPlainText(outcome.transcriptText());
    QString html;
    if (outcome.ok()) {
        markLastStep(QStyle::SP_DialogApplyButton);
        m_heading->setText(tr("Published"));
        const QString commit = outcome.commit.left(kShortHash).toHtmlEscaped();
        const QString seconds = QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1);
        html += paragraph(outcome.pushed ? tr("Commit %1 pushed: %2, in %3 s.")
                                               .arg(commit, destination.toHtmlEscaped(), seconds)
                                         : tr("Commit %1 made; not pushed.").arg(commit));
        if (outcome.rebased)
            html += paragraph(tr("The remote had moved on: the commit was put on top of it "
                                 "before pushing."));
        if (!outcome.compareUrl.isEmpty()) {
            const QString url = outcome.compareUrl.toHtmlEscaped();
            html += paragraph(tr("Open the review page: <a href=\"%1\">%1</a>").arg(url));
        }
    } else {
        markLastStep(QStyle::SP_MessageBoxCritical);
        m_heading->setText(tr("Not published"));
        html += paragraph(QStringLiteral("<b>") + errorKindText(outcome.error).toHtmlEscaped() +
                          QStringLiteral("</b>"));
        html += paragraph(
            outcome.message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        m_detailsToggle->setChecked(true);
    }
    if (!note.isEmpty())
        html += paragraph(note.toHtmlEscaped());
    m_result->setText(html);
    m_result->show();
}

void PublishRunPage::setDetailsShown(bool shown)
{
    m_details->setVisible(shown);
    m_filler->changeSize(0, 0, QSizePolicy::Minimum,
                         shown ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    layout()->invalidate();
    m_detailsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    m_detailsToggle->setText(shown ? tr("Hide &Details") : tr("Show &Details"));
}

QString PublishRunPage::errorKindText(PublishErrorKind kind)
{
    switch (kind) {
    case PublishErrorKind::None:
        return tr("Published.");
    case PublishErrorKind::Lint:
        return tr("The post has proofreading errors.");
    case PublishErrorKind::Repository:
        return tr("The site's checkout is not ready to publish from.");
    case PublishErrorKind::Lock:
        return tr("Git's index is locked: another git command is running, or one crashed.");
    case PublishErrorKind::Write:
        return tr("The post could not be saved into the checkout.");
    case PublishErrorKind::Build:
        return tr("Hugo could not build the site with this post.");
    case PublishErrorKind::Hook:
        return tr("A git hook refused the commit or the push.");
    case PublishErrorKind::Network:
        return tr("The remote could not be reached (network).");
    case PublishErrorKind::Authentication:
        return tr("The remote did not accept the credentials, or none could be asked for.");
    case PublishErrorKind::Rejected:
        return tr("The remote rejected the push.");
    case PublishErrorKind::Conflict:
        return tr("The post conflicts with changes on the remote; the checkout is as it was.");
    case PublishErrorKind::Timeout:
        return tr("Git took too long and was stopped.");
    case PublishErrorKind::NothingToPublish:
        return tr("Nothing to publish: the branch already has this post as it is.");
    case PublishErrorKind::Other:
        break;
    }
    return tr("Publishing stopped.");
}

} // namespace digest::ui
