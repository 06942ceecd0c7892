#include "command.h"

#include "output.h"

#include <QCommandLineParser>

namespace digest::cli {

QList<Command> commands()
{
    return {
        {QStringLiteral("render"), QStringLiteral("render FILE"),
         Tr::tr("Print the HTML of the post's body, as the preview shows it."), renderCommand},
        {QStringLiteral("roundtrip"), QStringLiteral("roundtrip FILE"),
         Tr::tr("Read the post and write it back to standard output, unchanged."),
         roundtripCommand},
    };
}

int parseCommandLine(QCommandLineParser& parser, const QStringList& arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText());
        return Success;
    }
    return -1;
}

} // namespace digest::cli
