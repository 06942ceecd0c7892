#include "core/post/postfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using digest::PostFile;

class tst_PostFile final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writesAndReadsBackTheSameText();
    void missingFileNamesTheFile();
    void folderIsNotAPost();
    void nonUtf8FileIsRefused();
    void failedWriteLeavesTheOldFileIntact();
    void existingFileIsKeptUnlessReplacing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_PostFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_PostFile::writesAndReadsBackTheSameText()
{
    const QString path = m_dir->filePath(QStringLiteral("post.md"));
    const QString text = QStringLiteral("---\ntitle: \"Ü\"\n---\n> *Notice:* ✓ emoji 🚀\n");
    QVERIFY(PostFile::write(path, text).ok());

    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QCOMPARE(raw.readAll(), text.toUtf8());

    const auto read = PostFile::read(path);
    QVERIFY(read.ok());
    QCOMPARE(read.value(), text);
}

void tst_PostFile::missingFileNamesTheFile()
{
    const QString path = m_dir->filePath(QStringLiteral("nowhere.md"));
    const auto read = PostFile::read(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().contains(QDir::toNativeSeparators(path)),
             qPrintable(read.errorMessage()));
    QVERIFY(read.errorMessage().contains(u"does not exist"));
}

void tst_PostFile::folderIsNotAPost()
{
    const auto read = PostFile::read(m_dir->path());
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().contains(u"folder"), qPrintable(read.errorMessage()));
}

void tst_PostFile::nonUtf8FileIsRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("latin1.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("caf\xe9\n");
    file.close();
    const auto read = PostFile::read(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.errorMessage().contains(u"UTF-8"), qPrintable(read.errorMessage()));
}

void tst_PostFile::failedWriteLeavesTheOldFileIntact()
{
    const QString path = m_dir->filePath(QStringLiteral("post.md"));
    QVERIFY(PostFile::write(path, QStringLiteral("original\n")).ok());

    // A folder in place of the file's own folder makes the atomic write fail.
    const QString impossible = m_dir->filePath(QStringLiteral("post.md/child.md"));
    const auto failed = PostFile::write(impossible, QStringLiteral("new text\n"));
    QVERIFY(!failed.ok());
    QVERIFY(failed.errorMessage().contains(u"child.md"));

    const auto read = PostFile::read(path);
    QVERIFY(read.ok());
    QCOMPARE(read.value(), QStringLiteral("original\n"));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("post.md")});
}

void tst_PostFile::existingFileIsKeptUnlessReplacing()
{
    const QString path = m_dir->filePath(QStringLiteral("post.md"));
    QVERIFY(PostFile::write(path, QStringLiteral("first\n"), PostFile::Existing::Keep).ok());
    const auto refused =
        PostFile::write(path, QStringLiteral("second\n"), PostFile::Existing::Keep);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(u"already exists"),
             qPrintable(refused.errorMessage()));
    QCOMPARE(PostFile::read(path).value(), QStringLiteral("first\n"));

    QVERIFY(PostFile::write(path, QStringLiteral("second\n"), PostFile::Existing::Replace).ok());
    QCOMPARE(PostFile::read(path).value(), QStringLiteral("second\n"));
}

QTEST_GUILESS_MAIN(tst_PostFile)
#include "tst_postfile.moc"
