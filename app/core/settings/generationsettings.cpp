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
    return ChatEndpoint::fromEnvironment(std::move(endpoint));
}

} // namespace digest
