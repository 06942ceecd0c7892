// The confirmation's contents. Reads only: the checkout is never written; the diff is made
// between two files in a temporary folder.
#include "core/post/frontmattervalues.h"
#include "core/post/post.h"
#include "core/publish/gitmessages.h"
#include "publishrun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace digest {
namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString unifiedDiff(PublishRun& run, const std::optional<QByteArray>& before)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        return {};
    const QString path = run.state.postRelative;
    const QString newer = QStringLiteral("b/") + path;
    QString older = QStringLiteral("/dev/null");
    if (before) {
        older = QStringLiteral("a/") + path;
        writeFile(folder.filePath(older), *before);
    }
    writeFile(folder.filePath(newer), run.request.content);
    // Relative paths and no prefix: the headers read a/<path> and b/<path>, as in the checkout.
    const GitCall diff = run.runner.git(
        folder.path(), {QStringLiteral("diff"), QStringLiteral("--no-index"),
                        QStringLiteral("--no-color"), QStringLiteral("--no-ext-diff"),
                        QStringLiteral("--no-prefix"), QStringLiteral("--"), older, newer});
    // --no-index exits 1 when the files differ.
    if (diff.exitCode != 0 && diff.exitCode != 1)
        return {};
    QString text = QString::fromUtf8(diff.rawOutput);
    // Against /dev/null git names the new file on both sides; a commit's diff reads a/ b/.
    const QString header = QStringLiteral("diff --git %1 %1\n").arg(newer);
    if (!before && text.startsWith(header))
        text.replace(0, header.size(), QStringLiteral("diff --git a/%1 %2\n").arg(path, newer));
    return text;
}

QDateTime instantOf(const PostDate& date, const QTimeZone& zone)
{
    return date.hasZone ? date.value : QDateTime(date.value.date(), date.value.time(), zone);
}

// What Hugo does with the post: a draft, a date or publishDate in the future, an expiryDate in
// the past all keep it off the site.
void readVisibility(PublishPreview& preview, const PublishRequest& request, const QDateTime& now)
{
    preview.hugoWillList = true;
    preview.hugoVisibility = PublishTr::tr("Hugo will list this post.");
    const Result<FrontMatterValues> values =
        Post::fromText(QString::fromUtf8(request.content)).frontMatter();
    if (!values) {
        preview.hugoVisibility =
            PublishTr::tr("Hugo may not build this post: its front matter does not parse (%1).")
                .arg(values.errorMessage());
        return;
    }
    const auto notListed = [&preview](const QString& why) {
        preview.hugoWillList = false;
        preview.hugoVisibility = PublishTr::tr("Hugo will not list this post: %1").arg(why);
    };
    if (values.value().draft())
        return notListed(PublishTr::tr("draft: true."));
    for (const char* key : {"date", "publishDate"}) {
        const QVariant raw = values.value().value(QString::fromLatin1(key));
        const PostDate date = QLatin1String(key) == QLatin1String("date")
                                  ? values.value().date()
                                  : FrontMatterReader::parseDate(raw.toString());
        if (date.value.isValid() && now.isValid() && instantOf(date, request.siteZone) > now)
            return notListed(
                PublishTr::tr("its %1 %2 is in the future.").arg(QLatin1String(key), date.text));
    }
    const PostDate expiry =
        FrontMatterReader::parseDate(values.value().value(u"expiryDate").toString());
    if (expiry.value.isValid() && now.isValid() && instantOf(expiry, request.siteZone) <= now)
        return notListed(PublishTr::tr("its expiryDate %1 has passed.").arg(expiry.text));
}

} // namespace

PublishPreview previewPublishNow(const PublishRequest& request, const GitSafety& safety,
                                 const QDateTime& now)
{
    PublishPreview preview;
    PublishRun run(request, safety, {});
    preview.absolutePath = run.absolutePostPath();
    readVisibility(preview, request, now);
    const bool review = !request.reviewBranch.isEmpty();
    if (!readCheckout(run)) {
        preview.problem = run.outcome.message;
        preview.problemKind = run.outcome.error;
        preview.fileIsNew = !QFileInfo::exists(preview.absolutePath);
        return preview;
    }
    if (!checkCheckout(run, review, request.push && !review)) {
        preview.problem = run.outcome.message;
        preview.problemKind = run.outcome.error;
    }
    const CheckoutState& state = run.state;
    const QString remote = request.remoteOrDefault();
    const QString target = state.targetBranch.isEmpty() ? state.branch : state.targetBranch;
    QString base = QStringLiteral("HEAD");
    if (review) {
        // What the review branch starts from, as last fetched.
        base = QStringLiteral("refs/remotes/%1/%2").arg(remote, target);
        preview.branchDescription = PublishTr::tr("%1 on %2 (for review, from %2/%3)")
                                        .arg(request.reviewBranch, remote, target);
    } else if (state.branch.isEmpty()) {
        preview.branchDescription = PublishTr::tr("no branch (detached HEAD)");
    } else if (!request.push) {
        preview.branchDescription = PublishTr::tr("%1 (commit only, not pushed)").arg(state.branch);
    } else {
        preview.branchDescription = PublishTr::tr("%1 → %2/%3").arg(state.branch, remote, target);
    }
    const GitCall show =
        run.runner.git(state.topLevel, {QStringLiteral("cat-file"), QStringLiteral("blob"),
                                        base + QLatin1Char(':') + state.postRelative});
    std::optional<QByteArray> before;
    if (show.ok())
        before = show.rawOutput;
    preview.fileIsNew = !before.has_value();
    preview.diff = unifiedDiff(run, before);
    return preview;
}

} // namespace digest
