#include "core/askpass/askpassserver.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimer>

#include <utility>

namespace digest {
namespace {

// Quiet unless asked for (QT_LOGGING_RULES="digest.askpass.info=true"); it never names an answer.
Q_LOGGING_CATEGORY(lcAskpass, "digest.askpass", QtWarningMsg)

QByteArray randomHex(int bytes)
{
    QByteArray data(bytes, '\0');
    for (char& byte : data)
        byte = char(QRandomGenerator::system()->bounded(256));
    return data.toHex();
}

// Compares in time that does not depend on where the first difference is.
bool sameToken(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QString subjectOf(const QString& prompt)
{
    const qsizetype open = prompt.indexOf(u'\'');
    const qsizetype close = open < 0 ? -1 : prompt.indexOf(u'\'', open + 1);
    return close < 0 ? QString() : prompt.mid(open + 1, close - open - 1);
}

} // namespace

AskpassServer::AskpassServer(QObject* parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
    , m_token(randomHex(32))
{
    // Only this user may connect; the name is random so that no one can take it first.
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    const QString name = QStringLiteral("digest-askpass-") + QString::fromLatin1(randomHex(12));
    if (!m_server->listen(name))
        qCWarning(lcAskpass) << "cannot listen for credential questions:"
                             << m_server->errorString();
    connect(m_server, &QLocalServer::newConnection, this, &AskpassServer::accept);
}

AskpassServer::~AskpassServer()
{
    // The sockets go with the local server; their last signals still find this object whole.
    m_pending.clear();
    delete m_server;
    m_server = nullptr;
}

bool AskpassServer::isListening() const
{
    return m_server->isListening();
}

void AskpassServer::setResponder(Responder responder)
{
    m_responder = std::move(responder);
}

QString AskpassServer::socketName() const
{
    return m_server->fullServerName();
}

QStringList AskpassServer::environment() const
{
    if (!isListening())
        return {};
    return {QLatin1String(askpass::socketVariable) + u'=' + socketName(),
            QLatin1String(askpass::tokenVariable) + u'=' + QString::fromLatin1(m_token)};
}

QString AskpassServer::programPath()
{
    const QFileInfo program(QCoreApplication::applicationDirPath() +
                            QStringLiteral("/digest-askpass"));
    return program.isFile() && program.isExecutable() ? program.absoluteFilePath() : QString();
}

void AskpassServer::remember(const AskpassQuestion& question, const QString& answer)
{
    m_remembered.insert(question.prompt, answer);
}

void AskpassServer::forgetRemembered()
{
    m_remembered.clear();
}

void AskpassServer::accept()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        m_clients.insert(socket, Client{});
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            m_clients.remove(socket);
            socket->deleteLater();
        });
        // Someone who connects and says nothing is not our helper (which writes at once).
        QTimer::singleShot(m_clientTimeoutMs, socket, [this, socket] {
            if (m_clients.contains(socket))
                refuse(socket, "no question in time");
        });
    }
}

void AskpassServer::readFrom(QLocalSocket* socket)
{
    const auto found = m_clients.find(socket);
    if (found == m_clients.end())
        return; // its question is asked already; anything more is ignored
    Client& client = found.value();
    client.reader.append(socket->readAll());
    while (const std::optional<QByteArray> payload = client.reader.next()) {
        if (!client.tokenChecked) {
            if (!sameToken(*payload, m_token))
                return refuse(socket, "wrong token");
            client.tokenChecked = true;
            continue;
        }
        m_clients.erase(found);
        return enqueue(socket, QString::fromUtf8(*payload));
    }
    if (client.reader.failed())
        refuse(socket, "oversized frame");
}

void AskpassServer::refuse(QLocalSocket* socket, const char* why)
{
    qCInfo(lcAskpass) << "dropped a credential client:" << why;
    m_clients.remove(socket);
    ++m_refused;
    socket->abort();
    socket->deleteLater();
    emit clientRefused();
}

void AskpassServer::enqueue(QLocalSocket* socket, const QString& prompt)
{
    AskpassQuestion question{prompt, askpass::promptAsksForSecret(prompt), subjectOf(prompt)};
    qCInfo(lcAskpass).nospace() << "git asks: " << askpass::shortPrompt(prompt)
                                << (question.secret ? " (secret)" : "");
    m_pending.append(Pending{socket, std::move(question)});
    // A responder in a modal dialog spins the event loop: the next question waits for it.
    if (!m_answering)
        answerPending();
}

void AskpassServer::answerPending()
{
    m_answering = true;
    while (!m_pending.isEmpty()) {
        const Pending pending = m_pending.takeFirst();
        if (!pending.socket || pending.socket->state() != QLocalSocket::ConnectedState)
            continue; // git gave up meanwhile
        askpass::Reply reply;
        if (const auto known = m_remembered.constFind(pending.question.prompt);
            known != m_remembered.cend()) {
            reply = {askpass::ReplyKind::Answer, known.value()};
        } else if (m_responder) {
            const std::optional<QString> answer = m_responder(pending.question);
            reply = answer ? askpass::Reply{askpass::ReplyKind::Answer, *answer}
                           : askpass::Reply{askpass::ReplyKind::Cancelled, {}};
        }
        ++m_answered;
        qCInfo(lcAskpass) << (reply.kind == askpass::ReplyKind::Answer      ? "answered"
                              : reply.kind == askpass::ReplyKind::Cancelled ? "cancelled"
                                                                            : "no one to ask")
                          << askpass::shortPrompt(pending.question.prompt);
        if (!pending.socket || pending.socket->state() != QLocalSocket::ConnectedState)
            continue; // the helper timed out while the user was deciding
        pending.socket->write(askpass::encodeReply(reply));
        pending.socket->disconnectFromServer();
    }
    m_answering = false;
}

} // namespace digest
