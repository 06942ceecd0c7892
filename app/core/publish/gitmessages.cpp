#include "core/publish/gitmessages.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <initializer_list>

namespace digest {
namespace {

class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(GitMessages)
};

bool containsAny(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

PublishErrorKind classifyGitFailure(const GitCall& call)
{
    if (call.ok())
        return PublishErrorKind::None;
    if (call.timedOut)
        return PublishErrorKind::Network;
    const QString& out = call.output;
    if (containsAny(out, {"index.lock': File exists", ".lock': File exists"}))
        return PublishErrorKind::Lock;
    // Authentication first: ssh's "Permission denied (publickey)" comes with the generic
    // "Could not read from remote repository" below.
    if (containsAny(out,
                    {"Authentication failed", "could not read Username", "could not read Password",
                     "terminal prompts disabled", "Permission denied (publickey",
                     "Permission denied, please try again", "HTTP Basic: Access denied",
                     "The requested URL returned error: 401",
                     "The requested URL returned error: 403", "Invalid username or password",
                     "Host key verification failed", "Write access to repository not granted"}))
        return PublishErrorKind::Authentication;
    if (containsAny(out, {"Could not resolve host", "Could not resolve hostname",
                          "Connection refused", "Connection timed out", "Network is unreachable",
                          "No route to host", "Failed to connect", "Operation timed out",
                          "Connection reset", "SSL certificate problem", "gnutls_handshake",
                          "unable to access", "Could not read from remote repository",
                          "The remote end hung up unexpectedly", "early EOF"}))
        return PublishErrorKind::Network;
    if (containsAny(out, {"[rejected]", "[remote rejected]", "failed to push some refs"}))
        return PublishErrorKind::Rejected;
    return PublishErrorKind::Other;
}

bool remoteMovedOn(const GitCall& push)
{
    return !push.ok() && push.output.contains(QLatin1String("[rejected]")) &&
           containsAny(push.output, {"fetch first", "non-fast-forward"});
}

QString compareUrlIn(const QString& output)
{
    static const QRegularExpression url(QStringLiteral(R"(https?://[^\s'"<>]+)"));
    QString first;
    for (const QString& line : output.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("remote:")))
            continue;
        const QRegularExpressionMatch match = url.match(line);
        if (!match.hasMatch())
            continue;
        const QString found = match.captured(0);
        if (containsAny(found, {"/pull/new/", "merge_requests/new", "/compare/", "pull-requests"}))
            return found;
        if (first.isEmpty())
            first = found;
    }
    return first;
}

QString tailOf(const QString& output, int lines)
{
    QStringList kept;
    const QStringList all = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = std::max<qsizetype>(0, all.size() - lines); i < all.size(); ++i)
        kept << all.at(i).trimmed();
    return kept.join(QLatin1Char('\n'));
}

QString networkFailureMessage(PublishErrorKind kind, const QString& remote, const GitCall& call)
{
    const QString said = tailOf(call.output, 4);
    switch (kind) {
    case PublishErrorKind::Authentication:
        return Tr::tr("The remote “%1” refused the credentials, or none could be given (git "
                      "never asks on a terminal here). Set up a credential helper or an SSH key "
                      "for it.\n%2")
            .arg(remote, said);
    case PublishErrorKind::Network:
        return call.timedOut
                   ? Tr::tr("The remote “%1” did not answer in time.").arg(remote)
                   : Tr::tr("The remote “%1” could not be reached.\n%2").arg(remote, said);
    case PublishErrorKind::Rejected:
        return Tr::tr("The remote “%1” rejected the push.\n%2").arg(remote, said);
    case PublishErrorKind::Lock:
        return Tr::tr("git found a lock file and stopped.\n%1").arg(said);
    default:
        return Tr::tr("git failed (exit code %1).\n%2").arg(call.exitCode).arg(said);
    }
}

} // namespace digest
