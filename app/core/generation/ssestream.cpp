#include "core/generation/ssestream.h"

#include <QCoreApplication>

#include <cstring>

namespace digest {
namespace {

class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(digest::SseStream)
};

qsizetype megabytes(qsizetype bytes)
{
    return bytes / (1024 * 1024);
}

} // namespace

QList<SseEvent> SseStream::feed(QByteArrayView bytes)
{
    QList<SseEvent> events;
    if (!m_overLimit.isEmpty())
        return events;
    const char* p = bytes.data();
    const char* const end = p + bytes.size();
    if (p != end && m_skipLineFeed) {
        if (*p == '\n')
            ++p;
        m_skipLineFeed = false;
    }
    while (p != end) {
        // The next line ending, found once per byte: the rest of the stream is never rescanned.
        const char* lineEnd = p;
        while (lineEnd != end && *lineEnd != '\n' && *lineEnd != '\r')
            ++lineEnd;
        if (m_line.size() + (lineEnd - p) > kSseMaxLineBytes) {
            m_overLimit = Tr::tr("a line of the event stream is longer than %1 MB")
                              .arg(megabytes(kSseMaxLineBytes));
            return events;
        }
        m_line.append(p, lineEnd - p);
        if (lineEnd == end)
            break;
        takeLine(events);
        if (!m_overLimit.isEmpty())
            return events;
        p = lineEnd + 1;
        if (*lineEnd == '\r') {
            if (p == end)
                m_skipLineFeed = true;
            else if (*p == '\n')
                ++p;
        }
    }
    return events;
}

QList<SseEvent> SseStream::finish()
{
    QList<SseEvent> events;
    if (m_overLimit.isEmpty() && !m_line.isEmpty())
        takeLine(events);
    if (m_overLimit.isEmpty())
        dispatch(events);
    const QString overLimit = m_overLimit;
    *this = SseStream();
    // Still to be read by the caller after the end.
    m_overLimit = overLimit;
    return events;
}

void SseStream::takeLine(QList<SseEvent>& events)
{
    QByteArrayView line(m_line);
    if (m_firstLine) {
        m_firstLine = false;
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        dispatch(events);
    } else if (line.front() != ':') {
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView field = colon < 0 ? line : line.first(colon);
        QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
        if (field == "data") {
            if (m_data.size() + value.size() + 1 > kSseMaxEventBytes) {
                m_overLimit = Tr::tr("an event of the stream is larger than %1 MB")
                                  .arg(megabytes(kSseMaxEventBytes));
                m_line.clear();
                return;
            }
            m_data.append(value);
            m_data.append('\n');
            m_hasData = true;
        } else if (field == "event") {
            m_event = value.toByteArray();
        }
        // "id" and "retry" (and any unknown field) are ignored: nothing reconnects here.
    }
    m_line.clear();
}

void SseStream::dispatch(QList<SseEvent>& events)
{
    if (m_hasData) {
        if (++m_events > kSseMaxEvents) {
            m_overLimit = Tr::tr("the stream has more than %1 events").arg(kSseMaxEvents);
            return;
        }
        m_data.chop(1); // the "\n" after the last line
        events.append(SseEvent{m_event, m_data});
    }
    m_event.clear();
    m_data.clear();
    m_hasData = false;
}

} // namespace digest
