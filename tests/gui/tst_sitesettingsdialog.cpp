// The Settings dialog's Site page: it shows the settings, says what the site folder is and what
// each pattern makes today as they are edited, refuses what would not do, and writes on OK only.
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "processenvironment.h"
#include "ui/settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using digest::Settings;
using digest::ui::SettingsDialog;

namespace {

// Late on the first of December in UTC: already the second in Tokyo.
const QDateTime kNow(QDate(2026, 12, 1), QTime(22, 30), QTimeZone::utc());

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// `git init` on a branch named `branch`, as a person would make the checkout.
bool gitInit(const QString& folder, const QString& branch)
{
    QProcess git;
    git.setProcessEnvironment(digest::test::pinnedLocaleEnvironment());
    git.start(QStringLiteral("git"),
              {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), branch, folder});
    return git.waitForFinished(30'000) && git.exitCode() == 0;
}

} // namespace

class tst_SiteSettingsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheSettings();
    void saysWhatTheFolderIs();
    void examplesFollowTheEdits();
    void theTimeZoneDecidesTheDay();
    void refusesWhatWouldNotDo();
    void okWritesTheSettings();
    void cancelChangesNothing();
    void withoutHugoTheBuildCannotBeChosen();

private:
    template <typename T> T* find(const char* name) const
    {
        T* child = m_dialog->findChild<T*>(QLatin1String(name));
        if (!child)
            qWarning("no child %s", name);
        return child;
    }
    QString note(const char* name) const { return find<QLabel>(name)->text(); }
    QPushButton* okButton() const
    {
        return m_dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    void openDialog();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<digest::Desk> m_desk;
    Settings* m_settings = nullptr;
    std::unique_ptr<SettingsDialog> m_dialog;
    QString m_site;
};

void tst_SiteSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_desk = std::make_unique<digest::Desk>(
        std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini"))),
        [] { return kNow; });
    m_settings = &m_desk->settings();
    m_site = m_dir->filePath(QStringLiteral("site"));
    QVERIFY(gitInit(m_site, QStringLiteral("main")));
    QVERIFY(writeFile(m_site + QStringLiteral("/hugo.toml"), "title = 'Digest'\n"));
    m_settings->setSiteFolder(m_site);
    m_settings->setGitRemote(QStringLiteral("upstream"));
    m_settings->setCommitTemplate(QStringLiteral("digest {date}"));
    openDialog();
}

void tst_SiteSettingsDialog::openDialog()
{
    m_dialog = std::make_unique<SettingsDialog>(*m_desk);
    m_dialog->showPage(SettingsDialog::Page::Site);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_SiteSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_desk.reset();
    m_dir.reset();
}

void tst_SiteSettingsDialog::showsTheSettings()
{
    QCOMPARE(QDir::fromNativeSeparators(find<QLineEdit>("siteFolder")->text()), m_site);
    QCOMPARE(find<QLineEdit>("postPathPattern")->text(), Settings::defaultPostPathPattern());
    QCOMPARE(find<QComboBox>("siteTimeZone")->currentText(), QStringLiteral("UTC"));
    QCOMPARE(find<QLineEdit>("gitRemote")->text(), QStringLiteral("upstream"));
    QCOMPARE(find<QLineEdit>("gitBranch")->text(), QString());
    QCOMPARE(find<QLineEdit>("commitTemplate")->text(), QStringLiteral("digest {date}"));
    QCOMPARE(find<QLineEdit>("reviewBranchPattern")->text(), QStringLiteral("digest/YYYY-MM-DD"));
    QCOMPARE(find<QLineEdit>("siteDisclaimer")->text(), QString());
    QVERIFY(!find<QLineEdit>("siteDisclaimer")->placeholderText().isEmpty());
    QVERIFY(okButton()->isEnabled());
    // Fits a small screen.
    const QSize smallest = m_dialog->minimumSizeHint();
    QVERIFY2(smallest.width() <= 800 && smallest.height() <= 600,
             qPrintable(QStringLiteral("%1×%2").arg(smallest.width()).arg(smallest.height())));
}

void tst_SiteSettingsDialog::saysWhatTheFolderIs()
{
    QString line = note("siteFolderNote");
    QVERIFY2(line.contains(u"git checkout on branch main") && line.contains(u"hugo.toml"),
             qPrintable(line));
    // The empty branch field names the branch it stands for.
    QVERIFY(find<QLineEdit>("gitBranch")->placeholderText().contains(u"(main)"));

    // A folder inside the checkout is in it; without a config it is no Hugo site.
    const QString content = m_site + QStringLiteral("/content");
    QVERIFY(QDir().mkpath(content));
    find<QLineEdit>("siteFolder")->setText(content);
    line = note("siteFolderNote");
    QVERIFY2(line.contains(u"git checkout on branch main") &&
                 line.contains(u"No Hugo configuration"),
             qPrintable(line));

    // A folder outside any checkout.
    const QString plain = m_dir->filePath(QStringLiteral("plain"));
    QVERIFY(writeFile(plain + QStringLiteral("/config/_default/hugo.yaml"), "title: x\n"));
    find<QLineEdit>("siteFolder")->setText(plain);
    line = note("siteFolderNote");
    QVERIFY2(line.contains(u"Not in a git checkout") && line.contains(u"config/_default/hugo.yaml"),
             qPrintable(line));
    QVERIFY(okButton()->isEnabled());

    // A folder that is not there cannot be the site.
    find<QLineEdit>("siteFolder")->setText(m_dir->filePath(QStringLiteral("missing")));
    QVERIFY2(note("siteFolderNote").contains(u"There is no folder"),
             qPrintable(note("siteFolderNote")));
    QVERIFY(!okButton()->isEnabled());
}

void tst_SiteSettingsDialog::examplesFollowTheEdits()
{
    QCOMPARE(note("postPathNote"),
             QStringLiteral("For 2026-12-01: content/posts/2026-12-01-ai-auto-summary.md"));
    QCOMPARE(note("commitTemplateNote"), QStringLiteral("For 2026-12-01: digest 2026-12-01"));
    QCOMPARE(note("reviewBranchNote"), QStringLiteral("For 2026-12-01: digest/2026-12-01"));

    find<QLineEdit>("postPathPattern")->setText(QStringLiteral("content/posts/YYYY/MM/DD.md"));
    QCOMPARE(note("postPathNote"), QStringLiteral("For 2026-12-01: content/posts/2026/12/01.md"));
    find<QLineEdit>("commitTemplate")->setText(QStringLiteral("post: {date} daily AI summary"));
    QCOMPARE(note("commitTemplateNote"),
             QStringLiteral("For 2026-12-01: post: 2026-12-01 daily AI summary"));
    find<QLineEdit>("reviewBranchPattern")->setText(QStringLiteral("review/YYYYMMDD"));
    QCOMPARE(note("reviewBranchNote"), QStringLiteral("For 2026-12-01: review/20261201"));
    QVERIFY(okButton()->isEnabled());
}

void tst_SiteSettingsDialog::theTimeZoneDecidesTheDay()
{
    find<QComboBox>("siteTimeZone")->setCurrentText(QStringLiteral("Asia/Tokyo"));
    QVERIFY2(note("siteTimeZoneNote").contains(u"2026-12-02"),
             qPrintable(note("siteTimeZoneNote")));
    QCOMPARE(note("reviewBranchNote"), QStringLiteral("For 2026-12-02: digest/2026-12-02"));
    find<QComboBox>("siteTimeZone")->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));
    QVERIFY(note("siteTimeZoneNote").contains(u"No time zone"));
    QVERIFY(!okButton()->isEnabled());
}

void tst_SiteSettingsDialog::refusesWhatWouldNotDo()
{
    auto* review = find<QLineEdit>("reviewBranchPattern");
    review->setText(QStringLiteral("digest YYYY"));
    QVERIFY2(note("reviewBranchNote").contains(u"cannot hold spaces"),
             qPrintable(note("reviewBranchNote")));
    QVERIFY(!okButton()->isEnabled());
    review->setText(QStringLiteral("digest/YYYY.lock"));
    QVERIFY(note("reviewBranchNote").contains(u".lock"));
    QVERIFY(!okButton()->isEnabled());
    review->setText(QStringLiteral("digest/YYYY"));
    QVERIFY(okButton()->isEnabled());

    find<QLineEdit>("gitBranch")->setText(QStringLiteral("main..x"));
    QVERIFY(find<QLabel>("gitBranchNote")->property("problem").toBool());
    QVERIFY(!okButton()->isEnabled());
    find<QLineEdit>("gitBranch")->setText(QStringLiteral("published"));
    QVERIFY(okButton()->isEnabled());

    find<QLineEdit>("postPathPattern")->setText(QStringLiteral("../outside/YYYY.md"));
    QVERIFY(find<QLabel>("postPathNote")->property("problem").toBool());
    QVERIFY(!okButton()->isEnabled());
}

void tst_SiteSettingsDialog::okWritesTheSettings()
{
    const QString other = m_dir->filePath(QStringLiteral("other"));
    QVERIFY(QDir().mkpath(other));
    find<QLineEdit>("siteFolder")->setText(other);
    find<QLineEdit>("postPathPattern")->setText(QStringLiteral("content/posts/YYYY/MM/DD.md"));
    find<QComboBox>("siteTimeZone")->setCurrentText(QStringLiteral("Europe/Berlin"));
    find<QLineEdit>("siteDisclaimer")->setText(QStringLiteral("> *Notice:* written by a model."));
    find<QLineEdit>("gitRemote")->setText(QStringLiteral("origin"));
    find<QLineEdit>("gitBranch")->setText(QStringLiteral("published"));
    find<QLineEdit>("commitTemplate")->setText(QStringLiteral("post: {title}"));
    find<QLineEdit>("reviewBranchPattern")->setText(QStringLiteral("review/YYYY-MM-DD"));
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    QCOMPARE(m_settings->siteFolder(), other);
    QCOMPARE(m_settings->postPathPattern(), QStringLiteral("content/posts/YYYY/MM/DD.md"));
    QCOMPARE(m_settings->siteTimeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(m_settings->siteDisclaimer(), QStringLiteral("> *Notice:* written by a model."));
    QCOMPARE(m_settings->gitRemote(), QStringLiteral("origin"));
    QCOMPARE(m_settings->gitBranch(), QStringLiteral("published"));
    QCOMPARE(m_settings->commitTemplate(), QStringLiteral("post: {title}"));
    QCOMPARE(m_settings->reviewBranchPattern(), QStringLiteral("review/YYYY-MM-DD"));

    // And they are there for the next dialog.
    openDialog();
    QCOMPARE(find<QLineEdit>("gitBranch")->text(), QStringLiteral("published"));
    QCOMPARE(find<QComboBox>("siteTimeZone")->currentText(), QStringLiteral("Europe/Berlin"));
}

void tst_SiteSettingsDialog::cancelChangesNothing()
{
    find<QLineEdit>("siteFolder")->setText(m_dir->path());
    find<QLineEdit>("gitRemote")->setText(QStringLiteral("elsewhere"));
    find<QLineEdit>("commitTemplate")->setText(QStringLiteral("changed"));
    QTest::mouseClick(m_dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(m_settings->siteFolder(), m_site);
    QCOMPARE(m_settings->gitRemote(), QStringLiteral("upstream"));
    QCOMPARE(m_settings->commitTemplate(), QStringLiteral("digest {date}"));
}

void tst_SiteSettingsDialog::withoutHugoTheBuildCannotBeChosen()
{
    const bool haveHugo = !QStandardPaths::findExecutable(QStringLiteral("hugo")).isEmpty();
    QCOMPARE(find<QCheckBox>("buildWithHugo")->isEnabled(), haveHugo);

    // No hugo on the PATH: the box is off and says why; OK keeps the setting as it was.
    m_settings->setBuildWithHugo(true);
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", m_dir->path().toUtf8());
    openDialog();
    qputenv("PATH", path);
    QVERIFY(!find<QCheckBox>("buildWithHugo")->isEnabled());
    QVERIFY(!find<QCheckBox>("buildWithHugo")->isChecked());
    QVERIFY2(note("buildWithHugoNote").contains(u"Hugo is not installed"),
             qPrintable(note("buildWithHugoNote")));
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QVERIFY(m_settings->buildWithHugo());
}

QTEST_MAIN(tst_SiteSettingsDialog)
#include "tst_sitesettingsdialog.moc"
