#pragma once

class QCoreApplication;

namespace digest::cli {

// Parses the command line of the running application, runs the subcommand it names and
// returns the process exit code.
int run(QCoreApplication& app);

} // namespace digest::cli
