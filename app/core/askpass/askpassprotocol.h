#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The few bytes the askpass helper (digest-askpass, started by git) and the application's
// AskpassServer exchange over a local socket. Small and length-prefixed so that neither side
// ever reads an unbounded line from the other.
//
//   frame    = 4-byte big-endian length N (at most maxFrameSize) followed by N bytes
//   helper   -> server: frame(token), frame(prompt as UTF-8)
//   server   -> helper: frame(kind byte + payload), then the server closes
//                         'A' + the answer as UTF-8    the user answered
//                         'C'                          the user cancelled
//                         'U'                          no one in the application can answer
//   A wrong token, an oversized frame or a client that stays silent: the server closes
//   without a word.
namespace digest::askpass {

// The variables git's children get from the application (see AskpassServer::environment()).
inline constexpr char socketVariable[] = "DIGEST_ASKPASS_SOCKET";
inline constexpr char tokenVariable[] = "DIGEST_ASKPASS_TOKEN";
// How long the helper waits for an answer, in milliseconds (a person needs time; tests don't).
inline constexpr char timeoutVariable[] = "DIGEST_ASKPASS_TIMEOUT_MS";
inline constexpr int defaultHelperTimeoutMs = 120'000;

inline constexpr qsizetype maxFrameSize = 16 * 1024;

enum class ReplyKind : char { Answer = 'A', Cancelled = 'C', Unavailable = 'U' };

struct Reply
{
    ReplyKind kind = ReplyKind::Unavailable;
    QString answer; // only for Answer
};

QByteArray frame(const QByteArray& payload);
QByteArray encodeReply(const Reply& reply);
std::optional<Reply> decodeReply(const QByteArray& payload);

// Collects bytes as they arrive and hands out whole frames.
class FrameReader
{
public:
    void append(const QByteArray& bytes) { m_buffer.append(bytes); }
    // The next whole frame, or nullopt while it is still incomplete.
    std::optional<QByteArray> next();
    // A frame announced itself larger than maxFrameSize: the peer is not ours.
    bool failed() const { return m_failed; }

private:
    QByteArray m_buffer;
    bool m_failed = false;
};

// Whether git's prompt asks for a secret (a password or a passphrase) rather than a name.
bool promptAsksForSecret(const QString& prompt);
// The prompt without its trailing ": " for messages ("Password for 'https://me@host'").
QString shortPrompt(const QString& prompt);

} // namespace digest::askpass
