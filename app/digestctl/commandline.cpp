#include "commandline.h"

#include "command.h"
#include "core/version.h"
#include "output.h"
#include "terminaltext.h"
#include "translators.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace digest::cli {
namespace {

QString commandSummary()
{
    QString text = Tr::tr("Commands:") + u'\n';
    const QList<Command> all = commands();
    qsizetype width = 0;
    for (const Command& command : all)
        width = std::max(width, command.synopsis.size());
    for (const Command& command : all)
        text += QStringLiteral("  %1  %2\n")
                    .arg(command.synopsis.leftJustified(width), command.summary);
    text += u'\n' + Tr::tr("Run 'digestctl COMMAND --help' for a command's options.") + u'\n' +
            Tr::tr("Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.") +
            u'\n';
    return text;
}

} // namespace

int run(QCoreApplication& app)
{
    QCoreApplication::setApplicationName(QStringLiteral("digestctl"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("The command-line twin of Digest Editor: the editor's jobs, without a window."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), Tr::tr("The command to run."),
                                 QStringLiteral("<command> [arguments]"));
    // Options after the command name belong to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    const QStringList arguments = QCoreApplication::arguments();
    if (!parser.parse(arguments))
        return fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("version"))) {
        print(stdout, QStringLiteral("digestctl %1\n").arg(QString::fromLatin1(kVersion)));
        return Success;
    }
    const bool help = parser.isSet(QStringLiteral("help"));
    const QStringList positional = parser.positionalArguments();
    if (help || positional.isEmpty()) {
        print(help ? stdout : stderr, parser.helpText() + u'\n' + commandSummary());
        return help ? Success : UsageError;
    }

    const QString name = positional.first();
    for (const Command& command : commands()) {
        if (command.name == name)
            return command.run(QStringList{arguments.first()} + positional.mid(1));
    }
    return fail(Tr::tr("unknown command '%1'; see 'digestctl --help'.").arg(echoed(name)),
                UsageError);
}

} // namespace digest::cli
