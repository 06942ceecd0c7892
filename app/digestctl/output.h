#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstdio>

namespace digest::cli {

// Exit codes of digestctl, as documented in its --help.
enum ExitCode : int { Success = 0, Failure = 1, UsageError = 2 };

// Translation context shared by all of digestctl's messages.
class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(digestctl)
};

// Writes text as UTF-8, unchanged (no locale conversion, no added newline), flushed. A failure
// to write to stdout (a full disk, a closed pipe's EPIPE) is remembered for finishOutput().
void print(FILE* stream, const QString& text);

// Prints "digestctl: <message>" as one line on stderr and returns the exit code.
int fail(const QString& message, int code = Failure);

// The exit code once the command is done: when anything written to standard output did not
// get there, "digestctl: cannot write to standard output: <the system's reason>" on stderr and
// Failure instead of Success (output cut short is no success).
int finishOutput(int code);

} // namespace digest::cli
