#include "ui/generation/generationdock.h"

#include "core/generation/slotjob.h"
#include "core/settings/generationsettings.h"
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "drafting/slotdrafter.h"
#include "ui/generation/generationjobmodel.h"
#include "ui/generation/generationpanel.h"

#include <QLabel>
#include <QMainWindow>

namespace digest::ui {

GenerationDock::GenerationDock(Desk& desk, QMainWindow& window)
    : QDockWidget(tr("Generation"), &window)
    , m_desk(desk)
    , m_window(window)
{
    setObjectName(QStringLiteral("generationDock"));
    Settings& settings = desk.settings();
    auto* panel = new GenerationPanel(
        desk.generationQueue(), [&settings] { return tokenPrices(settings); }, this);
    setWidget(panel);
    window.addDockWidget(Qt::BottomDockWidgetArea, this);
    hide();
    connect(&settings, &Settings::changed, panel, &GenerationPanel::refreshPrices);
    connect(&desk.generationQueue(), &GenerationQueue::jobAdded, this, &GenerationDock::showForRun);

    m_usage = new QLabel(&window);
    m_usage->setObjectName(QStringLiteral("postUsage"));
    connect(&desk.drafter(), &SlotDrafter::usageChanged, this, &GenerationDock::updateUsage);
}

GenerationDock::~GenerationDock() = default;

void GenerationDock::showForRun()
{
    if (!isHidden())
        return;
    show();
    m_window.resizeDocks({this}, {qMax(120, m_window.height() / 4)}, Qt::Vertical);
}

void GenerationDock::updateUsage()
{
    const SlotDrafter& drafter = m_desk.drafter();
    const SlotUsage usage = drafter.totalUsage();
    if (usage == SlotUsage{}) {
        // Nothing generated for this post: nothing to count.
        m_usage->clear();
        return;
    }
    QString text = tr("Tokens %1").arg(GenerationJobModel::tokensText(usage));
    if (const double cost = drafter.totalCost(); cost > 0)
        text += u' ' + GenerationJobModel::costText(cost);
    m_usage->setText(text);
}

} // namespace digest::ui
