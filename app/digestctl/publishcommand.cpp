// digestctl publish: proofread the post, copy it to its place in the site's checkout, commit
// only it and push (or push a review branch), printing git's output as it comes.
#include "command.h"
#include "core/lint/lint.h"
#include "core/post/pathpattern.h"
#include "core/post/post.h"
#include "core/post/postday.h"
#include "core/post/postfile.h"
#include "core/publish/publish.h"
#include "core/settings/settings.h"
#include "lintsupport.h"
#include "output.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace digest::cli {
namespace {

// The exit codes of publish beyond Success, Failure (lint errors) and UsageError.
enum PublishExit : int {
    RepositoryExit = 3, // not a checkout, detached HEAD, no upstream, lock, missing remote
    BuildExit = 4,
    HookExit = 5,
    NetworkExit = 6,  // network or authentication
    RejectedExit = 7, // rejected or conflict
    OtherExit = 8,
};

int exitCodeOf(PublishErrorKind kind)
{
    switch (kind) {
    case PublishErrorKind::None:
    case PublishErrorKind::NothingToPublish:
        return Success;
    case PublishErrorKind::Lint:
        return Failure;
    case PublishErrorKind::Repository:
    case PublishErrorKind::Lock:
        return RepositoryExit;
    case PublishErrorKind::Build:
        return BuildExit;
    case PublishErrorKind::Hook:
        return HookExit;
    case PublishErrorKind::Network:
    case PublishErrorKind::Authentication:
        return NetworkExit;
    case PublishErrorKind::Rejected:
    case PublishErrorKind::Conflict:
        return RejectedExit;
    case PublishErrorKind::Write:
    case PublishErrorKind::Timeout:
    case PublishErrorKind::Other:
        return OtherExit;
    }
    return OtherExit;
}

// QCommandLineParser has no optional values: "--review BRANCH" (BRANCH not a .md file) and
// "--review=BRANCH" become "--review --review-branch BRANCH".
QStringList withReviewBranch(QStringList arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& word = arguments.at(i);
        if (word.startsWith(QLatin1String("--review="))) {
            const QString branch = word.mid(int(qstrlen("--review=")));
            arguments[i] = QStringLiteral("--review");
            arguments.insert(i + 1, QStringLiteral("--review-branch=") + branch);
        } else if (word == QLatin1String("--review") && i + 1 < arguments.size()) {
            const QString& next = arguments.at(i + 1);
            if (!next.startsWith(QLatin1Char('-')) && !next.endsWith(QLatin1String(".md")))
                arguments[i + 1] = QStringLiteral("--review-branch=") + next;
        }
    }
    return arguments;
}

// The post's day: its date in the site's zone; today there when it has none.
QDate dayOf(const FrontMatterValues& values, const QTimeZone& zone)
{
    const PostDate date = values.date();
    if (!date.value.isValid())
        return postDay(QDateTime::currentDateTimeUtc(), zone);
    const QDateTime instant =
        date.hasZone ? date.value : QDateTime(date.value.date(), date.value.time(), zone);
    return instant.toTimeZone(zone).date();
}

// Where FILE goes in the site: its own place when it is already inside the site, else the
// site's post path pattern for its day.
QString postPathIn(const QString& site, const QString& file, const QString& pattern, QDate day)
{
    const QString canonicalSite = QFileInfo(site).canonicalFilePath();
    const QString canonicalFile = QFileInfo(file).canonicalFilePath();
    if (!canonicalSite.isEmpty() && canonicalFile.startsWith(canonicalSite + QLatin1Char('/')))
        return QDir(canonicalSite).relativeFilePath(canonicalFile);
    return PathPattern::expanded(pattern, day);
}

} // namespace

int publishCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Publish a post: proofread it (lint errors refuse), copy it to its place in the site's "
        "git checkout, build the site with hugo when asked, commit only the post and push it; "
        "with --review, push it to a new branch instead, leaving the checkout's branch alone.\n"
        "Exit codes: 0 published (or nothing to publish), 1 lint errors, 2 usage, "
        "3 repository or lock, 4 hugo build, 5 a hook refused, 6 network or authentication, "
        "7 rejected or conflict, 8 other."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The post, a Markdown file."));
    const QCommandLineOption site{QStringLiteral("site"),
                                  Tr::tr("The Hugo site folder, in a git checkout (default: the "
                                         "settings' site folder)."),
                                  QStringLiteral("DIR")};
    const QCommandLineOption noPush{QStringLiteral("no-push"), Tr::tr("Commit, do not push.")};
    const QCommandLineOption branch{QStringLiteral("branch"),
                                    Tr::tr("The branch to publish to (default: the settings', "
                                           "else the checkout's current branch); with --review, "
                                           "the branch the review starts from."),
                                    QStringLiteral("B")};
    const QCommandLineOption review{QStringLiteral("review"),
                                    Tr::tr("Push to a new branch for review, named BRANCH when "
                                           "given as --review BRANCH or --review=BRANCH "
                                           "(default: the settings' pattern, digest/YYYY-MM-DD).")};
    QCommandLineOption reviewBranch{QStringLiteral("review-branch"),
                                    Tr::tr("The review branch's name."), QStringLiteral("BRANCH")};
    reviewBranch.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption remote{QStringLiteral("remote"),
                                    Tr::tr("The remote (default: the settings', origin)."),
                                    QStringLiteral("R")};
    const QCommandLineOption message{QStringLiteral("message"),
                                     Tr::tr("The commit message (default: the settings' "
                                            "template)."),
                                     QStringLiteral("M")};
    const QCommandLineOption hugo{QStringLiteral("hugo"),
                                  Tr::tr("Build the site with hugo first; stop on errors.")};
    const QCommandLineOption noHugo{QStringLiteral("no-hugo"), Tr::tr("Do not build with hugo.")};
    parser.addOptions({site, noPush, branch, review, reviewBranch, remote, message, hugo, noHugo});
    if (const int code = parseCommandLine(parser, withReviewBranch(arguments)); code >= 0)
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(Tr::tr("publish needs exactly one FILE; see 'digestctl publish --help'."),
                    UsageError);
    if (parser.isSet(hugo) && parser.isSet(noHugo))
        return fail(Tr::tr("--hugo and --no-hugo contradict each other."), UsageError);
    const Settings settings;
    // Absolute: git and hugo run in other folders than this one.
    const QString siteDir =
        QDir(parser.isSet(site) ? parser.value(site) : settings.siteFolder()).absolutePath();
    if (!parser.isSet(site) && settings.siteFolder().isEmpty())
        return fail(Tr::tr("publish needs the site: --site DIR, or set the site folder in the "
                           "editor."),
                    UsageError);
    const QString file = files.first();
    // The safe read: no FIFO hangs it, no device or huge file is taken for a post.
    const Result<QByteArray> read = PostFile::readBytes(file);
    if (!read)
        return fail(read.errorMessage());
    const QByteArray content = read.value();
    const QString text = QString::fromUtf8(content);

    // Proofread first: a post with errors is never published.
    Result<LintContext> context = lintContextFor(settings, siteDir, QString());
    if (!context)
        return fail(context.errorMessage());
    LintContext lintContext = context.value();
    lintContext.fileName = file;
    bool anyError = false;
    for (const Problem& problem : lintPost(text, lintContext)) {
        anyError = anyError || problem.severity == Problem::Severity::Error;
        print(stdout, problemLine(QDir::toNativeSeparators(file), problem));
    }
    if (anyError)
        return fail(Tr::tr("The post has errors; nothing was published."), Failure);

    const Result<FrontMatterValues> values = Post::fromText(text).frontMatter();
    const QDate day = dayOf(values ? values.value() : FrontMatterValues(), settings.siteTimeZone());
    PublishRequest request;
    request.siteRoot = siteDir;
    request.postPath = postPathIn(siteDir, file, settings.postPathPattern(), day);
    request.content = content;
    request.remote = parser.isSet(remote) ? parser.value(remote) : settings.gitRemote();
    request.branch = parser.isSet(branch) ? parser.value(branch) : settings.gitBranch();
    request.commitMessage = parser.isSet(message)
                                ? parser.value(message)
                                : fillCommitTemplate(settings.commitTemplate(), day,
                                                     values ? values.value().title() : QString());
    request.buildWithHugo =
        parser.isSet(hugo) || (!parser.isSet(noHugo) && settings.buildWithHugo());
    request.push = !parser.isSet(noPush);
    if (parser.isSet(review) || parser.isSet(reviewBranch))
        request.reviewBranch = parser.isSet(reviewBranch)
                                   ? parser.value(reviewBranch)
                                   : fillBranchPattern(settings.reviewBranchPattern(), day);
    request.siteZone = settings.siteTimeZone();

    // No askpass: digestctl has no window to ask in. Credentials come from git's credential
    // helpers or an ssh agent; without them git fails at once, never waiting on the terminal.
    PublishCallbacks callbacks;
    callbacks.progress = [](const QString& step) {
        print(stdout, QStringLiteral("== %1\n").arg(step));
    };
    callbacks.output = [](const QString& line) {
        print(stdout, line + QLatin1Char('\n'));
    };
    const PublishOutcome outcome = publishNow(request, GitSafety{}, callbacks);
    if (!outcome.ok() && outcome.error != PublishErrorKind::NothingToPublish)
        return fail(outcome.message, exitCodeOf(outcome.error));
    print(stdout, outcome.message + QLatin1Char('\n'));
    if (!outcome.compareUrl.isEmpty() && !outcome.message.contains(outcome.compareUrl))
        print(stdout, outcome.compareUrl + QLatin1Char('\n'));
    return Success;
}

} // namespace digest::cli
