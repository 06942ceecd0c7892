#pragma once

#include "core/generation/chatendpoint.h"
#include "core/generation/prompts.h"
#include "core/generation/slotjob.h"

namespace digest {

class Settings;

// The model endpoint the settings describe, with OPENAI_BASE_URL, OPENAI_MODEL and
// OPENAI_API_KEY filling what the settings leave empty (the key always comes from outside the
// settings). Network connect timeout as the topics use it. The endpoint's TLS trust (CA file,
// pinned key) from the settings kept for its identity.
ChatEndpoint chatEndpoint(const Settings& settings);

// The prompt templates as the user left them: the defaults where they changed nothing.
PromptTemplates promptTemplates(const Settings& settings);
// What the model costs per million tokens; zero where the settings do not know.
TokenPrices tokenPrices(const Settings& settings);

// Stores the templates; each one equal to its default is stored as "the default".
void setPromptTemplates(Settings& settings, const PromptTemplates& templates);

} // namespace digest
