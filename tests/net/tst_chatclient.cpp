#include "core/generation/chatclient.h"
#include "core/generation/chatendpoint.h"
#include "core/net/httpclient.h"
#include "openaiserver.h"
#include "testendpoint.h"
#include "testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using digest::ChatClient;
using digest::ChatCompletion;
using digest::ChatEndpoint;
using digest::ChatError;
using digest::ChatMessage;
using digest::ChatResult;
using digest::EndpointQuirks;
using digest::HttpClient;
using digest::ModelListing;
using digest::TokenUsage;
using digest::test::endpointFor;
using digest::test::Header;
using digest::test::RecordedRequest;
using digest::test::RefusingPort;
using digest::test::ScopedEnvironment;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
namespace openai = digest::test::openai;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 10000;
const QString kKey = QStringLiteral("sk-test-5ecret-key-0123456789abcdef");

const QList<ChatMessage> kMessages{
    {QStringLiteral("system"), QStringLiteral("You write a news digest.")},
    {QStringLiteral("user"), QStringLiteral("Benefits of quieter trains?")}};

// Runs one completion to its end and collects its deltas.
struct Run
{
    QStringList deltas;
    ChatResult result;
    int finishedCount = 0;
    int attempts = 0;
};

Run run(ChatClient& client, const ChatEndpoint& endpoint, bool stream = true)
{
    Run out;
    ChatCompletion* completion = client.complete(endpoint, kMessages, stream);
    QObject::connect(completion, &ChatCompletion::delta,
                     [&out](const QString& text) { out.deltas.append(text); });
    QObject::connect(completion, &ChatCompletion::finished, [&out](const ChatResult& result) {
        out.result = result;
        ++out.finishedCount;
    });
    if (!QTest::qWaitFor([completion] { return completion->isFinished(); }, kWaitMs))
        qWarning("the completion did not finish in time");
    out.attempts = completion->attempts();
    delete completion;
    return out;
}

QList<RecordedRequest> chatRequests(const TestHttpServer& server)
{
    QList<RecordedRequest> requests;
    for (const RecordedRequest& request : server.requests()) {
        if (request.target.startsWith(openai::chatPath))
            requests.append(request);
    }
    return requests;
}

QStringList g_logLines;

void collectLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_logLines.append(message);
}

} // namespace

class tst_ChatClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { digest::test::clearProxyEnvironment(); }

    // Pure parts.
    void endpointUrls_data();
    void endpointUrls();
    void environmentFillsWhatIsNotSet();
    void requestBody();
    void quirksAfterRejection_data();
    void quirksAfterRejection();
    void serverErrorMessages();

    // Against a loopback OpenAI-compatible server.
    void streamsDeltasInOrder();
    void reasoningStaysOutOfTheText();
    void jsonAnswerToAStreamIsRead();
    void nonStreamingRequest();
    void lengthMarksTheAnswerTruncated();
    void slowStreamIsNotCutOffWhileBytesArrive();
    void stalledStreamKeepsItsText();
    void silentServerTimesOut();
    void listsModelsSorted();
    void notConfigured();
    void unauthorizedNeverShowsTheKey();
    void missingKey();
    void unknownModel();
    void wrongBaseUrl();
    void maxTokensRetriedAsMaxCompletionTokensAndRemembered();
    void streamOptionsDroppedAndRemembered();
    void rememberedQuirksCanBeGivenBack();
    void unrelatedBadRequestIsNotRetried();
    void rateLimitedReportsRetryAfter();
    void rateLimitedIsRetriedAfterTheWait();
    void rateLimitRetriesAreBounded();
    void cooldownIsSharedByTheEndpoint();
    void cancelWhileWaitingSendsNothingMore();
    void serverError();
    void droppedStreamKeepsItsText();
    void streamEndingWithoutFinishIsIncomplete();
    void errorInsideAStreamIsAFailure();
    void malformedChunk();
    void connectionRefused();
    void cancelStopsTheDeltas();
};

void tst_ChatClient::endpointUrls_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("chat");
    QTest::addColumn<QString>("models");
    QTest::newRow("ollama") << "http://host:11434"
                            << "http://host:11434/v1/chat/completions"
                            << "http://host:11434/v1/models";
    QTest::newRow("ollama, slash") << "http://host:11434/"
                                   << "http://host:11434/v1/chat/completions"
                                   << "http://host:11434/v1/models";
    QTest::newRow("llama.cpp") << "http://host:8080/v1/"
                               << "http://host:8080/v1/chat/completions"
                               << "http://host:8080/v1/models";
    QTest::newRow("openai") << "https://api.openai.com/v1"
                            << "https://api.openai.com/v1/chat/completions"
                            << "https://api.openai.com/v1/models";
    QTest::newRow("openrouter") << "https://openrouter.ai/api/v1"
                                << "https://openrouter.ai/api/v1/chat/completions"
                                << "https://openrouter.ai/api/v1/models";
    QTest::newRow("openrouter without v1") << "https://openrouter.ai/api/"
                                           << "https://openrouter.ai/api/v1/chat/completions"
                                           << "https://openrouter.ai/api/v1/models";
    QTest::newRow("pasted request URL") << " http://127.0.0.1:1234/v1/chat/completions "
                                        << "http://127.0.0.1:1234/v1/chat/completions"
                                        << "http://127.0.0.1:1234/v1/models";
    QTest::newRow("empty") << ""
                           << ""
                           << "";
    QTest::newRow("no scheme") << "localhost:11434"
                               << ""
                               << "";
    QTest::newRow("ftp") << "ftp://host/v1"
                         << ""
                         << "";
}

void tst_ChatClient::endpointUrls()
{
    QFETCH(QString, base);
    QFETCH(QString, chat);
    QFETCH(QString, models);
    ChatEndpoint endpoint;
    endpoint.baseUrl = base;
    endpoint.model = QStringLiteral("m");
    QCOMPARE(endpoint.chatCompletionsUrl().toString(), chat);
    QCOMPARE(endpoint.modelsUrl().toString(), models);
    QCOMPARE(endpoint.isConfigured(), !chat.isEmpty());
}

void tst_ChatClient::environmentFillsWhatIsNotSet()
{
    {
        const ScopedEnvironment environment({{"OPENAI_BASE_URL", "http://env-host:11434"},
                                             {"OPENAI_MODEL", "env-model"},
                                             {"OPENAI_API_KEY", "env-key"}});
        const ChatEndpoint fromEnvironment = ChatEndpoint::fromEnvironment();
        QCOMPARE(fromEnvironment.chatCompletionsUrl().toString(),
                 QStringLiteral("http://env-host:11434/v1/chat/completions"));
        QCOMPARE(fromEnvironment.model, QStringLiteral("env-model"));
        QCOMPARE(fromEnvironment.apiKey, QStringLiteral("env-key"));

        // What the user set wins, field by field.
        ChatEndpoint explicitValues;
        explicitValues.model = QStringLiteral("chosen-model");
        const ChatEndpoint mixed = ChatEndpoint::fromEnvironment(explicitValues);
        QCOMPARE(mixed.model, QStringLiteral("chosen-model"));
        QCOMPARE(mixed.baseUrl, QStringLiteral("http://env-host:11434"));
        QCOMPARE(mixed.apiKey, QStringLiteral("env-key"));
    }
    const ScopedEnvironment unset(
        {{"OPENAI_BASE_URL", ""}, {"OPENAI_MODEL", ""}, {"OPENAI_API_KEY", ""}});
    const ChatEndpoint nothing = ChatEndpoint::fromEnvironment();
    QVERIFY(!nothing.isConfigured());
    QVERIFY(nothing.apiKey.isEmpty());
}

void tst_ChatClient::requestBody()
{
    ChatEndpoint endpoint;
    endpoint.model = QStringLiteral("gpt-x");
    endpoint.temperature = 0.25;
    endpoint.maxTokens = 512;

    const QJsonObject streamed =
        QJsonDocument::fromJson(digest::chatRequestBody(endpoint, kMessages, true, {})).object();
    QCOMPARE(streamed.value("model").toString(), QStringLiteral("gpt-x"));
    QCOMPARE(streamed.value("temperature").toDouble(), 0.25);
    QCOMPARE(streamed.value("max_tokens").toInt(), 512);
    QVERIFY(!streamed.contains("max_completion_tokens"));
    QCOMPARE(streamed.value("stream").toBool(), true);
    QCOMPARE(streamed.value("stream_options").toObject().value("include_usage").toBool(), true);
    const QJsonArray messages = streamed.value("messages").toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value("role").toString(), QStringLiteral("system"));
    QCOMPARE(messages.at(1).toObject().value("content").toString(), kMessages.at(1).content);

    EndpointQuirks quirks;
    quirks.useMaxCompletionTokens = true;
    quirks.omitStreamOptions = true;
    const QJsonObject quirky =
        QJsonDocument::fromJson(digest::chatRequestBody(endpoint, kMessages, true, quirks))
            .object();
    QCOMPARE(quirky.value("max_completion_tokens").toInt(), 512);
    QVERIFY(!quirky.contains("max_tokens"));
    QVERIFY(!quirky.contains("stream_options"));

    endpoint.maxTokens = 0;
    const QJsonObject whole =
        QJsonDocument::fromJson(digest::chatRequestBody(endpoint, kMessages, false, {})).object();
    QCOMPARE(whole.value("stream").toBool(true), false);
    QVERIFY(!whole.contains("stream_options"));
    QVERIFY(!whole.contains("max_tokens"));
    QVERIFY(!whole.contains("max_completion_tokens"));
}

void tst_ChatClient::quirksAfterRejection_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("alreadyMaxCompletion");
    QTest::addColumn<bool>("useMaxCompletionTokens");
    QTest::addColumn<bool>("omitStreamOptions");

    QTest::newRow("openai max_tokens")
        << 400
        << QByteArray(
               R"({"error":{"message":"Unsupported parameter: 'max_tokens' is not supported )"
               R"(with this model. Use 'max_completion_tokens' instead.","type":)"
               R"("invalid_request_error","param":"max_tokens","code":"unsupported_parameter"}})")
        << false << true << false;
    QTest::newRow("422 naming max_tokens")
        << 422 << QByteArray(R"({"detail":[{"loc":["body","max_tokens"],"msg":"extra field"}]})")
        << false << true << false;
    QTest::newRow("back to max_tokens")
        << 400 << QByteArray(R"({"error":"unknown field `max_completion_tokens`"})") << true
        << false << false;
    QTest::newRow("stream_options")
        << 400
        << QByteArray(R"({"error":{"message":"Unrecognized request argument: stream_options"}})")
        << false << false << true;
    QTest::newRow("include_usage")
        << 422 << QByteArray(R"({"error":"include_usage is not supported"})") << false << false
        << true;
    QTest::newRow("max_tokens too large")
        << 400
        << QByteArray(
               R"({"error":{"message":"max_tokens must be at most 4096","param":"max_tokens"}})")
        << false << false << false;
    QTest::newRow("stream_options value")
        << 400 << QByteArray(R"({"error":"stream_options.include_usage must be a boolean"})")
        << false << false << false;
    QTest::newRow("unrelated 400")
        << 400 << QByteArray(R"({"error":{"message":"messages must not be empty"}})") << false
        << false << false;
    QTest::newRow("500 naming max_tokens")
        << 500 << QByteArray(R"({"error":"max_tokens overflow"})") << false << false << false;
}

void tst_ChatClient::quirksAfterRejection()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, alreadyMaxCompletion);
    QFETCH(bool, useMaxCompletionTokens);
    QFETCH(bool, omitStreamOptions);
    EndpointQuirks current;
    current.useMaxCompletionTokens = alreadyMaxCompletion;
    const EndpointQuirks next = digest::quirksAfterRejection(status, body, true, true, current);
    QCOMPARE(next.useMaxCompletionTokens, useMaxCompletionTokens);
    QCOMPARE(next.omitStreamOptions, omitStreamOptions);

    // A request that sent neither parameter cannot be fixed by leaving one out.
    const EndpointQuirks unsent = digest::quirksAfterRejection(status, body, false, false, {});
    QCOMPARE(unsent, EndpointQuirks());
}

void tst_ChatClient::serverErrorMessages()
{
    QCOMPARE(digest::serverErrorMessage(R"({"error":{"message":"model  not\nfound"}})"),
             QStringLiteral("model not found"));
    QCOMPARE(digest::serverErrorMessage(R"({"error":"rate limited"})"),
             QStringLiteral("rate limited"));
    QCOMPARE(digest::serverErrorMessage(R"({"message":"Not Found","error":404})"),
             QStringLiteral("Not Found"));
    QCOMPARE(digest::serverErrorMessage("upstream timed out"),
             QStringLiteral("upstream timed out"));
    QCOMPARE(digest::serverErrorMessage("<html><body>502</body></html>"), QString());
    QCOMPARE(digest::serverErrorMessage(""), QString());
}

void tst_ChatClient::streamsDeltasInOrder()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = {QStringLiteral("Quieter "), QStringLiteral("trains mean "),
                     QStringLiteral("calmer commutes — "), QStringLiteral("and ünïcode.")};
    // Events, and the UTF-8 of "ü", split anywhere.
    stream.bytesPerPiece = 11;
    server.route(openai::chatPath, openai::streamed(stream));
    HttpClient http;
    ChatClient client(http);

    const Run done = run(client, endpointFor(server, kKey));
    QCOMPARE(done.finishedCount, 1);
    QVERIFY2(done.result.ok(), qPrintable(done.result.errorMessage));
    QCOMPARE(done.deltas, stream.pieces);
    QCOMPARE(done.result.text, stream.pieces.join(QString()));
    QCOMPARE(done.result.finishReason, QStringLiteral("stop"));
    QVERIFY(!done.result.truncated);
    QVERIFY(done.result.usage.has_value());
    QCOMPARE(done.result.usage->promptTokens, 12);
    QCOMPARE(done.result.usage->completionTokens, 34);

    const QList<RecordedRequest> requests = chatRequests(server);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).method, QByteArray("POST"));
    QCOMPARE(requests.at(0).header("Authorization"), "Bearer " + kKey.toUtf8());
    QCOMPARE(requests.at(0).header("Content-Type"), QByteArray("application/json"));
    const QJsonObject sent = openai::requestJson(requests.at(0));
    QCOMPARE(sent.value("model").toString(), QStringLiteral("test-model"));
    QCOMPARE(sent.value("stream").toBool(), true);
    QCOMPARE(sent.value("max_tokens").toInt(), 300);
}

void tst_ChatClient::reasoningStaysOutOfTheText()
{
    TestHttpServer server;
    QByteArray body = openai::chunkEvent(QJsonObject{{"reasoning_content", "Let me think."}});
    body += openai::chunkEvent(QJsonObject{{"reasoning", "Still thinking."}});
    body += openai::chunkEvent(QJsonObject{{"content", "<think>hidden"}});
    body += openai::chunkEvent(QJsonObject{{"content", " plan</thi"}});
    body += openai::chunkEvent(QJsonObject{{"content", "nk>Visible "}});
    body += openai::chunkEvent(QJsonObject{{"content", "answer."}});
    body += openai::chunkEvent(QJsonObject{}, QStringLiteral("stop"));
    body += "data: [DONE]\n\n";
    server.route(openai::chatPath, openai::rawStream(body, 13));
    HttpClient http;
    ChatClient client(http);

    const Run done = run(client, endpointFor(server));
    QVERIFY2(done.result.ok(), qPrintable(done.result.errorMessage));
    QCOMPARE(done.result.text, QStringLiteral("Visible answer."));
    QCOMPARE(done.deltas.join(QString()), QStringLiteral("Visible answer."));
    QVERIFY(!done.result.usage.has_value());
    // No key: no Authorization header at all (local servers need none).
    QVERIFY(chatRequests(server).at(0).header("Authorization").isEmpty());
}

void tst_ChatClient::jsonAnswerToAStreamIsRead()
{
    TestHttpServer server;
    server.route(openai::chatPath,
                 openai::completion(QStringLiteral("Whole answer."), "stop", 9, 3));
    HttpClient http;
    ChatClient client(http);

    const Run done = run(client, endpointFor(server));
    QVERIFY2(done.result.ok(), qPrintable(done.result.errorMessage));
    QCOMPARE(done.result.text, QStringLiteral("Whole answer."));
    QCOMPARE(done.deltas, QStringList{QStringLiteral("Whole answer.")});
    QCOMPARE(done.result.usage, std::optional(TokenUsage{9, 3}));
    QCOMPARE(openai::requestJson(chatRequests(server).at(0)).value("stream").toBool(), true);
}

void tst_ChatClient::nonStreamingRequest()
{
    TestHttpServer server;
    server.route(openai::chatPath, openai::completion(QStringLiteral("<think>x</think>Plain.")));
    HttpClient http;
    ChatClient client(http);

    const Run done = run(client, endpointFor(server), false);
    QVERIFY2(done.result.ok(), qPrintable(done.result.errorMessage));
    QCOMPARE(done.result.text, QStringLiteral("Plain."));
    const QJsonObject sent = openai::requestJson(chatRequests(server).at(0));
    QCOMPARE(sent.value("stream").toBool(true), false);
    QVERIFY(!sent.contains("stream_options"));
}

void tst_ChatClient::lengthMarksTheAnswerTruncated()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = {QStringLiteral("Cut "), QStringLiteral("short")};
    stream.finishReason = QStringLiteral("length");
    server.route(openai::chatPath, openai::streamed(stream));
    HttpClient http;
    ChatClient client(http);

    const Run done = run(client, endpointFor(server));
    QVERIFY(done.result.ok());
    QVERIFY(done.result.truncated);
    QCOMPARE(done.result.text, QStringLiteral("Cut short"));
}

void tst_ChatClient::slowStreamIsNotCutOffWhileBytesArrive()
{
    TestHttpServer server;
    openai::Stream stream;
    for (int i = 0; i < 8; ++i)
        stream.pieces.append(QStringLiteral("w%1 ").arg(i));
    // Every piece comes well within the idle timeout, all of them together well beyond it.
    stream.bytesPerPiece = 160;
    stream.pieceDelayMs = 60;
    server.route(openai::chatPath, openai::streamed(stream));
    HttpClient http;
    ChatClient client(http);
    ChatEndpoint endpoint = endpointFor(server);
    endpoint.idleTimeout = 400ms;

    const Run done = run(client, endpoint);
    QVERIFY2(done.result.ok(), qPrintable(done.result.errorMessage));
    QCOMPARE(done.result.text, stream.pieces.join(QString()));
}

void tst_ChatClient::stalledStreamKeepsItsText()
{
    TestHttpServer server;
    const QByteArray first = openai::chunkEvent(QJsonObject{{"content", "Arrived. "}});
    QByteArray body = first + openai::chunkEvent(QJsonObject{{"content", "Never."}});
    body += openai::chunkEvent(QJsonObject{}, QStringLiteral("stop"));
    // The first event, then silence with the connection open.
    ScriptedResponse response = openai::rawStream(body, 4);
    response.stallAfterBytes = first.size();
    server.route(openai::chatPath, response);
    HttpClient http;
    ChatClient client(http);
    ChatEndpoint endpoint = endpointFor(server);
    endpoint.idleTimeout = 300ms;

    const Run done = run(client, endpoint);
    QCOMPARE(done.result.error, ChatError::Incomplete);
    QCOMPARE(done.result.text, QStringLiteral("Arrived. "));
    QVERIFY(!done.result.errorMessage.isEmpty());
}

void tst_ChatClient::silentServerTimesOut()
{
    TestHttpServer server;
    ScriptedResponse silent;
    silent.neverAnswer = true;
    server.route(openai::chatPath, silent);
    HttpClient http;
    ChatClient client(http);
    ChatEndpoint endpoint = endpointFor(server, kKey);
    endpoint.idleTimeout = 300ms;

    const Run done = run(client, endpoint);
    QCOMPARE(done.result.error, ChatError::Timeout);
    QVERIFY(done.result.text.isEmpty());
    QVERIFY(!done.result.errorMessage.isEmpty());
    QVERIFY(!done.result.errorMessage.contains(kKey));
    QCOMPARE(done.result.httpStatus, 0);
}

void tst_ChatClient::listsModelsSorted()
{
    TestHttpServer server;
    server.route(openai::modelsPath,
                 openai::models({"qwen2.5:7b", "Llama3.1:8b", "gpt-4o-mini", "qwen2.5:7b"}));
    HttpClient http;
    ChatClient client(http);

    ModelListing* listing = client.listModels(endpointFor(server, kKey));
    QVERIFY(QTest::qWaitFor([listing] { return listing->isFinished(); }, kWaitMs));
    QCOMPARE(listing->error(), ChatError::None);
    QCOMPARE(listing->models(), (QStringList{"gpt-4o-mini", "Llama3.1:8b", "qwen2.5:7b"}));
    QCOMPARE(server.requests().at(0).method, QByteArray("GET"));
    QCOMPARE(server.requests().at(0).target, QByteArray(openai::modelsPath));
    QCOMPARE(server.requests().at(0).header("Authorization"), "Bearer " + kKey.toUtf8());

    server.route(openai::modelsPath,
                 openai::apiError(401, "Incorrect API key provided: " + kKey + "."));
    ModelListing* refused = client.listModels(endpointFor(server, kKey));
    QVERIFY(QTest::qWaitFor([refused] { return refused->isFinished(); }, kWaitMs));
    QCOMPARE(refused->error(), ChatError::Unauthorized);
    QVERIFY(refused->models().isEmpty());
    QVERIFY(!refused->errorMessage().contains(kKey));
}

void tst_ChatClient::notConfigured()
{
    HttpClient http;
    ChatClient client(http);
    const Run noUrl = run(client, ChatEndpoint{});
    QCOMPARE(noUrl.result.error, ChatError::NotConfigured);
    QVERIFY(noUrl.result.errorMessage.contains(QStringLiteral("OPENAI_BASE_URL")));
    QCOMPARE(noUrl.finishedCount, 1);

    ChatEndpoint noModel;
    noModel.baseUrl = QStringLiteral("http://127.0.0.1:9");
    const Run withoutModel = run(client, noModel);
    QCOMPARE(withoutModel.result.error, ChatError::NotConfigured);
    QVERIFY(withoutModel.result.errorMessage.contains(QStringLiteral("OPENAI_MODEL")));
}

void tst_ChatClient::unauthorizedNeverShowsTheKey()
{
    TestHttpServer server;
    // Servers do quote the key they were given.
    server.route(openai::chatPath,
                 openai::apiError(401, "Incorrect API key provided: " + kKey + ".", QString(),
                                  "invalid_api_key"));
    HttpClient http;
    ChatClient client(http);
    g_logLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(collectLog);
    const Run done = run(client, endpointFor(server, kKey));
    qInstallMessageHandler(previous);

    QCOMPARE(done.result.error, ChatError::Unauthorized);
    QCOMPARE(done.result.httpStatus, 401);
    QVERIFY(done.result.errorMessage.contains(QStringLiteral("API key")));
    QVERIFY(!done.result.errorMessage.contains(kKey));
    QVERIFY(!done.result.errorMessage.contains(QStringLiteral("5ecret")));
    for (const QString& line : std::as_const(g_logLines))
        QVERIFY2(!line.contains(kKey), qPrintable(line));
    QCOMPARE(chatRequests(server).size(), 1);

    // Nor in a failure whose server message is shown.
    server.route(openai::chatPath, openai::apiError(500, "backend rejected " + kKey));
    const Run failed = run(client, endpointFor(server, kKey));
    QCOMPARE(failed.result.error, ChatError::ServerError);
    QVERIFY(failed.result.errorMessage.contains(QStringLiteral("backend rejected")));
    QVERIFY(!failed.result.errorMessage.contains(kKey));
}

void tst_ChatClient::missingKey()
{
    TestHttpServer server;
    server.route(openai::chatPath, openai::apiError(401, "You didn't provide an API key."));
    HttpClient http;
    ChatClient client(http);
    const Run done = run(client, endpointFor(server));
    QCOMPARE(done.result.error, ChatError::Unauthorized);
    QVERIFY(done.result.errorMessage.contains(QStringLiteral("OPENAI_API_KEY")));
}

void tst_ChatClient::unknownModel()
{
    TestHttpServer server;
    server.route(openai::chatPath,
                 openai::apiError(404,
                                  "The model `test-model` does not exist or you do not have "
                                  "access to it.",
                                  QString(), "model_not_found"));
    HttpClient http;
    ChatClient client(http);
    const Run done = run(client, endpointFor(server));
    QCOMPARE(done.result.error, ChatError::UnknownModel);
    QVERIFY(done.result.errorMessage.contains(QStringLiteral("test-model")));
    QVERIFY(done.result.text.isEmpty());

    // Ollama's way of saying it.
    server.route(openai::chatPath,
                 openai::apiError(404, "model \"test-model\" not found, try pulling it first"));
    QCOMPARE(run(client, endpointFor(server)).result.error, ChatError::UnknownModel);
}

void tst_ChatClient::wrongBaseUrl()
{
    TestHttpServer server; // nothing routed: every path is a plain 404
    HttpClient http;
    ChatClient client(http);
    const Run done = run(client, endpointFor(server));
    QCOMPARE(done.result.error, ChatError::NotFound);
    QVERIFY(done.result.errorMessage.contains(QStringLiteral("base URL")));
}

void tst_ChatClient::maxTokensRetriedAsMaxCompletionTokensAndRemembered()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = {QStringLiteral("Fine.")};
    server.route(openai::chatPath,
                 {openai::apiError(400,
                                   "Unsupported parameter: 'max_tokens' is not supported with "
                                   "this model. Use 'max_completion_tokens' instead.",
                                   "max_tokens", "unsupported_parameter"),
                  openai::streamed(stream)});
    HttpClient http;
    ChatClient client(http);
    QSignalSpy learned(&client, &ChatClient::quirksLearned);
    const ChatEndpoint endpoint = endpointFor(server);

    const Run first = run(client, endpoint);
    QVERIFY2(first.result.ok(), qPrintable(first.result.errorMessage));
    QCOMPARE(first.result.text, QStringLiteral("Fine."));
    QCOMPARE(first.attempts, 2);
    QCOMPARE(learned.size(), 1);
    QCOMPARE(learned.at(0).at(0).toString(), endpoint.identity());
    QVERIFY(client.quirks(endpoint).useMaxCompletionTokens);

    const Run second = run(client, endpoint);
    QVERIFY(second.result.ok());
    QCOMPARE(second.attempts, 1);

    const QList<RecordedRequest> requests = chatRequests(server);
    QCOMPARE(requests.size(), 3);
    const QJsonObject rejected = openai::requestJson(requests.at(0));
    QCOMPARE(rejected.value("max_tokens").toInt(), 300);
    for (const int i : {1, 2}) {
        const QJsonObject sent = openai::requestJson(requests.at(i));
        QVERIFY(!sent.contains("max_tokens"));
        QCOMPARE(sent.value("max_completion_tokens").toInt(), 300);
        // The other parameters stay.
        QVERIFY(sent.contains("stream_options"));
    }
    QCOMPARE(learned.size(), 1);
}

void tst_ChatClient::streamOptionsDroppedAndRemembered()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = {QStringLiteral("Counted elsewhere.")};
    stream.promptTokens = -1; // a server that refuses include_usage sends no counts
    server.route(openai::chatPath,
                 {openai::apiError(422, "Extra inputs are not permitted: stream_options"),
                  openai::streamed(stream)});
    HttpClient http;
    ChatClient client(http);
    const ChatEndpoint endpoint = endpointFor(server);

    const Run first = run(client, endpoint);
    QVERIFY2(first.result.ok(), qPrintable(first.result.errorMessage));
    QVERIFY(!first.result.usage.has_value());
    QCOMPARE(first.attempts, 2);
    QVERIFY(client.quirks(endpoint).omitStreamOptions);
    QVERIFY(!client.quirks(endpoint).useMaxCompletionTokens);
    QCOMPARE(run(client, endpoint).attempts, 1);

    const QList<RecordedRequest> requests = chatRequests(server);
    QCOMPARE(requests.size(), 3);
    QVERIFY(openai::requestJson(requests.at(0)).contains("stream_options"));
    QVERIFY(!openai::requestJson(requests.at(1)).contains("stream_options"));
    QVERIFY(!openai::requestJson(requests.at(2)).contains("stream_options"));
    QCOMPARE(openai::requestJson(requests.at(2)).value("max_tokens").toInt(), 300);

    // Another endpoint is asked the usual way.
    TestHttpServer other;
    other.route(openai::chatPath, openai::streamed(stream));
    QVERIFY(run(client, endpointFor(other)).result.ok());
    QVERIFY(openai::requestJson(chatRequests(other).at(0)).contains("stream_options"));
}

void tst_ChatClient::rememberedQuirksCanBeGivenBack()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = {QStringLiteral("ok")};
    server.route(openai::chatPath, openai::streamed(stream));
    HttpClient http;
    ChatClient client(http);
    EndpointQuirks kept;
    kept.useMaxCompletionTokens = true;
    kept.omitStreamOptions = true;
    // The same endpoint written another way.
    ChatEndpoint endpoint = endpointFor(server);
    client.setQuirks(endpoint, kept);
    endpoint.baseUrl += QStringLiteral("/v1/");

    QVERIFY(run(client, endpoint).result.ok());
    const QJsonObject sent = openai::requestJson(chatRequests(server).at(0));
    QCOMPARE(sent.value("max_completion_tokens").toInt(), 300);
    QVERIFY(!sent.contains("stream_options"));
}

void tst_ChatClient::unrelatedBadRequestIsNotRetried()
{
    TestHttpServer server;
    server.route(openai::chatPath, openai::apiError(400, "messages: at least one is required"));
    HttpClient http;
    ChatClient client(http);
    const Run done = run(client, endpointFor(server));
    QCOMPARE(done.result.error, ChatError::BadRequest);
    QVERIFY(done.result.errorMessage.contains(QStringLiteral("at least one is required")));
    QCOMPARE(chatRequests(server).size(), 1);
    QCOMPARE(client.quirks(endpointFor(server)), EndpointQuirks());
}

void tst_ChatClient::rateLimitedReportsRetryAfter()
{
    TestHttpServer server;
    // Longer than the policy waits out: reported at once, with what the server asked.
    server.route(openai::chatPath,
                 openai::apiError(429, "Rate limit reached", QString(), "rate_limit_exceeded",
                                  {{"Retry-After", "120"}}));
    HttpClient http;
    ChatClient client(http);
    QVERIFY(client.retryPolicy().maxDelay < 120s);
    const Run done = run(client, endpointFor(server));
    QCOMPARE(done.result.error, ChatError::RateLimited);
    QCOMPARE(done.result.retryAfter, std::optional(std::chrono::seconds(120)));
    QVERIFY(done.result.errorMessage.contains(QStringLiteral("120")));
    QCOMPARE(chatRequests(server).size(), 1);
}

void tst_ChatClient::rateLimitedIsRetriedAfterTheWait()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = {QStringLiteral("After the wait.")};
    server.route(openai::chatPath,
                 {openai::apiError(429, "Slow down", QString(), QString(), {{"Retry-After", "1"}}),
                  openai::streamed(stream)});
    HttpClient http;
    ChatClient client(http);
    ChatCompletion* completion = client.complete(endpointFor(server), kMessages);
    QSignalSpy waiting(completion, &ChatCompletion::waiting);
    QSignalSpy finished(completion, &ChatCompletion::finished);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(completion->result().ok(), qPrintable(completion->result().errorMessage));
    QCOMPARE(completion->result().text, QStringLiteral("After the wait."));
    QVERIFY(!completion->result().retryAfter.has_value());
    QCOMPARE(completion->result().httpStatus, 200);
    QCOMPARE(completion->attempts(), 2);
    QCOMPARE(waiting.size(), 1);
    // What the server asked for, less the moment it took to get here.
    QVERIFY(waiting.at(0).at(0).toLongLong() > 0);
    QVERIFY(waiting.at(0).at(0).toLongLong() <= 1000);
    QCOMPARE(chatRequests(server).size(), 2);
    delete completion;
}

void tst_ChatClient::rateLimitRetriesAreBounded()
{
    TestHttpServer server;
    server.route(openai::chatPath, openai::apiError(429, "Still too many"));
    HttpClient http;
    ChatClient client(http);
    client.setRetryPolicy({2, 40ms, 60s});
    ChatCompletion* completion = client.complete(endpointFor(server), kMessages);
    QSignalSpy waiting(completion, &ChatCompletion::waiting);
    QSignalSpy finished(completion, &ChatCompletion::finished);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(completion->result().error, ChatError::RateLimited);
    QVERIFY(!completion->result().retryAfter.has_value());
    QCOMPARE(chatRequests(server).size(), 3);
    // No Retry-After: backoff that doubles, with jitter taking off at most half.
    QCOMPARE(waiting.size(), 2);
    const qint64 first = waiting.at(0).at(0).toLongLong();
    const qint64 second = waiting.at(1).at(0).toLongLong();
    QVERIFY2(first > 0 && first <= 40, qPrintable(QString::number(first)));
    QVERIFY2(second > 0 && second <= 80, qPrintable(QString::number(second)));
    delete completion;
}

void tst_ChatClient::cooldownIsSharedByTheEndpoint()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = {QStringLiteral("ok")};
    server.route(openai::chatPath,
                 {openai::apiError(429, "Slow down", QString(), QString(), {{"Retry-After", "1"}}),
                  openai::streamed(stream)});
    HttpClient http;
    ChatClient client(http);
    const ChatEndpoint endpoint = endpointFor(server);
    ChatCompletion* first = client.complete(endpoint, kMessages);
    QSignalSpy firstWaiting(first, &ChatCompletion::waiting);
    QVERIFY(firstWaiting.wait(kWaitMs));
    QVERIFY(client.cooldownRemaining(endpoint) > 0ms);

    // A request started during the cooldown waits for it instead of meeting another 429.
    ChatCompletion* second = client.complete(endpoint, kMessages);
    int requestsWhenSecondWaited = -1;
    connect(second, &ChatCompletion::waiting, this,
            [&] { requestsWhenSecondWaited = int(chatRequests(server).size()); });
    QVERIFY(QTest::qWaitFor([&] { return first->isFinished() && second->isFinished(); }, kWaitMs));
    QCOMPARE(requestsWhenSecondWaited, 1);
    QVERIFY(first->result().ok());
    QVERIFY(second->result().ok());
    QCOMPARE(second->attempts(), 1);
    QCOMPARE(chatRequests(server).size(), 3);

    // Another endpoint does not wait.
    TestHttpServer other;
    QCOMPARE(client.cooldownRemaining(endpointFor(other)), 0ms);
    delete first;
    delete second;
}

void tst_ChatClient::cancelWhileWaitingSendsNothingMore()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = {QStringLiteral("ok")};
    server.route(openai::chatPath,
                 {openai::apiError(429, "Slow down", QString(), QString(), {{"Retry-After", "1"}}),
                  openai::streamed(stream)});
    HttpClient http;
    ChatClient client(http);
    const ChatEndpoint endpoint = endpointFor(server);
    ChatCompletion* cancelled = client.complete(endpoint, kMessages);
    connect(cancelled, &ChatCompletion::waiting, cancelled, &ChatCompletion::cancel);
    QSignalSpy finished(cancelled, &ChatCompletion::finished);
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(cancelled->result().error, ChatError::Cancelled);

    // The next request waits out the same cooldown and is the second the server sees: the
    // cancelled one did not come back.
    const Run next = run(client, endpoint);
    QVERIFY(next.result.ok());
    QCOMPARE(chatRequests(server).size(), 2);
    QCOMPARE(cancelled->attempts(), 1);
    delete cancelled;
}

void tst_ChatClient::serverError()
{
    TestHttpServer server;
    server.route(openai::chatPath, ScriptedResponse::error(500));
    HttpClient http;
    ChatClient client(http);
    const Run done = run(client, endpointFor(server));
    QCOMPARE(done.result.error, ChatError::ServerError);
    QCOMPARE(done.result.httpStatus, 500);
    QVERIFY(done.result.errorMessage.contains(QStringLiteral("500")));
    QVERIFY(!done.result.retryAfter.has_value());
}

void tst_ChatClient::droppedStreamKeepsItsText()
{
    TestHttpServer server;
    server.route(openai::chatPath,
                 openai::droppedStream({QStringLiteral("First, "), QStringLiteral("second, ")},
                                       {QStringLiteral("never seen.")}));
    HttpClient http;
    ChatClient client(http);

    const Run done = run(client, endpointFor(server));
    QCOMPARE(done.result.error, ChatError::Incomplete);
    QCOMPARE(done.result.text, QStringLiteral("First, second, "));
    QVERIFY(!done.result.errorMessage.isEmpty());
}

void tst_ChatClient::streamEndingWithoutFinishIsIncomplete()
{
    TestHttpServer server;
    openai::Stream stream;
    stream.pieces = {QStringLiteral("Half")};
    stream.finishReason.clear();
    stream.doneSentinel = false;
    stream.promptTokens = -1;
    server.route(openai::chatPath, openai::streamed(stream));
    HttpClient http;
    ChatClient client(http);
    const Run done = run(client, endpointFor(server));
    QCOMPARE(done.result.error, ChatError::Incomplete);
    QCOMPARE(done.result.text, QStringLiteral("Half"));

    // Without [DONE] but with a finish reason: complete.
    stream.finishReason = QStringLiteral("stop");
    server.route(openai::chatPath, openai::streamed(stream));
    QVERIFY(run(client, endpointFor(server)).result.ok());
}

void tst_ChatClient::errorInsideAStreamIsAFailure()
{
    TestHttpServer server;
    QByteArray body = openai::chunkEvent(QJsonObject{{"content", "Partial text "}});
    body += R"(data: {"error":{"message":"The upstream provider is overloaded","code":502}})"
            "\n\n";
    body += openai::chunkEvent(QJsonObject{{"content", "after the error"}});
    server.route(openai::chatPath, openai::rawStream(body, 11));
    HttpClient http;
    ChatClient client(http);
    const Run done = run(client, endpointFor(server));
    QCOMPARE(done.result.error, ChatError::StreamError);
    QVERIFY(done.result.text.isEmpty());
    QVERIFY(done.result.errorMessage.contains(QStringLiteral("overloaded")));
    QVERIFY(!done.deltas.join(QString()).contains(QStringLiteral("after the error")));
}

void tst_ChatClient::malformedChunk()
{
    TestHttpServer server;
    QByteArray body = openai::chunkEvent(QJsonObject{{"content", "ok "}});
    body += "data: {\"choices\": [unterminated\n\n";
    server.route(openai::chatPath, openai::rawStream(body));
    HttpClient http;
    ChatClient client(http);
    const Run done = run(client, endpointFor(server));
    QCOMPARE(done.result.error, ChatError::Malformed);

    server.route(openai::chatPath, ScriptedResponse::ok("Hello, world", "text/plain"));
    QCOMPARE(run(client, endpointFor(server)).result.error, ChatError::Malformed);
}

void tst_ChatClient::connectionRefused()
{
    const RefusingPort port;
    ChatEndpoint endpoint;
    endpoint.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port.port());
    endpoint.model = QStringLiteral("m");
    endpoint.apiKey = kKey;
    HttpClient http;
    ChatClient client(http);
    const Run done = run(client, endpoint);
    QCOMPARE(done.result.error, ChatError::Network);
    QVERIFY(!done.result.errorMessage.isEmpty());
    QVERIFY(!done.result.errorMessage.contains(kKey));
}

void tst_ChatClient::cancelStopsTheDeltas()
{
    TestHttpServer server;
    openai::Stream stream;
    for (int i = 0; i < 10; ++i)
        stream.pieces.append(QStringLiteral("piece%1 ").arg(i));
    // One event per piece of the body, each after a pause.
    stream.bytesPerPiece = int(openai::chunkEvent(QJsonObject{{"content", "piece0 "}}).size());
    stream.pieceDelayMs = 25;
    server.route(openai::chatPath, openai::streamed(stream));
    HttpClient http;
    ChatClient client(http);

    ChatCompletion* completion = client.complete(endpointFor(server), kMessages);
    QStringList deltas;
    QList<ChatResult> results;
    connect(completion, &ChatCompletion::delta, this, [&](const QString& text) {
        deltas.append(text);
        if (deltas.size() == 2)
            completion->cancel();
    });
    connect(completion, &ChatCompletion::finished, this,
            [&](const ChatResult& result) { results.append(result); });
    QVERIFY(QTest::qWaitFor([&] { return !results.isEmpty(); }, kWaitMs));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.at(0).error, ChatError::Cancelled);
    QCOMPARE(deltas.size(), 2);
    QCOMPARE(results.at(0).text, deltas.join(QString()));

    // The whole stream again, to its end: by then the first would have sent all its pieces.
    const Run whole = run(client, endpointFor(server));
    QVERIFY(whole.result.ok());
    QCOMPARE(whole.deltas.size(), 10);
    QCOMPARE(deltas.size(), 2);
    QCOMPARE(results.size(), 1);
    QVERIFY(completion->isFinished());
    delete completion;
}

QTEST_GUILESS_MAIN(tst_ChatClient)
#include "tst_chatclient.moc"
