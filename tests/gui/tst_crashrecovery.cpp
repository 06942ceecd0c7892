// Crash recovery end to end: an editor killed with SIGKILL while a post has unsaved typing,
// and the next start offering and restoring it.
//
// Why a child program and not only the real digest-editor: a test cannot type into another
// process (no input injection under the offscreen platform, and xdotool under Xvfb would be a
// heavy, flaky dependency), and a hidden typing hook in the product would be a test hook in
// shipped code. So this test program is also the child ("--child ..."): it builds exactly what
// digest-editor's main() builds — the real Desk with the user's settings, the real MainWindow,
// offerRecovery() — and types into the real editor widget with QTest::keyClicks. The parent
// kills it with SIGKILL once its autosave has written the recovery file. Then the real
// digest-editor is started on the same data folder: it must find and claim the recovery (its
// PID in the recovery's lock proves it), and is killed too. Last, the child starts again,
// answers the recovery dialog and reports what the editor holds.
#include "core/settings/settings.h"
#include "core/version.h"
#include "desk/desk.h"
#include "processenvironment.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/recovery/offerrecovery.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {

constexpr int kStartTimeoutMs = 60'000;

QString recoveryFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/recovery");
}

QStringList recoveryFiles()
{
    return QDir(recoveryFolder()).entryList({QStringLiteral("*.recovery")}, QDir::Files);
}

void say(const QByteArray& line)
{
    const QByteArray whole = line + '\n';
    std::fputs(whole.constData(), stdout);
    std::fflush(stdout);
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The child: what digest-editor's main() makes, then one scripted job.
//   --child type FILE TEXT     opens FILE ("" for none), types TEXT, waits for its recovery
//                              file, says "READY", and runs until killed.
//   --child answer BUTTON      answers the recovery dialog with restoreButton, keepButton or
//                              discardButton, says what it offered ("OFFER {...}") and what
//                              the editor holds ("EDITOR {...}"), and ends.
int runChild(int argc, char* argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromLatin1(digest::kOrganizationName));
    QApplication::setApplicationName(QString::fromLatin1(digest::kApplicationName));
    const QStringList args = QApplication::arguments().mid(2);
    digest::Desk desk(std::make_unique<digest::Settings>());
    digest::ui::MainWindow window(desk);
    window.show();
    desk.start();
    auto* editor = window.findChild<digest::ui::MarkdownEditor*>();

    if (args.value(0) == QLatin1String("type")) {
        digest::ui::offerRecovery(desk, window);
        if (!args.value(1).isEmpty() && !window.openFile(args.value(1)))
            return 2;
        editor->setFocus();
        QTest::keyClicks(editor, args.value(2));
        const bool copied = QTest::qWaitFor(
            [&] {
                const QStringList files = recoveryFiles();
                if (files.size() != 1)
                    return false;
                QFile file(recoveryFolder() + u'/' + files.first());
                return file.open(QIODevice::ReadOnly) &&
                       file.readAll().contains(args.value(2).toUtf8());
            },
            kStartTimeoutMs);
        say(copied ? "READY" : "NO COPY");
        return QApplication::exec();
    }

    const QString button = args.value(1);
    bool offered = false;
    auto* answerer = new QTimer(&app);
    answerer->setInterval(50);
    QObject::connect(answerer, &QTimer::timeout, &app, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog || dialog->objectName() != QLatin1String("recoveryDialog"))
            return;
        answerer->stop();
        offered = true;
        auto* warning = dialog->findChild<QLabel*>(QStringLiteral("changedWarning"));
        QJsonObject offer;
        offer.insert(
            QStringLiteral("recovered"),
            dialog->findChild<QPlainTextEdit*>(QStringLiteral("recoveredText"))->toPlainText());
        offer.insert(QStringLiteral("disk"),
                     dialog->findChild<QPlainTextEdit*>(QStringLiteral("diskText"))->toPlainText());
        offer.insert(QStringLiteral("diskCaption"),
                     dialog->findChild<QLabel*>(QStringLiteral("diskTextCaption"))->text());
        offer.insert(QStringLiteral("warning"), warning ? warning->text() : QString());
        say("OFFER " + json(offer));
        dialog->findChild<QAbstractButton*>(button)->click();
    });
    answerer->start();
    digest::ui::offerRecovery(desk, window);
    if (!offered)
        say("NO OFFER");
    QJsonObject state;
    state.insert(QStringLiteral("text"), editor->toPlainText());
    state.insert(QStringLiteral("modified"), desk.session().document().isModified());
    state.insert(QStringLiteral("path"), desk.session().document().path());
    say("EDITOR " + json(state));
    return 0;
}

// Reads a child's lines until one starts with `prefix`; empty on timeout or exit.
QByteArray waitForLine(QProcess& process, const QByteArray& prefix)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < kStartTimeoutMs) {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line.startsWith(prefix))
                return line;
        }
        if (process.state() == QProcess::NotRunning && !process.canReadLine())
            return {};
        process.waitForReadyRead(200);
    }
    return {};
}

QJsonObject jsonAfter(const QByteArray& line, const QByteArray& prefix)
{
    return QJsonDocument::fromJson(line.mid(prefix.size() + 1)).object();
}

} // namespace

class tst_CrashRecovery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void killedWhileTypingRestoresAtTheNextStart_data();
    void killedWhileTypingRestoresAtTheNextStart();
    void aFileChangedSinceIsSaidSoAndCanWait();

private:
    // Starts this program as the child with `args`; stderr goes to the test's log.
    void startChild(QProcess& process, const QStringList& args);
    // Types into a child until its copy is written, then kills it with SIGKILL.
    bool typeAndKill(const QString& file, const QString& text);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_CrashRecovery::initTestCase()
{
    QApplication::setOrganizationName(QString::fromLatin1(digest::kOrganizationName));
    QApplication::setApplicationName(QString::fromLatin1(digest::kApplicationName));
}

void tst_CrashRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The children and the real editor inherit these: settings and recovery files here.
    qputenv("XDG_CONFIG_HOME", m_dir->filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_dir->filePath(QStringLiteral("cache")).toUtf8());
    // Where QSettings looks for the editor's settings under XDG_CONFIG_HOME (written by path:
    // QSettings reads XDG_CONFIG_HOME once per process).
    digest::Settings settings(
        m_dir->filePath(QStringLiteral("config/DigestEditor/digest-editor.conf")));
    settings.setFetchTopicsOnStart(false); // no network
    settings.setSpellingLanguage(QString());
    settings.setAutosaveSeconds(1);
    settings.sync();
}

void tst_CrashRecovery::startChild(QProcess& process, const QStringList& args)
{
    process.setProcessEnvironment(digest::test::pinnedLocaleEnvironment());
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(),
                  QStringList{QStringLiteral("--child")} + args);
}

bool tst_CrashRecovery::typeAndKill(const QString& file, const QString& text)
{
    QProcess child;
    startChild(child, {QStringLiteral("type"), file, text});
    const QByteArray ready = waitForLine(child, "READY");
    if (ready.isEmpty())
        return false;
    ::kill(pid_t(child.processId()), SIGKILL);
    child.waitForFinished();
    return child.exitStatus() == QProcess::CrashExit && recoveryFiles().size() == 1;
}

void tst_CrashRecovery::killedWhileTypingRestoresAtTheNextStart_data()
{
    QTest::addColumn<bool>("untitled");
    QTest::newRow("a post on disk") << false;
    QTest::newRow("untitled, never saved") << true;
}

void tst_CrashRecovery::killedWhileTypingRestoresAtTheNextStart()
{
    QFETCH(bool, untitled);
    const QString path = untitled ? QString() : m_dir->filePath(QStringLiteral("post.md"));
    const QByteArray original = "---\ntitle: \"Before\"\n---\nOn disk.\n";
    if (!untitled) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original);
    }
    const QString typed = QStringLiteral("Typed before the crash. ");
    QVERIFY(typeAndKill(path, typed));
    const QString copy = recoveryFolder() + u'/' + recoveryFiles().first();
    const QString lock =
        QString(copy).replace(QStringLiteral(".recovery"), QStringLiteral(".lock"));

    // The real editor starts: it finds the copy and holds it while it offers it.
    QProcess real;
    real.setProcessEnvironment(digest::test::pinnedLocaleEnvironment());
    real.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    real.start(QStringLiteral(DIGEST_EDITOR_PATH), {});
    QVERIFY(real.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile file(lock);
            return file.open(QIODevice::ReadOnly) &&
                   file.readLine().trimmed() == QByteArray::number(real.processId());
        }(),
        kStartTimeoutMs);
    ::kill(pid_t(real.processId()), SIGKILL);
    real.waitForFinished();
    QVERIFY(QFile::exists(copy));

    QProcess child;
    startChild(child, {QStringLiteral("answer"), QStringLiteral("restoreButton")});
    const QByteArray offerLine = waitForLine(child, "OFFER");
    QVERIFY2(!offerLine.isEmpty(), "the next start offered nothing");
    const QJsonObject offer = jsonAfter(offerLine, "OFFER");
    const QString expected = typed + (untitled ? QString() : QString::fromUtf8(original));
    QCOMPARE(offer.value(QStringLiteral("recovered")).toString(), expected);
    QCOMPARE(offer.value(QStringLiteral("disk")).toString(),
             untitled ? QString() : QString::fromUtf8(original));
    QVERIFY(offer.value(QStringLiteral("warning")).toString().isEmpty());
    if (!untitled)
        QVERIFY(offer.value(QStringLiteral("diskCaption")).toString().contains(u"post.md"));

    const QByteArray editorLine = waitForLine(child, "EDITOR");
    QVERIFY(!editorLine.isEmpty());
    const QJsonObject editor = jsonAfter(editorLine, "EDITOR");
    QCOMPARE(editor.value(QStringLiteral("text")).toString(), expected);
    QVERIFY(editor.value(QStringLiteral("modified")).toBool());
    QCOMPARE(editor.value(QStringLiteral("path")).toString(), path);
    QVERIFY(child.waitForFinished(kStartTimeoutMs));
    QCOMPARE(child.exitCode(), 0);
    // Restored, then ended cleanly: nothing is left to offer.
    QVERIFY(recoveryFiles().isEmpty());
}

void tst_CrashRecovery::aFileChangedSinceIsSaidSoAndCanWait()
{
    const QString path = m_dir->filePath(QStringLiteral("post.md"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Original.\n");
    }
    QVERIFY(typeAndKill(path, QStringLiteral("Mine. ")));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("Newer, written by another program.\n");
    }
    QProcess child;
    startChild(child, {QStringLiteral("answer"), QStringLiteral("keepButton")});
    const QJsonObject offer = jsonAfter(waitForLine(child, "OFFER"), "OFFER");
    QVERIFY2(offer.value(QStringLiteral("warning")).toString().contains(u"changed on disk"),
             qPrintable(offer.value(QStringLiteral("warning")).toString()));
    QCOMPARE(offer.value(QStringLiteral("disk")).toString(),
             QStringLiteral("Newer, written by another program.\n"));
    const QJsonObject editor = jsonAfter(waitForLine(child, "EDITOR"), "EDITOR");
    // Kept for later: nothing restored, the copy still there for the next start.
    QVERIFY(!editor.value(QStringLiteral("modified")).toBool());
    QVERIFY(child.waitForFinished(kStartTimeoutMs));
    QCOMPARE(recoveryFiles().size(), 1);

    QProcess again;
    startChild(again, {QStringLiteral("answer"), QStringLiteral("discardButton")});
    QVERIFY(!waitForLine(again, "OFFER").isEmpty());
    QVERIFY(again.waitForFinished(kStartTimeoutMs));
    QVERIFY(recoveryFiles().isEmpty());
}

int main(int argc, char* argv[])
{
    if (argc >= 2 && qstrcmp(argv[1], "--child") == 0)
        return runChild(argc, argv);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_CrashRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrecovery.moc"
