#include "ui/generation/todaysdigestbar.h"

#include "desk/todaysdigest.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace digest::ui {

TodaysDigestBar::TodaysDigestBar(TodaysDigest& today, QWidget* parent)
    : QWidget(parent)
    , m_today(today)
    , m_step(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    setObjectName(QStringLiteral("todaysDigestBar"));
    setAccessibleName(tr("Today's post progress"));
    m_step->setObjectName(QStringLiteral("todaysDigestStep"));
    m_step->setAccessibleName(tr("Today's post step"));
    m_progress->setObjectName(QStringLiteral("todaysDigestProgress"));
    m_progress->setAccessibleName(tr("Slots written"));
    m_progress->setMaximumWidth(200);
    m_stop->setObjectName(QStringLiteral("todaysDigestStop"));
    m_stop->setAccessibleName(tr("Stop today's post"));
    m_stop->setToolTip(tr("Stop: the topics and the text that arrived are kept"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // The status bar may give the bar more room than it needs: the step's text takes it, the
    // button keeps its own size.
    m_stop->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    layout->addWidget(m_step, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_stop);

    connect(&m_today, &TodaysDigest::stepChanged, this,
            [this](TodaysDigest::Step, const QString& text) { showStep(text); });
    connect(&m_today, &TodaysDigest::progress, this, &TodaysDigestBar::showProgress);
    connect(&m_today, &TodaysDigest::runningChanged, this, &QWidget::setVisible);
    connect(m_stop, &QPushButton::clicked, &m_today, &TodaysDigest::stop);
    setVisible(m_today.isRunning());
}

TodaysDigestBar::~TodaysDigestBar() = default;

QString TodaysDigestBar::stepText() const
{
    return m_step->text();
}

void TodaysDigestBar::showStep(const QString& text)
{
    m_step->setText(text);
    m_progress->setAccessibleDescription(text);
    if (m_today.step() != TodaysDigest::Step::Generating) {
        // No count before the slots are known: a busy bar.
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
    }
}

void TodaysDigestBar::showProgress(int done, int total)
{
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    //: The slots of today's post written so far, of all
    m_progress->setFormat(tr("%1 of %2 slots").arg(done).arg(total));
}

} // namespace digest::ui
