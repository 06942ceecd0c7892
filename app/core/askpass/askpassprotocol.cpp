#include "core/askpass/askpassprotocol.h"

#include <QtEndian>

namespace digest::askpass {

QByteArray frame(const QByteArray& payload)
{
    QByteArray bytes(4, '\0');
    qToBigEndian<quint32>(quint32(payload.size()), bytes.data());
    return bytes + payload;
}

QByteArray encodeReply(const Reply& reply)
{
    QByteArray payload(1, char(reply.kind));
    if (reply.kind == ReplyKind::Answer)
        payload += reply.answer.toUtf8();
    return frame(payload);
}

std::optional<Reply> decodeReply(const QByteArray& payload)
{
    if (payload.isEmpty())
        return std::nullopt;
    switch (ReplyKind(payload.front())) {
    case ReplyKind::Answer:
        return Reply{ReplyKind::Answer, QString::fromUtf8(payload.mid(1))};
    case ReplyKind::Cancelled:
        return Reply{ReplyKind::Cancelled, {}};
    case ReplyKind::Unavailable:
        return Reply{ReplyKind::Unavailable, {}};
    }
    return std::nullopt;
}

std::optional<QByteArray> FrameReader::next()
{
    if (m_failed || m_buffer.size() < 4)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData());
    if (length > quint32(maxFrameSize)) {
        m_failed = true;
        m_buffer.clear();
        return std::nullopt;
    }
    if (m_buffer.size() < 4 + qsizetype(length))
        return std::nullopt;
    QByteArray payload = m_buffer.mid(4, length);
    m_buffer.remove(0, 4 + qsizetype(length));
    return payload;
}

bool promptAsksForSecret(const QString& prompt)
{
    // git: "Password for '...': "; ssh: "Enter passphrase for key '...': ", "user@host's
    // password: ". Anything else (a user name, a yes/no question) is shown as typed.
    return prompt.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
           prompt.contains(QLatin1String("passphrase"), Qt::CaseInsensitive) ||
           prompt.contains(QLatin1String("PIN"), Qt::CaseSensitive);
}

QString shortPrompt(const QString& prompt)
{
    QString text = prompt.trimmed();
    if (text.endsWith(u':'))
        text.chop(1);
    return text;
}

} // namespace digest::askpass
