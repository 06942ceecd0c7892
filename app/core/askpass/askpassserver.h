#pragma once

#include "core/askpass/askpassprotocol.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QLocalServer;
class QLocalSocket;

namespace digest {

// One question git (through digest-askpass) asks: "Username for 'https://host': ",
// "Password for 'https://me@host': ", an ssh key's "Enter passphrase for key '...': ".
struct AskpassQuestion
{
    QString prompt;      // exactly as git gave it
    bool secret = false; // a password or passphrase: never shown, never logged
    // The URL or key the prompt names, between its quotes ("https://me@host"); may be empty.
    QString subject;
};

// Answers credential questions from the askpass helper that git runs, in the application:
// a local socket only this user can open, with a random name, and a random token in the
// environment of git's children so that no other local process can ask. The answers are
// never written anywhere; remembered ones live in this object's memory only.
class AskpassServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AskpassServer)

public:
    // Answers one question on this object's thread; nullopt: the user cancelled. It may run a
    // nested event loop (a modal dialog); questions arriving meanwhile wait their turn.
    using Responder = std::function<std::optional<QString>(const AskpassQuestion&)>;

    explicit AskpassServer(QObject* parent = nullptr);
    ~AskpassServer() override;

    // Listening (false only when the system refused a local socket: then nothing can be asked).
    bool isListening() const;
    // Without a responder every question is answered "no one to ask".
    void setResponder(Responder responder);

    // For git's environment: DIGEST_ASKPASS_SOCKET=<name>, DIGEST_ASKPASS_TOKEN=<token>.
    // Empty when not listening.
    QStringList environment() const;
    QString socketName() const;
    // digest-askpass next to the running executable, or empty when it is not there.
    static QString programPath();

    // Keeps an answer for the rest of the session (memory only), for the same prompt; a secret
    // is forgotten by forgetRemembered(), which the caller runs when git reports that
    // credentials were refused, so a wrong password is not handed out again.
    void remember(const AskpassQuestion& question, const QString& answer);
    void forgetRemembered();

    // A client that has not sent its question within this time is dropped (default 10 s).
    void setClientTimeout(int milliseconds) { m_clientTimeoutMs = milliseconds; }
    // How many questions reached the responder or the memory (for the tests).
    int questionsAnswered() const { return m_answered; }
    int clientsRefused() const { return m_refused; }

signals:
    // A client was dropped: a wrong token, a malformed or oversized question, silence.
    void clientRefused();

private:
    struct Pending
    {
        QPointer<QLocalSocket> socket;
        AskpassQuestion question;
    };

    struct Client
    {
        askpass::FrameReader reader;
        bool tokenChecked = false;
    };

    void accept();
    void readFrom(QLocalSocket* socket);
    void refuse(QLocalSocket* socket, const char* why);
    void enqueue(QLocalSocket* socket, const QString& prompt);
    void answerPending();

    QLocalServer* m_server = nullptr;
    QByteArray m_token;
    Responder m_responder;
    QHash<QLocalSocket*, Client> m_clients; // connected, question not complete yet
    QList<Pending> m_pending;
    bool m_answering = false;
    QHash<QString, QString> m_remembered; // prompt -> answer
    int m_clientTimeoutMs = 10'000;
    int m_answered = 0;
    int m_refused = 0;
};

} // namespace digest
