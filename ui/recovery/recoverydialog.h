#pragma once

#include "document/recoverystore.h"

#include <QDialog>

namespace digest::ui {

// Offers one recovered post after the editor ended without saving it (killed, crashed): the
// recovered text beside the file on disk, each with its name, time and size, and a warning
// when the file changed after the text was recovered from it. Restore, Discard, or Keep for
// Later (the copy stays for the next start).
class RecoveryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecoveryDialog)

public:
    enum class Choice { Restore, Discard, KeepForLater };

    RecoveryDialog(const RecoveredPost& post, const RecoveryDiskState& disk,
                   QWidget* parent = nullptr);
    ~RecoveryDialog() override;

    // What the person chose; Keep for Later when the dialog was closed otherwise.
    Choice choice() const { return m_choice; }

private:
    QWidget* recoveredPane(const RecoveredPost& post);
    QWidget* diskPane(const RecoveredPost& post, const RecoveryDiskState& disk);
    void choose(Choice choice);

    Choice m_choice = Choice::KeepForLater;
};

} // namespace digest::ui
