// OpenAI-compatible chat chunks and answers, and inline <think> reasoning: what reaches the post
// from what real servers send, and what never does (reasoning, errors).

#include "core/generation/chatchunk.h"
#include "core/generation/ssestream.h"
#include "core/generation/thinkfilter.h"
#include "topicfixtures.h"

#include <QFile>
#include <QTest>

using digest::ChatChunk;
using digest::parseChatChunk;
using digest::parseChatCompletion;
using digest::SseEvent;
using digest::SseStream;
using digest::ThinkFilter;
using digest::TokenUsage;

namespace {

QByteArray generationFixture(const char* name)
{
    const QByteArray bytes = digest::test::fixture(u"generation/" + QLatin1String(name));
    if (bytes.isEmpty())
        qWarning("missing fixture %s", name);
    return bytes;
}

// What a slot ends up with after a whole streamed answer.
struct Reply
{
    QString content;
    QString reasoning;
    QString finishReason;
    std::optional<TokenUsage> usage;
    QString error;
    bool done = false;
    int malformed = 0;
};

// Reads a recorded stream the way a client would: in reads of pieceSize bytes, each data
// payload parsed, content through the <think> filter, nothing after an error.
Reply readStream(const QByteArray& bytes, qsizetype pieceSize)
{
    SseStream stream;
    ThinkFilter think;
    Reply reply;
    auto take = [&](const QList<SseEvent>& events) {
        for (const SseEvent& event : events) {
            if (!event.event.isEmpty() && event.event != "message")
                continue; // named events ("ping") are not chat chunks
            if (reply.done || !reply.error.isEmpty())
                continue;
            const ChatChunk chunk = parseChatChunk(event.data);
            reply.done = chunk.done;
            reply.error = chunk.error;
            reply.malformed += chunk.malformed ? 1 : 0;
            reply.reasoning += chunk.reasoning;
            reply.content += think.feed(chunk.content, &reply.reasoning);
            if (!chunk.finishReason.isEmpty())
                reply.finishReason = chunk.finishReason;
            if (chunk.usage)
                reply.usage = chunk.usage;
        }
    };
    for (qsizetype from = 0; from < bytes.size(); from += pieceSize)
        take(stream.feed(
            QByteArrayView(bytes).sliced(from).first(std::min(pieceSize, bytes.size() - from))));
    take(stream.finish());
    reply.content += think.finish(&reply.reasoning);
    return reply;
}

ChatChunk chunkWithContent(const QString& content)
{
    ChatChunk chunk;
    chunk.content = content;
    return chunk;
}

// The content and reasoning the filter gives for these pieces.
std::pair<QString, QString> filtered(const QStringList& pieces)
{
    ThinkFilter filter;
    QString content;
    QString reasoning;
    for (const QString& piece : pieces)
        content += filter.feed(piece, &reasoning);
    content += filter.finish(&reasoning);
    return {content, reasoning};
}

// A content and a reasoning, as filtered() gives them.
std::pair<QString, QString> both(const char* content, const char* reasoning)
{
    return {QString::fromUtf8(content), QString::fromUtf8(reasoning)};
}

} // namespace

class TestChatChunk : public QObject
{
    Q_OBJECT

private slots:
    void recordedStreams_data();
    void recordedStreams();
    void doneSentinel();
    void usageOnlyChunk();
    void nullOrMissingContentIsEmpty();
    void reasoningFieldsAreNotContent();
    void finishReasonIsKept();
    void errorsAreNeverContent_data();
    void errorsAreNeverContent();
    void notAChatChunkIsMalformed_data();
    void notAChatChunkIsMalformed();
    void contentAsAListOfParts();
    void wholeAnswers_data();
    void wholeAnswers();
    void thinkBlockInEverySplit();
    void thinkBlockInEveryThreeWaySplit();
    void unclosedThinkIsReasoningToTheEnd();
    void aLoneAngleBracketComesOutWhenItCannotBeATag();
    void onlyTheThinkTagIsReasoning();
    void severalBlocksAndNoReasoningTarget();
};

void TestChatChunk::recordedStreams_data()
{
    QTest::addColumn<QByteArray>("fixture");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QString>("finishReason");
    QTest::addColumn<qint64>("promptTokens");
    QTest::addColumn<qint64>("completionTokens");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("done");

    const qint64 none = -2; // no usage at all
    QTest::newRow("openai") << QByteArray("openai.sse")
                            << QString("Cheaper inference lets small labs compete.") << QString()
                            << QString("stop") << qint64(312) << qint64(9) << QString() << true;
    QTest::newRow("ollama") << QByteArray("ollama.sse")
                            << QString("Local models keep data at home.") << QString()
                            << QString("stop") << qint64(88) << qint64(7) << QString() << true;
    QTest::newRow("openrouter truncated")
        << QByteArray("openrouter.sse") << QString("Regulators may ask for audits") << QString()
        << QString("length") << qint64(205) << qint64(4) << QString() << true;
    QTest::newRow("openrouter error in a 200 stream")
        << QByteArray("openrouter-error.sse") << QString("The first") << QString()
        << QString("error") << none << none
        << QString("Provider returned error: upstream disconnected") << false;
    // The leading space of the first token is the model's.
    QTest::newRow("llama.cpp, no space, no [DONE]")
        << QByteArray("llamacpp.sse") << QString(" Open weights spread.") << QString()
        << QString("stop") << qint64(140) << qint64(5) << QString() << false;
    QTest::newRow("crlf") << QByteArray("crlf.sse") << QString("Benefits arrive first.")
                          << QString() << QString("stop") << none << none << QString() << true;
    QTest::newRow("deepseek reasoning_content")
        << QByteArray("deepseek.sse") << QString("Jobs shift toward review.")
        << QString("The user wants one paragraph.") << QString("stop") << qint64(61) << qint64(40)
        << QString() << true;
    QTest::newRow("inline think") << QByteArray("think-inline.sse")
                                  << QString("Costs fall as rivals <3 it.")
                                  << QString("\nShort is better.\n") << QString("stop") << none
                                  << none << QString() << true;
    QTest::newRow("multi-line data")
        << QByteArray("multiline.sse") << QString("Two lines") << QString() << QString("stop")
        << none << none << QString() << true;
}

void TestChatChunk::recordedStreams()
{
    QFETCH(QByteArray, fixture);
    QFETCH(QString, content);
    QFETCH(QString, reasoning);
    QFETCH(QString, finishReason);
    QFETCH(qint64, promptTokens);
    QFETCH(qint64, completionTokens);
    QFETCH(QString, error);
    QFETCH(bool, done);

    const QByteArray bytes = generationFixture(fixture.constData());
    QVERIFY(!bytes.isEmpty());
    for (qsizetype pieceSize : {bytes.size(), qsizetype(1), qsizetype(5), qsizetype(64)}) {
        const Reply reply = readStream(bytes, pieceSize);
        QCOMPARE(reply.content, content);
        QCOMPARE(reply.reasoning, reasoning);
        QCOMPARE(reply.finishReason, finishReason);
        if (promptTokens == -2) {
            QVERIFY(!reply.usage);
        } else {
            QVERIFY(reply.usage);
            QCOMPARE(reply.usage->promptTokens, promptTokens);
            QCOMPARE(reply.usage->completionTokens, completionTokens);
        }
        QCOMPARE(reply.error, error);
        QCOMPARE(reply.done, done);
        QCOMPARE(reply.malformed, 0);
    }
}

void TestChatChunk::doneSentinel()
{
    for (const QByteArray& data :
         {QByteArray("[DONE]"), QByteArray(" [DONE]\n"), QByteArray("\r\n[DONE]\t ")}) {
        const ChatChunk chunk = parseChatChunk(data);
        QVERIFY(chunk.done);
        QVERIFY(!chunk.malformed);
        QVERIFY(chunk.content.isEmpty());
    }
    QVERIFY(!parseChatChunk("[DONE]x").done);
    QVERIFY(parseChatChunk("[DONE]x").malformed);
    QVERIFY(!parseChatChunk("[done]").done);
}

void TestChatChunk::usageOnlyChunk()
{
    const ChatChunk chunk = parseChatChunk(
        R"({"id":"x","object":"chat.completion.chunk","choices":[],"usage":{"prompt_tokens":12,"completion_tokens":34,"total_tokens":46}})");
    QVERIFY(!chunk.malformed);
    QVERIFY(chunk.content.isEmpty());
    QVERIFY(chunk.finishReason.isEmpty());
    QCOMPARE(chunk.usage, TokenUsage({12, 34}));

    // Counts the server leaves out stay unknown; a null usage is no usage.
    QCOMPARE(parseChatChunk(R"({"usage":{"completion_tokens":3}})").usage, TokenUsage({-1, 3}));
    QVERIFY(
        !parseChatChunk(R"({"choices":[{"index":0,"delta":{"content":"a"}}],"usage":null})").usage);
}

void TestChatChunk::nullOrMissingContentIsEmpty()
{
    for (const char* data :
         {R"({"choices":[{"index":0,"delta":{"content":null}}]})",
          R"({"choices":[{"index":0,"delta":{"role":"assistant"}}]})",
          R"({"choices":[{"index":0,"delta":{}}]})", R"({"choices":[{"index":0}]})"}) {
        const ChatChunk chunk = parseChatChunk(data);
        QVERIFY2(!chunk.malformed, data);
        QVERIFY2(chunk.content.isEmpty(), data);
        QVERIFY2(chunk.error.isEmpty(), data);
    }
    QCOMPARE(parseChatChunk(R"({"choices":[{"index":0,"delta":{"content":"hi"}}]})"),
             chunkWithContent("hi"));
    // Only the first choice is read, wherever it is in the list.
    QCOMPARE(
        parseChatChunk(
            R"({"choices":[{"index":1,"delta":{"content":"other"}},{"index":0,"delta":{"content":"ours"}}]})")
            .content,
        QString("ours"));
}

void TestChatChunk::reasoningFieldsAreNotContent()
{
    ChatChunk chunk = parseChatChunk(
        R"({"choices":[{"index":0,"delta":{"content":null,"reasoning_content":"weighing it"}}]})");
    QCOMPARE(chunk.reasoning, QString("weighing it"));
    QVERIFY(chunk.content.isEmpty());

    chunk = parseChatChunk(
        R"({"choices":[{"index":0,"delta":{"content":"","reasoning":"thinking aloud"}}]})");
    QCOMPARE(chunk.reasoning, QString("thinking aloud"));
    QVERIFY(chunk.content.isEmpty());

    // Servers that send both send the same text: it is taken once.
    chunk = parseChatChunk(
        R"({"choices":[{"index":0,"delta":{"reasoning_content":"once","reasoning":"once"}}]})");
    QCOMPARE(chunk.reasoning, QString("once"));
}

void TestChatChunk::finishReasonIsKept()
{
    QCOMPARE(parseChatChunk(R"({"choices":[{"index":0,"delta":{},"finish_reason":"length"}]})")
                 .finishReason,
             QString("length"));
    QCOMPARE(
        parseChatChunk(R"({"choices":[{"index":0,"delta":{},"finish_reason":"content_filter"}]})")
            .finishReason,
        QString("content_filter"));
    QVERIFY(
        parseChatChunk(R"({"choices":[{"index":0,"delta":{"content":"a"},"finish_reason":null}]})")
            .finishReason.isEmpty());
}

void TestChatChunk::errorsAreNeverContent_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");

    QTest::newRow("openai")
        << QByteArray(
               R"({"error":{"message":"Internal server error","type":"server_error","param":null,"code":null}})")
        << QString("Internal server error");
    QTest::newRow("bare string") << QByteArray(R"({"error":"model is loading"})")
                                 << QString("model is loading");
    QTest::newRow("openrouter with choices")
        << QByteArray(
               R"({"id":"gen-1","error":{"code":"server_error","message":"Provider disconnected"},"choices":[{"index":0,"delta":{"content":"leaked"},"finish_reason":"error"}]})")
        << QString("Provider disconnected");
    QTest::newRow("code only") << QByteArray(R"({"error":{"code":503}})") << QString("503");
    QTest::newRow("string code only")
        << QByteArray(R"({"error":{"code":"overloaded"}})") << QString("overloaded");
}

void TestChatChunk::errorsAreNeverContent()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);

    const ChatChunk chunk = parseChatChunk(data);
    QCOMPARE(chunk.error, error);
    QVERIFY(chunk.content.isEmpty());
    QVERIFY(chunk.reasoning.isEmpty());
    QVERIFY(!chunk.malformed);

    // An error that says nothing is still an error.
    QVERIFY(!parseChatChunk(R"({"error":{}})").error.isEmpty());
    QVERIFY(!parseChatChunk(R"({"error":""})").error.isEmpty());
    // No error: a null one, beside text.
    const ChatChunk text =
        parseChatChunk(R"({"error":null,"choices":[{"index":0,"delta":{"content":"fine"}}]})");
    QVERIFY(text.error.isEmpty());
    QCOMPARE(text.content, QString("fine"));
}

void TestChatChunk::notAChatChunkIsMalformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("cut short") << QByteArray(R"({"choices":[{"index":0,"delta":{"content":"a)");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray(R"([{"choices":[]}])");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("choices not a list") << QByteArray(R"({"choices":{"delta":{"content":"a"}}})");
}

void TestChatChunk::notAChatChunkIsMalformed()
{
    QFETCH(QByteArray, data);
    const ChatChunk chunk = parseChatChunk(data);
    QVERIFY(chunk.malformed);
    QVERIFY(chunk.content.isEmpty());
    QVERIFY(!chunk.done);
    QVERIFY(parseChatCompletion(data).malformed);
}

void TestChatChunk::contentAsAListOfParts()
{
    const ChatChunk chunk = parseChatChunk(
        R"({"choices":[{"index":0,"delta":{"content":[{"type":"thinking","thinking":"hm"},{"type":"text","text":"Hel"},{"type":"text","text":"lo"}]}}]})");
    QCOMPARE(chunk.content, QString("Hello"));
    QCOMPARE(chunk.reasoning, QString("hm"));
}

void TestChatChunk::wholeAnswers_data()
{
    QTest::addColumn<QByteArray>("fixture");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("reasoning");
    QTest::addColumn<QString>("finishReason");
    QTest::addColumn<qint64>("promptTokens");
    QTest::addColumn<qint64>("completionTokens");
    QTest::addColumn<QString>("error");

    QTest::newRow("openai") << QByteArray("completion-openai.json")
                            << QString("Prices drop for everyone.") << QString() << QString("stop")
                            << qint64(290) << qint64(6) << QString();
    QTest::newRow("deepseek truncated")
        << QByteArray("completion-deepseek.json") << QString("Audits become routine.")
        << QString("They asked for a ramification.") << QString("length") << qint64(70)
        << qint64(512) << QString();
    QTest::newRow("openai error")
        << QByteArray("error-openai.json") << QString() << QString() << QString() << qint64(-2)
        << qint64(-2)
        << QString("The model `gpt-9` does not exist or you do not have access to it.");
    QTest::newRow("ollama error") << QByteArray("error-ollama.json") << QString() << QString()
                                  << QString() << qint64(-2) << qint64(-2)
                                  << QString("model \"llama9\" not found, try pulling it first");
    QTest::newRow("openrouter error")
        << QByteArray("error-openrouter.json") << QString() << QString() << QString() << qint64(-2)
        << qint64(-2) << QString("Rate limit exceeded: free-models-per-min.");
}

void TestChatChunk::wholeAnswers()
{
    QFETCH(QByteArray, fixture);
    QFETCH(QString, content);
    QFETCH(QString, reasoning);
    QFETCH(QString, finishReason);
    QFETCH(qint64, promptTokens);
    QFETCH(qint64, completionTokens);
    QFETCH(QString, error);

    const QByteArray body = generationFixture(fixture.constData());
    QVERIFY(!body.isEmpty());
    const ChatChunk answer = parseChatCompletion(body);
    QVERIFY(!answer.malformed);
    QVERIFY(!answer.done);
    QCOMPARE(answer.content, content);
    QCOMPARE(answer.reasoning, reasoning);
    QCOMPARE(answer.finishReason, finishReason);
    QCOMPARE(answer.error, error);
    if (promptTokens == -2)
        QVERIFY(!answer.usage);
    else
        QCOMPARE(answer.usage, TokenUsage({promptTokens, completionTokens}));
}

void TestChatChunk::thinkBlockInEverySplit()
{
    const QString text = QStringLiteral("Before <think>why < not</think> after");
    const std::pair<QString, QString> expected{QStringLiteral("Before  after"),
                                               QStringLiteral("why < not")};
    QCOMPARE(filtered({text}), expected);
    QStringList characters;
    for (QChar c : text)
        characters.append(QString(c));
    QCOMPARE(filtered(characters), expected);
    for (qsizetype cut = 0; cut <= text.size(); ++cut)
        QCOMPARE(filtered({text.first(cut), text.sliced(cut)}), expected);
}

void TestChatChunk::thinkBlockInEveryThreeWaySplit()
{
    const QString text = QStringLiteral("<think>a</think>b<c");
    const std::pair<QString, QString> expected{QStringLiteral("b<c"), QStringLiteral("a")};
    for (qsizetype first = 0; first <= text.size(); ++first) {
        for (qsizetype second = first; second <= text.size(); ++second) {
            QCOMPARE(filtered({text.first(first), text.sliced(first, second - first),
                               text.sliced(second)}),
                     expected);
        }
    }
}

void TestChatChunk::unclosedThinkIsReasoningToTheEnd()
{
    QCOMPARE(filtered({"Intro <think>still going", " and </thi"}),
             both("Intro ", "still going and </thi"));
    // A tag cut short at the very end, outside a block, was text.
    QCOMPARE(filtered({"ends with <thi"}), both("ends with <thi", ""));
}

void TestChatChunk::aLoneAngleBracketComesOutWhenItCannotBeATag()
{
    ThinkFilter filter;
    QString reasoning;
    QCOMPARE(filter.feed("a <", &reasoning), QString("a "));
    QCOMPARE(filter.feed("b", &reasoning), QString("<b"));
    QCOMPARE(filter.feed("x <th", &reasoning), QString("x "));
    QCOMPARE(filter.feed("ere", &reasoning), QString("<there"));
    QCOMPARE(filter.feed("1 < 2", &reasoning), QString("1 < 2"));
    QCOMPARE(filter.finish(&reasoning), QString());
    QVERIFY(reasoning.isEmpty());
}

void TestChatChunk::onlyTheThinkTagIsReasoning()
{
    // <thinking> is no served model's convention: it stays text, as does a stray closing tag.
    QCOMPARE(filtered({"<thinking>x</thinking> y"}), both("<thinking>x</thinking> y", ""));
    QCOMPARE(filtered({"a</think>b"}), both("a</think>b", ""));
    QCOMPARE(filtered({"<THINK>x</THINK>"}), both("<THINK>x</THINK>", ""));
}

void TestChatChunk::severalBlocksAndNoReasoningTarget()
{
    QCOMPARE(filtered({"<think>a</think>b<think>c</think>d"}), both("bd", "ac"));
    ThinkFilter filter;
    QCOMPARE(filter.feed("<think>dropped</think>kept"), QString("kept"));
    QCOMPARE(filter.feed("<think>open"), QString());
    QCOMPARE(filter.finish(), QString());
    // finish() starts over: the next answer is not inside the last one's block.
    QCOMPARE(filter.feed("fresh"), QString("fresh"));
}

QTEST_GUILESS_MAIN(TestChatChunk)
#include "tst_chatchunk.moc"
