// `digestctl lint` as a user runs it: the real binary, its lines and its exit codes.

#include "postfixtures.h"
#include "processenvironment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString post(const QString& draft = u"false"_s,
             const QString& notice = digest::test::sampleNotice())
{
    digest::test::SamplePost post;
    post.draft = draft;
    post.notice = notice;
    return post.text();
}

struct Run
{
    int exitCode = -1;
    QStringList lines;
    QString err;
};

class TestDigestctlLint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    QTemporaryDir m_data; // the personal dictionary's folder

    QString write(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    Run lint(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = digest::test::pinnedLocaleEnvironment();
        // Default settings: the site's time zone is UTC.
        environment.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
        environment.insert(u"XDG_DATA_HOME"_s, m_data.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(DIGESTCTL_PATH), QStringList{u"lint"_s} + arguments);
        if (!process.waitForFinished(30000))
            qFatal("digestctl did not finish");
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                out.split(u'\n', Qt::SkipEmptyParts),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void aCleanPostPrintsNothing()
    {
        const Run run = lint({write(u"2025-06-10-clean.md"_s, post())});
        QCOMPARE(run.lines, QStringList());
        QCOMPARE(run.exitCode, 0);
    }

    void warningsAloneExitZero()
    {
        const QString path = write(u"2025-06-10-draft.md"_s, post(u"true"_s));
        const Run run = lint({path});
        QCOMPARE(run.lines,
                 QStringList({path + u":4:1: warning: The post is a draft; Hugo does not publish "
                                     u"it. [draft-on]"_s}));
        QCOMPARE(run.exitCode, 0);
    }

    void errorsOfEveryFileExitOne()
    {
        const QString draft = write(u"2025-06-10-draft.md"_s, post(u"true"_s));
        const QString altered =
            write(u"2025-06-10-altered.md"_s, post(u"false"_s, u"> *Notice:* Generated."_s));
        const Run run = lint({draft, altered});
        QCOMPARE(run.lines,
                 QStringList({draft + u":4:1: warning: The post is a draft; Hugo does not publish "
                                      u"it. [draft-on]"_s,
                              altered + u":8:1: error: The notice is not the site's, word for "
                                        u"word. [disclaimer]"_s}));
        QCOMPARE(run.exitCode, 1);
    }

    void theSitesArchetypeGivesTheNotice()
    {
        write(u"site/archetypes/default.md"_s,
              u"---\ntitle: \"x\"\n---\n> Written by a machine.\n\nBody\n"_s);
        const QString path = write(u"2025-06-10-clean.md"_s, post());
        const Run run = lint({path, u"--site"_s, m_dir.filePath(u"site"_s)});
        QCOMPARE(run.lines, QStringList({path + u":8:1: error: The notice is not the site's, word "
                                                u"for word. [disclaimer]"_s}));
        QCOMPARE(run.exitCode, 1);
    }

    // With --site, the site's posts tell which topics were covered before: an earlier post's,
    // not the post's own nor a later one's.
    void topicsCoveredBeforeAreWarnedOf()
    {
        QTemporaryDir site;
        const auto writeIn = [&site](const QString& name, const QString& text) {
            const QString path = site.filePath(u"content/posts/"_s + name);
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
                qFatal("cannot write %s", qPrintable(path));
            return path;
        };
        QString earlier = post();
        earlier.replace(u"2025-06-10T05:36:31Z"_s, u"2025-06-08T05:36:31Z"_s);
        writeIn(u"2025-06-08-ai-auto-summary.md"_s, earlier);
        const QString today = writeIn(u"2025-06-10-ai-auto-summary.md"_s, post());
        const Run run = lint({u"--site"_s, site.path(), today});
        QCOMPARE(run.lines,
                 QStringList({today + u":12:6: warning: \"Open weights model tops a benchmark\" "
                                      u"was covered in 2025-06-08-ai-auto-summary.md. "
                                      u"[topic-covered]"_s}));
        QCOMPARE(run.exitCode, 0);
        // The earlier post covered nothing before it.
        const Run first = lint({u"--site"_s, site.path(),
                                site.filePath(u"content/posts/2025-06-08-ai-auto-summary.md"_s)});
        QCOMPARE(first.lines, QStringList());
    }

    void theModelMustBeTagged()
    {
        const QString path = write(u"2025-06-10-clean.md"_s, post());
        const Run run = lint({u"--model"_s, u"gpt-4.1"_s, path});
        QCOMPARE(
            run.lines,
            QStringList({path + u":6:1: error: No tag names the model gpt-4.1. [model-tag]"_s}));
        QCOMPARE(run.exitCode, 1);
    }

    void json()
    {
        const QString path = write(u"2025-06-10-draft.md"_s, post(u"true"_s));
        const Run run = lint({u"--json"_s, path});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray problems = QJsonDocument::fromJson(run.lines.join(u'\n').toUtf8()).array();
        QCOMPARE(problems.size(), 1);
        const QJsonObject problem = problems.first().toObject();
        QCOMPARE(problem.value(u"file"_s).toString(), path);
        QCOMPARE(problem.value(u"line"_s).toInt(), 4);
        QCOMPARE(problem.value(u"column"_s).toInt(), 1);
        QCOMPARE(problem.value(u"severity"_s).toString(), u"warning"_s);
        QCOMPARE(problem.value(u"rule"_s).toString(), u"draft-on"_s);
    }

    // Spelling: the settings' language (en_US by default), --spell LANG, --no-spell.
    void spellingFollowsTheSettingsAndTheOptions()
    {
        const QString path = write(u"2025-06-10-typo.md"_s,
                                   post().replace(u"Misuse becomes"_s, u"Misuse becomse"_s));
        const QString typo =
            path + u":18:13: warning: \u201Cbecomse\u201D may be misspelt [spelling]"_s;
        QCOMPARE(lint({path}).lines, QStringList({typo}));
        QCOMPARE(lint({u"--no-spell"_s, path}).lines, QStringList());
        // The settings turn it off; --spell turns it on again.
        const QString settingsFile = m_config.filePath(u"DigestEditor/digest-editor.conf"_s);
        QDir().mkpath(QFileInfo(settingsFile).absolutePath());
        QFile file(settingsFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[spelling]\nlanguage=\n");
        file.close();
        const Run off = lint({path});
        const Run on = lint({u"--spell"_s, u"en_US"_s, path});
        QVERIFY(QFile::remove(settingsFile));
        QCOMPARE(off.lines, QStringList());
        QCOMPARE(on.lines, QStringList({typo}));
        QCOMPARE(on.err, QString());
    }

    // No such dictionary: one line on stderr, and the other rules still run.
    void aMissingDictionaryWarnsAndLintGoesOn()
    {
        const QString path =
            write(u"2025-06-10-draft.md"_s,
                  post(u"true"_s).replace(u"Misuse becomes"_s, u"Misuse becomse"_s));
        const Run run = lint({u"--spell"_s, u"xx_YY"_s, path});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.lines,
                 QStringList({path + u":4:1: warning: The post is a draft; Hugo does not publish "
                                     u"it. [draft-on]"_s}));
        QVERIFY2(run.err.startsWith(u"digestctl: warning: "_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"xx_YY"_s), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
    }

    void wrongCommandLinesExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no file") << QStringList();
        QTest::newRow("unknown option") << QStringList({u"--frobnicate"_s, u"x.md"_s});
        QTest::newRow("bad model") << QStringList({u"--model"_s, u"not a model"_s, u"x.md"_s});
        QTest::newRow("spell and no spell")
            << QStringList({u"--spell"_s, u"en_US"_s, u"--no-spell"_s, u"x.md"_s});
    }
    void wrongCommandLinesExitTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = lint(arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.lines, QStringList());
        QVERIFY(run.err.startsWith(u"digestctl: "));
    }

    void aFileThatCannotBeReadExitsOne()
    {
        const Run run = lint({m_dir.filePath(u"absent.md"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestDigestctlLint)
#include "tst_digestctl_lint.moc"
