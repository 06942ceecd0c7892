#include "drafting/slotdrafter.h"

#include "core/generation/slotplan.h"
#include "core/outline/outline.h"
#include "core/post/markdownescape.h"
#include "document/postdocument.h"
#include "drafting/slotrecord.h"

#include <QPointer>

#include <algorithm>
#include <utility>

namespace digest {
SlotDrafter::SlotDrafter(PostDocument& document, GenerationQueue& queue, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_queue(queue)
    , m_templates(PromptTemplates::defaults())
{
    // Another post in the document: its text is not the one the slots were placed in.
    connect(&document, &PostDocument::reset, this, &SlotDrafter::forgetPost);
}

void SlotDrafter::forgetPost()
{
    const auto forgotten = std::exchange(m_slots, {});
    for (const auto& slot : forgotten) {
        if (SlotJob* job = slot->job) {
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
        }
    }
    const bool wasRunning = !m_runs.isEmpty();
    m_runs.clear();
    m_modelTag.clear();
    emit usageChanged();
    if (wasRunning)
        emit runFinished();
}

SlotDrafter::~SlotDrafter()
{
    // The jobs go on without a drafter to write their text: stop them, quietly.
    for (const auto& slot : std::as_const(m_slots)) {
        if (SlotJob* job = slot->job) {
            disconnect(job, nullptr, this, nullptr);
            job->cancel();
        }
    }
}

void SlotDrafter::setEndpoint(const ChatEndpoint& endpoint)
{
    m_endpoint = endpoint;
}

void SlotDrafter::setTemplates(const PromptTemplates& templates)
{
    m_templates = templates;
}

void SlotDrafter::setTopicContext(const QList<LayoutTopic>& topics)
{
    m_topics = topics;
}

void SlotDrafter::setFollowModelTag(bool follow)
{
    m_followModelTag = follow;
}

void SlotDrafter::setPrices(const TokenPrices& prices)
{
    m_prices = prices;
    emit usageChanged();
}

Status SlotDrafter::layoutTopics(const QList<LayoutTopic>& topics,
                                 const QStringList& trendingHeadlines)
{
    if (activeCount() > 0)
        return Error{tr("Stop the generation before laying out new topics.")};
    const QString plain = m_document.plainText();
    const Outline outline = parseOutline(plain);
    const Result<TextEdit> items = layoutConsequences(plain, outline, topics);
    if (!items)
        return Error{items.errorMessage()};
    const Result<TextEdit> trending = layoutTrending(plain, outline, trendingHeadlines);
    if (!trending)
        return Error{trending.errorMessage()};
    // The later edit first, so that the earlier one's position still holds; one merge key
    // makes both one undo step.
    QList<TextEdit> edits{items.value(), trending.value()};
    std::sort(edits.begin(), edits.end(),
              [](const TextEdit& a, const TextEdit& b) { return a.position > b.position; });
    const QString key = QStringLiteral("layout/%1/%2").arg(quintptr(this)).arg(m_nextLayout++);
    for (const TextEdit& edit : std::as_const(edits)) {
        if (const Status done = m_document.replaceRange(edit, tr("Lay out topics"), key); !done)
            return done;
    }
    m_topics = topics;
    return Done{};
}

Status SlotDrafter::generateSlot(const QString& slotId)
{
    return generate({slotId});
}

Status SlotDrafter::generateItem(int consequenceIndex)
{
    const QString item = QStringLiteral("consequence-%1/").arg(consequenceIndex + 1);
    return generate(
        {item + slotKindKey(SlotKind::Benefits), item + slotKindKey(SlotKind::Ramifications)});
}

Status SlotDrafter::generateAll(bool onlyUnfilled)
{
    QList<PlannedSlot> plan = planSlots(parseOutline(m_document.plainText()));
    if (onlyUnfilled)
        plan = unfilledSlots(plan);
    QStringList ids;
    for (const PlannedSlot& slot : std::as_const(plan))
        ids.append(slot.id);
    return generate(ids);
}

void SlotDrafter::stop(const QString& slotId)
{
    const SlotRecord* slot = findRecord(slotId);
    if (slot && slot->job)
        slot->job->cancel(); // finished() follows at once, and the text stays
}

void SlotDrafter::stopAll()
{
    QList<QPointer<SlotJob>> jobs;
    for (const auto& slot : std::as_const(m_slots))
        jobs.append(slot->job);
    for (const QPointer<SlotJob>& job : std::as_const(jobs)) {
        if (job)
            job->cancel();
    }
}

bool SlotDrafter::isGenerating(const QString& slotId) const
{
    const SlotRecord* slot = findRecord(slotId);
    return slot && slot->job;
}

int SlotDrafter::activeCount() const
{
    return int(std::count_if(m_slots.cbegin(), m_slots.cend(),
                             [](const auto& slot) { return !slot->job.isNull(); }));
}

SlotJobState SlotDrafter::slotState(const QString& slotId) const
{
    const SlotRecord* slot = findRecord(slotId);
    return slot ? slot->state : SlotJobState::Queued;
}

QString SlotDrafter::lastMessage(const QString& slotId) const
{
    const SlotRecord* slot = findRecord(slotId);
    return slot ? slot->message : QString();
}

QList<UnfinishedSlot> SlotDrafter::unfinishedSlots() const
{
    QList<UnfinishedSlot> unfinished;
    for (auto it = m_slots.cbegin(); it != m_slots.cend(); ++it) {
        const SlotRecord& slot = **it;
        const bool cut = slot.state == SlotJobState::Truncated;
        if ((!cut && slot.state != SlotJobState::Incomplete) || slot.job ||
            slot.written.isEmpty() || slot.placement.text() != slot.written)
            continue;
        const auto [line, column] = slot.placement.lineAndColumn();
        unfinished.append({line, column, it.key(),
                           cut ? tr("cut off at the token limit") : tr("the stream dropped")});
    }
    std::sort(unfinished.begin(), unfinished.end(), [](const auto& a, const auto& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return unfinished;
}

QStringList SlotDrafter::versions(const QString& slotId) const
{
    const SlotRecord* slot = findRecord(slotId);
    return slot ? slot->versions : QStringList();
}

int SlotDrafter::currentVersion(const QString& slotId) const
{
    const SlotRecord* slot = findRecord(slotId);
    if (!slot || slot->versions.isEmpty())
        return -1;
    return int(slot->versions.lastIndexOf(slotTextIn(m_document.plainText(), slot->planned)));
}

Status SlotDrafter::chooseVersion(const QString& slotId, int index)
{
    SlotRecord* slot = m_slots.value(slotId).get();
    if (!slot || index < 0 || index >= slot->versions.size())
        return Error{tr("The slot \"%1\" has no version %2.").arg(slotId).arg(index + 1)};
    if (slot->job)
        return Error{
            tr("The slot \"%1\" is being generated: stop it to choose a version.").arg(slotId)};
    // No merge key: each choice is an undo step of its own.
    const Status done =
        writeSlotText(m_document, slot->planned, slot->versions.at(index), tr("Choose a version"));
    if (done)
        emit versionsChanged(slotId);
    return done;
}

SlotUsage SlotDrafter::usage(const QString& slotId) const
{
    const SlotRecord* slot = findRecord(slotId);
    return slot ? slot->usage : SlotUsage{};
}

SlotUsage SlotDrafter::totalUsage() const
{
    SlotUsage total;
    for (const auto& slot : std::as_const(m_slots))
        total += slot->usage;
    return total;
}

double SlotDrafter::cost(const QString& slotId) const
{
    return estimatedCost(usage(slotId), m_prices);
}

double SlotDrafter::totalCost() const
{
    return estimatedCost(totalUsage(), m_prices);
}

SlotDrafter::SlotRecord& SlotDrafter::record(const QString& slotId)
{
    std::shared_ptr<SlotRecord>& slot = m_slots[slotId];
    if (!slot)
        slot = std::make_shared<SlotRecord>();
    return *slot;
}

const SlotDrafter::SlotRecord* SlotDrafter::findRecord(const QString& slotId) const
{
    return m_slots.value(slotId).get();
}

SlotRequest SlotDrafter::requestFor(const PlannedSlot& slot) const
{
    SlotRequest request;
    request.kind = slot.kind;
    if (slot.kind == SlotKind::Prediction) {
        request.event = slot.subject;
        return request;
    }
    request.title = slot.subject;
    // The outline's title is the text the post shows: what escaping the topic's title gives.
    for (const LayoutTopic& topic : m_topics) {
        if (topic.title == slot.subject || escape::singleLine(topic.title) == slot.subject) {
            request.link = topic.link;
            request.text = topic.text;
            break;
        }
    }
    return request;
}

} // namespace digest
