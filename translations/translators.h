#pragma once

class QCoreApplication;

namespace digest {

// Installs the translations for the user's language: ours and Qt's own (standard dialogs and
// buttons). Languages without a translation keep the English source strings.
void installTranslators(QCoreApplication& app);

} // namespace digest
