#include "ui/settings/settingsdialog.h"

#include "core/settings/generationsettings.h"
#include "core/settings/settings.h"
#include "core/topics/topicboard.h"
#include "desk/desk.h"
#include "ui/settings/editorpage.h"
#include "ui/settings/modelsettingspage.h"
#include "ui/settings/prompttemplateseditor.h"
#include "ui/settings/sitesettingspage.h"
#include "ui/settings/sourcespage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace digest::ui {
namespace {

// The Prompts page: the four templates, kept as one value.
class PromptsPage final : public SettingsPage
{
public:
    PromptsPage(Settings& settings, QWidget* parent)
        : SettingsPage(parent)
        , m_settings(settings)
        , m_editor(new PromptTemplatesEditor(this))
    {
        setObjectName(QStringLiteral("promptsPage"));
        m_editor->setObjectName(QStringLiteral("promptTemplatesEditor"));
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_editor);
        m_editor->setTemplates(promptTemplates(settings));
    }

    void store() override { setPromptTemplates(m_settings, m_editor->templates()); }

private:
    Settings& m_settings;
    PromptTemplatesEditor* m_editor;
};

} // namespace

SettingsDialog::SettingsDialog(Desk& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("settingsPageList"));
    m_list->setAccessibleName(tr("Settings pages"));
    m_list->setIconSize(QSize(22, 22));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("settingsPages"));
    Settings& settings = desk.settings();
    // In the order of Page.
    addPage(new SourcesPage(desk, m_stack), tr("Sources"), QStringLiteral("network-workgroup"));
    m_model = new ModelSettingsPage(desk, m_stack);
    addPage(m_model, tr("Model"), QStringLiteral("applications-science"));
    addPage(new PromptsPage(settings, m_stack), tr("Prompts"),
            QStringLiteral("accessories-text-editor"));
    addPage(new SiteSettingsPage(settings, desk.now(), m_stack), tr("Site"),
            QStringLiteral("folder-remote"));
    addPage(new EditorPage(settings, m_stack), tr("Editor"),
            QStringLiteral("preferences-desktop-font"));
    addPage(new InterfacePage(settings, m_stack), tr("Interface"),
            QStringLiteral("preferences-desktop-locale"));
    m_list->setFixedWidth(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 16);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_model, &ModelSettingsPage::keySaved, this, &SettingsDialog::onKeySaved);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* pages = new QHBoxLayout;
    pages->addWidget(m_list);
    pages->addWidget(m_stack, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addLayout(bottom);
    m_list->setCurrentRow(0);
    updateProblem();
    // Everything in view where the screen allows; on a small screen the model page scrolls.
    const QSize room = screen() ? screen()->availableGeometry().size() * 0.9 : QSize(860, 620);
    resize(QSize(860, 600).boundedTo(room));
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(SettingsPage* page, const QString& title, const QString& iconName)
{
    auto* item = new QListWidgetItem(QIcon::fromTheme(iconName), title, m_list);
    item->setData(Qt::AccessibleTextRole, title);
    // A page taller or wider than a small screen scrolls rather than growing the dialog past
    // it (the model page scrolls its form itself).
    if (page == m_model) {
        m_stack->addWidget(page);
    } else {
        auto* scroll = new QScrollArea(m_stack);
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_stack->addWidget(scroll);
    }
    m_pages.append(page);
    connect(page, &SettingsPage::problemChanged, this, &SettingsDialog::updateProblem);
}

void SettingsDialog::showPage(Page page)
{
    m_list->setCurrentRow(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void SettingsDialog::updateProblem()
{
    QString problem;
    for (int i = 0; i < m_pages.size() && problem.isEmpty(); ++i)
        if (const QString text = m_pages[i]->problem(); !text.isEmpty())
            problem = tr("%1: %2").arg(m_list->item(i)->text(), text);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(problem);
}

void SettingsDialog::accept()
{
    if (m_model->isSavingKey() || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    m_newSources = qobject_cast<SourcesPage*>(m_pages[int(Page::Sources)])->isChanged();
    // The key is saved for the endpoint the settings name, so the settings go first. The
    // language waits for the key: a new language makes the window, this dialog's parent, again
    // (main.cpp).
    for (SettingsPage* page : std::as_const(m_pages))
        if (page != m_pages[int(Page::Interface)])
            page->store();
    if (!m_model->isKeyEdited()) {
        finish();
        return;
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_model->saveKey();
}

void SettingsDialog::onKeySaved(bool ok)
{
    updateProblem();
    // On failure the dialog stays open, the key row saying why (the settings are kept).
    if (ok)
        finish();
}

void SettingsDialog::finish()
{
    m_pages[int(Page::Interface)]->store();
    // New sources show their topics now rather than at the next refresh.
    if (m_newSources)
        m_desk.topics().refresh();
    QDialog::accept();
}

SettingsDialog* openSettingsDialog(Desk& desk, QWidget* window, SettingsDialog::Page page)
{
    SettingsDialog* dialog = nullptr;
    // One closed a moment ago waits for its deletion: not that one.
    for (SettingsDialog* open :
         window->findChildren<SettingsDialog*>(QString(), Qt::FindDirectChildrenOnly))
        if (open->isVisible())
            dialog = open;
    if (!dialog) {
        dialog = new SettingsDialog(desk, window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowModality(Qt::WindowModal);
    }
    dialog->showPage(page);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace digest::ui
