// The one safe write and read of files (PostFile over SafeWrite and FileReader), with real
// failures: a file size limit, a full tmpfs, FIFOs, devices, sockets, folders, links, races.
#include "core/post/postfile.h"
#include "filesizelimit.h"
#include "specialfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <unistd.h>
#include <vector>

using digest::PostFile;
using namespace digest::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList filesIn(const QString& folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

const QString kOld = QStringLiteral("---\ntitle: \"Old\"\n---\nKeep me.\n");
const QString kNew =
    QStringLiteral("---\ntitle: \"New\"\n---\nThe new text, longer than the old.\n");

} // namespace

class tst_SafeWrite final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aFileSizeLimitKeepsTheOldFileAndSaysWhy_data();
    void aFileSizeLimitKeepsTheOldFileAndSaysWhy();
    void aFullTmpfsKeepsTheOldFileAndSaysWhy();
    void nodesThatAreNotFilesAreNeverReplaced_data();
    void nodesThatAreNotFilesAreNeverReplaced();
    void devNullItselfIsNeverReplaced();
    void aSymlinkKeepsItsPlaceAndItsTargetIsWritten();
    void aSymlinkLoopIsReportedAsOne();
    void replacingKeepsTheFilesPermissions();
    void aNameAsLongAsTheSystemAllowsIsSaved();
    void keepHasExactlyOneWinnerAmongRacingWriters();
    void aFileChangedUnderneathIsNotReplaced();
    void readingRefusesWhatIsNotAFileWithoutBlocking_data();
    void readingRefusesWhatIsNotAFileWithoutBlocking();
    void readingStopsAtTheLimitAndNamesIt();
    void aOneMegabytePostReads();
    void aSymlinkLoopIsNotAMissingFile();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const char* name) const { return m_dir->filePath(QString::fromLatin1(name)); }
};

void tst_SafeWrite::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_SafeWrite::aFileSizeLimitKeepsTheOldFileAndSaysWhy_data()
{
    QTest::addColumn<int>("limit");
    // Smaller than a write buffer: a flush at close would be the first to fail.
    QTest::newRow("some bytes fit") << 16;
    QTest::newRow("nothing fits") << 0;
}

void tst_SafeWrite::aFileSizeLimitKeepsTheOldFileAndSaysWhy()
{
    QFETCH(int, limit);
    QVERIFY(PostFile::write(path("post.md"), kOld).ok());
    digest::Status written = digest::Done{};
    {
        const FileSizeLimit full{rlim_t(limit)};
        written = PostFile::write(path("post.md"), kNew);
    }
    QVERIFY(!written.ok());
    QVERIFY2(written.errorMessage().contains(path("post.md")) &&
                 written.errorMessage().contains(u"File too large"),
             qPrintable(written.errorMessage()));
    QCOMPARE(readAll(path("post.md")), kOld.toUtf8());
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("post.md")});
}

void tst_SafeWrite::aFullTmpfsKeepsTheOldFileAndSaysWhy()
{
    const SmallTmpfs disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.reason()));
    const QString post = disk.filePath(QStringLiteral("post.md"));
    QVERIFY(PostFile::write(post, kOld).ok());
    QVERIFY(disk.fill());
    const digest::Status written = PostFile::write(post, kNew);
    QVERIFY(!written.ok());
    QVERIFY2(written.errorMessage().contains(u"No space left on device"),
             qPrintable(written.errorMessage()));
    QCOMPARE(readAll(post), kOld.toUtf8());
    QCOMPARE(filesIn(QFileInfo(post).path()),
             (QStringList{QStringLiteral("filler"), QStringLiteral("post.md")}));
}

void tst_SafeWrite::nodesThatAreNotFilesAreNeverReplaced_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("replace");
    for (const bool replace : {true, false}) {
        for (const char* kind : {"fifo", "device", "link to a device", "socket", "folder"})
            QTest::addRow("%s, %s", kind, replace ? "replace" : "keep") << kind << replace;
    }
}

void tst_SafeWrite::nodesThatAreNotFilesAreNeverReplaced()
{
    QFETCH(QString, kind);
    QFETCH(bool, replace);
    QString node = path("NODE");
    QString failed;
    if (kind == u"fifo")
        failed = makeFifo(node);
    else if (kind == u"device")
        failed = makeNullDevice(node);
    else if (kind == u"socket")
        failed = makeSocket(node);
    else if (kind == u"folder")
        failed = QDir().mkdir(node) ? QString() : QStringLiteral("mkdir failed");
    else {
        node = path("null");
        failed = makeNullDevice(node);
        if (failed.isEmpty() && !QFile::link(node, path("NODE")))
            failed = QStringLiteral("symlink failed");
    }
    if (!failed.isEmpty())
        QSKIP(qPrintable(failed));
    const mode_t type = nodeType(node);

    const digest::Status written = PostFile::write(
        path("NODE"), kNew, replace ? PostFile::Existing::Replace : PostFile::Existing::Keep);
    QVERIFY(!written.ok());
    QVERIFY2(written.errorMessage().contains(u"not a regular file"),
             qPrintable(written.errorMessage()));
    QCOMPARE(nodeType(node), type);
    QVERIFY(!filesIn(m_dir->path()).join(u' ').contains(u".tmp"));
}

void tst_SafeWrite::devNullItselfIsNeverReplaced()
{
    // Only once its twin in our own folder is refused: a regression must not cost the system
    // its /dev/null.
    if (const QString failed = makeNullDevice(path("null")); !failed.isEmpty())
        QSKIP(qPrintable(u"no device to try first: " + failed));
    if (PostFile::write(path("null"), kNew).ok())
        QFAIL("a device node was replaced; /dev/null is not tried");
    struct stat before
    {};
    QCOMPARE(::lstat("/dev/null", &before), 0);
    const digest::Status written = PostFile::write(QStringLiteral("/dev/null"), kNew);
    QVERIFY(!written.ok());
    QVERIFY2(written.errorMessage().contains(u"a device"), qPrintable(written.errorMessage()));
    struct stat after
    {};
    QCOMPARE(::lstat("/dev/null", &after), 0);
    QVERIFY(S_ISCHR(after.st_mode));
    QCOMPARE(after.st_ino, before.st_ino);
}

void tst_SafeWrite::aSymlinkKeepsItsPlaceAndItsTargetIsWritten()
{
    QVERIFY(QDir().mkdir(path("real")));
    QVERIFY(writeAll(path("real/post.md"), kOld.toUtf8()));
    // A link to a link to the file, the first one relative.
    QVERIFY(QFile::link(QStringLiteral("real/post.md"), path("first.md")));
    QVERIFY(QFile::link(path("first.md"), path("second.md")));
    QVERIFY(PostFile::write(path("second.md"), kNew).ok());
    QCOMPARE(readAll(path("real/post.md")), kNew.toUtf8());
    QVERIFY(QFileInfo(path("second.md")).isSymLink());
    QVERIFY(QFileInfo(path("first.md")).isSymLink());
    QCOMPARE(filesIn(path("real")), QStringList{QStringLiteral("post.md")});

    // A link to a file not there yet: the file is made where the link points.
    QVERIFY(QFile::link(path("real/later.md"), path("dangling.md")));
    QVERIFY(PostFile::write(path("dangling.md"), kNew).ok());
    QCOMPARE(readAll(path("real/later.md")), kNew.toUtf8());
    QVERIFY(QFileInfo(path("dangling.md")).isSymLink());
}

void tst_SafeWrite::aSymlinkLoopIsReportedAsOne()
{
    QVERIFY(QFile::link(path("b.md"), path("a.md")));
    QVERIFY(QFile::link(path("a.md"), path("b.md")));
    const digest::Status written = PostFile::write(path("a.md"), kNew);
    QVERIFY(!written.ok());
    QVERIFY2(written.errorMessage().contains(u"symbolic links"),
             qPrintable(written.errorMessage()));
    QVERIFY(QFileInfo(path("a.md")).isSymLink());
}

void tst_SafeWrite::replacingKeepsTheFilesPermissions()
{
    QVERIFY(writeAll(path("post.md"), kOld.toUtf8()));
    const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
    QVERIFY(QFile::setPermissions(path("post.md"), mode));
    QVERIFY(PostFile::write(path("post.md"), kNew).ok());
    // Owner, group and others (the "user" bits are whoever runs the test).
    QCOMPARE(QFile::permissions(path("post.md")) & 0x7077, mode & 0x7077);
}

void tst_SafeWrite::aNameAsLongAsTheSystemAllowsIsSaved()
{
    // 255 bytes, NAME_MAX: the temporary file beside it must not need a longer name.
    const QString name = QString(252, u'a') + u".md";
    const QString post = m_dir->filePath(name);
    QVERIFY(PostFile::write(post, kOld).ok());
    QVERIFY(PostFile::write(post, kNew).ok());
    QCOMPARE(readAll(post), kNew.toUtf8());
    QCOMPARE(filesIn(m_dir->path()), QStringList{name});
}

void tst_SafeWrite::keepHasExactlyOneWinnerAmongRacingWriters()
{
    // Many rounds, each with writers let go at once: check-then-rename lets several win.
    for (int round = 0; round < 20; ++round) {
        const QString target = path("race.md");
        QFile::remove(target);
        std::atomic<int> ready = 0;
        std::atomic<int> winners = 0;
        std::vector<std::thread> writers;
        constexpr int kWriters = 8;
        for (int writer = 0; writer < kWriters; ++writer) {
            writers.emplace_back([&, writer] {
                ++ready;
                // Each its own thread, all released together.
                while (ready < kWriters)
                    std::this_thread::yield();
                const QString text = kNew + QString::number(writer) + u'\n';
                const digest::Status written =
                    PostFile::write(target, text, PostFile::Existing::Keep);
                if (written.ok())
                    ++winners;
                else if (!written.errorMessage().contains(u"already exists"))
                    qWarning("unexpected: %s", qPrintable(written.errorMessage()));
            });
        }
        for (std::thread& writer : writers)
            writer.join();
        QCOMPARE(winners.load(), 1);
        QVERIFY(readAll(target).startsWith(kNew.toUtf8()));
        QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("race.md")});
    }
}

void tst_SafeWrite::aFileChangedUnderneathIsNotReplaced()
{
    QVERIFY(PostFile::write(path("post.md"), kOld).ok());
    const QByteArray known = PostFile::fingerprint(kOld);
    QVERIFY(writeAll(path("post.md"), "Written by another program.\n"));
    const digest::Status written = PostFile::writeIfUnchanged(path("post.md"), kNew, known);
    QVERIFY(!written.ok());
    QVERIFY2(written.errorMessage().contains(u"changed on disk"),
             qPrintable(written.errorMessage()));
    QCOMPARE(readAll(path("post.md")), QByteArray("Written by another program.\n"));
    QCOMPARE(filesIn(m_dir->path()), QStringList{QStringLiteral("post.md")});

    QVERIFY(PostFile::write(path("post.md"), kOld).ok());
    QVERIFY(PostFile::writeIfUnchanged(path("post.md"), kNew, known).ok());
    QCOMPARE(readAll(path("post.md")), kNew.toUtf8());
}

void tst_SafeWrite::readingRefusesWhatIsNotAFileWithoutBlocking_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fifo") << "fifo"
                          << "a FIFO (named pipe), not a regular file";
    QTest::newRow("/dev/zero") << "zero"
                               << "a device, not a regular file";
    QTest::newRow("socket") << "socket"
                            << "a socket, not a regular file";
    QTest::newRow("folder") << "folder"
                            << "a folder";
    QTest::newRow("missing") << "missing"
                             << "does not exist";
}

void tst_SafeWrite::readingRefusesWhatIsNotAFileWithoutBlocking()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QString node = path("post.md");
    QString failed;
    if (kind == u"fifo")
        failed = makeFifo(node); // no writer ever comes: a blocking open waits forever
    else if (kind == u"zero")
        node = QStringLiteral("/dev/zero"); // endless: a read to the end never ends
    else if (kind == u"socket")
        failed = makeSocket(node);
    else if (kind == u"folder")
        failed = QDir().mkdir(node) ? QString() : QStringLiteral("mkdir failed");
    if (!failed.isEmpty())
        QSKIP(qPrintable(failed));
    const auto read = PostFile::read(node);
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().contains(node) && read.errorMessage().contains(expected),
             qPrintable(read.errorMessage()));
    QVERIFY(PostFile::fingerprintOnDisk(node).isEmpty());
}

void tst_SafeWrite::readingStopsAtTheLimitAndNamesIt()
{
    QVERIFY(writeAll(path("big.md"), QByteArray(PostFile::kMaxFileBytes + 1, 'a')));
    const auto read = PostFile::read(path("big.md"));
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().contains(u"over the 8 MB limit"), qPrintable(read.errorMessage()));

    QVERIFY(writeAll(path("limit.md"), QByteArray(PostFile::kMaxFileBytes, 'a')));
    QCOMPARE(PostFile::read(path("limit.md")).value().size(), PostFile::kMaxFileBytes);
}

void tst_SafeWrite::aOneMegabytePostReads()
{
    QByteArray post = "---\ntitle: \"Long\"\n---\n";
    while (post.size() < 1024 * 1024)
        post += "A paragraph of a long post, with a few words in it. ✓\n\n";
    QVERIFY(writeAll(path("long.md"), post));
    QCOMPARE(PostFile::read(path("long.md")).value().toUtf8(), post);
    QCOMPARE(PostFile::fingerprintOnDisk(path("long.md")),
             PostFile::fingerprint(QString::fromUtf8(post)));
}

void tst_SafeWrite::aSymlinkLoopIsNotAMissingFile()
{
    QVERIFY(QFile::link(path("b.md"), path("a.md")));
    QVERIFY(QFile::link(path("a.md"), path("b.md")));
    const auto read = PostFile::read(path("a.md"));
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().contains(u"too many levels of symbolic links") &&
                 !read.errorMessage().contains(u"does not exist"),
             qPrintable(read.errorMessage()));
}

QTEST_GUILESS_MAIN(tst_SafeWrite)
#include "tst_safewrite.moc"
