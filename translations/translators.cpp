#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace digest {
namespace {

// Marks the translators installed here, so that the next call finds and removes them.
constexpr auto kOurs = "digestTranslator";

void install(QCoreApplication& app, const QLocale& locale, const QString& name,
             const QString& folder)
{
    auto* translator = new QTranslator(&app);
    translator->setObjectName(QLatin1String(kOurs));
    if (translator->load(locale, name, QStringLiteral("_"), folder))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

} // namespace

QLocale interfaceLocale(const QString& language)
{
    return language.trimmed().isEmpty() ? QLocale::system() : QLocale(language.trimmed());
}

void installTranslators(QCoreApplication& app, const QString& language)
{
    for (QTranslator* old :
         app.findChildren<QTranslator*>(QLatin1String(kOurs), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    const QLocale locale = interfaceLocale(language);
    QLocale::setDefault(locale);
    install(app, locale, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(app, locale, QStringLiteral("digest_editor"), QStringLiteral(":/i18n"));
}

} // namespace digest
