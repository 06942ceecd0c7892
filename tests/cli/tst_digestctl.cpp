#include "core/outline/outline.h"
#include "core/outline/outlinejson.h"
#include "core/post/postday.h"
#include "core/render/markdownrenderer.h"
#include "core/settings/settings.h"
#include "core/version.h"
#include "processenvironment.h"
#include "testhttpserver.h"
#include "topicfixtures.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <signal.h>
#include <sys/resource.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs digestctl; `childSetup` runs in the child before it starts (limits for it alone).
Run digestctl(const QStringList& arguments, const std::function<void()>& childSetup = {})
{
    QProcess process;
    process.setProcessEnvironment(digest::test::pinnedLocaleEnvironment());
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(QStringLiteral(DIGESTCTL_PATH), arguments);
    if (!process.waitForFinished(30000))
        qFatal("digestctl did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Runs digestctl without blocking this process's event loop, for a loopback server of ours.
Run digestctlBeside(const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(digest::test::pinnedLocaleEnvironment());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(DIGESTCTL_PATH), arguments);
    if (!finished.wait(30000))
        qFatal("digestctl did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// A zone whose day is not UTC's at this hour: twelve hours either side of UTC leave no hour of
// the day when both agree.
QTimeZone zoneOfAnotherDay(const QDateTime& now)
{
    return QTimeZone(now.time().hour() < 10 ? QByteArrayLiteral("Pacific/Pago_Pago")
                                            : QByteArrayLiteral("Pacific/Kiritimati"));
}

QString fixturePath(const char* name)
{
    return QStringLiteral(DIGEST_FIXTURES_DIR "/") + QString::fromLatin1(name);
}

// digestctl reads the user's settings (site folder, file name pattern); while this lives the
// programs started get an empty settings folder of their own instead.
class OwnSettings final
{
public:
    OwnSettings()
        : m_old(qgetenv("XDG_CONFIG_HOME"))
    {
        qputenv("XDG_CONFIG_HOME", m_dir.path().toUtf8());
    }
    ~OwnSettings() { qputenv("XDG_CONFIG_HOME", m_old); }
    Q_DISABLE_COPY_MOVE(OwnSettings)

    // The settings file the programs started read (QSettings' place for the application's
    // settings under XDG_CONFIG_HOME); written through the application's own Settings.
    QString fileName() const
    {
        return m_dir.filePath(QStringLiteral("%1/%2.conf")
                                  .arg(QLatin1String(digest::kOrganizationName),
                                       QLatin1String(digest::kApplicationName)));
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_old;
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_Digestctl final : public QObject
{
    Q_OBJECT

private slots:
    void helpListsTheCommands();
    void versionPrintsTheProjectVersion();
    void renderPrintsTheBodyAsThePreviewShowsIt();
    void renderTakesTomlAndJsonPosts();
    void renderOfAMissingFileIsOneLineAndFails();
    void renderOfAFolderFails();
    void wrongUsageExitsWithTwo();
    void roundtripWritesThePostBackToTheByte();
    void roundtripReportsBrokenFrontMatter();
    void newWritesTheBuiltInPostWhereThePatternSays();
    void newUsesTheSitesArchetype();
    void newNeverOverwritesWithoutForce();
    void newDatesTodayNowAndNeverInTheFuture();
    void newRejectsWrongDatesAndOptions_data();
    void newRejectsWrongDatesAndOptions();
    void newReportsArchetypeErrorsWithFileAndLine();
    void newIsForTodayInTheSitesTimeZone();
    void newOnAFullDiskFailsAndKeepsTheOldPost();
    void topicsCoveredBeforeTodayInTheSitesTimeZone();
    void outlineJsonIsTheCoreOutlineOfThePost();
    void outlineTextListsItemsSlotsAndPredictions();
    void outlineOfAMissingFileIsOneLineAndFails();
    void outlineNeedsExactlyOneFile();
};

void tst_Digestctl::helpListsTheCommands()
{
    const Run run = digestctl({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Usage: "), qPrintable(run.out));
    QVERIFY(run.out.contains(u"render FILE"));
    QVERIFY(run.out.contains(u"--version"));

    const Run renderHelp = digestctl({QStringLiteral("render"), QStringLiteral("--help")});
    QCOMPARE(renderHelp.exitCode, 0);
    QVERIFY(renderHelp.out.contains(u"FILE"));
}

void tst_Digestctl::versionPrintsTheProjectVersion()
{
    const Run run = digestctl({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("digestctl %1\n").arg(QStringLiteral(DIGEST_VERSION)));
}

void tst_Digestctl::renderPrintsTheBodyAsThePreviewShowsIt()
{
    const QString path = fixturePath("canonical.md");
    const Run run = digestctl({QStringLiteral("render"), path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // The preview shows exactly this renderer's output for the same text.
    QCOMPARE(run.out, digest::MarkdownRenderer::postBodyToHtml(QString::fromUtf8(file.readAll())));
    QVERIFY(run.out.startsWith(u"<blockquote>\n<p><em>Notice:</em>"));
    QVERIFY(!run.out.contains(u"showToc"));
    QVERIFY(run.out.contains(u"<h2>GPT predicts future events</h2>"));
}

void tst_Digestctl::renderTakesTomlAndJsonPosts()
{
    for (const char* name : {"toml-front-matter.md", "json-front-matter.md"}) {
        const Run run = digestctl({QStringLiteral("render"), fixturePath(name)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"<h2>Heading after"), qPrintable(run.out));
    }
}

void tst_Digestctl::renderOfAMissingFileIsOneLineAndFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.md"));
    const Run run = digestctl({QStringLiteral("render"), path});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.startsWith(u"digestctl: "), qPrintable(run.err));
    QVERIFY(run.err.contains(path));
}

void tst_Digestctl::renderOfAFolderFails()
{
    QTemporaryDir dir;
    const Run run = digestctl({QStringLiteral("render"), dir.path()});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(u"folder"), qPrintable(run.err));
}

void tst_Digestctl::wrongUsageExitsWithTwo()
{
    QCOMPARE(digestctl({}).exitCode, 2);
    const Run unknown = digestctl({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(u"frobnicate"));
    QCOMPARE(digestctl({QStringLiteral("render")}).exitCode, 2);
    QCOMPARE(digestctl({QStringLiteral("render"), QStringLiteral("a.md"), QStringLiteral("b.md")})
                 .exitCode,
             2);
}

void tst_Digestctl::roundtripWritesThePostBackToTheByte()
{
    QTemporaryDir dir;
    QFile original(fixturePath("frontmatter/yaml-styles.md"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    bytes.replace("\n", "\r\n");
    bytes.prepend("\xEF\xBB\xBF");
    const QString path = dir.filePath(QStringLiteral("crlf-bom.md"));
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(bytes);
    copy.close();

    QProcess process;
    process.setProcessEnvironment(digest::test::pinnedLocaleEnvironment());
    process.start(QStringLiteral(DIGESTCTL_PATH), {QStringLiteral("roundtrip"), path});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), bytes);
    QCOMPARE(process.readAllStandardError(), QByteArray());
}

void tst_Digestctl::roundtripReportsBrokenFrontMatter()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: ok\ntags: [a, b\n---\nBody\n");
    file.close();

    const Run run = digestctl({QStringLiteral("roundtrip"), path});
    QCOMPARE(run.exitCode, 1);
    // The text is still written out whole; the problem is one line on stderr.
    QCOMPARE(run.out, QStringLiteral("---\ntitle: ok\ntags: [a, b\n---\nBody\n"));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(u"YAML") && run.err.contains(u"line"), qPrintable(run.err));
}

void tst_Digestctl::newWritesTheBuiltInPostWhereThePatternSays()
{
    const OwnSettings settings;
    QTemporaryDir site;
    const Run run =
        digestctl({QStringLiteral("new"), QStringLiteral("--date"), QStringLiteral("2025-06-09"),
                   QStringLiteral("--site"), site.path()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QString path =
        site.filePath(QStringLiteral("content/posts/2025-06-09-ai-auto-summary.md"));
    QCOMPARE(run.out, path + u'\n');
    const QString text = QString::fromUtf8(readAll(path));
    QVERIFY(text.contains(u"\ndate: 2025-06-09T05:00:00Z\ndraft: false\n"));
    QVERIFY(text.contains(u"\"automated content\", \"gpt-4o-mini\"]"));
    QVERIFY(text.contains(u"\n---\n> *Notice:* This post has been automatically generated"));

    const QString elsewhere = site.filePath(QStringLiteral("elsewhere.md"));
    const Run other =
        digestctl({QStringLiteral("new"), QStringLiteral("--date=2025-06-08"), QStringLiteral("-o"),
                   elsewhere, QStringLiteral("--model"), QStringLiteral("gpt-4.1-mini")});
    QCOMPARE(other.exitCode, 0);
    QCOMPARE(other.out, elsewhere + u'\n');
    QVERIFY(readAll(elsewhere).contains("\"automated content\", \"gpt-4.1-mini\"]"));
}

void tst_Digestctl::newUsesTheSitesArchetype()
{
    const OwnSettings settings;
    QTemporaryDir site;
    QVERIFY(writeAll(site.filePath(QStringLiteral("archetypes/default.md")), "default\n"));
    QVERIFY(writeAll(site.filePath(QStringLiteral("archetypes/posts.md")),
                     "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\n"
                     "date: {{ .Date }}\n---\n"));
    const Run run =
        digestctl({QStringLiteral("new"), QStringLiteral("--date"), QStringLiteral("2025-06-09"),
                   QStringLiteral("--site"), site.path()});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(readAll(run.out.trimmed()), QByteArray("---\ntitle: \"2025 06 09 Ai Auto Summary\"\n"
                                                    "date: 2025-06-09T05:00:00Z\n---\n"));
}

void tst_Digestctl::newNeverOverwritesWithoutForce()
{
    const OwnSettings settings;
    QTemporaryDir site;
    const QString path =
        site.filePath(QStringLiteral("content/posts/2025-06-09-ai-auto-summary.md"));
    QVERIFY(writeAll(path, "edited by hand\n"));
    const QStringList arguments{QStringLiteral("new"), QStringLiteral("--date"),
                                QStringLiteral("2025-06-09"), QStringLiteral("--site"),
                                site.path()};

    const Run refused = digestctl(arguments);
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.out, QString());
    QCOMPARE(refused.err.count(u'\n'), 1);
    QVERIFY2(refused.err.contains(path) && refused.err.contains(u"--force"),
             qPrintable(refused.err));
    QCOMPARE(readAll(path), QByteArray("edited by hand\n"));

    const Run forced = digestctl(arguments + QStringList{QStringLiteral("--force")});
    QCOMPARE(forced.exitCode, 0);
    QVERIFY(readAll(path).startsWith("---\ntitle: \"[Daily Automated AI Summary]\"\n"));
}

void tst_Digestctl::newDatesTodayNowAndNeverInTheFuture()
{
    const OwnSettings settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("today.md"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const QString today = before.addSecs(1).date().toString(Qt::ISODate);
    const Run run = digestctl(
        {QStringLiteral("new"), QStringLiteral("--date"), today, QStringLiteral("-o"), path});
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(readAll(path));
    const qsizetype at = text.indexOf(u"\ndate: ") + 7;
    const QDateTime date = QDateTime::fromString(text.mid(at, 20), Qt::ISODate);
    QVERIFY2(text.mid(at + 19, 1) == u"Z", qPrintable(text.mid(at, 20)));
    QVERIFY(date.isValid());
    QVERIFY(date.date() == before.date() || date.date() == before.date().addDays(1));
    QVERIFY(date <= QDateTime::currentDateTimeUtc());
    QVERIFY(date >= before.addSecs(-1));
}

void tst_Digestctl::newRejectsWrongDatesAndOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("-o");
    const QString file = QStringLiteral("never-written.md");
    const auto date = [](const char* day) -> QString {
        return QStringLiteral("--date=") + QLatin1String(day);
    };
    QTest::newRow("month 13") << QStringList{date("2025-13-01"), out, file}
                              << QStringLiteral("2025-13-01");
    QTest::newRow("no leading zeros")
        << QStringList{date("2025-6-1"), out, file} << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("a word") << QStringList{date("yesterday"), out, file}
                            << QStringLiteral("yesterday");
    QTest::newRow("the future") << QStringList{date("2999-01-01"), out, file}
                                << QStringLiteral("future");
    QTest::newRow("nowhere to write")
        << QStringList{date("2025-06-09")} << QStringLiteral("--site");
    QTest::newRow("not a model") << QStringList{date("2025-06-09"), out, file,
                                                QStringLiteral("--model=a b")}
                                 << QStringLiteral("model");
    QTest::newRow("a file argument")
        << QStringList{date("2025-06-09"), file} << QStringLiteral("-o FILE");
}

void tst_Digestctl::newRejectsWrongDatesAndOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const OwnSettings settings;
    QTemporaryDir dir;
    QProcess process;
    process.setProcessEnvironment(digest::test::pinnedLocaleEnvironment());
    process.setWorkingDirectory(dir.path());
    process.start(QStringLiteral(DIGESTCTL_PATH), QStringList{QStringLiteral("new")} + arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 2);
    QCOMPARE(err.count(u'\n'), 1);
    QVERIFY2(err.startsWith(u"digestctl: ") && err.contains(message), qPrintable(err));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("never-written.md"))));
}

void tst_Digestctl::newReportsArchetypeErrorsWithFileAndLine()
{
    const OwnSettings settings;
    QTemporaryDir site;
    const QString archetype = site.filePath(QStringLiteral("archetypes/posts.md"));
    QVERIFY(writeAll(archetype, "---\ntitle: {{ .Site.Title }}\n---\n"));
    const Run run = digestctl({QStringLiteral("new"), QStringLiteral("--date=2025-06-09"),
                               QStringLiteral("--site"), site.path()});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(archetype + QStringLiteral(", line 2:")), qPrintable(run.err));
    QVERIFY(!QFile::exists(site.filePath(QStringLiteral("content"))));

    const Run missing =
        digestctl({QStringLiteral("new"), QStringLiteral("--date=2025-06-09"),
                   QStringLiteral("--site"), site.filePath(QStringLiteral("nope"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(u"does not exist"));
}

void tst_Digestctl::newIsForTodayInTheSitesTimeZone()
{
    const OwnSettings settings;
    // A zone whose day is not UTC's at this hour: twelve hours either side of UTC leave no
    // hour of the day when both agree.
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QTimeZone zone = zoneOfAnotherDay(before);
    QVERIFY(zone.isValid());
    QVERIFY(digest::postDay(before, zone) != digest::postDay(before));
    {
        digest::Settings written(settings.fileName());
        written.setSiteTimeZone(zone);
        written.sync();
    }

    QTemporaryDir site;
    const Run run = digestctl({QStringLiteral("new"), QStringLiteral("--site"), site.path()});
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const auto pathFor = [&site](const QDate& day) {
        return site.filePath(
            QStringLiteral("content/posts/%1-ai-auto-summary.md").arg(day.toString(Qt::ISODate)));
    };
    const QString written = run.out.trimmed();
    QVERIFY2(written == pathFor(digest::postDay(before, zone)) ||
                 written == pathFor(digest::postDay(after, zone)),
             qPrintable(written));
    QVERIFY(QFile::exists(written));

    // --date is "today or earlier" in the site's zone too: its today is fine even where UTC's
    // is a day behind, its tomorrow is the future even where UTC's is already there.
    const QDate today = digest::postDay(QDateTime::currentDateTimeUtc(), zone);
    const auto newFor = [&site](const QDate& day) {
        return digestctl({QStringLiteral("new"),
                          QStringLiteral("--date=") + day.toString(Qt::ISODate),
                          QStringLiteral("-o"), site.filePath(QStringLiteral("dated.md")),
                          QStringLiteral("--force")});
    };
    const Run ofToday = newFor(today);
    const Run ofTomorrow = newFor(today.addDays(1));
    if (digest::postDay(QDateTime::currentDateTimeUtc(), zone) == today) {
        QCOMPARE(ofToday.exitCode, 0);
        QCOMPARE(ofTomorrow.exitCode, 2);
        QVERIFY2(ofTomorrow.err.contains(QString::fromUtf8(zone.id())), qPrintable(ofTomorrow.err));
    }

    const Run help = digestctl({QStringLiteral("new"), QStringLiteral("--help")});
    QVERIFY2(help.out.contains(QStringLiteral("site's time zone")), qPrintable(help.out));
}

void tst_Digestctl::newOnAFullDiskFailsAndKeepsTheOldPost()
{
    const OwnSettings settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("POST.md"));
    const QByteArray old = "---\ntitle: \"Written by hand\"\n---\nKeep me.\n";
    QVERIFY(writeAll(path, old));

    // The disk is full for digestctl alone: no file of it may grow past 64 bytes (smaller than
    // the new post, and than QSaveFile's buffer), and a write past it fails with EFBIG instead
    // of killing the process.
    const Run run = digestctl({QStringLiteral("new"), QStringLiteral("--date=2025-06-09"),
                               QStringLiteral("-o"), path, QStringLiteral("--force")},
                              [] {
                                  const rlimit limit{64, 64};
                                  ::setrlimit(RLIMIT_FSIZE, &limit);
                                  ::signal(SIGXFSZ, SIG_IGN);
                              });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.startsWith(u"digestctl: ") && run.err.contains(path), qPrintable(run.err));
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("POST.md")});
}

void tst_Digestctl::topicsCoveredBeforeTodayInTheSitesTimeZone()
{
    using digest::test::ScriptedResponse;
    const OwnSettings settings;
    QTemporaryDir dir;
    digest::test::clearProxyEnvironment();
    const digest::test::ScopedEnvironment environment(
        {{"XDG_CACHE_HOME", dir.filePath(QStringLiteral("cache")).toUtf8()},
         {"DIGEST_TOPIC_SOURCES", {}}});
    digest::test::TestHttpServer server;
    server.route(
        QStringLiteral("/r/MachineLearning/top.json"),
        ScriptedResponse::ok(digest::test::fixture(QStringLiteral("topics/reddit-top.json")),
                             "application/json"));
    const QTimeZone zone = zoneOfAnotherDay(QDateTime::currentDateTimeUtc());
    QVERIFY(zone.isValid());
    {
        digest::Settings written(settings.fileName());
        written.setSiteTimeZone(zone);
        written.sync();
    }

    const QString site = dir.filePath(QStringLiteral("site"));
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QDate today = digest::postDay(QDateTime::currentDateTimeUtc(), zone);
        // Today's own post (in the site's zone) and the day before's.
        digest::test::writeSitePost(
            site, today, {QStringLiteral("Sparse Routers That Learn When To Stop Thinking")}, {});
        digest::test::writeSitePost(
            site, today.addDays(-1),
            {QStringLiteral("How do you keep eval sets from leaking into pre-training data")}, {});
        const Run run =
            digestctlBeside({QStringLiteral("topics"), QStringLiteral("--json"),
                             QStringLiteral("--site"), site, QStringLiteral("--source"),
                             server.url(QStringLiteral("/r/MachineLearning/top.json")).toString()});
        if (digest::postDay(QDateTime::currentDateTimeUtc(), zone) != today)
            continue; // midnight in the site's zone passed while it ran: once more
        QCOMPARE(run.exitCode, 0);
        const QStringList covered = digest::test::coveredTopics(run.out);
        QCOMPARE(covered.size(), 1);
        QVERIFY2(covered.first().startsWith(today.addDays(-1).toString(Qt::ISODate)) &&
                     covered.first().contains(u"How do you keep eval sets"),
                 qPrintable(covered.first()));
        return;
    }
    QFAIL("The site's day changed during both runs.");
}

void tst_Digestctl::outlineJsonIsTheCoreOutlineOfThePost()
{
    const QString path = fixturePath("canonical.md");
    const Run run = digestctl({QStringLiteral("outline"), path, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(json.isObject(), qPrintable(error.errorString()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(json.object(),
             digest::outlineToJson(digest::parseOutline(QString::fromUtf8(file.readAll()))));
    const QJsonObject second = json.object().value(u"consequences").toArray().at(1).toObject();
    QCOMPARE(second.value(u"title").toString(),
             QStringLiteral("A public benchmark for lab-notebook reasoning"));
    const QJsonObject ramifications = second.value(u"ramifications").toObject();
    QCOMPARE(ramifications.value(u"present").toBool(), true);
    QCOMPARE(ramifications.value(u"range").toObject().value(u"startLine").toInt(), 35);
    QCOMPARE(json.object().value(u"predictions").toArray().at(0).toObject().value(u"when"),
             QJsonValue(QStringLiteral("March 2031")));
}

void tst_Digestctl::outlineTextListsItemsSlotsAndPredictions()
{
    const Run run = digestctl({QStringLiteral("outline"), fixturePath("canonical.md")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"## Possible consequences of current developments"),
             qPrintable(run.out));
    QVERIFY(run.out.contains(u"  2. A public benchmark for lab-notebook reasoning"));
    QVERIFY(run.out.contains(u"Ramifications (line 35): Teams may tune to the benchmark"));
    QVERIFY(run.out.contains(u"  - New survey maps the energy cost of fine-tuning"));
    QVERIFY(run.out.contains(u"  - Technological Singularity (October 2045)"));
}

void tst_Digestctl::outlineOfAMissingFileIsOneLineAndFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.md"));
    const Run run = digestctl({QStringLiteral("outline"), QStringLiteral("--json"), path});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.startsWith(u"digestctl: ") && run.err.contains(path), qPrintable(run.err));
}

void tst_Digestctl::outlineNeedsExactlyOneFile()
{
    QCOMPARE(digestctl({QStringLiteral("outline")}).exitCode, 2);
    QCOMPARE(digestctl({QStringLiteral("outline"), QStringLiteral("a.md"), QStringLiteral("b.md")})
                 .exitCode,
             2);
    const Run help = digestctl({QStringLiteral("outline"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"--json"));
}

QTEST_GUILESS_MAIN(tst_Digestctl)
#include "tst_digestctl.moc"
