#pragma once

#include "ui/settings/settingspage.h"

#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace digest {
class Desk;
class SourceFetch;
struct SourceOutcome;
} // namespace digest

namespace digest::ui {

// The Settings dialog's Sources page: the topic sources in order, each an address and the
// section its topics feed (consequences or trending); add, remove, edit, and Test, which
// fetches the selected source now with the topic fetch the desk uses (on its HttpClient) and
// says how many topics it gave or why it gave none. An address that is not http(s) is the
// page's problem. store() writes the list.
class SourcesPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPage)

public:
    explicit SourcesPage(Desk& desk, QWidget* parent = nullptr);
    ~SourcesPage() override;

    QString problem() const override;
    void store() override;

    // Whether store() changes the settings' list.
    bool isChanged() const;

public slots:
    void testSelected();

signals:
    // A Test ended; the line under the buttons says what came of it.
    void tested(bool ok);

private:
    void addSource();
    void removeSource();
    void showSelected();
    void editSelected();
    void onTested(const digest::SourceOutcome& outcome);
    void updateButtons();

    Desk& m_desk;
    QListWidget* m_list = nullptr;
    QLineEdit* m_url = nullptr;
    QComboBox* m_kind = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
    QSpinBox* m_todayTopics = nullptr;
    QPointer<SourceFetch> m_fetch;
    bool m_showing = false;
};

} // namespace digest::ui
