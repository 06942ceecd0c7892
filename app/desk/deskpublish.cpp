// The desk's part in publishing: the one Publisher, and the publication of the open post that
// the settings and the session describe.
#include "core/askpass/askpassserver.h"
#include "core/post/newpost.h"
#include "core/post/post.h"
#include "core/post/postday.h"
#include "core/post/postfile.h"
#include "core/settings/settings.h"
#include "desk/defaultsite.h"
#include "desk/desk.h"
#include "desk/sitecheckout.h"

#include <QDir>
#include <QFileInfo>

namespace digest {
namespace {

// `path` relative to `root` when it lies inside it, else empty.
QString relativeInside(const QString& root, const QString& path)
{
    if (path.isEmpty())
        return {};
    const QString relative = QDir(root).relativeFilePath(QFileInfo(path).absoluteFilePath());
    if (relative.startsWith(QLatin1String("../")) || relative == QLatin1String("..") ||
        QDir::isAbsolutePath(relative))
        return {};
    return relative;
}

} // namespace

Publisher& Desk::publisher()
{
    // A child of the desk: its destructor ends the running call before the desk goes.
    if (!m_publisher) {
        m_publisher = new Publisher(gitSafety(), this);
        // Remembered answers that git refused would be refused again.
        connect(m_publisher, &Publisher::finished, m_askpass,
                [this](const PublishOutcome& outcome) {
                    if (outcome.error == PublishErrorKind::Authentication)
                        m_askpass->forgetRemembered();
                });
    }
    return *m_publisher;
}

GitSafety Desk::gitSafety() const
{
    GitSafety safety;
    safety.askpassProgram = AskpassServer::programPath();
    safety.askpassEnvironment = m_askpass->environment();
    return safety;
}

QDate Desk::openPostDay() const
{
    const Result<FrontMatterValues> values =
        Post::fromText(m_session->document().text()).frontMatter();
    if (values) {
        const PostDate date = values.value().date();
        if (date.value.isValid()) {
            // Hugo reads a date without a zone in the site's zone.
            const QDateTime when = date.hasZone ? date.value
                                                : QDateTime(date.value.date(), date.value.time(),
                                                            m_settings->siteTimeZone());
            return digest::postDay(when, m_settings->siteTimeZone());
        }
    }
    return postDay();
}

Result<PublishRequest> Desk::publishRequest(bool forReview) const
{
    // The default site is made here when New Post has not made it yet.
    if (const Status made = prepareDefaultSite(); !made)
        return Error{tr("%1 Choose the site's git checkout in File › Site Settings… to publish.")
                         .arg(made.errorMessage())};
    const QString siteFolder = this->siteFolder();
    if (siteFolder.trimmed().isEmpty())
        return Error{tr("No site is set: choose the site's git checkout in File › Site "
                        "Settings… before publishing.")};
    const SiteCheckout site = SiteCheckout::inspect(siteFolder);
    if (!site.exists)
        return Error{tr("The site folder %1 does not exist; choose it again in File › Site "
                        "Settings….")
                         .arg(QDir::toNativeSeparators(site.folder))};

    const PostDocument& document = m_session->document();
    const QString text = document.text();
    const QDate day = openPostDay();
    PublishRequest request;
    // Not a checkout: the publisher's preflight says so in the confirmation.
    request.checkout = site.isCheckout() ? site.workTree : site.folder;
    request.siteRoot = site.folder;
    // A post already in the site keeps its place; any other goes where the pattern puts it.
    request.postPath = relativeInside(site.folder, document.path());
    if (request.postPath.isEmpty() && document.path().isEmpty())
        request.postPath = relativeInside(site.folder, m_session->suggestedPath());
    if (request.postPath.isEmpty()) {
        const Result<QString> path = NewPost::pathFor(m_settings->postPathPattern(), day);
        if (!path)
            return Error{path.errorMessage()};
        request.postPath = path.value();
    }
    // The bytes Save writes (PostFile::write): the text, each line with its own ending, UTF-8.
    request.content = text.toUtf8();
    request.remote = m_settings->gitRemote();
    // A repository with no remote at all (the default site, a site kept on this computer):
    // the commit stays here. For review a remote is needed, and the preflight says so.
    request.push = forReview || hasAnyRemote(site);
    request.branch = m_settings->gitBranch();
    const Result<FrontMatterValues> values = Post::fromText(text).frontMatter();
    request.commitMessage = fillCommitTemplate(m_settings->commitTemplate(), day,
                                               values ? values.value().title() : QString());
    request.buildWithHugo = m_settings->buildWithHugo();
    request.siteZone = m_settings->siteTimeZone();
    if (forReview)
        request.reviewBranch = fillBranchPattern(m_settings->reviewBranchPattern(), day);
    return request;
}

bool Desk::adoptPublishedFile(const QString& absolutePath)
{
    PostDocument& document = m_session->document();
    const QString path = QFileInfo(absolutePath).absoluteFilePath();
    if (!document.path().isEmpty() && QFileInfo(document.path()).absoluteFilePath() != path)
        return false;
    const QByteArray fingerprint = PostFile::fingerprint(document.text());
    if (PostFile::fingerprintOnDisk(path) != fingerprint)
        return false;
    document.setDiskFingerprint(fingerprint);
    document.setPath(path);
    document.setModified(false);
    return true;
}

} // namespace digest
