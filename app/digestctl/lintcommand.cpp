#include "command.h"
#include "core/lint/lint.h"
#include "core/post/archetype.h"
#include "core/post/postfile.h"
#include "core/settings/settings.h"
#include "core/spelling/spellchecker.h"
#include "core/topics/coverage.h"
#include "lintsupport.h"
#include "output.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace digest::cli {
namespace {

QJsonObject problemJson(const QString& file, const Problem& problem)
{
    QJsonObject object{{QStringLiteral("file"), file},
                       {QStringLiteral("line"), problem.line},
                       {QStringLiteral("column"), problem.column},
                       {QStringLiteral("severity"), severityName(problem.severity)},
                       {QStringLiteral("message"), problem.message},
                       {QStringLiteral("rule"), problem.rule}};
    if (problem.fix)
        object.insert(QStringLiteral("fix"), problem.fixLabel);
    return object;
}

} // namespace

int lintCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Proofread posts: print each problem as FILE:LINE:COL: error|warning: message "
               "[rule]. Exit code 1 when any post has an error, 0 otherwise."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The posts, Markdown files."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption site{QStringLiteral("site"),
                                  Tr::tr("The Hugo site folder: its archetype's notice is the "
                                         "one posts must have (default: the built-in one), "
                                         "and its posts tell which topics were covered "
                                         "before."),
                                  QStringLiteral("DIR")};
    const QCommandLineOption model{QStringLiteral("model"),
                                   Tr::tr("The model that wrote the posts: a tag must name it."),
                                   QStringLiteral("NAME")};
    const QCommandLineOption json{QStringLiteral("json"),
                                  Tr::tr("Print the problems as a JSON array.")};
    const QCommandLineOption spell{
        QStringLiteral("spell"),
        Tr::tr("Check spelling with this Hunspell dictionary (en_US, de_DE, ...) instead of the "
               "settings' language."),
        QStringLiteral("LANG")};
    const QCommandLineOption noSpell{QStringLiteral("no-spell"), Tr::tr("Do not check spelling.")};
    parser.addOptions({site, model, json, spell, noSpell});
    if (const int code = parseCommandLine(parser, arguments); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return fail(Tr::tr("lint needs at least one FILE; see 'digestctl lint --help'."),
                    UsageError);
    const QString modelName = parser.value(model);
    if (!modelName.isEmpty() && !Archetype::isModelName(modelName))
        return fail(Tr::tr("--model '%1' is not a model name.").arg(modelName), UsageError);
    const Settings settings;
    const QString siteDir = parser.isSet(site) ? parser.value(site) : QString();
    const Result<LintContext> made = lintContextFor(settings, siteDir, modelName);
    if (!made)
        return fail(made.errorMessage());
    LintContext context = made.value();
    const CoverageIndex coverage = siteCoverage(settings, siteDir);
    if (parser.isSet(spell) && parser.isSet(noSpell))
        return fail(Tr::tr("--spell and --no-spell exclude each other."), UsageError);
    // A missing dictionary is no reason to stop proofreading: the other rules still run.
    SpellChecker spelling;
    const QString language = parser.isSet(noSpell) ? QString()
                             : parser.isSet(spell) ? parser.value(spell)
                                                   : settings.spellingLanguage();
    if (const Status status = spelling.setLanguage(language); !status)
        print(stderr, Tr::tr("digestctl: warning: %1 Checking without spelling.\n")
                          .arg(status.errorMessage()));
    if (spelling.isEnabled())
        context.isWordCorrect = spelling.wordChecker();

    bool anyError = false;
    QJsonArray all;
    for (const QString& file : files) {
        const Result<QString> text = PostFile::read(file);
        if (!text)
            return fail(text.errorMessage());
        context.fileName = file;
        if (parser.isSet(site))
            context.coveredBy = coveredByLookup(
                coverage, coverageDayOf(QFileInfo(file).fileName(), text.value(), context.siteZone),
                file);
        const QString shown = QDir::toNativeSeparators(file);
        for (const Problem& problem : lintPost(text.value(), context)) {
            anyError = anyError || problem.severity == Problem::Severity::Error;
            if (parser.isSet(json)) {
                all.append(problemJson(shown, problem));
                continue;
            }
            print(stdout, problemLine(shown, problem));
        }
    }
    if (parser.isSet(json))
        print(stdout, QString::fromUtf8(QJsonDocument(all).toJson()));
    return anyError ? Failure : Success;
}

} // namespace digest::cli
