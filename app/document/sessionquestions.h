#pragma once

#include <QString>

namespace digest {

// What the document session has to ask the person at the desk. The window answers with
// dialogs; tests answer in code.
class SessionQuestions
{
public:
    enum class UnsavedChanges { Save, Discard, Cancel };
    enum class ChangedOnDisk { Reload, Keep };

    virtual ~SessionQuestions() = default;

    // The open post (`name`) has changes that are not saved, and it is about to be closed.
    virtual UnsavedChanges askUnsavedChanges(const QString& name) = 0;
    // Another program changed `path` since it was opened here; true replaces its changes.
    virtual bool confirmOverwriteChangedOnDisk(const QString& path) = 0;
    // Another program changed `path` while its post, with changes not saved, is open here:
    // Reload drops the changes for the file's text, Keep keeps editing them.
    virtual ChangedOnDisk askReloadChangedOnDisk(const QString& path) = 0;
    // Another program deleted (or moved away) `path` while its post is open here; the text
    // stays in the editor, to be saved again.
    virtual void tellDeletedOnDisk(const QString& path) = 0;
    // Saving to `path` replaces a file that is there already; true replaces it.
    virtual bool confirmReplaceExisting(const QString& path) = 0;
    // The post to open; empty when the person cancels.
    virtual QString chooseFileToOpen() = 0;
    // Where to save, starting at `suggested`; empty when the person cancels.
    virtual QString chooseSavePath(const QString& suggested) = 0;

protected:
    SessionQuestions() = default;
    SessionQuestions(const SessionQuestions&) = default;
    SessionQuestions& operator=(const SessionQuestions&) = default;
};

} // namespace digest
