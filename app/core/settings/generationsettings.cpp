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

} // namespace digest
