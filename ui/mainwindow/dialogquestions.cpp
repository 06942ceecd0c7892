#include "ui/mainwindow/dialogquestions.h"

#include "core/settings/settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace digest::ui {
namespace {

QString postFilter()
{
    return DialogQuestions::tr("Markdown posts (*.md *.markdown);;All files (*)");
}

// Asks whether to replace a file; Cancel is the default, so Enter never destroys anything.
bool confirmReplacing(QWidget& parent, const QString& objectName, const QString& title,
                      const QString& text, const QString& detail)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, &parent);
    box.setObjectName(objectName);
    box.setInformativeText(detail);
    QPushButton* replace =
        box.addButton(DialogQuestions::tr("&Replace"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == replace;
}

} // namespace

DialogQuestions::DialogQuestions(QWidget& window, const Settings& settings)
    : m_window(window)
    , m_settings(settings)
{}

SessionQuestions::UnsavedChanges DialogQuestions::askUnsavedChanges(const QString& name)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("“%1” has changes that are not saved.").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, &m_window);
    box.setObjectName(QStringLiteral("unsavedChangesBox"));
    box.setInformativeText(tr("Save them before going on?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChanges::Save;
    case QMessageBox::Discard:
        return UnsavedChanges::Discard;
    default:
        return UnsavedChanges::Cancel;
    }
}

bool DialogQuestions::confirmOverwriteChangedOnDisk(const QString& path)
{
    return confirmReplacing(m_window, QStringLiteral("changedOnDiskBox"),
                            tr("File Changed on Disk"),
                            tr("“%1” was changed by another program since it was opened here.")
                                .arg(QFileInfo(path).fileName()),
                            tr("Saving replaces those changes with the text in the editor."));
}

SessionQuestions::ChangedOnDisk DialogQuestions::askReloadChangedOnDisk(const QString& path)
{
    QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                    tr("Another program changed “%1”, and the editor has changes that are not "
                       "saved.")
                        .arg(QFileInfo(path).fileName()),
                    QMessageBox::NoButton, &m_window);
    box.setObjectName(QStringLiteral("reloadChangedBox"));
    box.setInformativeText(tr("Reload drops your changes for the text on disk (Undo brings them "
                              "back); Keep goes on with your version, and saving it replaces "
                              "the other program's changes."));
    QPushButton* reload = box.addButton(tr("&Reload from Disk"), QMessageBox::DestructiveRole);
    reload->setObjectName(QStringLiteral("reloadButton"));
    QPushButton* keep = box.addButton(tr("&Keep My Version"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepButton"));
    // Enter keeps what the person wrote.
    box.setDefaultButton(keep);
    box.exec();
    return box.clickedButton() == reload ? ChangedOnDisk::Reload : ChangedOnDisk::Keep;
}

void DialogQuestions::tellDeletedOnDisk(const QString& path)
{
    QMessageBox box(
        QMessageBox::Warning, tr("File Deleted on Disk"),
        tr("“%1” was deleted or moved by another program.").arg(QFileInfo(path).fileName()),
        QMessageBox::Ok, &m_window);
    box.setObjectName(QStringLiteral("deletedOnDiskBox"));
    box.setInformativeText(tr("The text stays in the editor; save it to keep it."));
    box.exec();
}

bool DialogQuestions::confirmReplaceExisting(const QString& path)
{
    return confirmReplacing(m_window, QStringLiteral("replaceFileBox"), tr("Replace File"),
                            tr("“%1” already exists.").arg(QFileInfo(path).fileName()),
                            tr("Saving replaces it with this post."));
}

QString DialogQuestions::chooseFileToOpen()
{
    return QFileDialog::getOpenFileName(&m_window, tr("Open Post"), m_settings.lastFolder(),
                                        postFilter());
}

QString DialogQuestions::chooseSavePath(const QString& suggested)
{
    const QString start =
        suggested.isEmpty() ? QDir(m_settings.lastFolder()).filePath(QStringLiteral("untitled.md"))
                            : suggested;
    QFileDialog dialog(&m_window, tr("Save Post As"), start, postFilter());
    dialog.setObjectName(QStringLiteral("savePostDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("md"));
    // The session asks before replacing a file, the same way for every path to it.
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace digest::ui
