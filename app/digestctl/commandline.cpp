#include "commandline.h"

#include "core/post/postfile.h"
#include "core/render/markdownrenderer.h"
#include "core/version.h"
#include "translators.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace digest::cli {
namespace {

class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(digestctl)
};

void print(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

int fail(const QString& message, int code = Failure)
{
    print(stderr, QStringLiteral("digestctl: %1\n").arg(message));
    return code;
}

QString commandSummary()
{
    return Tr::tr("Commands:\n"
                  "  render FILE   Print the HTML of the post's body, as the preview shows it.\n"
                  "\n"
                  "Exit codes: 0 success, 1 the command failed, 2 the command line is wrong.\n");
}

int renderCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print the HTML of a post's body as the preview shows it. The front matter is "
               "not body text and is left out."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The post, a Markdown file."));
    if (!parser.parse(arguments))
        return fail(parser.errorText(), UsageError);
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText());
        return Success;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(Tr::tr("render needs exactly one FILE; see 'digestctl render --help'."),
                    UsageError);

    const Result<QString> text = PostFile::read(files.first());
    if (!text)
        return fail(text.errorMessage());
    print(stdout, MarkdownRenderer::postBodyToHtml(text.value()));
    return Success;
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
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) || positional.isEmpty()) {
        print(positional.isEmpty() && !parser.isSet(QStringLiteral("help")) ? stderr : stdout,
              parser.helpText() + u'\n' + commandSummary());
        return parser.isSet(QStringLiteral("help")) ? Success : UsageError;
    }

    const QString command = positional.first();
    const QStringList commandArguments = QStringList{arguments.first()} + positional.mid(1);
    if (command == u"render")
        return renderCommand(commandArguments);
    return fail(Tr::tr("unknown command '%1'; see 'digestctl --help'.").arg(command), UsageError);
}

} // namespace digest::cli
