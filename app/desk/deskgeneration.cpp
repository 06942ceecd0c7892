// The desk's part in generation: the drafter and the queue follow the settings, and the
// checked topics become the post's items.
#include "core/generation/postlayout.h"
#include "core/generation/slotjob.h"
#include "core/settings/generationsettings.h"
#include "core/settings/settings.h"
#include "core/topics/topic.h"
#include "desk/apikeystore.h"
#include "desk/desk.h"
#include "drafting/slotdrafter.h"

namespace digest {

bool Desk::canGenerate() const
{
    return digest::chatEndpoint(*m_settings).isConfigured();
}

QString Desk::generationSetupHint()
{
    return tr("No model is set up: enter a base URL and a model in Edit › Model Settings… (or "
              "set OPENAI_BASE_URL and OPENAI_MODEL before starting).");
}

Status Desk::generate(const std::function<Status(SlotDrafter&)>& generation)
{
    if (!canGenerate())
        return Error{generationSetupHint()};
    if (m_apiKeys->isLoaded())
        return generateNow(generation);
    // The secret store answers in the background: the generation starts when it has, and a
    // failure then is told through generationFailed().
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_apiKeys, &ApiKeyStore::stateChanged, this, [this, generation, once] {
        if (!m_apiKeys->isLoaded())
            return;
        disconnect(*once);
        if (const Status started = generateNow(generation); !started)
            emit generationFailed(started.errorMessage());
    });
    m_apiKeys->load();
    return Done{};
}

Status Desk::generateNow(const std::function<Status(SlotDrafter&)>& generation)
{
    const ChatEndpoint endpoint = chatEndpoint();
    if (!endpoint.isConfigured())
        return Error{generationSetupHint()};
    m_drafter->setEndpoint(endpoint);
    return generation(*m_drafter);
}

Status Desk::layOutTopics(const QList<Topic>& consequences, const QList<Topic>& trending)
{
    const bool keepFlair = m_settings->topicTitlesKeepFlair();
    QList<LayoutTopic> items;
    items.reserve(consequences.size());
    for (const Topic& topic : consequences) {
        // The prompt links what the thread is about; a text post links its discussion.
        const QUrl link = topic.url.isValid() ? topic.url : topic.permalink;
        items.append({topic.displayTitle(keepFlair), link.toString(), topic.text});
    }
    QStringList headlines;
    headlines.reserve(trending.size());
    for (const Topic& topic : trending)
        headlines.append(topic.displayTitle(keepFlair));
    const Status laidOut = m_drafter->layoutTopics(items, headlines);
    if (laidOut)
        m_drafter->setTopicContext(items);
    return laidOut;
}

void Desk::renewDrafter()
{
    // What the drafter keeps (each slot's versions, the usage, the model tag it wrote, what
    // the topics' prompts say) is the last post's, and its running jobs would go on writing
    // into this one. Deleting it cancels them quietly.
    delete m_drafter;
    m_drafter = new SlotDrafter(m_session->document(), *m_queue, this);
    configureGeneration();
    emit drafterReplaced();
}

void Desk::configureGeneration()
{
    m_queue->setLimitPerEndpoint(m_settings->modelParallelRequests());
    m_drafter->setTemplates(promptTemplates(*m_settings));
    m_drafter->setPrices(tokenPrices(*m_settings));
    m_drafter->setFollowModelTag(m_settings->modelTagFollowsModel());
}

} // namespace digest
