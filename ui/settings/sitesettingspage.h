#pragma once

#include "ui/settings/settingspage.h"

#include <QDateTime>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace digest {
class Settings;
} // namespace digest

namespace digest::ui {

// The site: its git checkout and Hugo site, where a new post goes, the site's time zone and
// disclaimer, and how a post is published (remote, branch, commit message, review branch,
// building with Hugo). A line under each field follows the edits: what the folder is (read
// from files, never by running git), today's example of each pattern, or why a value would not
// do (then problem() names it and the dialog's OK is disabled). The Settings dialog's Site
// page; store() writes the settings.
class SiteSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteSettingsPage)

public:
    // `now` is the moment the examples are for, in the time zone the page shows.
    SiteSettingsPage(Settings& settings, const QDateTime& now, QWidget* parent = nullptr);
    ~SiteSettingsPage() override;

    QString problem() const override { return m_problem; }
    void store() override;

private:
    QWidget* createSiteGroup();
    QWidget* createPublishingGroup();
    QWidget* createFolderRow();
    void browse();
    void load();
    // The lines under the fields, for the values they hold now; OK follows their problems.
    void updateNotes();
    // The day the examples are for: `now` in the zone the dialog shows.
    QDate exampleDay() const;

    Settings& m_settings;
    QDateTime m_now;
    QLineEdit* m_folder = nullptr;
    QLabel* m_folderNote = nullptr;
    QLineEdit* m_pathPattern = nullptr;
    QLabel* m_pathNote = nullptr;
    QComboBox* m_timeZone = nullptr;
    QLabel* m_timeZoneNote = nullptr;
    QLineEdit* m_disclaimer = nullptr;
    QLineEdit* m_remote = nullptr;
    QLineEdit* m_branch = nullptr;
    QLabel* m_branchNote = nullptr;
    QLineEdit* m_commitTemplate = nullptr;
    QLabel* m_commitNote = nullptr;
    QLineEdit* m_reviewPattern = nullptr;
    QLabel* m_reviewNote = nullptr;
    QCheckBox* m_buildWithHugo = nullptr;
    QString m_problem;
};

} // namespace digest::ui
