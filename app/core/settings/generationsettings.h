#pragma once

#include "core/generation/chatendpoint.h"

namespace digest {

class Settings;

// The model endpoint the settings describe, with OPENAI_BASE_URL, OPENAI_MODEL and
// OPENAI_API_KEY filling what the settings leave empty (the key always comes from outside the
// settings). Network connect timeout as the topics use it. The endpoint's TLS trust (CA file,
// pinned key) from the settings kept for its identity.
ChatEndpoint chatEndpoint(const Settings& settings);

} // namespace digest
