#include "core/publish/publishtypes.h"

#include "core/publish/publisher.h"

namespace digest {

QString errorKindName(PublishErrorKind kind)
{
    switch (kind) {
    case PublishErrorKind::None:
        return QStringLiteral("none");
    case PublishErrorKind::Lint:
        return QStringLiteral("lint");
    case PublishErrorKind::Repository:
        return QStringLiteral("repository");
    case PublishErrorKind::Lock:
        return QStringLiteral("lock");
    case PublishErrorKind::Write:
        return QStringLiteral("write");
    case PublishErrorKind::Build:
        return QStringLiteral("build");
    case PublishErrorKind::Hook:
        return QStringLiteral("hook");
    case PublishErrorKind::Network:
        return QStringLiteral("network");
    case PublishErrorKind::Authentication:
        return QStringLiteral("authentication");
    case PublishErrorKind::Rejected:
        return QStringLiteral("rejected");
    case PublishErrorKind::Conflict:
        return QStringLiteral("conflict");
    case PublishErrorKind::Timeout:
        return QStringLiteral("timeout");
    case PublishErrorKind::NothingToPublish:
        return QStringLiteral("nothing-to-publish");
    case PublishErrorKind::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString PublishRequest::remoteOrDefault() const
{
    return remote.trimmed().isEmpty() ? QStringLiteral("origin") : remote.trimmed();
}

QString PublishOutcome::transcriptText() const
{
    QString text;
    for (const GitCall& call : transcript) {
        text += QStringLiteral("$ ") + call.commandLine() + QLatin1Char('\n') + call.output;
        if (!call.output.isEmpty() && !call.output.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
    }
    return text;
}

QString fillCommitTemplate(const QString& pattern, const QDate& day, const QString& title)
{
    QString text = pattern;
    text.replace(QLatin1String("{date}"), day.toString(Qt::ISODate));
    text.replace(QLatin1String("{title}"), title);
    return text;
}

QString fillBranchPattern(const QString& pattern, const QDate& day)
{
    QString text = pattern;
    text.replace(QLatin1String("YYYY"), day.toString(QStringLiteral("yyyy")));
    text.replace(QLatin1String("MM"), day.toString(QStringLiteral("MM")));
    text.replace(QLatin1String("DD"), day.toString(QStringLiteral("dd")));
    return text;
}

} // namespace digest
