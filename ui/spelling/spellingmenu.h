#pragma once

#include <QMenu>

class QActionGroup;

namespace digest {
class Desk;
} // namespace digest

namespace digest::ui {

// "Spelling Language": Off and the languages with a dictionary installed, one of them checked,
// as the setting spelling/language says; choosing one changes the setting, which the desk's
// spell checker follows. Built afresh each time it opens, so a dictionary installed meanwhile
// shows up. A language the setting names but the system lacks shows as not installed.
class SpellingMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellingMenu)

public:
    explicit SpellingMenu(Desk& desk, QWidget* parent = nullptr);

    // Lists the languages again and checks the setting's.
    void refresh();

    // "American English (en_US)"; the code alone for a language Qt does not know.
    static QString languageLabel(const QString& code);

private:
    QAction* addLanguage(const QString& code, const QString& label);

    Desk& m_desk;
    QActionGroup* m_group = nullptr;
};

} // namespace digest::ui
