#include "ui/frontmatter/noticerow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace digest::ui {

NoticeRow::NoticeRow(QWidget* parent)
    : QWidget(parent)
    , m_noticeLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_restore(new QPushButton(tr("Restore the Site's Notice"), this))
{
    m_noticeLabel->setObjectName(QStringLiteral("noticeText"));
    m_stateLabel->setObjectName(QStringLiteral("noticeState"));
    m_restore->setObjectName(QStringLiteral("restoreNotice"));
    // A long notice must not widen the window: it wraps, and the whole line is its tooltip.
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setTextFormat(Qt::PlainText);
    m_noticeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noticeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_noticeLabel, 1);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_restore);
    connect(m_restore, &QPushButton::clicked, this, &NoticeRow::restoreRequested);
}

void NoticeRow::show(const QString& postNotice, bool missing, const QString& siteNotice)
{
    m_state = missing ? State::Missing : postNotice == siteNotice ? State::Matches : State::Differs;
    m_noticeLabel->setText(missing ? tr("(no notice in the body)") : postNotice);
    m_noticeLabel->setToolTip(tr("The site's notice:\n%1").arg(siteNotice));
    switch (m_state) {
    case State::Matches:
        m_stateLabel->setText(tr("matches the site's notice"));
        break;
    case State::Differs:
        m_stateLabel->setText(tr("differs from the site's notice"));
        break;
    case State::Missing:
        m_stateLabel->setText(tr("missing"));
        break;
    }
    // The state is said in words; the colour only underlines it.
    m_stateLabel->setStyleSheet(
        m_state == State::Matches ? QString() : QStringLiteral("QLabel { color: #d9480f; }"));
    m_restore->setEnabled(m_state != State::Matches && !siteNotice.isEmpty());
}

} // namespace digest::ui
