#pragma once

// Publishing a post to the site's git repository: everything in one include.
#include "core/publish/gitrunner.h"
#include "core/publish/publisher.h"
#include "core/publish/publishtypes.h"
