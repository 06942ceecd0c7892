#include "generatepipeline.h"

#include "core/generation/postlayout.h"
#include "core/generation/prompts.h"
#include "core/generation/slotplan.h"
#include "core/outline/outline.h"
#include "core/post/archetype.h"
#include "core/settings/generationsettings.h"
#include "core/settings/settings.h"
#include "core/settings/topicsettings.h"
#include "core/topics/coverage.h"
#include "output.h"
#include "slotgeneration.h"
#include "topicfetching.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace digest::cli {
namespace {

struct ChosenTopics
{
    QList<LayoutTopic> consequences;
    QStringList headlines;
};

QString notConfiguredMessage(const ChatEndpoint& endpoint)
{
    if (!endpoint.apiBase().isValid())
        return Tr::tr("no model endpoint is configured: set OPENAI_BASE_URL (an OpenAI-compatible "
                      "server, e.g. http://localhost:11434/v1 for Ollama) and OPENAI_MODEL, and "
                      "OPENAI_API_KEY if the server needs a key; or set the endpoint in Digest "
                      "Editor's settings. Nothing was written.");
    return Tr::tr("no model is chosen: give one with --model NAME, or set OPENAI_MODEL (or the "
                  "model in Digest Editor's settings). Nothing was written.");
}

// The settings' fetch with the sources, site and day of this post.
Result<TopicFetchConfig> fetchConfig(const Settings& settings, const NewPostRequest& post,
                                     const GenerateRequest& generate)
{
    Result<TopicFetchConfig> configured = topicFetchConfig(settings);
    if (!configured)
        return configured;
    TopicFetchConfig config = std::move(configured).value();
    if (!generate.sourceSpecs.isEmpty()) {
        Result<QList<TopicSource>> sources = sourcesOf(generate.sourceSpecs);
        if (!sources)
            return Error{sources.errorMessage()};
        config.sources = std::move(sources).value();
    }
    if (!post.siteFolder.isEmpty())
        config.postsFolder = sitePostsFolder(post.siteFolder, post.pathPattern);
    // Posts of the post's own day and later do not cover its topics.
    config.merge.today = post.day;
    config.merge.perSectionLimit = 0;
    config.siteZone = post.siteZone;
    return config;
}

// The first topics of each section that no earlier post covered, in the merged order.
ChosenTopics choose(const QList<Topic>& topics, const GenerateRequest& generate, bool keepFlair)
{
    ChosenTopics chosen;
    for (const Topic& topic : topics) {
        if (topic.isCovered())
            continue;
        if (topic.section == TopicSection::Consequences &&
            chosen.consequences.size() < generate.topics)
            chosen.consequences.append(
                {topic.displayTitle(keepFlair), topic.url.toString(), topic.text});
        else if (topic.section == TopicSection::Trending &&
                 chosen.headlines.size() < generate.trending)
            chosen.headlines.append(topic.displayTitle(keepFlair));
    }
    return chosen;
}

// The post with the topics as its items and the headlines as its trending list.
Result<QString> laidOut(QString text, const ChosenTopics& chosen)
{
    const Result<TextEdit> items =
        layoutConsequences(text, parseOutline(text), chosen.consequences);
    if (!items)
        return Error{items.errorMessage()};
    text = applyEdits(text, {items.value()});
    if (!chosen.headlines.isEmpty()) {
        const Result<TextEdit> trending =
            layoutTrending(text, parseOutline(text), chosen.headlines);
        // The post is worth having without its trending list.
        if (!trending)
            fail(Tr::tr("the trending topics are left out: %1").arg(trending.errorMessage()));
        else
            text = applyEdits(text, {trending.value()});
    }
    return text;
}

QList<SlotTask> tasksFor(const QList<PlannedSlot>& plan, const QList<LayoutTopic>& topics)
{
    const PromptTemplates templates = PromptTemplates::defaults();
    QList<SlotTask> tasks;
    for (const PlannedSlot& slot : plan) {
        SlotRequest request;
        request.kind = slot.kind;
        if (slot.kind == SlotKind::Prediction) {
            request.event = slot.subject;
        } else {
            const LayoutTopic topic = slot.index < topics.size()
                                          ? topics.at(slot.index)
                                          : LayoutTopic{slot.subject, QString(), QString()};
            request.title = topic.title;
            request.link = topic.link;
            request.text = topic.text;
        }
        tasks.append({slot.id, slot.kind, request.event, buildSlotMessages(templates, request)});
    }
    return tasks;
}

// Each outcome's text written into its slot, one after the other (the outline is read again
// after each write, since a write moves what follows). A slot that cannot be written is added
// to `problems`.
QString withOutcomes(QString text, const QList<PlannedSlot>& plan,
                     const QHash<QString, SlotOutcome>& outcomes, QStringList& problems)
{
    for (const PlannedSlot& planned : plan) {
        const SlotOutcome outcome = outcomes.value(planned.id);
        if (outcome.text.isEmpty())
            continue;
        const Outline outline = parseOutline(text);
        const QList<PlannedSlot> now = planSlots(outline);
        const auto slot = std::find_if(now.cbegin(), now.cend(),
                                       [&](const PlannedSlot& s) { return s.id == planned.id; });
        if (slot == now.cend()) {
            problems.append(Tr::tr("%1: the slot is no longer in the post.").arg(planned.id));
            continue;
        }
        const Result<SlotWrite> write =
            writeSlot(text, outline, *slot, outcome.text, outcome.predictionDate);
        if (!write) {
            problems.append(QStringLiteral("%1: %2").arg(planned.id, write.errorMessage()));
            continue;
        }
        text = applyEdits(text, {write.value().edit});
    }
    return text;
}

QString usageLine(const QHash<QString, SlotOutcome>& outcomes)
{
    SlotUsage total;
    for (const SlotOutcome& outcome : outcomes)
        total += outcome.usage;
    return (total.estimated ? Tr::tr("Tokens used: about %1 prompt + %2 completion (estimated).")
                            : Tr::tr("Tokens used: %1 prompt + %2 completion."))
        .arg(total.promptTokens)
        .arg(total.completionTokens);
}

} // namespace

int generateNewPost(NewPostRequest post, const GenerateRequest& generate)
{
    const Settings settings;
    ChatEndpoint endpoint = chatEndpoint(settings);
    if (!generate.model.isEmpty())
        endpoint.model = generate.model;
    if (!endpoint.isConfigured())
        return fail(notConfiguredMessage(endpoint));
    // The model tag follows the model that writes the post.
    if (Archetype::isModelName(endpoint.model))
        post.model = endpoint.model;
    else
        fail(Tr::tr("the model '%1' cannot be a tag; the post is tagged '%2'.")
                 .arg(endpoint.model, post.model));

    const Result<NewPostFile> made = NewPost::make(post);
    if (!made)
        return fail(made.errorMessage());
    NewPostFile file = made.value();
    const QString shownPath = QDir::toNativeSeparators(file.path);
    if (!generate.force && QFileInfo::exists(file.path))
        return fail(Tr::tr("%1 exists. Use --force to replace it.").arg(shownPath));

    const Result<TopicFetchConfig> config = fetchConfig(settings, post, generate);
    if (!config)
        return fail(config.errorMessage(), UsageError);
    if (config.value().sources.isEmpty())
        return fail(Tr::tr("no topic sources are configured; give one with --source URL."));
    const TopicFetchResult fetched = fetchTopics(config.value());
    reportSourceFailures(fetched);
    const ChosenTopics chosen = choose(fetched.topics, generate, settings.topicTitlesKeepFlair());
    if (chosen.consequences.isEmpty())
        return fail(Tr::tr("no topic to write about: the sources gave none that earlier posts "
                           "have not covered. Nothing was written."));
    if (chosen.consequences.size() < generate.topics)
        fail(Tr::tr("only %1 of the %2 topics asked for are new; the post has %1 items.")
                 .arg(chosen.consequences.size())
                 .arg(generate.topics));

    // Positions count one character per line break; the file's own endings come back at the end.
    const bool crlf = file.text.contains(QStringLiteral("\r\n"));
    QString text = file.text;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const Result<QString> laid = laidOut(text, chosen);
    if (!laid)
        return fail(laid.errorMessage() + u' ' + Tr::tr("Nothing was written."));
    text = laid.value();

    const QList<PlannedSlot> plan = planSlots(parseOutline(text));
    const QHash<QString, SlotOutcome> outcomes =
        generateSlots(tasksFor(plan, chosen.consequences), endpoint, generate.jobs);
    QStringList problems;
    for (const PlannedSlot& slot : plan) {
        const SlotOutcome outcome = outcomes.value(slot.id);
        if (outcome.state != SlotJobState::Done)
            problems.append(QStringLiteral("%1: %2").arg(slot.id, outcomeSummary(outcome)));
    }
    text = withOutcomes(text, plan, outcomes, problems);
    if (crlf)
        text.replace(u'\n', QStringLiteral("\r\n"));
    file.text = text;

    const Status saved = NewPost::save(file, generate.force ? PostFile::Existing::Replace
                                                            : PostFile::Existing::Keep);
    if (!saved)
        return fail(saved.errorMessage());
    print(stderr, usageLine(outcomes) + u'\n');
    print(stdout, shownPath + u'\n');
    if (problems.isEmpty())
        return Success;
    for (const QString& problem : std::as_const(problems))
        fail(problem);
    return fail(Tr::tr("%n slot(s) were not filled completely. The post was written to %1 with "
                       "everything that arrived, so nothing is lost: fill or regenerate them in "
                       "Digest Editor.",
                       nullptr, int(problems.size()))
                    .arg(shownPath));
}

} // namespace digest::cli
