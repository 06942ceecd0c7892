#pragma once

class QWidget;

namespace digest {
class Desk;
}

namespace digest::ui {

// At start: the recovery copies an editor left when it did not end cleanly, each offered in
// a RecoveryDialog over `window`, newest first. One post at a time is open, so once one is
// restored the rest stay for a later start. True when a post was restored.
bool offerRecovery(Desk& desk, QWidget& window);

} // namespace digest::ui
