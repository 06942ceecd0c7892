#pragma once

#include "core/lint/lint.h"
#include "core/util/result.h"

namespace digest {
class PostDocument;
class Proofreader;
} // namespace digest

namespace digest::ui {

// A problem's fix applied to the open post as one undo step. The fix's range belongs to the
// text of revision `madeFor`; when the text has changed since, the post is proofread again
// and the same problem's fresh fix applied, or, when it is gone, nothing is done and the
// error says so.
Status applyFix(PostDocument& document, const Proofreader& proofreader, const Problem& problem,
                int madeFor);

// Every problem of `rule` that has a fix, fixed one after the other (proofreading again after
// each, as one fix moves the others' ranges), as one undo step. Fails when none could be.
Status applyAllFixes(PostDocument& document, const Proofreader& proofreader, const QString& rule);

} // namespace digest::ui
