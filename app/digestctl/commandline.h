#pragma once

class QCoreApplication;

namespace digest::cli {

// Exit codes of digestctl, as documented in its --help.
enum ExitCode : int { Success = 0, Failure = 1, UsageError = 2 };

// Parses the command line of the running application, runs the subcommand it names and
// returns the process exit code.
int run(QCoreApplication& app);

} // namespace digest::cli
