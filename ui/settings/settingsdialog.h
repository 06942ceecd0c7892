#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace digest {
class Desk;
} // namespace digest

namespace digest::ui {

class ModelSettingsPage;
class SettingsPage;

// The application's settings in one dialog: a list of pages on the left (Sources, Model,
// Prompts, Site, Editor, Interface) and the chosen page beside it. Every page shows the
// settings as they are; OK writes them all (each change emits Settings::changed, which the
// desk and the window follow at once), Cancel leaves them as they were. While a field of any
// page is invalid, OK is disabled and the line beside it says why. The API key goes to the
// secret store; the dialog stays open until that is done, and says so when it fails.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Page { Sources, Model, Prompts, Site, Editor, Interface };

    SettingsDialog(Desk& desk, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void showPage(Page page);
    Page currentPage() const;

    void accept() override;

private:
    void addPage(SettingsPage* page, const QString& title, const QString& iconName);
    // OK follows the pages' problems; the first one is shown.
    void updateProblem();
    void onKeySaved(bool ok);
    // The interface language, a refresh for new sources, and the dialog closes.
    void finish();

    Desk& m_desk;
    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QList<SettingsPage*> m_pages;
    ModelSettingsPage* m_model = nullptr;
    bool m_newSources = false;
};

// Opens the one Settings dialog of `window` at `page` (window-modal, not blocking), or shows
// the one already open at that page.
SettingsDialog* openSettingsDialog(Desk& desk, QWidget* window, SettingsDialog::Page page);

} // namespace digest::ui
