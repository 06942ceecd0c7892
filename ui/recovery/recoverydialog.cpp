#include "ui/recovery/recoverydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace digest::ui {
namespace {

QString shownTime(const QDateTime& time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString shownSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString postName(const RecoveredPost& post)
{
    if (!post.path.isEmpty())
        return QFileInfo(post.path).fileName();
    if (!post.suggestedPath.isEmpty())
        return RecoveryDialog::tr("%1 (new)").arg(QFileInfo(post.suggestedPath).fileName());
    return RecoveryDialog::tr("Untitled");
}

// A caption over a read-only view of a text, side by side with the other.
QWidget* textPane(const QString& objectName, const QString& caption, const QString& text,
                  QWidget* parent)
{
    auto* pane = new QWidget(parent);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(caption, pane);
    label->setObjectName(objectName + QStringLiteral("Caption"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* view = new QPlainTextEdit(pane);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setPlainText(text);
    layout->addWidget(label);
    layout->addWidget(view, 1);
    return pane;
}

} // namespace

RecoveryDialog::RecoveryDialog(const RecoveredPost& post, const RecoveryDiskState& disk,
                               QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("Recover Unsaved Changes"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        tr("<b>Digest Editor did not close properly.</b> Unsaved changes to “%1” were kept.")
            .arg(postName(post).toHtmlEscaped()),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);

    QString warning;
    if (!post.path.isEmpty() && !disk.exists)
        warning = tr("“%1” is no longer on disk; restoring shows the text, to be saved again.")
                      .arg(QFileInfo(post.path).fileName());
    else if (disk.exists && disk.changedSince)
        warning = tr("“%1” was changed on disk after these changes were made (on %2). "
                     "Restoring and then saving replaces the file on disk.")
                      .arg(QFileInfo(post.path).fileName(), shownTime(disk.modified));
    if (!warning.isEmpty()) {
        auto* label = new QLabel(warning, this);
        label->setObjectName(QStringLiteral("changedWarning"));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        layout->addWidget(label);
    }

    auto* panes = new QSplitter(Qt::Horizontal, this);
    panes->addWidget(recoveredPane(post));
    panes->addWidget(diskPane(post, disk));
    layout->addWidget(panes, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    QPushButton* discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton* keep = buttons->addButton(tr("&Keep for Later"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    // Over a file that changed since, Enter decides nothing.
    (disk.changedSince ? keep : restore)->setDefault(true);
    connect(restore, &QPushButton::clicked, this, [this] { choose(Choice::Restore); });
    connect(discard, &QPushButton::clicked, this, [this] { choose(Choice::Discard); });
    connect(keep, &QPushButton::clicked, this, [this] { choose(Choice::KeepForLater); });
    layout->addWidget(buttons);
    resize(900, 560);
}

RecoveryDialog::~RecoveryDialog() = default;

QWidget* RecoveryDialog::recoveredPane(const RecoveredPost& post)
{
    const QString caption =
        tr("Recovered: %1 — autosaved %2, %3")
            .arg(postName(post), shownTime(post.savedAt), shownSize(post.text.toUtf8().size()));
    return textPane(QStringLiteral("recoveredText"), caption, post.text, this);
}

QWidget* RecoveryDialog::diskPane(const RecoveredPost& post, const RecoveryDiskState& disk)
{
    QString caption;
    if (post.path.isEmpty())
        caption = tr("On disk: nothing, the post was never saved");
    else if (!disk.exists)
        caption = tr("On disk: %1 does not exist").arg(QDir::toNativeSeparators(post.path));
    else
        caption = tr("On disk: %1 — modified %2, %3")
                      .arg(QDir::toNativeSeparators(post.path), shownTime(disk.modified),
                           shownSize(disk.size));
    return textPane(QStringLiteral("diskText"), caption,
                    disk.error.isEmpty() ? disk.text : disk.error, this);
}

void RecoveryDialog::choose(Choice choice)
{
    m_choice = choice;
    if (choice == Choice::KeepForLater)
        reject();
    else
        accept();
}

} // namespace digest::ui
