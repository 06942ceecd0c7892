// "Start Today's Post" (issue 14) against real loopback servers: topics from a Reddit listing,
// the model from an OpenAI-compatible server streaming its answers, a site folder of files.
#include "core/generation/slotjob.h"
#include "core/generation/slotplan.h"
#include "core/outline/outline.h"
#include "core/post/newpost.h"
#include "core/settings/settings.h"
#include "core/topics/topicboard.h"
#include "core/topics/topiclistmodel.h"
#include "desk/desk.h"
#include "desk/todaysdigest.h"
#include "document/postdocument.h"
#include "drafting/slotdrafter.h"
#include "openaiserver.h"
#include "testhttpserver.h"
#include "topicfixtures.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimeZone>

#include <memory>

using digest::Desk;
using digest::PlannedSlot;
using digest::Settings;
using digest::TodaysDigest;
using digest::TodaysDigestOutcome;
using digest::TopicSection;
using digest::test::ScopedEnvironment;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
namespace openai = digest::test::openai;

namespace {

constexpr int kWaitMs = 30'000;
const QString kRedditPath = QStringLiteral("/r/MachineLearning/top.json");
const QString kAnswer = QStringLiteral("June 2027: cheaper inference for small labs.");
// The listing's first (highest scored) topic; the site's post of yesterday covered it.
const QString kCoveredTitle = QStringLiteral("Sparse routers that learn when to stop thinking");
const QStringList kUncovered{
    QStringLiteral("How do you keep eval sets from leaking into pretraining data"),
    QStringLiteral("A tiny library for reproducible tokenizer benchmarks"),
    QStringLiteral("Quantised attention kernels for phones"),
};

ScriptedResponse answer(int delayMs = 0)
{
    openai::Stream stream;
    stream.pieces = kAnswer.split(u' ');
    for (int i = 0; i + 1 < stream.pieces.size(); ++i)
        stream.pieces[i] += u' ';
    ScriptedResponse response = openai::streamed(stream);
    response.delayMs = delayMs;
    return response;
}

QList<PlannedSlot> slotsOf(const QString& text)
{
    return digest::planSlots(digest::parseOutline(text));
}

QDateTime morning()
{
    return {QDate(2026, 12, 1), QTime(7, 30), QTimeZone::utc()};
}

} // namespace

class tst_TodaysDigest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void withoutAModelNothingIsFetched();
    void createsTodaysPostWithTheUncoveredTopicsAndEverySlot();
    void opensTodaysPostWhenItExistsAndFillsItsEmptySlots();
    void stopMidGenerationKeepsTheFinishedSlots();
    void aSourceDownGoesOnWithTheCachedTopics();
    void noTopicsAtAllStopsWithAMessage();
    void anEditOfTheFirstFinishedSlotSurvivesTheOthersStreaming();
    void aSecondStartWhileRunningIsRefused();

private:
    void configureModel();
    QString todaysPath() const;
    // Starts a run and waits for its end.
    TodaysDigestOutcome runToTheEnd();
    digest::PostDocument& document() const { return m_desk->session().document(); }

    QTemporaryDir m_noBus;
    std::unique_ptr<ScopedEnvironment> m_environment;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_topicServer;
    std::unique_ptr<TestHttpServer> m_modelServer;
    std::unique_ptr<Desk> m_desk;
    QString m_site;
};

void tst_TodaysDigest::initTestCase()
{
    digest::test::clearProxyEnvironment();
    // No secret store and no model from the environment: the settings are all there is.
    m_environment = std::make_unique<ScopedEnvironment>(QList<std::pair<QByteArray, QByteArray>>{
        {"DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_noBus.filePath("no-bus").toLocal8Bit()},
        {"OPENAI_BASE_URL", ""},
        {"OPENAI_MODEL", ""},
        {"OPENAI_API_KEY", ""},
        {"DIGEST_TOPIC_SOURCES", ""}});
}

void tst_TodaysDigest::cleanupTestCase()
{
    m_environment.reset();
}

void tst_TodaysDigest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_CACHE_HOME", m_dir->filePath(QStringLiteral("cache")).toUtf8());
    m_topicServer = std::make_unique<TestHttpServer>();
    m_topicServer->route(
        kRedditPath,
        ScriptedResponse::ok(digest::test::fixture(QStringLiteral("topics/reddit-top.json")),
                             "application/json"));
    m_modelServer = std::make_unique<TestHttpServer>();
    m_modelServer->route(QString::fromLatin1(openai::chatPath), answer());
    m_site = m_dir->filePath(QStringLiteral("site"));
    digest::test::writeSitePost(m_site, QDate(2026, 11, 30), {kCoveredTitle}, {});
    m_desk = std::make_unique<Desk>(
        std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini"))),
        [] { return morning(); });
    Settings& settings = m_desk->settings();
    settings.setTopicSources(
        {{m_topicServer->url(kRedditPath + QStringLiteral("?t=day")), TopicSection::Consequences}});
    settings.setNetworkTimeoutMs(5000);
    settings.setSiteFolder(m_site);
    settings.setTodayTopics(3);
}

void tst_TodaysDigest::cleanup()
{
    m_desk.reset();
    m_modelServer.reset();
    m_topicServer.reset();
    qunsetenv("XDG_CACHE_HOME");
}

void tst_TodaysDigest::configureModel()
{
    m_desk->settings().setModelBaseUrl(m_modelServer->url(QString()).toString());
    m_desk->settings().setModelName(QStringLiteral("loopback-model"));
}

QString tst_TodaysDigest::todaysPath() const
{
    const digest::Result<QString> relative =
        digest::NewPost::pathFor(m_desk->settings().postPathPattern(), QDate(2026, 12, 1));
    return relative ? QDir(m_site).filePath(relative.value()) : QString();
}

TodaysDigestOutcome tst_TodaysDigest::runToTheEnd()
{
    TodaysDigest& today = m_desk->todaysDigest();
    QSignalSpy finished(&today, &TodaysDigest::finished);
    const digest::Status started = today.start();
    if (!started) {
        qWarning("not started: %s", qPrintable(started.errorMessage()));
        return {TodaysDigestOutcome::Kind::Failed, started.errorMessage()};
    }
    if (!finished.wait(kWaitMs) && finished.isEmpty())
        return {TodaysDigestOutcome::Kind::Failed, QStringLiteral("no end")};
    return finished.takeFirst().at(0).value<TodaysDigestOutcome>();
}

void tst_TodaysDigest::withoutAModelNothingIsFetched()
{
    TodaysDigest& today = m_desk->todaysDigest();
    QCOMPARE(today.whyNot(), Desk::generationSetupHint());
    QSignalSpy steps(&today, &TodaysDigest::stepChanged);
    const digest::Status started = today.start();
    QVERIFY(!started);
    QCOMPARE(started.errorMessage(), Desk::generationSetupHint());
    QVERIFY(!today.isRunning());
    QCOMPARE(steps.count(), 0);
    QTest::qWait(100);
    QCOMPARE(m_topicServer->requestCount(kRedditPath), 0);
    QVERIFY(!QFile::exists(todaysPath()));
}

void tst_TodaysDigest::createsTodaysPostWithTheUncoveredTopicsAndEverySlot()
{
    configureModel();
    TodaysDigest& today = m_desk->todaysDigest();
    QSignalSpy progress(&today, &TodaysDigest::progress);
    QSignalSpy steps(&today, &TodaysDigest::stepChanged);
    const TodaysDigestOutcome outcome = runToTheEnd();
    QVERIFY2(outcome.kind == TodaysDigestOutcome::Kind::Done, qPrintable(outcome.message));

    // The post is today's, at the pattern's path, saved there.
    QCOMPARE(document().path(), todaysPath());
    QVERIFY(QFile::exists(todaysPath()));
    QVERIFY2(!document().isModified(), qPrintable(outcome.message));
    const QString text = document().plainText();
    const digest::Outline outline = digest::parseOutline(text);
    // The three uncovered topics, in the listing's order; yesterday's one left out.
    QCOMPARE(outline.consequences.size(), qsizetype(3));
    for (int i = 0; i < 3; ++i)
        QVERIFY2(outline.consequences.at(i).title.contains(kUncovered.at(i)), qPrintable(text));
    QVERIFY(!text.contains(kCoveredTitle));
    // They are the ones checked in the list.
    const QList<digest::Topic> checked = m_desk->topics().chosenTopics(TopicSection::Consequences);
    QCOMPARE(checked.size(), qsizetype(3));
    QVERIFY(checked.first().title.contains(kUncovered.first()));
    // Every slot holds the model's answer.
    const QList<PlannedSlot> planned = slotsOf(text);
    QCOMPARE(planned.size(), qsizetype(3 * 2 + 2));
    for (const PlannedSlot& slot : planned) {
        QVERIFY2(slot.state == PlannedSlot::State::Filled, qPrintable(slot.id));
        QVERIFY2(slot.text.contains(QStringLiteral("cheaper inference")), qPrintable(slot.id));
    }
    QCOMPARE(outcome.slotsTotal, 8);
    QCOMPARE(outcome.slotsCompleted, 8);
    QCOMPARE(m_modelServer->requestCount(QString::fromLatin1(openai::chatPath)), 8);
    // Progress went through the steps and ended at every slot.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toInt(), 8);
    QCOMPARE(progress.last().at(1).toInt(), 8);
    QList<TodaysDigest::Step> seen;
    for (const QList<QVariant>& step : std::as_const(steps))
        seen.append(step.at(0).value<TodaysDigest::Step>());
    QCOMPARE(seen, (QList<TodaysDigest::Step>{
                       TodaysDigest::Step::FetchingTopics, TodaysDigest::Step::OpeningPost,
                       TodaysDigest::Step::ChoosingTopics, TodaysDigest::Step::Generating,
                       TodaysDigest::Step::Idle}));
    QVERIFY2(outcome.message.contains(QStringLiteral("8 slot")), qPrintable(outcome.message));
}

void tst_TodaysDigest::opensTodaysPostWhenItExistsAndFillsItsEmptySlots()
{
    configureModel();
    // Today's post exists, written by hand: its first item is finished, the rest empty.
    const QString path = todaysPath();
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: \"My own day\"\ndate: 2026-12-01T07:00:00Z\n---\n"
               "## Possible consequences of current developments\n\n"
               "1. **Hand-picked topic**\n\n"
               "   - *Benefits:* Written by me.\n\n"
               "   - *Ramifications:*\n\n"
               "## GPT predicts future events\n\n"
               "- **Artificial General Intelligence** (May 2030): Already mine.\n");
    file.close();
    const QByteArray before = [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    const TodaysDigestOutcome outcome = runToTheEnd();
    QVERIFY2(outcome.kind == TodaysDigestOutcome::Kind::Done, qPrintable(outcome.message));
    QCOMPARE(document().path(), path);
    const QString text = document().plainText();
    // Not replaced: the person's item and words stay, no topic of the list is laid out.
    QVERIFY(text.contains(QStringLiteral("My own day")));
    QVERIFY(text.contains(QStringLiteral("Written by me.")));
    QVERIFY(text.contains(QStringLiteral("Already mine.")));
    QVERIFY(!text.contains(kUncovered.first()));
    // Only the empty slot was asked for and written.
    QCOMPARE(outcome.slotsTotal, 1);
    QCOMPARE(m_modelServer->requestCount(QString::fromLatin1(openai::chatPath)), 1);
    for (const PlannedSlot& slot : slotsOf(text))
        QVERIFY2(slot.state == PlannedSlot::State::Filled, qPrintable(slot.id));
    // The file is the person's to save: it is as they left it.
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void tst_TodaysDigest::stopMidGenerationKeepsTheFinishedSlots()
{
    configureModel();
    // The first answer comes at once; the others never finish.
    ScriptedResponse silent;
    silent.neverAnswer = true;
    m_modelServer->route(QString::fromLatin1(openai::chatPath), {answer(), silent});
    TodaysDigest& today = m_desk->todaysDigest();
    QSignalSpy progress(&today, &TodaysDigest::progress);
    QSignalSpy finished(&today, &TodaysDigest::finished);
    QVERIFY(today.start());
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() == 1, kWaitMs);
    today.stop();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWaitMs);
    const auto outcome = finished.first().at(0).value<TodaysDigestOutcome>();
    QVERIFY2(outcome.kind == TodaysDigestOutcome::Kind::Stopped, qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("Stopped")), qPrintable(outcome.message));
    QCOMPARE(outcome.slotsCompleted, 1);
    QVERIFY(!today.isRunning());
    QCOMPARE(m_desk->drafter().activeCount(), 0);
    // The finished slot is in the post; the post is saved at today's path with it.
    int filled = 0;
    for (const PlannedSlot& slot : slotsOf(document().plainText()))
        filled += slot.text.contains(QStringLiteral("cheaper inference")) ? 1 : 0;
    QCOMPARE(filled, 1);
    QCOMPARE(document().path(), todaysPath());
}

void tst_TodaysDigest::aSourceDownGoesOnWithTheCachedTopics()
{
    configureModel();
    // A first fetch fills the cache; then the source fails.
    QSignalSpy refreshed(&m_desk->topics(), &digest::TopicBoard::refreshed);
    m_desk->topics().refresh();
    QVERIFY(refreshed.wait(kWaitMs));
    m_topicServer->route(kRedditPath, ScriptedResponse::error(503));

    const TodaysDigestOutcome outcome = runToTheEnd();
    QVERIFY2(outcome.kind == TodaysDigestOutcome::Kind::Done, qPrintable(outcome.message));
    QVERIFY2(outcome.message.contains(QStringLiteral("cached topics")),
             qPrintable(outcome.message));
    QVERIFY(!m_desk->topics().messages().isEmpty());
    const digest::Outline outline = digest::parseOutline(document().plainText());
    QCOMPARE(outline.consequences.size(), qsizetype(3));
    QVERIFY(outline.consequences.first().title.contains(kUncovered.first()));
    QCOMPARE(outcome.slotsCompleted, 8);
}

void tst_TodaysDigest::noTopicsAtAllStopsWithAMessage()
{
    configureModel();
    m_topicServer->route(kRedditPath, ScriptedResponse::error(503));
    const TodaysDigestOutcome outcome = runToTheEnd();
    QVERIFY2(outcome.kind == TodaysDigestOutcome::Kind::Failed, qPrintable(outcome.message));
    QVERIFY2(outcome.message.startsWith(QStringLiteral("No topics to write about")),
             qPrintable(outcome.message));
    QCOMPARE(m_modelServer->requestCount(QString::fromLatin1(openai::chatPath)), 0);
    QVERIFY(!QFile::exists(todaysPath()));
}

void tst_TodaysDigest::anEditOfTheFirstFinishedSlotSurvivesTheOthersStreaming()
{
    configureModel();
    // One answer at once; the others after a while, streaming slowly.
    ScriptedResponse slow = answer(1500);
    slow.pieceDelayMs = 100;
    m_modelServer->route(QString::fromLatin1(openai::chatPath), {answer(), slow});
    TodaysDigest& today = m_desk->todaysDigest();
    QSignalSpy finished(&today, &TodaysDigest::finished);
    QString firstDone;
    connect(&m_desk->drafter(), &digest::SlotDrafter::slotStateChanged, this,
            [&](const QString& id, digest::SlotJobState state) {
                if (state == digest::SlotJobState::Done && firstDone.isEmpty())
                    firstDone = id;
            });
    QVERIFY(today.start());
    QTRY_VERIFY_WITH_TIMEOUT(!firstDone.isEmpty(), kWaitMs);
    QVERIFY(today.isRunning());
    QVERIFY(m_desk->drafter().activeCount() > 0);

    // The person types at the end of the finished slot, as in the editor.
    const auto planned = slotsOf(document().plainText());
    const auto slot = std::find_if(planned.cbegin(), planned.cend(),
                                   [&](const PlannedSlot& s) { return s.id == firstDone; });
    QVERIFY(slot != planned.cend());
    QTextDocument* text = document().textDocument();
    const QTextBlock block = text->findBlockByNumber(slot->range.endLine - 1);
    QVERIFY(block.isValid());
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(" Edited by hand."));

    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kWaitMs);
    const auto outcome = finished.first().at(0).value<TodaysDigestOutcome>();
    QVERIFY2(outcome.kind == TodaysDigestOutcome::Kind::Done, qPrintable(outcome.message));
    QCOMPARE(outcome.slotsCompleted, 8);
    const QString after = document().plainText();
    QCOMPARE(after.count(QStringLiteral("Edited by hand.")), 1);
    for (const PlannedSlot& each : slotsOf(after)) {
        QVERIFY2(each.text.contains(QStringLiteral("cheaper inference")), qPrintable(each.id));
        QCOMPARE(each.text.contains(QStringLiteral("Edited by hand.")), each.id == firstDone);
    }
}

void tst_TodaysDigest::aSecondStartWhileRunningIsRefused()
{
    configureModel();
    TodaysDigest& today = m_desk->todaysDigest();
    QSignalSpy finished(&today, &TodaysDigest::finished);
    QVERIFY(today.start());
    const digest::Status again = today.start();
    QVERIFY(!again);
    QCOMPARE(again.errorMessage(), today.whyNot());
    QVERIFY(finished.wait(kWaitMs));
    QCOMPARE(finished.count(), 1);
    QVERIFY(today.whyNot().isEmpty());
}

QTEST_MAIN(tst_TodaysDigest)
#include "tst_todaysdigest.moc"
