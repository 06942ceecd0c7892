#pragma once

#include "core/generation/chatendpoint.h"
#include "core/generation/postlayout.h"
#include "core/generation/prompts.h"
#include "core/generation/slotjob.h"
#include "core/lint/lint.h"
#include "core/util/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace digest {

class PostDocument;

// Generated text written into the open post, as the editor works on it. A run plans the slots
// from the post's outline, enqueues one SlotJob per slot on the GenerationQueue, and writes
// each job's text into its slot as it streams in, through the document's undo commands: the
// first write lays the slot out (writeSlot: a missing label added, a prediction's date), later
// ones replace the slot's text only. The slot's place is followed in the text document, so
// the rest of the post stays editable while text arrives.
//
// Undo: every write of a run carries the run's merge key, so a run nobody types into is one
// undo step; typing (or any other command) in between splits it into a step before and one
// after. The model tag, a layout and a version chosen are one step each.
//
// A failed slot leaves the text as it was (its message says why); a stopped, truncated or
// incomplete one keeps what arrived. Each finished generation of a slot is kept as a version,
// with the text the slot had before the first one, to switch between.
class SlotDrafter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlotDrafter)

public:
    SlotDrafter(PostDocument& document, GenerationQueue& queue, QObject* parent = nullptr);
    ~SlotDrafter() override;

    void setEndpoint(const ChatEndpoint& endpoint);
    const ChatEndpoint& endpoint() const { return m_endpoint; }
    void setTemplates(const PromptTemplates& templates);
    // What the consequences' prompts say about each topic, found by the item's title; a slot
    // whose title is not among them is asked about by its title only.
    void setTopicContext(const QList<LayoutTopic>& topics);
    // When on, a run puts its model into the post's tags (see modeltag.h).
    void setFollowModelTag(bool follow);
    bool followModelTag() const { return m_followModelTag; }
    void setPrices(const TokenPrices& prices);

    // The consequences' items laid out for `topics` and the trending list for the headlines:
    // one undo step for both.
    Status layoutTopics(const QList<LayoutTopic>& topics, const QStringList& trendingHeadlines);

    // One run over the slots named (planSlots ids). Fails, starting nothing, when one is not in
    // the post, or when none is asked about anything (an item without a title, "**...**", or a
    // prediction without an event is left out). A slot that is generating already is stopped first
    // (keeping its text).
    Status generate(const QStringList& slotIds);
    Status generateSlot(const QString& slotId);
    // Both slots of the consequence item (0-based).
    Status generateItem(int consequenceIndex);
    // Every slot of the post, or only those with no text.
    Status generateAll(bool onlyUnfilled);
    // Stops the slot's job, keeping what arrived.
    void stop(const QString& slotId);
    void stopAll();

    bool isGenerating(const QString& slotId) const;
    // Slots with a job queued or running.
    int activeCount() const;
    // The slot's last state; Queued for one never generated.
    SlotJobState slotState(const QString& slotId) const;
    // Why the slot's last generation failed or fell short; empty when it did not.
    QString lastMessage(const QString& slotId) const;

    // Slots whose last generation was cut off (Truncated) or dropped (Incomplete) and whose
    // text is still exactly what it wrote, where that text starts now; a slot edited since is
    // the user's and no longer listed. Changes with slotStateChanged() and with the text.
    QList<UnfinishedSlot> unfinishedSlots() const;

    // The slot's text before its first generation, then each finished generation's.
    QStringList versions(const QString& slotId) const;
    // The version the slot's text is now; -1 when it is none of them (edited by hand) or the
    // slot has none.
    int currentVersion(const QString& slotId) const;
    // Writes version `index` into the slot: one undo step.
    Status chooseVersion(const QString& slotId, int index);

    // Every generation of the slot, and of the whole post, summed.
    SlotUsage usage(const QString& slotId) const;
    SlotUsage totalUsage() const;
    double cost(const QString& slotId) const;
    double totalCost() const;

signals:
    void slotStateChanged(const QString& slotId, digest::SlotJobState state);
    // A failed (or truncated, or incomplete) generation's message.
    void slotMessage(const QString& slotId, const QString& message);
    void usageChanged();
    void versionsChanged(const QString& slotId);
    // Every slot of a run has finished.
    void runFinished();

private:
    struct SlotRecord;
    struct Run;

    // A post loaded in the document: the runs stop (their text is the old post's) and the
    // slots' versions and usage are forgotten.
    void forgetPost();
    SlotRecord& record(const QString& slotId);
    const SlotRecord* findRecord(const QString& slotId) const;
    SlotRequest requestFor(const PlannedSlot& slot) const;
    void followModel();
    void start(const PlannedSlot& slot, int runId);
    // The slot's text written: laid out by the generation's first write, else in place of the
    // text written before.
    Status writeText(SlotRecord& slot, const QString& text, const QString& date, int runId);
    void onText(const QString& slotId, int runId, const QString& text);
    void onFinished(const QString& slotId, int runId, const SlotOutcome& outcome);
    void keepVersion(SlotRecord& slot, const QString& text);
    void finishRun(const QString& slotId, int runId);
    QString runKey(int runId) const;

    PostDocument& m_document;
    GenerationQueue& m_queue;
    ChatEndpoint m_endpoint;
    PromptTemplates m_templates;
    QList<LayoutTopic> m_topics;
    bool m_followModelTag = true;
    TokenPrices m_prices;
    // The model tag this drafter wrote last, so that the next run replaces it.
    QString m_modelTag;
    QHash<QString, std::shared_ptr<SlotRecord>> m_slots;
    QHash<int, QStringList> m_runs;
    int m_nextRun = 1;
    int m_nextLayout = 1;
};

} // namespace digest
