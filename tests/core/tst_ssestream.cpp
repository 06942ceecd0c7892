// The server-sent events decoder: what real servers send, split anywhere, in any line ending.

#include "core/generation/ssestream.h"
#include "topicfixtures.h"

#include <QFile>
#include <QTest>

using digest::SseEvent;
using digest::SseStream;

namespace {

QByteArray generationFixture(const char* name)
{
    const QByteArray bytes = digest::test::fixture(u"generation/" + QLatin1String(name));
    if (bytes.isEmpty())
        qWarning("missing fixture %s", name);
    return bytes;
}

// Feeds the stream in pieces ending at these offsets (the rest in one last piece), then ends it.
QList<SseEvent> decodeSplitAt(const QByteArray& bytes, const QList<qsizetype>& cuts)
{
    SseStream stream;
    QList<SseEvent> events;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        events += stream.feed(QByteArrayView(bytes).sliced(from, cut - from));
        from = cut;
    }
    events += stream.feed(QByteArrayView(bytes).sliced(from));
    events += stream.finish();
    return events;
}

QList<SseEvent> decode(const QByteArray& bytes)
{
    return decodeSplitAt(bytes, {});
}

QList<SseEvent> decodeInPieces(const QByteArray& bytes, qsizetype pieceSize)
{
    QList<qsizetype> cuts;
    for (qsizetype cut = pieceSize; cut < bytes.size(); cut += pieceSize)
        cuts.append(cut);
    return decodeSplitAt(bytes, cuts);
}

QByteArrayList dataOf(const QList<SseEvent>& events)
{
    QByteArrayList data;
    for (const SseEvent& event : events)
        data.append(event.data);
    return data;
}

SseEvent message(const QByteArray& data, const QByteArray& type = {})
{
    return SseEvent{type, data};
}

} // namespace

class TestSseStream : public QObject
{
    Q_OBJECT

private slots:
    void recordedStreamsDecode_data();
    void recordedStreamsDecode();
    void everySplitGivesTheSameEvents_data();
    void everySplitGivesTheSameEvents();
    void lineEndingsAreAllOne();
    void crAtTheEndOfOneReadAndLfAtTheStartOfTheNextAreOneBreak();
    void oneLeadingSpaceIsRemoved();
    void dataLinesAreJoinedWithLineFeeds();
    void commentsIdsAndRetriesAreIgnored();
    void eventTypeIsKeptForItsEventOnly();
    void eventWithoutDataIsNotDispatched();
    void finishDispatchesTheLastUnterminatedEvent();
    void finishMakesTheDecoderReadyForANewStream();
    void byteOrderMarkOpensTheStreamOnly();
    void megabyteEventIsWhole();
    void longStreamInSmallPiecesLosesNothing();
    void lineOverTheLimitEndsTheStream();
    void eventOverTheLimitEndsTheStream();
    void eventsOverTheLimitEndTheStream();
};

void TestSseStream::recordedStreamsDecode_data()
{
    QTest::addColumn<QByteArray>("fixture");
    QTest::addColumn<int>("events");
    QTest::addColumn<QByteArray>("last");

    QTest::newRow("openai") << QByteArray("openai.sse") << 7 << QByteArray("[DONE]");
    QTest::newRow("ollama") << QByteArray("ollama.sse") << 5 << QByteArray("[DONE]");
    QTest::newRow("openrouter") << QByteArray("openrouter.sse") << 4 << QByteArray("[DONE]");
    QTest::newRow("openrouter-error")
        << QByteArray("openrouter-error.sse") << 3 << QByteArray("[DONE]");
    QTest::newRow("deepseek") << QByteArray("deepseek.sse") << 6 << QByteArray("[DONE]");
    QTest::newRow("crlf") << QByteArray("crlf.sse") << 3 << QByteArray("[DONE]");
    QTest::newRow("think-inline") << QByteArray("think-inline.sse") << 6 << QByteArray("[DONE]");
    QTest::newRow("multiline") << QByteArray("multiline.sse") << 4 << QByteArray("[DONE]");
    // No [DONE], and no blank line after the last event: the end of the stream closes it.
    QTest::newRow("llamacpp") << QByteArray("llamacpp.sse") << 4
                              << QByteArray(R"({"choices":[{"finish_reason":"stop")");
}

void TestSseStream::recordedStreamsDecode()
{
    QFETCH(QByteArray, fixture);
    QFETCH(int, events);
    QFETCH(QByteArray, last);

    const QByteArray bytes = generationFixture(fixture.constData());
    QVERIFY(!bytes.isEmpty());
    const QList<SseEvent> decoded = decode(bytes);
    QCOMPARE(decoded.size(), events);
    QVERIFY2(decoded.last().data.startsWith(last), decoded.last().data.constData());
    for (const SseEvent& event : decoded) {
        // Every payload is the JSON or the sentinel alone: no field name, comment or line end.
        QVERIFY2(event.data.startsWith('{') || event.data == "[DONE]", event.data.constData());
        QVERIFY(!event.data.contains('\r'));
        QVERIFY(!event.data.contains("OPENROUTER"));
        QVERIFY(!event.data.contains("keep-alive"));
    }
}

void TestSseStream::everySplitGivesTheSameEvents_data()
{
    QTest::addColumn<QByteArray>("fixture");
    for (const char* name :
         {"openai.sse", "ollama.sse", "openrouter.sse", "openrouter-error.sse", "llamacpp.sse",
          "crlf.sse", "deepseek.sse", "think-inline.sse", "multiline.sse"})
        QTest::newRow(name) << QByteArray(name);
}

void TestSseStream::everySplitGivesTheSameEvents()
{
    QFETCH(QByteArray, fixture);
    const QByteArray bytes = generationFixture(fixture.constData());
    QVERIFY(!bytes.isEmpty());
    const QList<SseEvent> whole = decode(bytes);
    QVERIFY(!whole.isEmpty());

    QCOMPARE(decodeInPieces(bytes, 1), whole);
    QCOMPARE(decodeInPieces(bytes, 7), whole);
    for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
        const QList<SseEvent> split = decodeSplitAt(bytes, {cut});
        if (split != whole)
            QFAIL(qPrintable(QStringLiteral("split at byte %1 of %2").arg(cut).arg(bytes.size())));
    }
}

void TestSseStream::lineEndingsAreAllOne()
{
    const QByteArray lf = generationFixture("openai.sse");
    QVERIFY(!lf.isEmpty());
    QVERIFY(!lf.contains('\r'));
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace('\n', '\r');

    const QList<SseEvent> events = decode(lf);
    QCOMPARE(events.size(), 7);
    QVERIFY(generationFixture("crlf.sse").contains("\r\n")); // kept so in git (.gitattributes)
    QCOMPARE(decode(crlf), events);
    QCOMPARE(decode(cr), events);
    QCOMPARE(decodeInPieces(crlf, 1), events);
    QCOMPARE(decodeInPieces(cr, 1), events);

    // Events of several data lines, where a CR LF taken for two breaks would cut them short.
    QByteArray multiline = generationFixture("multiline.sse");
    const QList<SseEvent> multilineEvents = decode(multiline);
    QCOMPARE(multilineEvents.size(), 4);
    multiline.replace("\n", "\r\n");
    QCOMPARE(decodeInPieces(multiline, 1), multilineEvents);
    for (qsizetype cut = 0; cut <= multiline.size(); ++cut)
        QCOMPARE(decodeSplitAt(multiline, {cut}), multilineEvents);

    // All three in one stream.
    QCOMPARE(dataOf(decode("data: a\r\n\r\ndata: b\r\rdata: c\n\n")),
             QByteArrayList({"a", "b", "c"}));
}

void TestSseStream::crAtTheEndOfOneReadAndLfAtTheStartOfTheNextAreOneBreak()
{
    SseStream stream;
    QVERIFY(stream.feed("data: a\r").isEmpty());
    // Had the LF counted as a second break, the blank line would have dispatched "a" alone.
    QVERIFY(stream.feed("\ndata: b\r").isEmpty());
    QCOMPARE(stream.feed("\n\r"), QList<SseEvent>({message("a\nb")}));
    // The LF after that last CR is its pair, not one more blank line.
    QVERIFY(stream.feed("\n").isEmpty());
    QVERIFY(stream.finish().isEmpty());
}

void TestSseStream::oneLeadingSpaceIsRemoved()
{
    QCOMPARE(dataOf(decode("data:x\n\ndata: x\n\ndata:  x\n\ndata:\tx\n\ndata:x \n\n")),
             QByteArrayList({"x", "x", " x", "\tx", "x "}));
    // A colon inside the value is the value's.
    QCOMPARE(dataOf(decode("data: {\"a\":\"b: c\"}\n\n")), QByteArrayList({"{\"a\":\"b: c\"}"}));
}

void TestSseStream::dataLinesAreJoinedWithLineFeeds()
{
    QCOMPARE(decode("data: first\ndata:second\ndata\ndata: \ndata: fifth\n\n"),
             QList<SseEvent>({message("first\nsecond\n\n\nfifth")}));
}

void TestSseStream::commentsIdsAndRetriesAreIgnored()
{
    const QByteArray bytes = ": keep-alive\n"
                             ": OPENROUTER PROCESSING\n\n"
                             ":\n"
                             "id: 17\n"
                             "retry: 1000\n"
                             "data: one\n"
                             ": a comment inside an event\n"
                             "unknown: field\n"
                             "data: two\n\n";
    QCOMPARE(decode(bytes), QList<SseEvent>({message("one\ntwo")}));
}

void TestSseStream::eventTypeIsKeptForItsEventOnly()
{
    QCOMPARE(
        decode("event: error\ndata: {\"x\":1}\n\ndata: plain\n\nevent:ping\ndata:\n\n"),
        QList<SseEvent>({message("{\"x\":1}", "error"), message("plain"), message("", "ping")}));
}

void TestSseStream::eventWithoutDataIsNotDispatched()
{
    QVERIFY(decode("event: ping\n\nid: 4\n\nretry: 10\n\n: only a comment\n\n\n\n").isEmpty());
    // Its event type does not leak into the next event.
    QCOMPARE(decode("event: ping\n\ndata: next\n\n"), QList<SseEvent>({message("next")}));
    // An empty data line is data.
    QCOMPARE(decode("data:\n\n"), QList<SseEvent>({message("")}));
}

void TestSseStream::finishDispatchesTheLastUnterminatedEvent()
{
    SseStream stream;
    QVERIFY(stream.feed("data: [DONE]").isEmpty());
    QCOMPARE(stream.finish(), QList<SseEvent>({message("[DONE]")}));

    QVERIFY(stream.feed("data: {}\n").isEmpty());
    QCOMPARE(stream.finish(), QList<SseEvent>({message("{}")}));

    QVERIFY(stream.feed("data: x\r").isEmpty());
    QCOMPARE(stream.finish(), QList<SseEvent>({message("x")}));

    // Nothing half-read: nothing at the end.
    QVERIFY(stream.feed("data: y\n\n").size() == 1);
    QVERIFY(stream.finish().isEmpty());
    QVERIFY(stream.feed(": bye").isEmpty());
    QVERIFY(stream.finish().isEmpty());
}

void TestSseStream::finishMakesTheDecoderReadyForANewStream()
{
    SseStream stream;
    QVERIFY(stream.feed("event: error\ndata: half").isEmpty());
    QCOMPARE(stream.finish(), QList<SseEvent>({message("half", "error")}));
    // A CR that ended the last stream does not swallow this one's first line feed.
    QVERIFY(stream.feed("data: a\r").isEmpty());
    QCOMPARE(stream.finish().size(), 1);
    QCOMPARE(stream.feed("\ndata: b\n\n"), QList<SseEvent>({message("b")}));
    QVERIFY(stream.finish().isEmpty());
}

void TestSseStream::byteOrderMarkOpensTheStreamOnly()
{
    const QByteArray bom("\xEF\xBB\xBF");
    QCOMPARE(dataOf(decodeInPieces(bom + "data: a\n\n", 1)), QByteArrayList({"a"}));
    // Anywhere else it is text, and a field name with it is no "data".
    QCOMPARE(dataOf(decode("data: a\n\n" + bom + "data: b\n\n")), QByteArrayList({"a"}));
}

void TestSseStream::megabyteEventIsWhole()
{
    QByteArray text(1024 * 1024, 'x');
    for (qsizetype i = 0; i < text.size(); i += 997)
        text[i] = char('a' + i % 26);
    const QByteArray bytes = "data: " + text + "\ndata: end\n\n";
    const QList<SseEvent> events = decodeInPieces(bytes, 4096);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().data.size(), text.size() + 4);
    QVERIFY(events.first().data == text + "\nend");
}

void TestSseStream::longStreamInSmallPiecesLosesNothing()
{
    // Ten megabytes in seven-byte reads: a decoder that rescans what it holds would crawl.
    QByteArray bytes;
    int sent = 0;
    while (bytes.size() < 10 * 1024 * 1024) {
        bytes += ": keep-alive\r\ndata: {\"n\":" + QByteArray::number(sent++) + "}\r\n\r\n";
        if (sent % 1000 == 0)
            bytes += "data: " + QByteArray(64 * 1024, 'y') + "\n\n"; // long events among them
    }
    SseStream stream;
    int received = 0;
    int next = 0;
    for (qsizetype from = 0; from < bytes.size(); from += 7) {
        for (const SseEvent& event : stream.feed(
                 QByteArrayView(bytes).sliced(from, std::min<qsizetype>(7, bytes.size() - from)))) {
            if (event.data.startsWith('y')) {
                QCOMPARE(event.data.size(), 64 * 1024);
                continue;
            }
            QCOMPARE(event.data, "{\"n\":" + QByteArray::number(next++) + "}");
            ++received;
        }
    }
    QVERIFY(stream.finish().isEmpty());
    QCOMPARE(received, sent);
}

// Issue 11: a line, an event or a count of events beyond the limits ends the stream with a
// message that names the limit; nothing after it is decoded, and memory stays bounded.
void TestSseStream::lineOverTheLimitEndsTheStream()
{
    SseStream stream;
    QCOMPARE(stream.feed("data: first\n\n").size(), 1);
    const QByteArray piece(1024 * 1024, 'a');
    qsizetype fed = 0;
    while (stream.overLimit().isEmpty() && fed < 3 * digest::kSseMaxLineBytes) {
        QVERIFY(stream.feed(piece).isEmpty());
        fed += piece.size();
    }
    QCOMPARE(stream.overLimit(), QStringLiteral("a line of the event stream is longer than 2 MB"));
    QVERIFY(fed <= digest::kSseMaxLineBytes + piece.size());
    QVERIFY(stream.feed("\n\ndata: later\n\n").isEmpty());
    QVERIFY(stream.finish().isEmpty());
}

void TestSseStream::eventOverTheLimitEndsTheStream()
{
    SseStream stream;
    const QByteArray line = "data: " + QByteArray(512 * 1024, 'b') + '\n';
    int lines = 0;
    while (stream.overLimit().isEmpty() && lines < 100) {
        QVERIFY(stream.feed(line).isEmpty());
        ++lines;
    }
    QCOMPARE(stream.overLimit(), QStringLiteral("an event of the stream is larger than 2 MB"));
    QCOMPARE(lines, 4);
    QVERIFY(stream.finish().isEmpty());
}

void TestSseStream::eventsOverTheLimitEndTheStream()
{
    SseStream stream;
    const QList<SseEvent> events =
        stream.feed(QByteArray("data: {}\n\n").repeated(digest::kSseMaxEvents + 10));
    QCOMPARE(events.size(), digest::kSseMaxEvents);
    QCOMPARE(stream.overLimit(), QStringLiteral("the stream has more than 250000 events"));
}

QTEST_GUILESS_MAIN(TestSseStream)
#include "tst_ssestream.moc"
