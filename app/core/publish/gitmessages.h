#pragma once

#include "core/publish/publishtypes.h"

#include <QString>

namespace digest {

// What a failed network call (push, fetch, ls-remote) says, read from git's LC_ALL=C messages:
// Authentication, Network, Rejected, Lock, Timeout, or Other.
PublishErrorKind classifyGitFailure(const GitCall& call);

// The push was refused only because the remote has commits we do not ("fetch first",
// "non-fast-forward"): a rebase of our commit may mend it.
bool remoteMovedOn(const GitCall& push);

// The first http(s) URL in the remote's "remote:" lines, preferring a compare or merge-request
// link (GitHub's pull/new, GitLab's merge_requests/new); empty when there is none.
QString compareUrlIn(const QString& output);

// The last few non-empty lines of a call's output, for a message.
QString tailOf(const QString& output, int lines = 6);

// A message for people about a failed network call of the given kind.
QString networkFailureMessage(PublishErrorKind kind, const QString& remote, const GitCall& call);

} // namespace digest
