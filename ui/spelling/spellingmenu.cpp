#include "ui/spelling/spellingmenu.h"

#include "core/settings/settings.h"
#include "core/spelling/spellchecker.h"
#include "desk/desk.h"

#include <QActionGroup>
#include <QLocale>

namespace digest::ui {

SpellingMenu::SpellingMenu(Desk& desk, QWidget* parent)
    : QMenu(tr("Spelling Lan&guage"), parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("spellingLanguageMenu"));
    refresh();
    connect(this, &QMenu::aboutToShow, this, &SpellingMenu::refresh);
    connect(&m_desk.settings(), &Settings::changed, this, [this](const QString& key) {
        if (key == QLatin1String(SettingKey::SpellingLanguage))
            refresh();
    });
}

QString SpellingMenu::languageLabel(const QString& code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    return QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), code);
}

void SpellingMenu::refresh()
{
    clear();
    delete m_group;
    m_group = new QActionGroup(this);
    const QString chosen = m_desk.settings().spellingLanguage();
    addLanguage(QString(), tr("&Off"));
    addSeparator();
    const QStringList languages = SpellChecker::availableLanguages();
    for (const QString& code : languages)
        addLanguage(code, languageLabel(code));
    if (!chosen.isEmpty() && !languages.contains(chosen)) {
        // What the setting asks for is not there: say so rather than check nothing.
        QAction* missing = addLanguage(chosen, tr("%1: not installed").arg(languageLabel(chosen)));
        missing->setEnabled(false);
        missing->setToolTip(m_desk.spellingError());
    }
}

QAction* SpellingMenu::addLanguage(const QString& code, const QString& label)
{
    QAction* action = addAction(label);
    action->setObjectName(QStringLiteral("spelling-") +
                          (code.isEmpty() ? QStringLiteral("off") : code));
    action->setData(code);
    action->setCheckable(true);
    action->setChecked(code == m_desk.settings().spellingLanguage());
    m_group->addAction(action);
    connect(action, &QAction::triggered, this,
            [this, code] { m_desk.settings().setSpellingLanguage(code); });
    return action;
}

} // namespace digest::ui
