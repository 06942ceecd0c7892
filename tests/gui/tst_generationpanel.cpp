#include "core/generation/chatclient.h"
#include "core/generation/slotjob.h"
#include "core/net/httpclient.h"
#include "openaiserver.h"
#include "testendpoint.h"
#include "testhttpserver.h"
#include "ui/generation/generationjobmodel.h"
#include "ui/generation/generationpanel.h"
#include "ui/mainwindow/theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using digest::ChatClient;
using digest::ChatEndpoint;
using digest::ChatMessage;
using digest::GenerationQueue;
using digest::HttpClient;
using digest::SlotJob;
using digest::SlotKind;
using digest::TokenPrices;
using digest::test::endpointFor;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
using digest::ui::GenerationJobModel;
using digest::ui::GenerationPanel;
namespace openai = digest::test::openai;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 15'000;
constexpr auto kSecret = "sk-test-NEVER-SHOWN-77aa01";

const QList<ChatMessage> kMessages{{QStringLiteral("system"), QStringLiteral("Be brief.")},
                                   {QStringLiteral("user"), QStringLiteral("Benefits?")}};

// A streamed answer of a few sentences that takes about `milliseconds` to arrive.
ScriptedResponse slowAnswer(int milliseconds, qint64 promptTokens = 12,
                            qint64 completionTokens = 34, int thinkMs = 0)
{
    openai::Stream stream;
    for (int i = 0; i < 8; ++i)
        stream.pieces.append(QStringLiteral("Sentence %1 of a careful answer. ").arg(i + 1));
    stream.promptTokens = promptTokens;
    stream.completionTokens = completionTokens;
    stream.bytesPerPiece = 64;
    const int pieces = int(openai::streamBody(stream).size() / stream.bytesPerPiece) + 1;
    stream.pieceDelayMs = milliseconds / pieces;
    ScriptedResponse response = openai::streamed(stream);
    // The model thinks before its first word.
    response.delayMs = thinkMs;
    return response;
}

} // namespace

class tst_GenerationPanel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rowsShowQueuedAndWritingUnderTheLimit();
    void finishedRowShowsTheServersTokensAndCost();
    void estimatedTokensAreMarked();
    void stopOnARowStopsThatJobOnly();
    void stopAllStopsQueuedAndRunning();
    void unauthorizedRowSaysSoWithoutTheKey();
    void aNewRunStartsAFreshList();

private:
    SlotJob* enqueue(const QString& slotId, SlotKind kind, const ChatEndpoint& endpoint);
    SlotJob* enqueue(const QString& slotId, SlotKind kind)
    {
        return enqueue(slotId, kind, endpointFor(*m_server));
    }
    QString cell(int row, int column) const;
    QToolButton* stopButton(int row) const;
    QString totals() const;
    bool waitForIdle();

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<HttpClient> m_http;
    std::unique_ptr<ChatClient> m_chat;
    std::unique_ptr<GenerationQueue> m_queue;
    TokenPrices m_prices;
    std::unique_ptr<GenerationPanel> m_panel;
};

void tst_GenerationPanel::initTestCase()
{
    digest::test::clearProxyEnvironment();
}

void tst_GenerationPanel::init()
{
    m_server = std::make_unique<TestHttpServer>();
    m_server->route(QString::fromLatin1(openai::chatPath), slowAnswer(300));
    m_http = std::make_unique<HttpClient>();
    m_chat = std::make_unique<ChatClient>(*m_http);
    m_queue = std::make_unique<GenerationQueue>(*m_chat);
    m_prices = {};
    m_panel = std::make_unique<GenerationPanel>(*m_queue, [this] { return m_prices; });
    m_panel->resize(560, 300);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_GenerationPanel::cleanup()
{
    m_panel.reset();
    m_queue.reset();
    m_chat.reset();
    m_http.reset();
    m_server.reset();
}

SlotJob* tst_GenerationPanel::enqueue(const QString& slotId, SlotKind kind,
                                      const ChatEndpoint& endpoint)
{
    return m_queue->enqueue(endpoint, kMessages, slotId, kind,
                            kind == SlotKind::Prediction ? QStringLiteral("AGI") : QString());
}

QString tst_GenerationPanel::cell(int row, int column) const
{
    return m_panel->model().index(row, column).data().toString();
}

QToolButton* tst_GenerationPanel::stopButton(int row) const
{
    auto* table = m_panel->findChild<QTableView*>(QStringLiteral("generationTable"));
    return qobject_cast<QToolButton*>(
        table->indexWidget(m_panel->model().index(row, GenerationJobModel::StopColumn)));
}

QString tst_GenerationPanel::totals() const
{
    return m_panel->findChild<QLabel*>(QStringLiteral("generationTotals"))->text();
}

bool tst_GenerationPanel::waitForIdle()
{
    return QTest::qWaitFor([this] { return m_panel->model().activeCount() == 0; }, kWaitMs);
}

void tst_GenerationPanel::rowsShowQueuedAndWritingUnderTheLimit()
{
    QVERIFY(m_panel->findChild<QLabel*>(QStringLiteral("generationEmptyNote"))->isVisible());
    m_server->route(QString::fromLatin1(openai::chatPath),
                    {slowAnswer(900, 12, 34, 600), slowAnswer(900)});
    m_queue->setLimitPerEndpoint(1);
    enqueue(QStringLiteral("consequence-1/benefits"), SlotKind::Benefits);
    enqueue(QStringLiteral("consequence-1/ramifications"), SlotKind::Ramifications);
    enqueue(QStringLiteral("prediction-1"), SlotKind::Prediction);

    const GenerationJobModel& model = m_panel->model();
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(m_panel->findChild<QTableView*>(QStringLiteral("generationTable"))->isVisible());
    QCOMPARE(cell(0, GenerationJobModel::SlotColumn), QStringLiteral("1 · Benefits"));
    QCOMPARE(cell(1, GenerationJobModel::SlotColumn), QStringLiteral("1 · Ramifications"));
    QCOMPARE(cell(2, GenerationJobModel::SlotColumn), QStringLiteral("Prediction 1"));
    for (int row = 0; row < 3; ++row)
        QVERIFY(stopButton(row));
    QVERIFY(m_panel->findChild<QPushButton*>(QStringLiteral("generationStopAll"))->isEnabled());

    // One at a time: the first is asked, then writes, while the others wait their turn.
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, GenerationJobModel::StateColumn),
                              QStringLiteral("Asking the model…"), kWaitMs);
    QCOMPARE(cell(1, GenerationJobModel::StateColumn), QStringLiteral("Queued"));
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, GenerationJobModel::StateColumn), QStringLiteral("Writing…"),
                              kWaitMs);
    QCOMPARE(cell(1, GenerationJobModel::StateColumn), QStringLiteral("Queued"));
    QCOMPARE(cell(2, GenerationJobModel::StateColumn), QStringLiteral("Queued"));
    QVERIFY2(totals().contains(u"Slots to go: 3"), qPrintable(totals()));
    // What has arrived so far, estimated.
    QTRY_VERIFY_WITH_TIMEOUT(cell(0, GenerationJobModel::TokensColumn).startsWith(u"≈"), kWaitMs);

    QTRY_COMPARE_WITH_TIMEOUT(cell(1, GenerationJobModel::StateColumn), QStringLiteral("Writing…"),
                              kWaitMs);
    QCOMPARE(cell(0, GenerationJobModel::StateColumn), QStringLiteral("Done"));
    QCOMPARE(cell(2, GenerationJobModel::StateColumn), QStringLiteral("Queued"));
    QVERIFY(!stopButton(0));

    QVERIFY(waitForIdle());
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(cell(row, GenerationJobModel::StateColumn), QStringLiteral("Done"));
        QVERIFY(!stopButton(row));
    }
    QCOMPARE(m_server->maxConcurrentConnections(), 1);
    QVERIFY(!m_panel->findChild<QPushButton*>(QStringLiteral("generationStopAll"))->isEnabled());
    QVERIFY2(totals().contains(u"36 in · 102 out"), qPrintable(totals()));
}

void tst_GenerationPanel::finishedRowShowsTheServersTokensAndCost()
{
    enqueue(QStringLiteral("consequence-2/benefits"), SlotKind::Benefits);
    QVERIFY(waitForIdle());
    QCOMPARE(cell(0, GenerationJobModel::TokensColumn), QStringLiteral("12 in · 34 out"));
    // No prices, no cost.
    QCOMPARE(cell(0, GenerationJobModel::CostColumn), QString());
    QVERIFY2(!totals().contains(u"Cost"), qPrintable(totals()));

    // 12 × 1.00 + 34 × 2.00 per million.
    m_prices = {1.0, 2.0};
    m_panel->refreshPrices();
    QCOMPARE(cell(0, GenerationJobModel::CostColumn), QStringLiteral("0.000080"));
    QVERIFY2(totals().contains(u"12 in · 34 out") && totals().contains(u"0.000080"),
             qPrintable(totals()));
}

void tst_GenerationPanel::estimatedTokensAreMarked()
{
    // A server that sends no counts.
    m_server->route(QString::fromLatin1(openai::chatPath), slowAnswer(100, -1, -1));
    enqueue(QStringLiteral("prediction-2"), SlotKind::Prediction);
    QVERIFY(waitForIdle());
    QCOMPARE(cell(0, GenerationJobModel::StateColumn), QStringLiteral("Done"));
    const QString tokens = cell(0, GenerationJobModel::TokensColumn);
    QVERIFY2(tokens.startsWith(u"≈ ") && tokens.contains(u" out"), qPrintable(tokens));
    QVERIFY2(totals().contains(u"≈"), qPrintable(totals()));
}

void tst_GenerationPanel::stopOnARowStopsThatJobOnly()
{
    m_server->route(QString::fromLatin1(openai::chatPath), slowAnswer(1500));
    m_queue->setLimitPerEndpoint(3);
    enqueue(QStringLiteral("consequence-1/benefits"), SlotKind::Benefits);
    enqueue(QStringLiteral("consequence-1/ramifications"), SlotKind::Ramifications);
    enqueue(QStringLiteral("consequence-2/benefits"), SlotKind::Benefits);
    for (int row = 0; row < 3; ++row)
        QTRY_COMPARE_WITH_TIMEOUT(cell(row, GenerationJobModel::StateColumn),
                                  QStringLiteral("Writing…"), kWaitMs);

    QTest::mouseClick(stopButton(1), Qt::LeftButton);
    QCOMPARE(cell(1, GenerationJobModel::StateColumn), QStringLiteral("Stopped"));
    QTRY_VERIFY(!stopButton(1));
    QCOMPARE(cell(0, GenerationJobModel::StateColumn), QStringLiteral("Writing…"));
    QCOMPARE(cell(2, GenerationJobModel::StateColumn), QStringLiteral("Writing…"));

    QVERIFY(waitForIdle());
    QCOMPARE(cell(0, GenerationJobModel::StateColumn), QStringLiteral("Done"));
    QCOMPARE(cell(1, GenerationJobModel::StateColumn), QStringLiteral("Stopped"));
    QCOMPARE(cell(2, GenerationJobModel::StateColumn), QStringLiteral("Done"));
}

void tst_GenerationPanel::stopAllStopsQueuedAndRunning()
{
    m_server->route(QString::fromLatin1(openai::chatPath), slowAnswer(1500));
    m_queue->setLimitPerEndpoint(1);
    enqueue(QStringLiteral("consequence-1/benefits"), SlotKind::Benefits);
    enqueue(QStringLiteral("consequence-1/ramifications"), SlotKind::Ramifications);
    QTRY_COMPARE_WITH_TIMEOUT(cell(0, GenerationJobModel::StateColumn), QStringLiteral("Writing…"),
                              kWaitMs);
    QTest::mouseClick(m_panel->findChild<QPushButton*>(QStringLiteral("generationStopAll")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_panel->model().activeCount(), 0);
    QCOMPARE(cell(0, GenerationJobModel::StateColumn), QStringLiteral("Stopped"));
    QCOMPARE(cell(1, GenerationJobModel::StateColumn), QStringLiteral("Stopped"));
    QVERIFY(!m_panel->findChild<QPushButton*>(QStringLiteral("generationStopAll"))->isEnabled());
}

void tst_GenerationPanel::unauthorizedRowSaysSoWithoutTheKey()
{
    // Some servers quote the key they refused.
    m_server->route(
        QString::fromLatin1(openai::chatPath),
        openai::apiError(
            401, QStringLiteral("Incorrect API key provided: %1").arg(QLatin1String(kSecret)),
            QString(), QStringLiteral("invalid_api_key")));
    enqueue(QStringLiteral("consequence-3/ramifications"), SlotKind::Ramifications,
            endpointFor(*m_server, QLatin1String(kSecret)));
    QVERIFY(waitForIdle());
    const QString state = cell(0, GenerationJobModel::StateColumn);
    QVERIFY2(state.startsWith(u"Failed: ") && state.contains(u"401") && state.contains(u"key"),
             qPrintable(state));
    QVERIFY2(!state.contains(u"sk-test"), qPrintable(state));
    const QString tip =
        m_panel->model().index(0, GenerationJobModel::StateColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(!tip.isEmpty() && !tip.contains(u"sk-test"));
    QCOMPARE(cell(0, GenerationJobModel::SlotColumn), QStringLiteral("3 · Ramifications"));
}

void tst_GenerationPanel::aNewRunStartsAFreshList()
{
    enqueue(QStringLiteral("consequence-1/benefits"), SlotKind::Benefits);
    enqueue(QStringLiteral("consequence-1/ramifications"), SlotKind::Ramifications);
    QVERIFY(waitForIdle());
    QCOMPARE(m_panel->model().rowCount(), 2);
    // The finished rows stay until the next run begins.
    QTest::qWait(50);
    QCOMPARE(m_panel->model().rowCount(), 2);
    enqueue(QStringLiteral("prediction-1"), SlotKind::Prediction);
    QCOMPARE(m_panel->model().rowCount(), 1);
    QCOMPARE(cell(0, GenerationJobModel::SlotColumn), QStringLiteral("Prediction 1"));
    QVERIFY(waitForIdle());
    QVERIFY2(totals().contains(u"12 in · 34 out"), qPrintable(totals()));
}

// `--show [dark]` shows the panel mid-run, for a person (or a screenshot) to look at.
int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (!app.arguments().contains(QStringLiteral("--show"))) {
        tst_GenerationPanel test;
        return QTest::qExec(&test, argc, argv);
    }
    if (app.arguments().contains(QStringLiteral("dark")))
        digest::ui::applyTheme(digest::Settings::Theme::Dark);
    TestHttpServer server;
    server.route(QString::fromLatin1(openai::chatPath),
                 {slowAnswer(200), slowAnswer(300, -1, -1),
                  openai::apiError(401, QStringLiteral("no")), slowAnswer(20'000)});
    HttpClient http;
    ChatClient chat(http);
    GenerationQueue queue(chat);
    queue.setLimitPerEndpoint(2);
    GenerationPanel panel(queue, [] { return TokenPrices{0.15, 0.6}; });
    const ChatEndpoint endpoint = endpointFor(server, QStringLiteral("sk-x"));
    for (const auto& [id, kind] : std::initializer_list<std::pair<const char*, SlotKind>>{
             {"consequence-1/benefits", SlotKind::Benefits},
             {"consequence-1/ramifications", SlotKind::Ramifications},
             {"consequence-2/benefits", SlotKind::Benefits},
             {"consequence-2/ramifications", SlotKind::Ramifications},
             {"prediction-1", SlotKind::Prediction},
             {"prediction-2", SlotKind::Prediction}})
        queue.enqueue(endpoint, kMessages, QString::fromLatin1(id), kind);
    panel.resize(560, 280);
    panel.show();
    return app.exec();
}

#include "tst_generationpanel.moc"
