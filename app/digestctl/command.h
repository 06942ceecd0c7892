#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QCommandLineParser;

namespace digest::cli {

// One subcommand of digestctl. `run` gets the command's own arguments, with the program name
// first (as QCommandLineParser expects), and returns the process exit code.
struct Command
{
    QString name;
    QString synopsis; // "render FILE"
    QString summary;  // one line for --help
    std::function<int(const QStringList& arguments)> run;
};

// Every subcommand, in the order --help lists them.
QList<Command> commands();

// Parses a subcommand's arguments with its own --help. Returns -1 when the command should go
// on, or the exit code to return at once (after --help, or on a wrong command line).
int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments);

// The post named by a command's one FILE argument, read.
struct PostArgument
{
    QString path;
    QString text;
};

// For commands that take exactly one post: declares FILE, parses as parseCommandLine() does,
// and reads the post into `post`. Returns -1 when the command should go on, or the exit code
// to return at once (after --help, on a wrong command line, or when the file cannot be read).
int parsePostCommandLine(QCommandLineParser& parser, const QStringList& arguments,
                         const QString& command, PostArgument& post);

// The commands, one file each.
int renderCommand(const QStringList& arguments);
int newCommand(const QStringList& arguments);
int roundtripCommand(const QStringList& arguments);
int outlineCommand(const QStringList& arguments);
int topicsCommand(const QStringList& arguments);
int lintCommand(const QStringList& arguments);
int publishCommand(const QStringList& arguments);
int setCommand(const QStringList& arguments);

} // namespace digest::cli
