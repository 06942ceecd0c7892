#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace digest {

// The locale of an interface language as the settings name it: "" is the system's locale,
// else a language code ("en", "de").
QLocale interfaceLocale(const QString& language);

// Installs the translations for `language` (as interfaceLocale() reads it): ours and Qt's own
// (standard dialogs and buttons), after removing the ones installed before, so that calling it
// again switches the language. The locale also becomes the default one (numbers, dates).
// Languages without a translation keep the English source strings.
void installTranslators(QCoreApplication& app, const QString& language = {});

} // namespace digest
