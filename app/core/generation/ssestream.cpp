#include "core/generation/ssestream.h"

#include <cstring>

namespace digest {

QList<SseEvent> SseStream::feed(QByteArrayView bytes)
{
    QList<SseEvent> events;
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
        m_line.append(p, lineEnd - p);
        if (lineEnd == end)
            break;
        takeLine(events);
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
    if (!m_line.isEmpty())
        takeLine(events);
    dispatch(events);
    *this = SseStream();
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
        m_data.chop(1); // the "\n" after the last line
        events.append(SseEvent{m_event, m_data});
    }
    m_event.clear();
    m_data.clear();
    m_hasData = false;
}

} // namespace digest
