#include "ui/generation/generationactions.h"

#include "core/generation/slotplan.h"
#include "core/outline/outline.h"
#include "core/settings/settings.h"
#include "core/topics/topic.h"
#include "desk/desk.h"
#include "desk/todaysdigest.h"
#include "document/postdocument.h"
#include "drafting/slotdrafter.h"
#include "ui/editor/markdowneditor.h"
#include "ui/generation/generationjobmodel.h"
#include "ui/generation/todaysdigestbar.h"
#include "ui/topics/topiclistview.h"

#include <QAction>
#include <QMenu>
#include <QTextBlock>

namespace digest::ui {
namespace {

// What the editor's cursor is in, read from the post as it is now.
struct CursorPlace
{
    QList<PlannedSlot> plan;
    SlotPosition position;
};

CursorPlace placeOf(const MarkdownEditor& editor)
{
    CursorPlace place;
    const PostDocument* document = editor.postDocument();
    if (!document)
        return place;
    place.plan = planSlots(parseOutline(document->plainText()));
    place.position = slotAtLine(place.plan, editor.textCursor().blockNumber() + 1);
    return place;
}

} // namespace

GenerationActions::GenerationActions(Desk& desk, MarkdownEditor& editor, TopicListView& topics,
                                     QWidget* window)
    : QObject(window)
    , m_desk(desk)
    , m_editor(editor)
    , m_topics(topics)
    , m_window(window)
{
    createActions();
    m_todayBar = new TodaysDigestBar(m_desk.todaysDigest(), m_window);
    connect(&m_desk.todaysDigest(), &TodaysDigest::runningChanged, this,
            &GenerationActions::updateEnabled);
    connect(&m_desk.todaysDigest(), &TodaysDigest::finished, this,
            [this](const TodaysDigestOutcome& outcome) { emit message(outcome.message); });
    connect(&m_desk.settings(), &Settings::changed, this, &GenerationActions::updateEnabled);
    connect(&m_desk, &Desk::generationFailed, this, &GenerationActions::message);
    followDrafter();
}

void GenerationActions::followDrafter()
{
    SlotDrafter& drafter = m_desk.drafter();
    connect(&drafter, &SlotDrafter::slotStateChanged, this, &GenerationActions::updateEnabled);
    connect(&drafter, &SlotDrafter::runFinished, this, &GenerationActions::updateEnabled);
    connect(&drafter, &SlotDrafter::slotMessage, this,
            [this](const QString& slotId, const QString& text) {
                emit message(tr("%1: %2").arg(slotId, text));
            });
    updateEnabled();
}

GenerationActions::~GenerationActions() = default;

QWidget* GenerationActions::todaysDigestBar() const
{
    return m_todayBar;
}

void GenerationActions::createActions()
{
    const auto make = [this](const QString& text, const char* name, const QKeySequence& keys,
                             auto slot) {
        auto* action = new QAction(text, m_window);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_startToday =
        make(tr("Start &Today's Post"), "startTodaysPostAction",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] { startTodaysPost(); });
    m_generatePost =
        make(tr("Generate &Post from Checked Topics"), "generatePostAction",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [this] { generatePost(); });
    m_fillEmpty =
        make(tr("Fill &Empty Slots"), "fillEmptyAction",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { fillEmptySlots(); });
    m_generateAtCursor =
        make(tr("Generate &Slot at Cursor"), "generateAtCursorAction",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), [this] { generateAtCursor(); });
    m_generateItem =
        make(tr("Generate &Item at Cursor"), "generateItemAction",
             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G), [this] { generateItemAtCursor(); });
    m_stopAll = make(tr("St&op All"), "stopAllAction", QKeySequence(Qt::CTRL | Qt::Key_Period),
                     [this] { m_desk.drafter().stopAll(); });
    m_previousVersion =
        make(tr("P&revious Version of Slot"), "previousVersionAction",
             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Left), [this] { stepVersion(-1); });
    m_nextVersion =
        make(tr("&Next Version of Slot"), "nextVersionAction",
             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Right), [this] { stepVersion(+1); });
}

void GenerationActions::addTo(QMenu* menu)
{
    menu->addAction(m_startToday);
    menu->addSeparator();
    menu->addAction(m_generatePost);
    menu->addAction(m_fillEmpty);
    menu->addSeparator();
    menu->addAction(m_generateAtCursor);
    menu->addAction(m_generateItem);
    menu->addSeparator();
    menu->addAction(m_previousVersion);
    menu->addAction(m_nextVersion);
    menu->addSeparator();
    menu->addAction(m_stopAll);
}

void GenerationActions::updateEnabled()
{
    const bool ready = m_desk.canGenerate();
    // A disabled action says why in its tooltip and the status bar tip.
    const QString why = ready ? QString() : Desk::generationSetupHint();
    for (QAction* action : {m_generatePost, m_fillEmpty, m_generateAtCursor, m_generateItem}) {
        action->setEnabled(ready);
        action->setStatusTip(why);
        action->setToolTip(ready ? action->text().remove(u'&') : why);
    }
    m_stopAll->setEnabled(m_desk.drafter().activeCount() > 0);
    // While a run is under way the action is off too, saying so.
    const QString whyNotToday = m_desk.todaysDigest().whyNot();
    m_startToday->setEnabled(whyNotToday.isEmpty());
    m_startToday->setStatusTip(whyNotToday.isEmpty()
                                   ? tr("Fetch the topics, open or create today's post and write "
                                        "every slot")
                                   : whyNotToday);
    m_startToday->setToolTip(whyNotToday.isEmpty() ? m_startToday->text().remove(u'&')
                                                   : whyNotToday);
}

void GenerationActions::tell(const Status& status, const QString& done)
{
    emit message(status ? done : status.errorMessage());
}

void GenerationActions::startTodaysPost()
{
    const Status started = m_desk.todaysDigest().start();
    if (!started)
        emit message(started.errorMessage());
}

void GenerationActions::generatePost()
{
    const QList<Topic> chosen = m_topics.chosenTopics(TopicSection::Consequences);
    if (chosen.isEmpty()) {
        // Nothing checked: the post's own items are what there is to write.
        tell(m_desk.generate([](SlotDrafter& drafter) { return drafter.generateAll(true); }),
             tr("No topics are checked: writing the empty slots of the post's items."));
        return;
    }
    const Status laidOut =
        m_desk.layOutTopics(chosen, m_topics.chosenTopics(TopicSection::Trending));
    if (!laidOut) {
        tell(laidOut, {});
        return;
    }
    tell(m_desk.generate([](SlotDrafter& drafter) { return drafter.generateAll(false); }),
         tr("Writing %n topic(s) and the predictions…", nullptr, int(chosen.size())));
}

void GenerationActions::fillEmptySlots()
{
    tell(m_desk.generate([](SlotDrafter& drafter) { return drafter.generateAll(true); }),
         tr("Writing the empty slots…"));
}

void GenerationActions::generateAtCursor()
{
    const CursorPlace place = placeOf(m_editor);
    if (const PlannedSlot* slot = place.position.slot) {
        const QString id = slot->id;
        tell(m_desk.generate([id](SlotDrafter& drafter) { return drafter.generateSlot(id); }),
             tr("Writing %1…").arg(GenerationJobModel::slotName(id, slot->kind)));
        return;
    }
    if (place.position.consequence >= 0) {
        generateItemAtCursor();
        return;
    }
    emit message(tr("The cursor is not in a slot: put it in a topic's Benefits or "
                    "Ramifications, or in a prediction."));
}

void GenerationActions::generateItemAtCursor()
{
    const int item = placeOf(m_editor).position.consequence;
    if (item < 0) {
        emit message(tr("The cursor is not in a topic of \"Possible consequences\"."));
        return;
    }
    tell(m_desk.generate([item](SlotDrafter& drafter) { return drafter.generateItem(item); }),
         tr("Writing topic %1…").arg(item + 1));
}

void GenerationActions::stepVersion(int step)
{
    const CursorPlace place = placeOf(m_editor);
    const PlannedSlot* slot = place.position.slot;
    if (!slot) {
        emit message(tr("The cursor is not in a slot."));
        return;
    }
    SlotDrafter& drafter = m_desk.drafter();
    const int count = int(drafter.versions(slot->id).size());
    if (count < 2) {
        emit message(tr("%1 has no other version: generate it again to have one.")
                         .arg(GenerationJobModel::slotName(slot->id, slot->kind)));
        return;
    }
    const int current = drafter.currentVersion(slot->id);
    // Edited by hand (no version): stepping starts from the newest.
    const int from = current < 0 ? count : current;
    const int next = qBound(0, from + step, count - 1);
    if (next == current) {
        emit message(step < 0 ? tr("This is the first version.") : tr("This is the last version."));
        return;
    }
    tell(drafter.chooseVersion(slot->id, next),
         tr("%1: version %2 of %3")
             .arg(GenerationJobModel::slotName(slot->id, slot->kind))
             .arg(next + 1)
             .arg(count));
}

} // namespace digest::ui
