// A SlotDrafter's runs: the jobs started, their text written into the post as it streams in,
// and what each finished generation leaves (a version, a message, the text as it was).

#include "core/generation/slotplan.h"
#include "core/outline/outline.h"
#include "core/post/frontmatter.h"
#include "core/post/frontmattervalues.h"
#include "document/postdocument.h"
#include "drafting/modeltag.h"
#include "drafting/slotdrafter.h"
#include "drafting/slotrecord.h"

#include <algorithm>

namespace digest {
namespace {

QString joinedMessage(const QString& first, const QString& second)
{
    return first.isEmpty() ? second : first + u' ' + second;
}

QString untitledMessage(const PlannedSlot& slot)
{
    if (slot.kind == SlotKind::Prediction)
        return SlotDrafter::tr("Prediction %1 names no event: write one after its \"- \" in bold.")
            .arg(slot.index + 1);
    return SlotDrafter::tr("Topic %1 has no title yet: write it, or check topics in the list and "
                           "use Generate › Generate Post from Checked Topics.")
        .arg(slot.index + 1);
}

} // namespace

Status SlotDrafter::generate(const QStringList& slotIds)
{
    if (slotIds.isEmpty())
        return Error{tr("There is no slot to generate.")};
    const QList<PlannedSlot> plan = planSlots(parseOutline(m_document.plainText()));
    QList<PlannedSlot> chosen;
    QList<PlannedSlot> untitled;
    QStringList ids;
    for (const QString& id : slotIds) {
        const auto found = std::find_if(plan.cbegin(), plan.cend(),
                                        [&id](const PlannedSlot& slot) { return slot.id == id; });
        if (found == plan.cend())
            return Error{tr("The post has no slot \"%1\".").arg(id)};
        // A model asked about "..." writes about nothing: an item needs its title first.
        if (found->subject.trimmed().isEmpty()) {
            untitled.append(*found);
            continue;
        }
        if (!ids.contains(id)) {
            ids.append(id);
            chosen.append(*found);
        }
    }
    if (chosen.isEmpty())
        return Error{untitledMessage(untitled.constFirst())};
    if (m_followModelTag)
        followModel();
    const int runId = m_nextRun++;
    m_runs.insert(runId, ids);
    for (const PlannedSlot& slot : std::as_const(chosen))
        start(slot, runId);
    return Done{};
}

void SlotDrafter::followModel()
{
    if (!m_endpoint.isConfigured())
        return;
    const Result<FrontMatterValues> values =
        FrontMatterReader::read(splitFrontMatter(m_document.plainText()));
    if (!values)
        return; // a post without readable front matter has no tags to follow the model
    const QStringList tags = values.value().tags();
    const QStringList updated = tagsWithModel(tags, m_endpoint.model, m_modelTag);
    // Its own undo step: setTags pushes a command no text write merges with.
    if (updated != tags && !m_document.setTags(updated))
        return;
    if (updated.contains(m_endpoint.model))
        m_modelTag = m_endpoint.model;
}

QString SlotDrafter::runKey(int runId) const
{
    return QStringLiteral("generate/%1/%2").arg(quintptr(this)).arg(runId);
}

void SlotDrafter::start(const PlannedSlot& planned, int runId)
{
    SlotRecord& slot = record(planned.id);
    if (slot.job)
        slot.job->cancel(); // the earlier generation ends here, keeping its text
    slot.planned = planned;
    slot.runId = runId;
    slot.wrote = false;
    slot.written.clear();
    slot.before.clear();
    slot.placeError.clear();
    slot.message.clear();

    const QString id = planned.id;
    SlotJob* job = m_queue.enqueue(
        m_endpoint, buildSlotMessages(m_templates, requestFor(planned)), id, planned.kind,
        planned.kind == SlotKind::Prediction ? planned.subject : QString());
    slot.job = job;
    connect(job, &SlotJob::textChanged, this,
            [this, id, runId](const QString& text) { onText(id, runId, text); });
    connect(job, &SlotJob::stateChanged, this, [this, id, runId](SlotJobState state) {
        SlotRecord& current = record(id);
        // The final state is told once the text is in place (onFinished).
        if (current.runId == runId && !isFinal(state)) {
            current.state = state;
            emit slotStateChanged(id, state);
        }
    });
    connect(job, &SlotJob::finished, this,
            [this, id, runId](const SlotOutcome& outcome) { onFinished(id, runId, outcome); });
    slot.state = job->state();
    emit slotStateChanged(id, slot.state);
}

Status SlotDrafter::writeText(SlotRecord& slot, const QString& text, const QString& date, int runId)
{
    // Undo while the text streams takes the slot's layout away with its text: lay it out again.
    if (slot.wrote && !slot.written.isEmpty() && slot.placement.text().isEmpty()) {
        slot.placement.endGeneration();
        slot.wrote = false;
    }
    const QString label = tr("Generate text");
    const QString key = runKey(runId);
    Status done = slot.wrote ? slot.placement.replaceText(m_document, text, label, key)
                             : slot.placement.writeFirst(m_document, slot.planned, text, date,
                                                         label, key, &slot.before);
    if (done && slot.wrote && !date.isEmpty()) {
        // A prediction's date is known only at the end: its line is written once more.
        slot.placement.endGeneration();
        done = slot.placement.writeFirst(m_document, slot.planned, text, date, label, key);
    }
    if (done) {
        slot.wrote = true;
        slot.written = text;
    }
    return done;
}

void SlotDrafter::onText(const QString& slotId, int runId, const QString& text)
{
    SlotRecord& slot = record(slotId);
    if (slot.runId != runId || !slot.placeError.isEmpty() || (text.isEmpty() && !slot.wrote))
        return;
    if (const Status done = writeText(slot, text, {}, runId); !done) {
        slot.placeError = done.errorMessage();
        if (slot.job)
            slot.job->cancel();
    }
}

void SlotDrafter::onFinished(const QString& slotId, int runId, const SlotOutcome& outcome)
{
    SlotRecord& slot = record(slotId);
    slot.job = nullptr;
    slot.usage += outcome.usage;
    emit usageChanged();

    const QString label = tr("Generate text");
    const QString key = runKey(runId);
    SlotJobState state = outcome.state;
    QString message = outcome.message;
    if (slot.placeError.isEmpty() && state != SlotJobState::Failed && !outcome.text.isEmpty()) {
        // The final text (cleaning the whole reply can differ from the last piece), and a
        // prediction's date.
        const Status done = writeText(slot, outcome.text, outcome.predictionDate, runId);
        if (done) {
            keepVersion(slot, slot.placement.text());
        } else {
            slot.placeError = done.errorMessage();
        }
    } else if (slot.placeError.isEmpty() && state != SlotJobState::Failed &&
               state != SlotJobState::Cancelled) {
        message = tr("The model's answer held no text for this slot.");
        state = SlotJobState::Failed;
    }
    if (!slot.placeError.isEmpty()) {
        state = SlotJobState::Failed;
        message = slot.placeError;
    }
    if (state == SlotJobState::Failed ||
        (state == SlotJobState::Cancelled && outcome.text.isEmpty())) {
        // Nothing of it stays.
        if (const Status undone = slot.placement.restore(m_document, label, key); !undone)
            message = joinedMessage(message, undone.errorMessage());
    }
    slot.placement.endGeneration();

    const bool shortfall = state == SlotJobState::Failed || state == SlotJobState::Truncated ||
                           state == SlotJobState::Incomplete;
    slot.message = shortfall ? message : QString();
    slot.state = state;
    emit slotStateChanged(slotId, state);
    if (shortfall && !message.isEmpty())
        emit slotMessage(slotId, message);
    finishRun(slotId, runId);
}

void SlotDrafter::keepVersion(SlotRecord& slot, const QString& text)
{
    if (slot.versions.isEmpty())
        slot.versions.append(slot.before);
    slot.versions.append(text);
    emit versionsChanged(slot.planned.id);
}

void SlotDrafter::finishRun(const QString& slotId, int runId)
{
    const auto run = m_runs.find(runId);
    if (run == m_runs.end())
        return;
    run->removeOne(slotId);
    if (run->isEmpty()) {
        m_runs.erase(run);
        emit runFinished();
    }
}

} // namespace digest
