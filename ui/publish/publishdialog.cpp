#include "ui/publish/publishdialog.h"

#include "core/post/postfile.h"
#include "desk/desk.h"
#include "ui/publish/publishconfirmpage.h"
#include "ui/publish/publishrunpage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace digest::ui {
namespace {

constexpr QSize kSize(820, 640);

} // namespace

PublishDialog::PublishDialog(Desk& desk, bool forReview, const QList<Problem>& lintProblems,
                             QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
    , m_forReview(forReview)
{
    setObjectName(QStringLiteral("publishDialog"));
    setWindowTitle(forReview ? tr("Publish for Review") : tr("Publish"));
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_confirm = new PublishConfirmPage(m_pages);
    m_run = new PublishRunPage(m_pages);
    m_pages->addWidget(m_confirm);
    m_pages->addWidget(m_run);
    layout->addWidget(m_pages, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_publish = buttons->addButton(forReview ? tr("Publish for &Review") : tr("&Publish"),
                                   QDialogButtonBox::AcceptRole);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setEnabled(false);
    m_publish->setToolTip(tr("Reading the checkout…"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->hide();
    // The buttons act themselves: the box's accepted/rejected would close the dialog.
    connect(m_publish, &QPushButton::clicked, this, &PublishDialog::publish);
    connect(m_cancel, &QPushButton::clicked, this, &PublishDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(kSize);

    connect(m_confirm, &PublishConfirmPage::canPublishChanged, this, [this](bool can) {
        m_publish->setEnabled(can);
        m_publish->setToolTip(m_confirm->whyNot());
    });
    connect(m_confirm, &PublishConfirmPage::problemActivated, this,
            &PublishDialog::problemActivated);
    m_confirm->showLintErrors(lintProblems);

    Publisher& publisher = m_desk.publisher();
    connect(&publisher, &Publisher::previewReady, this, &PublishDialog::onPreview);
    connect(&publisher, &Publisher::progress, m_run, &PublishRunPage::addStep);
    connect(&publisher, &Publisher::output, m_run, &PublishRunPage::addOutput);
    connect(&publisher, &Publisher::finished, this, &PublishDialog::onFinished);

    const Result<PublishRequest> request = m_desk.publishRequest(forReview);
    if (!request) {
        m_confirm->showRequestProblem(request.errorMessage());
        return;
    }
    m_request = request.value();
    m_confirm->setCommitMessage(m_request.commitMessage);
    m_confirm->setStaysLocal(!m_request.push);
    m_waitingForPreview = true;
    publisher.preview(m_request, m_desk.now());
}

PublishDialog::~PublishDialog() = default;

void PublishDialog::onPreview(const PublishPreview& preview)
{
    if (!m_waitingForPreview)
        return;
    m_waitingForPreview = false;
    m_preview = preview;
    m_confirm->showPreview(preview);
    if (m_confirm->canPublish())
        m_publish->setDefault(true);
}

void PublishDialog::publish()
{
    if (!m_confirm->canPublish() || m_running || m_finished)
        return;
    m_request.commitMessage = m_confirm->commitMessage();
    m_running = true;
    m_publish->hide();
    m_pages->setCurrentWidget(m_run);
    m_run->start(m_forReview ? tr("Publishing for review: %1…").arg(m_preview.branchDescription)
                             : tr("Publishing: %1…").arg(m_preview.branchDescription));
    m_desk.publisher().publish(m_request);
}

void PublishDialog::onFinished(const PublishOutcome& outcome)
{
    if (!m_running)
        return;
    m_running = false;
    m_finished = true;
    const QString note = sessionNote();
    // Said before (the confirmation) and after: nothing left this computer.
    m_run->showOutcome(
        outcome, m_preview.branchDescription,
        outcome.ok() && !m_request.push
            ? QStringList{PublishConfirmPage::staysLocalNote(), note}.join(u' ').trimmed()
            : note);
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    m_close->setFocus();
    emit publicationFinished(outcome);
}

QString PublishDialog::sessionNote()
{
    const QString published = QFileInfo(m_preview.absolutePath).absoluteFilePath();
    const QString editing = m_desk.session().document().path();
    // A post never saved, or the checkout's own file: the session now edits the saved file.
    if (m_desk.adoptPublishedFile(published))
        return editing.isEmpty() ? tr("The post is saved as %1; you are editing that file now.")
                                       .arg(QDir::toNativeSeparators(published))
                                 : QString();
    // A post kept elsewhere stays there; the copy in the checkout is another file.
    if (PostFile::fingerprintOnDisk(published) ==
        PostFile::fingerprint(QString::fromUtf8(m_request.content)))
        return tr("The post’s copy in the checkout is %1; you are still editing %2.")
            .arg(QDir::toNativeSeparators(published), QDir::toNativeSeparators(editing));
    return {};
}

void PublishDialog::reject()
{
    if (m_running) {
        // Git is never left half-way: the publisher stops after its current step.
        m_desk.publisher().cancel();
        m_run->showCancelling();
        m_cancel->setEnabled(false);
        return;
    }
    QDialog::reject();
}

} // namespace digest::ui
