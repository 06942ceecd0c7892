#include "ui/publish/publishconfirmpage.h"

#include "ui/publish/diffview.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace digest::ui {
namespace {

constexpr int kIconSize = 16;
constexpr int kMaxLintRows = 6;
constexpr int kLineRole = Qt::UserRole;
constexpr int kColumnRole = Qt::UserRole + 1;

QLabel* valueLabel(QWidget* parent, const char* name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* iconLabel(QWidget* parent, QStyle::StandardPixmap icon)
{
    auto* label = new QLabel(parent);
    label->setPixmap(parent->style()->standardIcon(icon).pixmap(kIconSize, kIconSize));
    label->setAlignment(Qt::AlignTop);
    return label;
}

// A row of an icon and a label that wraps beside it.
QWidget* iconRow(QWidget* parent, QLabel* icon, QLabel* text)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    return row;
}

} // namespace

PublishConfirmPage::PublishConfirmPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_problem = valueLabel(this, "preflightProblem");
    m_problemRow = iconRow(this, iconLabel(this, QStyle::SP_MessageBoxCritical), m_problem);
    layout->addWidget(m_problemRow);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_path = valueLabel(this, "postPath");
    m_fileState = valueLabel(this, "fileState");
    auto* file = new QWidget(this);
    auto* fileLayout = new QVBoxLayout(file);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->setSpacing(0);
    fileLayout->addWidget(m_path);
    fileLayout->addWidget(m_fileState);
    form->addRow(tr("File:"), file);
    m_branch = valueLabel(this, "branchDescription");
    m_staysLocal = valueLabel(this, "staysLocalNote");
    m_staysLocal->setText(staysLocalNote());
    m_staysLocal->setAccessibleName(tr("No remote"));
    m_staysLocal->hide();
    auto* branch = new QWidget(this);
    auto* branchLayout = new QVBoxLayout(branch);
    branchLayout->setContentsMargins(0, 0, 0, 0);
    branchLayout->setSpacing(0);
    branchLayout->addWidget(m_branch);
    branchLayout->addWidget(m_staysLocal);
    form->addRow(tr("Branch:"), branch);
    m_hugoIcon = iconLabel(this, QStyle::SP_MessageBoxWarning);
    m_hugo = valueLabel(this, "hugoVisibility");
    form->addRow(tr("On the site:"), iconRow(this, m_hugoIcon, m_hugo));
    m_message = new QLineEdit(this);
    m_message->setObjectName(QStringLiteral("commitMessage"));
    auto* messageLabel = new QLabel(tr("Commit &message:"), this);
    messageLabel->setBuddy(m_message);
    form->addRow(messageLabel, m_message);
    connect(m_message, &QLineEdit::textChanged, this, &PublishConfirmPage::updateCanPublish);
    layout->addLayout(form);

    auto* lintBox = new QGroupBox(tr("Fix these proofreading errors before publishing"), this);
    auto* lintLayout = new QVBoxLayout(lintBox);
    m_lintErrors = new QListWidget(lintBox);
    m_lintErrors->setObjectName(QStringLiteral("lintErrors"));
    m_lintErrors->setToolTip(tr("Double-click an error to go to its line."));
    connect(m_lintErrors, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        emit problemActivated(item->data(kLineRole).toInt(), item->data(kColumnRole).toInt());
    });
    lintLayout->addWidget(m_lintErrors);
    m_lintBox = lintBox;
    m_lintBox->hide();
    layout->addWidget(m_lintBox);

    auto* diffLabel = new QLabel(tr("What will be committed:"), this);
    m_diff = new DiffView(this);
    m_diff->setObjectName(QStringLiteral("diff"));
    diffLabel->setBuddy(m_diff);
    layout->addWidget(diffLabel);
    layout->addWidget(m_diff, 1);
    showLoading();
}

PublishConfirmPage::~PublishConfirmPage() = default;

void PublishConfirmPage::showLoading()
{
    m_previewReady = false;
    m_problemRow->hide();
    m_path->setText(tr("Reading the checkout…"));
    m_fileState->clear();
    m_branch->clear();
    m_hugo->clear();
    m_hugoIcon->hide();
    m_diff->clear();
    updateCanPublish();
}

void PublishConfirmPage::showRequestProblem(const QString& message)
{
    m_path->setText(tr("Nothing to publish to"));
    showProblem(message);
}

void PublishConfirmPage::showProblem(const QString& message)
{
    m_blocked = true;
    m_problem->setText(message);
    m_problemRow->show();
    updateCanPublish();
}

void PublishConfirmPage::showPreview(const PublishPreview& preview)
{
    m_previewReady = true;
    m_path->setText(QDir::toNativeSeparators(preview.absolutePath));
    m_fileState->setText(preview.fileIsNew ? tr("A new file in the checkout.")
                                           : tr("Changes a file the checkout already has."));
    m_branch->setText(preview.branchDescription);
    m_hugo->setText(preview.hugoVisibility);
    m_hugoIcon->setVisible(!preview.hugoWillList);
    m_diff->setDiff(preview.diff.isEmpty() ? tr("(No changes: the branch has this post already.)")
                                           : preview.diff);
    m_blocked = false;
    m_problemRow->hide();
    if (!preview.problem.isEmpty())
        showProblem(preview.problem);
    updateCanPublish();
}

void PublishConfirmPage::showLintErrors(const QList<Problem>& problems)
{
    m_lintErrors->clear();
    for (const Problem& problem : problems) {
        if (problem.severity != Problem::Severity::Error)
            continue;
        auto* item = new QListWidgetItem(tr("Line %1: %2").arg(problem.line).arg(problem.message),
                                         m_lintErrors);
        item->setData(kLineRole, problem.line);
        item->setData(kColumnRole, problem.column);
        item->setToolTip(problem.rule);
    }
    m_lintErrorsFound = m_lintErrors->count() > 0;
    // As tall as its errors, up to a few: the diff keeps the room.
    if (m_lintErrorsFound) {
        const int rows = std::min(int(m_lintErrors->count()), kMaxLintRows);
        m_lintErrors->setFixedHeight(rows * m_lintErrors->sizeHintForRow(0) +
                                     2 * m_lintErrors->frameWidth() + 2);
    }
    m_lintBox->setVisible(m_lintErrorsFound);
    updateCanPublish();
}

void PublishConfirmPage::setStaysLocal(bool local)
{
    m_staysLocal->setVisible(local);
}

QString PublishConfirmPage::staysLocalNote()
{
    return tr("No remote: the commit stays on this computer.");
}

void PublishConfirmPage::setCommitMessage(const QString& message)
{
    m_message->setText(message);
}

QString PublishConfirmPage::commitMessage() const
{
    return m_message->text().trimmed();
}

bool PublishConfirmPage::canPublish() const
{
    return m_previewReady && !m_blocked && !m_lintErrorsFound && !commitMessage().isEmpty();
}

QString PublishConfirmPage::whyNot() const
{
    if (m_blocked)
        return tr("Publishing is not possible: see the problem above.");
    if (m_lintErrorsFound)
        return tr("Fix the proofreading errors first.");
    if (!m_previewReady)
        return tr("Reading the checkout…");
    if (commitMessage().isEmpty())
        return tr("The commit needs a message.");
    return {};
}

void PublishConfirmPage::updateCanPublish()
{
    // Every time: the reason may change while the answer stays no.
    emit canPublishChanged(canPublish());
}

} // namespace digest::ui
