// digest-askpass: the askpass program Digest Editor hands to git (GIT_ASKPASS, SSH_ASKPASS).
// git runs it with its prompt as the one argument and reads the answer from stdout. It asks
// the running application over the local socket named in the environment and prints what the
// user typed; whenever there is no one to ask, or no answer, it says so on stderr in one line
// and exits 1, so that git fails at once instead of waiting on a terminal.
#include "core/askpass/askpassprotocol.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLocalSocket>

#include <cstdio>

namespace {

using namespace digest::askpass;

int fail(const QString& message)
{
    const QString line = QStringLiteral("digest-askpass: ") + message + u'\n';
    std::fputs(line.toLocal8Bit().constData(), stderr);
    return 1;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("digest-askpass", text);
}

int helperTimeoutMs()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(timeoutVariable, &ok);
    return ok && value > 0 ? value : defaultHelperTimeoutMs;
}

// The server's reply, read within the deadline; nullopt when the connection ended first.
std::optional<Reply> readReply(QLocalSocket& socket, const QDeadlineTimer& deadline, bool& timedOut)
{
    FrameReader reader;
    while (true) {
        reader.append(socket.readAll());
        if (const std::optional<QByteArray> payload = reader.next())
            return decodeReply(*payload);
        if (reader.failed() || socket.state() != QLocalSocket::ConnectedState)
            return std::nullopt;
        if (deadline.hasExpired()) {
            timedOut = true;
            return std::nullopt;
        }
        if (!socket.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000))) &&
            socket.state() != QLocalSocket::ConnectedState) {
            reader.append(socket.readAll());
            if (const std::optional<QByteArray> payload = reader.next())
                return decodeReply(*payload);
            return std::nullopt;
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QString prompt = arguments.size() > 1 ? arguments.at(1) : QString();
    const QString quoted = u'"' + shortPrompt(prompt) + u'"';

    const QString socketName = qEnvironmentVariable(socketVariable);
    const QByteArray token = qgetenv(tokenVariable);
    if (socketName.isEmpty() || token.isEmpty())
        return fail(tr("no one to ask for %1 (run from Digest Editor to be asked)").arg(quoted));

    QLocalSocket socket;
    socket.connectToServer(socketName);
    if (!socket.waitForConnected(5000))
        return fail(tr("no one to ask for %1 (Digest Editor is not answering: %2)")
                        .arg(quoted, socket.errorString()));
    socket.write(frame(token) + frame(prompt.toUtf8()));
    socket.flush();

    const int timeoutMs = helperTimeoutMs();
    bool timedOut = false;
    const std::optional<Reply> reply = readReply(socket, QDeadlineTimer(timeoutMs), timedOut);
    if (timedOut)
        return fail(tr("no answer for %1 within %2 s").arg(quoted).arg((timeoutMs + 999) / 1000));
    if (!reply)
        return fail(tr("Digest Editor refused to answer %1").arg(quoted));
    switch (reply->kind) {
    case ReplyKind::Cancelled:
        return fail(tr("the user cancelled %1").arg(quoted));
    case ReplyKind::Unavailable:
        return fail(tr("no one to ask for %1 (Digest Editor cannot ask here)").arg(quoted));
    case ReplyKind::Answer:
        break;
    }
    const QByteArray answer = reply->answer.toUtf8() + '\n';
    std::fwrite(answer.constData(), 1, size_t(answer.size()), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}
