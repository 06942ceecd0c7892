#include "ui/settings/editorpage.h"

#include "core/settings/settings.h"
#include "core/spelling/spellchecker.h"
#include "ui/settings/formhint.h"
#include "ui/spelling/spellingmenu.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QSpinBox>

namespace digest::ui {
namespace {

constexpr int kMaxFontSize = 72;

template <typename Widget> Widget* named(Widget* widget, const char* name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

} // namespace

EditorPage::EditorPage(Settings& settings, QWidget* parent)
    : SettingsPage(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("editorPage"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_systemFont =
        named(new QCheckBox(tr("The system's &fixed-width font"), this), "editorSystemFontBox");
    m_fontFamily = named(new QFontComboBox(this), "editorFontFamilyBox");
    m_fontFamily->setAccessibleName(tr("Editor font"));
    form->addRow(tr("Font:"), m_systemFont);
    form->addRow(QString(), m_fontFamily);
    connect(m_systemFont, &QCheckBox::toggled, m_fontFamily, &QWidget::setDisabled);
    const QString family = settings.editorFontFamily();
    m_systemFont->setChecked(family.isEmpty());
    m_fontFamily->setEnabled(!family.isEmpty());
    m_fontFamily->setCurrentFont(
        family.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QFont(family));

    m_fontSize = named(new QSpinBox(this), "editorFontSizeBox");
    m_fontSize->setRange(0, kMaxFontSize);
    m_fontSize->setSpecialValueText(tr("The system's size"));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(settings.editorFontSize());
    form->addRow(tr("Font &size:"), m_fontSize);

    m_theme = named(new QComboBox(this), "themeBox");
    m_theme->addItem(tr("System"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Settings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(settings.theme())));
    form->addRow(tr("&Theme:"), m_theme);

    m_spelling = named(new QComboBox(this), "spellingLanguageBox");
    m_spelling->addItem(tr("Off"), QString());
    for (const QString& code : SpellChecker::availableLanguages())
        m_spelling->addItem(SpellingMenu::languageLabel(code), code);
    const QString language = settings.spellingLanguage();
    if (m_spelling->findData(language) < 0)
        m_spelling->addItem(tr("%1: not installed").arg(SpellingMenu::languageLabel(language)),
                            language);
    m_spelling->setCurrentIndex(m_spelling->findData(language));
    form->addRow(tr("S&pelling:"), m_spelling);

    m_autosave = named(new QSpinBox(this), "autosaveBox");
    m_autosave->setRange(0, Settings::kMaxAutosaveSeconds);
    m_autosave->setSpecialValueText(tr("Off"));
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setValue(settings.autosaveSeconds());
    form->addRow(tr("&Autosave after:"),
                 withHint(m_autosave, hint(tr("A recovery copy of the open post is kept this "
                                              "long after a change; it comes back after a "
                                              "crash."),
                                           this)));
}

EditorPage::~EditorPage() = default;

void EditorPage::store()
{
    m_settings.setEditorFontFamily(
        m_systemFont->isChecked() ? QString() : m_fontFamily->currentFont().family());
    m_settings.setEditorFontSize(m_fontSize->value());
    m_settings.setTheme(Settings::Theme(m_theme->currentData().toInt()));
    m_settings.setSpellingLanguage(m_spelling->currentData().toString());
    m_settings.setAutosaveSeconds(m_autosave->value());
}

InterfacePage::InterfacePage(Settings& settings, QWidget* parent)
    : SettingsPage(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("interfacePage"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_language = named(new QComboBox(this), "interfaceLanguageBox");
    const QString system = QLocale::system().nativeLanguageName();
    m_language->addItem(system.isEmpty() ? tr("System") : tr("System (%1)").arg(system), QString());
    // Each language in its own words, so that it can be found whatever the interface reads.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    const int chosen = m_language->findData(settings.interfaceLanguage());
    m_language->setCurrentIndex(chosen < 0 ? 0 : chosen);
    form->addRow(tr("&Language:"),
                 withHint(m_language, hint(tr("The window is made again in the new language; "
                                              "the open post and its undo history stay."),
                                           this)));
}

InterfacePage::~InterfacePage() = default;

void InterfacePage::store()
{
    m_settings.setInterfaceLanguage(m_language->currentData().toString());
}

} // namespace digest::ui
