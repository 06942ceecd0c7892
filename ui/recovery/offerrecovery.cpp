#include "ui/recovery/offerrecovery.h"

#include "desk/desk.h"
#include "document/recoverystore.h"
#include "ui/recovery/recoverydialog.h"

#include <QMessageBox>

namespace digest::ui {

bool offerRecovery(Desk& desk, QWidget& window)
{
    bool restored = false;
    for (const RecoveredPost& post : desk.claimRecoveries()) {
        if (restored) {
            desk.keepRecovery(post);
            continue;
        }
        RecoveryDialog dialog(post, diskStateOf(post), &window);
        dialog.exec();
        switch (dialog.choice()) {
        case RecoveryDialog::Choice::Restore:
            if (const SessionOutcome outcome = desk.restoreRecovery(post); outcome) {
                restored = true;
            } else {
                if (outcome.kind == SessionOutcome::Kind::Failed)
                    QMessageBox::warning(&window, RecoveryDialog::tr("Cannot Restore"),
                                         outcome.message);
                desk.keepRecovery(post);
            }
            break;
        case RecoveryDialog::Choice::Discard:
            desk.discardRecovery(post);
            break;
        case RecoveryDialog::Choice::KeepForLater:
            desk.keepRecovery(post);
            break;
        }
    }
    return restored;
}

} // namespace digest::ui
