#include "ui/settings/sitesettingspage.h"

#include "core/post/postday.h"
#include "core/settings/settings.h"
#include "desk/sitecheckout.h"
#include "ui/settings/formhint.h"
#include "ui/settings/sitesettingsnotes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace digest::ui {
namespace {

constexpr int kFieldMinimumWidth = 420;
constexpr auto kRowLabel = "rowLabel";

// A note that names a problem reads in the theme's warning red; any other in the quiet colour.
void showNote(QLabel* label, const SiteSettingsNotes::Note& note)
{
    label->setText(note.text);
    label->setProperty("problem", note.problem);
    QPalette palette = label->parentWidget()->palette();
    if (note.problem) {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText,
                         dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c));
        label->setForegroundRole(QPalette::WindowText);
    } else {
        label->setForegroundRole(QPalette::PlaceholderText);
    }
    label->setPalette(palette);
}

QLineEdit* lineEdit(QWidget* parent, const char* name, const QString& placeholder = {})
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

// A row whose label's mnemonic focuses `field`, shown as `row` (the field and its note).
void addRow(QFormLayout* form, const QString& text, QWidget* field, QWidget* row)
{
    auto* label = new QLabel(text, form->parentWidget());
    label->setBuddy(field);
    label->setProperty(kRowLabel, true);
    form->addRow(label, row);
}

QLabel* note(QWidget* parent, const char* name)
{
    QLabel* label = hint(QString(), parent);
    label->setObjectName(QLatin1String(name));
    return label;
}

} // namespace

SiteSettingsPage::SiteSettingsPage(Settings& settings, const QDateTime& now, QWidget* parent)
    : SettingsPage(parent)
    , m_settings(settings)
    , m_now(now)
{
    setObjectName(QStringLiteral("siteSettingsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createSiteGroup());
    layout->addWidget(createPublishingGroup());
    layout->addStretch(1);
    // The two groups' fields start at the same edge.
    int labelWidth = 0;
    const QList<QLabel*> labels = findChildren<QLabel*>();
    for (const QLabel* label : labels)
        if (label->property(kRowLabel).toBool())
            labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel* label : labels)
        if (label->property(kRowLabel).toBool())
            label->setMinimumWidth(labelWidth);
    load();
    for (QLineEdit* edit :
         {m_folder, m_pathPattern, m_remote, m_branch, m_commitTemplate, m_reviewPattern})
        connect(edit, &QLineEdit::textChanged, this, &SiteSettingsPage::updateNotes);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &SiteSettingsPage::updateNotes);
    updateNotes();
}

SiteSettingsPage::~SiteSettingsPage() = default;

QWidget* SiteSettingsPage::createFolderRow()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_folder = lineEdit(row, "siteFolder", tr("The folder of the site's git checkout"));
    m_folder->setMinimumWidth(kFieldMinimumWidth);
    auto* browse = new QPushButton(tr("Br&owse…"), row);
    browse->setObjectName(QStringLiteral("browseSiteFolder"));
    connect(browse, &QPushButton::clicked, this, &SiteSettingsPage::browse);
    layout->addWidget(m_folder, 1);
    layout->addWidget(browse);
    return row;
}

QWidget* SiteSettingsPage::createSiteGroup()
{
    auto* group = new QGroupBox(tr("Site"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QWidget* folderRow = createFolderRow();
    m_folderNote = note(group, "siteFolderNote");
    addRow(form, tr("Site &folder:"), m_folder, withHint(folderRow, m_folderNote));

    m_pathPattern = lineEdit(group, "postPathPattern", Settings::defaultPostPathPattern());
    m_pathNote = note(group, "postPathNote");
    addRow(form, tr("New &posts go to:"), m_pathPattern, withHint(m_pathPattern, m_pathNote));

    m_timeZone = new QComboBox(group);
    m_timeZone->setObjectName(QStringLiteral("siteTimeZone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    QStringList zones{QStringLiteral("UTC")};
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        if (id != "UTC")
            zones.append(QString::fromUtf8(id));
    m_timeZone->addItems(zones);
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_timeZoneNote = note(group, "siteTimeZoneNote");
    addRow(form, tr("Site &time zone:"), m_timeZone, withHint(m_timeZone, m_timeZoneNote));

    m_disclaimer =
        lineEdit(group, "siteDisclaimer", tr("Empty: the notice line of the site's archetype"));
    addRow(form, tr("&Disclaimer:"), m_disclaimer,
           withHint(m_disclaimer, hint(tr("The notice every post must carry, as "
                                          "proofreading checks it."),
                                       group)));
    return group;
}

QWidget* SiteSettingsPage::createPublishingGroup()
{
    auto* group = new QGroupBox(tr("Publishing"), this);
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_remote = lineEdit(group, "gitRemote", QStringLiteral("origin"));
    addRow(form, tr("&Remote:"), m_remote, m_remote);

    m_branch = lineEdit(group, "gitBranch");
    m_branchNote = note(group, "gitBranchNote");
    addRow(form, tr("&Branch:"), m_branch, withHint(m_branch, m_branchNote));

    m_commitTemplate = lineEdit(group, "commitTemplate");
    m_commitNote = note(group, "commitTemplateNote");
    addRow(form, tr("&Commit message:"), m_commitTemplate,
           withHint(m_commitTemplate, m_commitNote));

    m_reviewPattern = lineEdit(group, "reviewBranchPattern", QStringLiteral("digest/YYYY-MM-DD"));
    m_reviewNote = note(group, "reviewBranchNote");
    addRow(form, tr("Branch for re&view:"), m_reviewPattern,
           withHint(m_reviewPattern, m_reviewNote));

    m_buildWithHugo = new QCheckBox(tr("B&uild with Hugo before publishing"), group);
    m_buildWithHugo->setObjectName(QStringLiteral("buildWithHugo"));
    const bool haveHugo = !SiteSettingsNotes::hugoProgram().isEmpty();
    QLabel* hugoNote = hint(haveHugo ? tr("A post that breaks the build is not published.")
                                     : SiteSettingsNotes::hugoMissing(),
                            group);
    hugoNote->setObjectName(QStringLiteral("buildWithHugoNote"));
    m_buildWithHugo->setEnabled(haveHugo);
    form->addRow(QString(), withHint(m_buildWithHugo, hugoNote));
    return group;
}

void SiteSettingsPage::browse()
{
    const QString start =
        m_folder->text().trimmed().isEmpty() ? QDir::homePath() : m_folder->text().trimmed();
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("The Site's Git Checkout"), start);
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void SiteSettingsPage::load()
{
    m_folder->setText(QDir::toNativeSeparators(m_settings.siteFolder()));
    m_pathPattern->setText(m_settings.postPathPattern());
    m_timeZone->setCurrentText(QString::fromUtf8(m_settings.siteTimeZone().id()));
    m_disclaimer->setText(m_settings.siteDisclaimer());
    m_remote->setText(m_settings.gitRemote());
    m_branch->setText(m_settings.gitBranch());
    m_commitTemplate->setText(m_settings.commitTemplate());
    m_reviewPattern->setText(m_settings.reviewBranchPattern());
    // Without hugo the box stays off, and OK leaves the setting as it was.
    m_buildWithHugo->setChecked(m_buildWithHugo->isEnabled() && m_settings.buildWithHugo());
}

QDate SiteSettingsPage::exampleDay() const
{
    const QTimeZone zone(m_timeZone->currentText().trimmed().toUtf8());
    return postDay(m_now, zone.isValid() ? zone : m_settings.siteTimeZone());
}

void SiteSettingsPage::updateNotes()
{
    QString problem;
    auto show = [&problem](QLabel* label, const SiteSettingsNotes::Note& note) {
        showNote(label, note);
        if (note.problem && problem.isEmpty())
            problem = note.text;
    };
    const SiteCheckout site = SiteCheckout::inspect(m_folder->text().trimmed());
    show(m_folderNote, SiteSettingsNotes::siteFolder(site));

    const QTimeZone zone(m_timeZone->currentText().trimmed().toUtf8());
    const QDate day = exampleDay();
    show(m_timeZoneNote,
         zone.isValid()
             ? SiteSettingsNotes::Note{tr("Today is %1 there: the day a new post is for.")
                                           .arg(day.toString(Qt::ISODate)),
                                       false}
             : SiteSettingsNotes::Note{
                   tr("No time zone is called “%1”.").arg(m_timeZone->currentText()), true});
    show(m_pathNote, SiteSettingsNotes::postPath(m_pathPattern->text().trimmed().isEmpty()
                                                     ? Settings::defaultPostPathPattern()
                                                     : m_pathPattern->text().trimmed(),
                                                 day));

    m_branch->setPlaceholderText(
        site.branch.isEmpty() ? tr("Empty: the checkout's current branch")
                              : tr("Empty: the checkout's current branch (%1)").arg(site.branch));
    const QString branch = m_branch->text().trimmed();
    const QString branchProblem =
        branch.isEmpty() ? QString() : SiteSettingsNotes::branchNameProblem(branch);
    show(m_branchNote,
         {branchProblem.isEmpty() ? tr("Published posts are pushed to this branch of the remote.")
                                  : branchProblem,
          !branchProblem.isEmpty()});
    show(m_commitNote, SiteSettingsNotes::commitMessage(m_commitTemplate->text(), day));
    show(m_reviewNote, SiteSettingsNotes::reviewBranch(m_reviewPattern->text(), day));
    if (problem.isEmpty() && m_remote->text().trimmed().contains(QLatin1Char(' ')))
        problem = tr("A remote's name has no spaces: “%1”.").arg(m_remote->text().trimmed());
    if (problem != m_problem) {
        m_problem = problem;
        emit problemChanged();
    }
}

void SiteSettingsPage::store()
{
    // Each setter emits changed() only for a value that differs.
    m_settings.setSiteFolder(QDir::fromNativeSeparators(m_folder->text().trimmed()));
    const QString pattern = m_pathPattern->text().trimmed();
    m_settings.setPostPathPattern(pattern.isEmpty() ? Settings::defaultPostPathPattern() : pattern);
    const QTimeZone zone(m_timeZone->currentText().trimmed().toUtf8());
    if (zone.isValid())
        m_settings.setSiteTimeZone(zone);
    m_settings.setSiteDisclaimer(m_disclaimer->text().trimmed());
    m_settings.setGitRemote(m_remote->text().trimmed());
    m_settings.setGitBranch(m_branch->text().trimmed());
    m_settings.setCommitTemplate(m_commitTemplate->text().trimmed());
    m_settings.setReviewBranchPattern(m_reviewPattern->text().trimmed());
    if (m_buildWithHugo->isEnabled())
        m_settings.setBuildWithHugo(m_buildWithHugo->isChecked());
}

} // namespace digest::ui
