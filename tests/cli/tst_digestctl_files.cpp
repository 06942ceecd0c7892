// digestctl's files in and out: a post never lost on a failed write, only regular files
// replaced, no-clobber that holds under concurrent calls, reads that never hang, and standard
// output whose failure is an error.
#include "processenvironment.h"
#include "specialfiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace digest::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QProcess* startDigestctl(const QStringList& arguments, const std::function<void()>& childSetup,
                         const QString& standardOutput = {},
                         const QString& program = QStringLiteral(DIGESTCTL_PATH))
{
    auto* process = new QProcess;
    QProcessEnvironment environment = pinnedLocaleEnvironment();
    // An empty settings folder: no user's site or pattern.
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + u"/no-such-config");
    process->setProcessEnvironment(environment);
    if (childSetup)
        process->setChildProcessModifier(childSetup);
    if (!standardOutput.isEmpty())
        process->setStandardOutputFile(standardOutput);
    process->start(program, arguments);
    return process;
}

// Runs digestctl; one that has not finished in 10 s hangs, and is killed (exit code -2).
Run digestctl(const QStringList& arguments, const std::function<void()>& childSetup = {},
              const QString& standardOutput = {},
              const QString& program = QStringLiteral(DIGESTCTL_PATH))
{
    std::unique_ptr<QProcess> process(
        startDigestctl(arguments, childSetup, standardOutput, program));
    if (!process->waitForFinished(10000)) {
        process->kill();
        process->waitForFinished();
        return {-2, {}, QStringLiteral("<hung>")};
    }
    return {process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
            QString::fromUtf8(process->readAllStandardOutput()),
            QString::fromUtf8(process->readAllStandardError())};
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList newPostTo(const QString& path, bool force)
{
    QStringList arguments{QStringLiteral("new"), QStringLiteral("--date=2025-06-09"),
                          QStringLiteral("-o"), path};
    if (force)
        arguments << QStringLiteral("--force");
    return arguments;
}

const QByteArray kOldPost = "---\ntitle: \"Written by hand\"\n---\nKeep me.\n";

} // namespace

class tst_DigestctlFiles final : public QObject
{
    Q_OBJECT

private slots:
    void newOverAPostWithAFileSizeLimitKeepsIt();
    void newOnAFullTmpfsKeepsThePost();
    void newNeverReplacesANodeThatIsNotAFile_data();
    void newNeverReplacesANodeThatIsNotAFile();
    void newThroughASymlinkWritesItsTarget();
    void concurrentNewWithoutForceHasOneWinner();
    void readingOddFilesFailsWithTheReason_data();
    void readingOddFilesFailsWithTheReason();
    void publishOfAFifoFailsAtOnce();
    void unreadableFileSaysPermissionDenied();
    void aFullStandardOutputIsAFailure_data();
    void aFullStandardOutputIsAFailure();
};

void tst_DigestctlFiles::newOverAPostWithAFileSizeLimitKeepsIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("POST.md"));
    QVERIFY(writeAll(path, kOldPost));
    const Run run = digestctl(newPostTo(path, true), [] {
        const rlimit limit{64, 64};
        ::setrlimit(RLIMIT_FSIZE, &limit);
        ::signal(SIGXFSZ, SIG_IGN);
    });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    // The system's reason, EFBIG's words.
    QVERIFY2(run.err.contains(path) && run.err.contains(u"File too large"), qPrintable(run.err));
    QCOMPARE(readAll(path), kOldPost);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
             QStringList{QStringLiteral("POST.md")});
}

void tst_DigestctlFiles::newOnAFullTmpfsKeepsThePost()
{
    const SmallTmpfs disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.reason()));
    const QString path = disk.filePath(QStringLiteral("POST.md"));
    QVERIFY(writeAll(path, kOldPost));
    QVERIFY(disk.fill());
    const Run run = digestctl(newPostTo(path, true));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(path) && run.err.contains(u"No space left on device"),
             qPrintable(run.err));
    QCOMPARE(readAll(path), kOldPost);
    QStringList left = QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    left.sort();
    QCOMPARE(left, (QStringList{QStringLiteral("POST.md"), QStringLiteral("filler")}));
}

void tst_DigestctlFiles::newNeverReplacesANodeThatIsNotAFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("force");
    for (const bool force : {true, false}) {
        const char* how = force ? " --force" : "";
        for (const char* kind : {"fifo", "device", "symlink to a device", "folder", "socket"})
            QTest::addRow("%s%s", kind, how) << QString::fromLatin1(kind) << force;
    }
}

void tst_DigestctlFiles::newNeverReplacesANodeThatIsNotAFile()
{
    QFETCH(QString, kind);
    QFETCH(bool, force);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("NODE"));
    QString node = path;
    QString failed;
    if (kind == u"fifo")
        failed = makeFifo(path);
    else if (kind == u"folder")
        failed = QDir().mkdir(path) ? QString() : QStringLiteral("mkdir failed");
    else if (kind == u"socket")
        failed = makeSocket(path);
    else if (kind == u"device")
        failed = makeNullDevice(path);
    else {
        node = dir.filePath(QStringLiteral("null"));
        failed = makeNullDevice(node);
        if (failed.isEmpty() && !QFile::link(node, path))
            failed = QStringLiteral("symlink failed");
    }
    if (!failed.isEmpty())
        QSKIP(qPrintable(u"cannot make a " + kind + u": " + failed));
    const mode_t type = nodeType(node);

    const Run run = digestctl(newPostTo(path, force));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"not a regular file") || run.err.contains(u"folder"),
             qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"--force"), qPrintable(run.err));
    QCOMPARE(nodeType(node), type);
    if (node != path)
        QVERIFY(QFileInfo(path).isSymLink());
}

void tst_DigestctlFiles::newThroughASymlinkWritesItsTarget()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("real.md"));
    const QString link = dir.filePath(QStringLiteral("link.md"));
    QVERIFY(writeAll(target, kOldPost));
    QVERIFY(QFile::link(target, link));
    const Run run = digestctl(newPostTo(link, true));
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), target);
    QVERIFY(readAll(target).startsWith("---\n"));
    QVERIFY(readAll(target) != kOldPost);
}

void tst_DigestctlFiles::concurrentNewWithoutForceHasOneWinner()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("SAME.md"));
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 20; ++i)
        processes.emplace_back(startDigestctl(newPostTo(path, false), {}));
    int winners = 0;
    for (const auto& process : processes) {
        QVERIFY(process->waitForFinished(30000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        if (process->exitCode() == 0) {
            ++winners;
            continue;
        }
        QCOMPARE(process->exitCode(), 1);
        QVERIFY2(err.contains(u"already exists"), qPrintable(err));
    }
    QCOMPARE(winners, 1);
    // One whole post, as one run alone writes it; nothing else left in the folder.
    QTemporaryDir alone;
    const QString single = alone.filePath(QStringLiteral("SAME.md"));
    QCOMPARE(digestctl(newPostTo(single, false)).exitCode, 0);
    QCOMPARE(readAll(path), readAll(single));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("SAME.md")});
}

void tst_DigestctlFiles::readingOddFilesFailsWithTheReason_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    for (const char* command : {"render", "outline", "roundtrip", "lint"}) {
        QTest::addRow("%s fifo", command) << command << "fifo"
                                          << "not a regular file";
        QTest::addRow("%s loop", command) << command << "loop"
                                          << "symbolic links";
        QTest::addRow("%s missing", command) << command << "missing"
                                             << "does not exist";
        QTest::addRow("%s too big", command) << command << "big"
                                             << "8 MB";
    }
}

void tst_DigestctlFiles::readingOddFilesFailsWithTheReason()
{
    QFETCH(QString, command);
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    if (kind == u"fifo") {
        // No writer ever comes: a blocking open would wait forever.
        if (const QString failed = makeFifo(path); !failed.isEmpty())
            QSKIP(qPrintable(failed));
    } else if (kind == u"loop") {
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("other.md")), path));
        QVERIFY(QFile::link(path, dir.filePath(QStringLiteral("other.md"))));
    } else if (kind == u"big") {
        QVERIFY(writeAll(path, "---\ntitle: big\n---\n" + QByteArray(9 * 1024 * 1024, 'a')));
    }
    const Run run = digestctl({command, path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(path) && run.err.contains(expected), qPrintable(run.err));
}

void tst_DigestctlFiles::publishOfAFifoFailsAtOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    if (const QString failed = makeFifo(path); !failed.isEmpty())
        QSKIP(qPrintable(failed));
    const Run run = digestctl({QStringLiteral("publish"), QStringLiteral("--site"), dir.path(),
                               QStringLiteral("--no-push"), path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(path) && run.err.contains(u"not a regular file"),
             qPrintable(run.err));
}

void tst_DigestctlFiles::unreadableFileSaysPermissionDenied()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("post.md"));
    QVERIFY(writeAll(path, kOldPost));
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777)));
    // Root reads anything: the command runs as nobody then, from a copy nobody may run (the
    // build folder may lie in a folder only root can enter, as a fresh clone in mktemp -d does).
    const bool root = ::geteuid() == 0;
    QTemporaryDir bin;
    QString program = QStringLiteral(DIGESTCTL_PATH);
    if (root) {
        const auto everyone = QFileDevice::Permissions(0x7755);
        program = bin.filePath(QStringLiteral("digestctl"));
        QVERIFY(QFile::copy(QStringLiteral(DIGESTCTL_PATH), program));
        QVERIFY(QFile::setPermissions(program, everyone));
        QVERIFY(QFile::setPermissions(bin.path(), everyone));
    }
    const Run run = digestctl(
        {QStringLiteral("render"), path},
        [root] {
            if (root && (::setgid(65534) != 0 || ::setuid(65534) != 0))
                ::_exit(99);
        },
        {}, program);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(path) && run.err.contains(u"Permission denied"), qPrintable(run.err));
}

void tst_DigestctlFiles::aFullStandardOutputIsAFailure_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString post = QStringLiteral(DIGEST_FIXTURES_DIR "/canonical.md");
    QTest::newRow("render") << QStringList{QStringLiteral("render"), post};
    QTest::newRow("outline") << QStringList{QStringLiteral("outline"), post};
    QTest::newRow("outline --json")
        << QStringList{QStringLiteral("outline"), QStringLiteral("--json"), post};
    QTest::newRow("roundtrip") << QStringList{QStringLiteral("roundtrip"), post};
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
    QTest::newRow("render --help")
        << QStringList{QStringLiteral("render"), QStringLiteral("--help")};
}

void tst_DigestctlFiles::aFullStandardOutputIsAFailure()
{
    QFETCH(QStringList, arguments);
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    const Run run = digestctl(arguments, {}, QStringLiteral("/dev/full"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"digestctl: cannot write to standard output: No space left on "
                              u"device"),
             qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_DigestctlFiles)
#include "tst_digestctl_files.moc"
