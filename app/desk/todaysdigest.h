#pragma once

#include "core/topics/topic.h"
#include "core/util/result.h"

#include <QMetaObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace digest {

class Desk;

// How a run of "Start Today's Post" ended.
struct TodaysDigestOutcome
{
    enum class Kind {
        Done,    // every slot of the run finished (some may have failed: see message)
        Stopped, // stop() was called, or the person cancelled a question; what arrived is kept
        Failed,  // a step could not be done: no topics at all, the post could not be opened
    };
    Kind kind = Kind::Done;
    // For the status bar: what happened, including what was noted on the way (a source down).
    QString message;
    // Slots that ended (in any way), of all the run generated.
    int slotsDone = 0;
    int slotsTotal = 0;
    // Slots the model finished.
    int slotsCompleted = 0;
    // Slots that ended failed, truncated or incomplete.
    int slotsShort = 0;
};

// "Start Today's Post": the daily digest in one action, without widgets. A run
//   1. fetches the topics (TopicBoard::refresh); when every source fails but cached topics are
//      shown it goes on with them and says so; with no topics at all it stops;
//   2. takes today's post: the file at the site's post path pattern for Desk::postDay(), opened
//      when it exists (the session asks about unsaved changes), else a new post from the
//      archetype (Desk::newPost); the open post is kept when it already is today's;
//   3. checks the top `generation/todayTopics` uncovered consequences and the first
//      kTrendingHeadlines uncovered trending topics in the board's lists, and lays them out
//      (Desk::layOutTopics) — unless the post already has items, whose empty slots are filled;
//   4. generates every slot through Desk::generate and the drafter, which writes each slot as
//      it streams: the post stays editable meanwhile.
// A post the run made is saved at its path when the run ends (stopped too), so that the next
// start opens it rather than making another.
// One run at a time; stop() cancels the step in progress, keeping what arrived.
class TodaysDigest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodaysDigest)

public:
    enum class Step { Idle, FetchingTopics, OpeningPost, ChoosingTopics, Generating };
    Q_ENUM(Step)

    // As many trending headlines as `digestctl new --generate` lays out by default.
    static constexpr int kTrendingHeadlines = 3;

    explicit TodaysDigest(Desk& desk, QObject* parent = nullptr);
    ~TodaysDigest() override;

    // Starts a run. Refused, starting nothing, while one runs, and when no model is set up
    // (Desk::generationSetupHint(), before anything is fetched).
    Status start();
    // Cancels the step in progress: waiting for the topics (the list keeps what the fetch
    // brings when it ends), or the slots still queued or streaming (their text so far stays).
    void stop();

    bool isRunning() const { return m_step != Step::Idle; }
    Step step() const { return m_step; }
    // Why start() would be refused now; empty when it can run.
    QString whyNot() const;
    // The step in words, for the progress bar.
    static QString stepText(Step step);

signals:
    void stepChanged(digest::TodaysDigest::Step step, const QString& text);
    // Slots of the run finished so far, of all it generates.
    void progress(int done, int total);
    void runningChanged(bool running);
    void finished(const digest::TodaysDigestOutcome& outcome);

private:
    void setStep(Step step);
    void topicsArrived();
    void takeTodaysPost();
    void chooseAndLayOut(bool layOut);
    void startGeneration(bool onlyUnfilled);
    // The drafter started the run on `slotIds` (those it is generating now).
    void generationStarted(const QStringList& slotIds);
    void slotFinished(const QString& slotId, int state);
    void finish(TodaysDigestOutcome::Kind kind, const QString& message = {});
    void note(const QString& text);
    void saveNewPost();

    Desk& m_desk;
    Step m_step = Step::Idle;
    bool m_stopping = false;
    // Bumped for every run, so that a late answer of an earlier one is ignored.
    int m_run = 0;
    QStringList m_notes;
    QSet<QString> m_slots;
    QSet<QString> m_finishedSlots;
    int m_shortSlots = 0;
    int m_completedSlots = 0;
    QMetaObject::Connection m_waitForTopics;
    // Today's post when this run made it from the archetype: saved there when the run ends.
    QString m_newPostPath;
};

} // namespace digest

Q_DECLARE_METATYPE(digest::TodaysDigestOutcome)
