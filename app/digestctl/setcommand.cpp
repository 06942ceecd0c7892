// `digestctl set`: front matter edits without a window, each rewriting only its value's text.
#include "command.h"
#include "core/post/frontmatterassignment.h"
#include "core/post/postfile.h"
#include "core/settings/settings.h"
#include "output.h"
#include "terminaltext.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <variant>

namespace digest::cli {
namespace {

struct SetOptions
{
    QCommandLineOption addTag{QStringLiteral("add-tag"),
                              Tr::tr("Add the tag T (refused when the post has it already, in "
                                     "any case); repeatable."),
                              QStringLiteral("T")};
    QCommandLineOption removeTag{QStringLiteral("remove-tag"),
                                 Tr::tr("Remove the tag T (in any case; refused when the post "
                                        "does not have it); repeatable."),
                                 QStringLiteral("T")};
    QCommandLineOption inPlace{QStringLiteral("in-place"),
                               Tr::tr("Write the edited post back to FILE, unless another "
                                      "program changed it meanwhile.")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              Tr::tr("Write the edited post to OUT."),
                              QStringLiteral("OUT")};
    QCommandLineOption force{QStringLiteral("force"),
                             Tr::tr("With -o: replace a file that exists.")};
};

bool takesValue(const QString& argument)
{
    return argument == u"--add-tag" || argument == u"--remove-tag" || argument == u"-o" ||
           argument == u"--output";
}

// The edits in the order the command line gives them; QCommandLineParser keeps the order of
// each option's values but not how options and KEY=VALUE arguments interleave.
QList<FrontMatterEdit> editsInOrder(const QStringList& arguments)
{
    QList<FrontMatterEdit> edits;
    bool file = true; // the first argument that is not an option is FILE
    bool onlyPositional = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (!onlyPositional && argument == u"--") {
            onlyPositional = true;
            continue;
        }
        if (!onlyPositional && argument.startsWith(u'-') && argument.size() > 1) {
            std::optional<QString> value;
            if (takesValue(argument) && i + 1 < arguments.size())
                value = arguments[++i];
            else if (const qsizetype equals = argument.indexOf(u'='); equals > 0)
                value = argument.sliced(equals + 1);
            const QString name = argument.section(u'=', 0, 0);
            if (value && name == u"--add-tag")
                edits.append({FrontMatterEdit::Kind::AddTag, {}, *value});
            else if (value && name == u"--remove-tag")
                edits.append({FrontMatterEdit::Kind::RemoveTag, {}, *value});
            continue;
        }
        if (file) {
            file = false;
            continue;
        }
        const Result<FrontMatterEdit> edit = FrontMatterAssignment::parse(argument);
        if (edit)
            edits.append(edit.value());
    }
    return edits;
}

// The edits, or the exit code of a wrong command line.
std::variant<QList<FrontMatterEdit>, int>
edits(const QCommandLineParser& parser, const SetOptions& options, const QStringList& arguments)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(Tr::tr("set needs a FILE; see 'digestctl set --help'."), UsageError);
    QList<FrontMatterEdit> parsed;
    for (const QString& assignment : positional.mid(1)) {
        const Result<FrontMatterEdit> edit = FrontMatterAssignment::parse(assignment);
        if (!edit)
            return fail(echoed(edit.errorMessage(), 2 * kMaxEchoedLength), UsageError);
        parsed.append(edit.value());
    }
    for (const QString& tag : parser.values(options.addTag))
        parsed.append({FrontMatterEdit::Kind::AddTag, {}, tag});
    for (const QString& tag : parser.values(options.removeTag))
        parsed.append({FrontMatterEdit::Kind::RemoveTag, {}, tag});
    if (parsed.isEmpty())
        return fail(Tr::tr("set needs at least one KEY=VALUE, --add-tag or --remove-tag."),
                    UsageError);
    if (parser.isSet(options.inPlace) && parser.isSet(options.output))
        return fail(Tr::tr("--in-place and -o cannot go together."), UsageError);
    if (parser.isSet(options.force) && !parser.isSet(options.output))
        return fail(Tr::tr("--force goes with -o."), UsageError);
    // The same edits, in the command line's order when it can be read back unambiguously.
    const QList<FrontMatterEdit> ordered = editsInOrder(arguments);
    for (const auto kind : {FrontMatterEdit::Kind::Assign, FrontMatterEdit::Kind::AddTag,
                            FrontMatterEdit::Kind::RemoveTag}) {
        const auto ofKind = [kind](const QList<FrontMatterEdit>& all) {
            QList<FrontMatterEdit> some;
            std::copy_if(all.cbegin(), all.cend(), std::back_inserter(some),
                         [kind](const FrontMatterEdit& edit) { return edit.kind == kind; });
            return some;
        };
        if (ofKind(ordered) != ofKind(parsed))
            return parsed;
    }
    return ordered;
}

} // namespace

int setCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Change values of a post's front matter, in the order given, rewriting only each "
        "value's text (YAML, TOML or JSON; quoting, comments, key order and line endings "
        "kept). Prints the edited post, unless --in-place or -o writes it.\n\n"
        "KEY=VALUE: KEY is dotted for nested keys (cover.alt). VALUE is typed by what the "
        "front matter holds at KEY: true or false for a bool; a number for a number; RFC 3339 "
        "for a date (date, publishDate, expiryDate, lastmod, or a value that reads as a date: "
        "2025-06-03T07:00:00+02:00 or ...Z; a date-time without a zone is taken in the site's "
        "time zone from the settings, default UTC); a JSON array of strings for a list "
        "([\"a\",\"b\"]); one line of text otherwise. A key not there yet takes true/false as "
        "a bool, a whole number as a number, else text.\n\n"
        "All or nothing: when one edit is refused (a wrong value, a line break in text, a "
        "value only a hand edit can change safely such as a YAML block scalar or a multi-line "
        "TOML string), nothing is written and the message names the key; exit code 1."));
    const SetOptions options;
    parser.addOptions(
        {options.addTag, options.removeTag, options.inPlace, options.output, options.force});
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The post, a Markdown file."));
    parser.addPositionalArgument(QStringLiteral("KEY=VALUE"), Tr::tr("A value to set."),
                                 QStringLiteral("[KEY=VALUE...]"));
    if (const int code = parseCommandLine(parser, arguments); code >= 0)
        return code;
    const auto wanted = edits(parser, options, arguments);
    if (const int* code = std::get_if<int>(&wanted))
        return *code;

    const QString path = parser.positionalArguments().first();
    const Result<QString> text = PostFile::read(path);
    if (!text)
        return fail(text.errorMessage());
    const Result<QString> edited = FrontMatterAssignment::apply(
        text.value(), std::get<QList<FrontMatterEdit>>(wanted), Settings().siteTimeZone());
    if (!edited)
        return fail(
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), edited.errorMessage()));

    if (parser.isSet(options.inPlace)) {
        if (edited.value() == text.value())
            return Success;
        const Status saved =
            PostFile::writeIfUnchanged(path, edited.value(), PostFile::fingerprint(text.value()));
        return saved ? Success : fail(saved.errorMessage());
    }
    if (parser.isSet(options.output)) {
        const QString out = parser.value(options.output);
        const bool force = parser.isSet(options.force);
        const Status saved = PostFile::write(
            out, edited.value(), force ? PostFile::Existing::Replace : PostFile::Existing::Keep);
        if (!saved) {
            const bool exists = !force && QFileInfo(out).isFile();
            return fail(exists ? saved.errorMessage() + u' ' + Tr::tr("Use --force to replace it.")
                               : saved.errorMessage());
        }
        return Success;
    }
    print(stdout, edited.value());
    return finishOutput(Success);
}

} // namespace digest::cli
