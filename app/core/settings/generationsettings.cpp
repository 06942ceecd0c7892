#include "core/settings/generationsettings.h"

#include "core/settings/settings.h"

namespace digest {

ChatEndpoint chatEndpoint(const Settings& settings)
{
    ChatEndpoint endpoint;
    endpoint.baseUrl = settings.modelBaseUrl();
    endpoint.model = settings.modelName();
    endpoint.temperature = settings.modelTemperature();
    endpoint.maxTokens = settings.modelMaxTokens();
    endpoint.connectTimeout = std::chrono::milliseconds(settings.networkConnectTimeoutMs());
    endpoint.idleTimeout = std::chrono::milliseconds(settings.modelIdleTimeoutMs());
    endpoint = ChatEndpoint::fromEnvironment(std::move(endpoint));
    // Trust belongs to the endpoint it was given for, wherever its base URL came from.
    endpoint.caFile = settings.modelCaFile(endpoint.identity());
    endpoint.pinnedPublicKey = settings.modelPinnedPublicKey(endpoint.identity());
    return endpoint;
}

PromptTemplates promptTemplates(const Settings& settings)
{
    PromptTemplates templates;
    templates.system = settings.promptSystem();
    templates.benefits = settings.promptBenefits();
    templates.ramifications = settings.promptRamifications();
    templates.prediction = settings.promptPrediction();
    return templates;
}

TokenPrices tokenPrices(const Settings& settings)
{
    return {settings.modelInputPricePerMillion(), settings.modelOutputPricePerMillion()};
}

void setPromptTemplates(Settings& settings, const PromptTemplates& templates)
{
    settings.setPromptSystem(templates.system);
    settings.setPromptBenefits(templates.benefits);
    settings.setPromptRamifications(templates.ramifications);
    settings.setPromptPrediction(templates.prediction);
}

} // namespace digest
