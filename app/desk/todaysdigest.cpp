#include "desk/todaysdigest.h"

#include "core/generation/slotjob.h"
#include "core/generation/slotplan.h"
#include "core/outline/outline.h"
#include "core/post/newpost.h"
#include "core/settings/settings.h"
#include "core/topics/topicboard.h"
#include "core/topics/topiclistmodel.h"
#include "desk/desk.h"
#include "drafting/slotdrafter.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace digest {
namespace {

// Where today's post lives: the post path pattern for the day in the site folder; without a
// site, beside the last post, as Desk::newPost() suggests it.
QString todaysPostPath(const Desk& desk)
{
    const Settings& settings = desk.settings();
    const Result<QString> relative = NewPost::pathFor(settings.postPathPattern(), desk.postDay());
    if (!relative)
        return {};
    // The site in use: the settings' checkout, else the default site New Post makes.
    return QDir(desk.siteFolder()).filePath(relative.value());
}

bool samePath(const QString& a, const QString& b)
{
    return !a.isEmpty() && !b.isEmpty() &&
           QDir::cleanPath(QFileInfo(a).absoluteFilePath()) ==
               QDir::cleanPath(QFileInfo(b).absoluteFilePath());
}

// Checks exactly the first `count` topics of the list that no earlier post covered, in the
// list's order (the merged order, or the one the editor dragged), and unchecks the others.
int checkUncovered(TopicListModel& model, int count)
{
    int checked = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        const Topic topic = index.data(TopicListModel::TopicRole).value<Topic>();
        const bool take = checked < count && !topic.isCovered();
        model.setData(index, take ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
        checked += take ? 1 : 0;
    }
    return checked;
}

} // namespace

TodaysDigest::TodaysDigest(Desk& desk, QObject* parent)
    : QObject(parent)
    , m_desk(desk)
{
    qRegisterMetaType<TodaysDigestOutcome>();
    connect(&m_desk.drafter(), &SlotDrafter::slotStateChanged, this,
            [this](const QString& slotId, SlotJobState state) {
                if (m_step == Step::Generating && isFinal(state))
                    slotFinished(slotId, int(state));
            });
    // A deferred start (the key read after start()) that failed.
    connect(&m_desk, &Desk::generationFailed, this, [this](const QString& message) {
        if (m_step == Step::Generating && m_slots.isEmpty())
            finish(TodaysDigestOutcome::Kind::Failed, message);
    });
}

TodaysDigest::~TodaysDigest() = default;

QString TodaysDigest::whyNot() const
{
    if (isRunning())
        return tr("Today's post is already being started.");
    if (!m_desk.canGenerate())
        return Desk::generationSetupHint();
    return {};
}

QString TodaysDigest::stepText(Step step)
{
    switch (step) {
    case Step::Idle:
        return {};
    case Step::FetchingTopics:
        return tr("Fetching today's topics…");
    case Step::OpeningPost:
        return tr("Opening today's post…");
    case Step::ChoosingTopics:
        return tr("Choosing the topics…");
    case Step::Generating:
        return tr("Writing the slots…");
    }
    return {};
}

Status TodaysDigest::start()
{
    if (const QString why = whyNot(); !why.isEmpty())
        return Error{why};
    ++m_run;
    m_stopping = false;
    m_notes.clear();
    m_slots.clear();
    m_finishedSlots.clear();
    m_shortSlots = 0;
    m_completedSlots = 0;
    setStep(Step::FetchingTopics);
    // isRunning() holds by now, for whoever follows this.
    emit runningChanged(true);
    TopicBoard& board = m_desk.topics();
    // A refresh with no configuration answers at once: listen first.
    m_waitForTopics = connect(&board, &TopicBoard::refreshed, this, [this, run = m_run] {
        disconnect(m_waitForTopics);
        if (run == m_run && m_step == Step::FetchingTopics)
            topicsArrived();
    });
    // A refresh already under way (the one at start) is the one to wait for.
    if (!board.isRefreshing())
        board.refresh();
    return Done{};
}

void TodaysDigest::stop()
{
    if (!isRunning() || m_stopping)
        return;
    m_stopping = true;
    if (m_step != Step::Generating || m_slots.isEmpty()) {
        // The fetch cannot be called back (the board owns it): the list takes what it brings
        // when it ends, and this run no longer waits for it.
        disconnect(m_waitForTopics);
        finish(TodaysDigestOutcome::Kind::Stopped);
        return;
    }
    SlotDrafter& drafter = m_desk.drafter();
    for (const QString& id : std::as_const(m_slots)) {
        if (!m_finishedSlots.contains(id))
            drafter.stop(id); // each ends Cancelled, keeping its text, and is counted
    }
}

void TodaysDigest::setStep(Step step)
{
    m_step = step;
    emit stepChanged(step, stepText(step));
}

void TodaysDigest::note(const QString& text)
{
    if (!text.isEmpty())
        m_notes.append(text);
}

void TodaysDigest::topicsArrived()
{
    const TopicBoard& board = m_desk.topics();
    const QList<Topic> consequences = board.model(TopicSection::Consequences)->topics();
    const QStringList problems = board.messages();
    if (consequences.isEmpty()) {
        const QString why =
            problems.isEmpty() ? tr("the sources listed none") : problems.join(u' ');
        finish(TodaysDigestOutcome::Kind::Failed, tr("No topics to write about: %1").arg(why));
        return;
    }
    if (!problems.isEmpty()) {
        const bool allCached = std::all_of(consequences.cbegin(), consequences.cend(),
                                           [](const Topic& topic) { return topic.cached; });
        QDateTime oldest;
        for (const Topic& topic : consequences) {
            if (topic.cached && (!oldest.isValid() || topic.fetchedAt < oldest))
                oldest = topic.fetchedAt;
        }
        if (allCached)
            note(tr("The topic sources could not be fetched: using the cached topics of %1.")
                     .arg(QLocale().toString(oldest.toLocalTime(), QLocale::ShortFormat)));
        else
            note(tr("Some topic sources failed; their cached topics are used."));
    }
    takeTodaysPost();
}

void TodaysDigest::takeTodaysPost()
{
    setStep(Step::OpeningPost);
    const QString path = todaysPostPath(m_desk);
    if (path.isEmpty()) {
        finish(TodaysDigestOutcome::Kind::Failed,
               tr("The post path pattern does not make a file name for today: set it in the "
                  "site settings."));
        return;
    }
    DocumentSession& session = m_desk.session();
    const PostDocument& document = session.document();
    const bool open = samePath(document.path(), path) ||
                      (document.path().isEmpty() && samePath(session.suggestedPath(), path));
    const bool exists = QFileInfo(path).isFile();
    SessionOutcome taken = SessionOutcome::done();
    if (open)
        note(tr("Today's post was open already."));
    else if (exists)
        taken = session.openFile(path);
    else
        taken = m_desk.newPost();
    m_newPostPath = (!open && !exists && taken) ? path : QString();
    if (taken.kind == SessionOutcome::Kind::Cancelled) {
        finish(TodaysDigestOutcome::Kind::Stopped, tr("Today's post was not opened."));
        return;
    }
    if (!taken) {
        finish(TodaysDigestOutcome::Kind::Failed, taken.message);
        return;
    }
    if (exists && !open)
        note(tr("Opened today's post %1.").arg(QDir::toNativeSeparators(path)));
    // A post that has its items already (opened, or written earlier today) keeps them: only
    // its empty slots are filled. A fresh one gets today's topics laid out.
    const QList<PlannedSlot> plan = planSlots(parseOutline(document.plainText()));
    const bool hasItems = std::any_of(plan.cbegin(), plan.cend(), [](const PlannedSlot& slot) {
        return slot.kind != SlotKind::Prediction && !slot.subject.trimmed().isEmpty();
    });
    chooseAndLayOut(!hasItems);
}

void TodaysDigest::chooseAndLayOut(bool layOut)
{
    if (!layOut) {
        startGeneration(true);
        return;
    }
    setStep(Step::ChoosingTopics);
    TopicBoard& board = m_desk.topics();
    const int wanted = m_desk.settings().todayTopics();
    const int checked = checkUncovered(*board.model(TopicSection::Consequences), wanted);
    checkUncovered(*board.model(TopicSection::Trending), kTrendingHeadlines);
    if (checked == 0) {
        finish(TodaysDigestOutcome::Kind::Failed,
               tr("Every topic of today's list was covered by an earlier post."));
        return;
    }
    if (checked < wanted)
        note(tr("Only %n uncovered topic(s) today.", nullptr, checked));
    const Status laidOut = m_desk.layOutTopics(board.chosenTopics(TopicSection::Consequences),
                                               board.chosenTopics(TopicSection::Trending));
    if (!laidOut) {
        finish(TodaysDigestOutcome::Kind::Failed, laidOut.errorMessage());
        return;
    }
    startGeneration(false);
}

void TodaysDigest::startGeneration(bool onlyUnfilled)
{
    setStep(Step::Generating);
    QList<PlannedSlot> plan = planSlots(parseOutline(m_desk.session().document().plainText()));
    if (onlyUnfilled)
        plan = unfilledSlots(plan);
    if (plan.isEmpty()) {
        finish(TodaysDigestOutcome::Kind::Done, tr("Every slot of today's post is written."));
        return;
    }
    emit progress(0, int(plan.size()));
    // The generation may start later, once the secret store has answered for the key; the run
    // it belongs to is checked then.
    const Status started =
        m_desk.generate([this, onlyUnfilled, plan, run = m_run](SlotDrafter& drafter) {
            if (run != m_run || m_step != Step::Generating)
                return Status{Done{}};
            if (m_stopping) {
                finish(TodaysDigestOutcome::Kind::Stopped);
                return Status{Done{}};
            }
            const Status generated = drafter.generateAll(onlyUnfilled);
            if (generated) {
                QStringList running;
                for (const PlannedSlot& slot : plan) {
                    if (drafter.isGenerating(slot.id))
                        running.append(slot.id);
                }
                generationStarted(running);
            }
            return generated;
        });
    if (!started && m_step == Step::Generating)
        finish(TodaysDigestOutcome::Kind::Failed, started.errorMessage());
}

void TodaysDigest::generationStarted(const QStringList& slotIds)
{
    m_slots = QSet<QString>(slotIds.cbegin(), slotIds.cend());
    // A slot that finished within generateAll() (an error at once) was told before.
    for (const QString& id : slotIds) {
        if (!m_desk.drafter().isGenerating(id))
            m_finishedSlots.insert(id);
    }
    emit progress(int(m_finishedSlots.size()), int(m_slots.size()));
    if (m_slots.isEmpty() || m_finishedSlots.size() == m_slots.size())
        finish(m_stopping ? TodaysDigestOutcome::Kind::Stopped : TodaysDigestOutcome::Kind::Done);
}

void TodaysDigest::slotFinished(const QString& slotId, int state)
{
    if (!m_slots.contains(slotId) || m_finishedSlots.contains(slotId))
        return;
    m_finishedSlots.insert(slotId);
    const auto final = SlotJobState(state);
    if (final == SlotJobState::Done)
        ++m_completedSlots;
    else if (final != SlotJobState::Cancelled)
        ++m_shortSlots;
    emit progress(int(m_finishedSlots.size()), int(m_slots.size()));
    if (m_finishedSlots.size() == m_slots.size())
        finish(m_stopping ? TodaysDigestOutcome::Kind::Stopped : TodaysDigestOutcome::Kind::Done);
}

void TodaysDigest::saveNewPost()
{
    // The post this run made is saved where the pattern puts it, so that the next start (or
    // digestctl, or a publication) finds it; a post the person opened is theirs to save.
    const QString path = std::exchange(m_newPostPath, QString());
    DocumentSession& session = m_desk.session();
    if (path.isEmpty() || !session.document().path().isEmpty() ||
        !samePath(session.suggestedPath(), path) || QFileInfo::exists(path))
        return;
    const SessionOutcome saved = session.saveTo(path);
    note(saved ? tr("Saved as %1.").arg(QDir::toNativeSeparators(path)) : saved.message);
}

void TodaysDigest::finish(TodaysDigestOutcome::Kind kind, const QString& message)
{
    if (!isRunning())
        return;
    TodaysDigestOutcome outcome;
    outcome.kind = kind;
    outcome.slotsTotal = int(m_slots.size());
    outcome.slotsDone = int(m_finishedSlots.size());
    outcome.slotsShort = m_shortSlots;
    outcome.slotsCompleted = m_completedSlots;
    QString summary = message;
    if (summary.isEmpty()) {
        if (kind == TodaysDigestOutcome::Kind::Stopped)
            summary = outcome.slotsTotal > 0
                          ? tr("Stopped: %1 of %n slot(s) were written; what the others wrote "
                               "so far is kept.",
                               nullptr, outcome.slotsTotal)
                                .arg(m_completedSlots)
                          : tr("Stopped before the slots were written.");
        else if (m_shortSlots > 0)
            summary = tr("Today's post is written; %n slot(s) fell short (see the Generation "
                         "panel).",
                         nullptr, m_shortSlots);
        else
            summary = tr("Today's post is written: %n slot(s).", nullptr, outcome.slotsTotal);
    }
    m_notes.append(summary);
    saveNewPost();
    outcome.message = m_notes.join(u' ');
    ++m_run; // an answer of this run that comes late is ignored
    m_step = Step::Idle;
    m_stopping = false;
    emit stepChanged(Step::Idle, QString());
    emit runningChanged(false);
    emit finished(outcome);
}

} // namespace digest
