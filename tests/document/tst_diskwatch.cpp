#include "core/post/postfile.h"
#include "document/documentsession.h"
#include "document/sessionquestions.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QUndoStack>

using digest::DocumentSession;
using digest::SessionQuestions;

namespace {

// Answers the watcher's questions as the test says, and remembers what was asked.
class ScriptedAnswers final : public SessionQuestions
{
public:
    ChangedOnDisk reload = ChangedOnDisk::Keep;
    bool overwrite = false;
    QStringList asked;

    UnsavedChanges askUnsavedChanges(const QString&) override { return UnsavedChanges::Discard; }
    bool confirmOverwriteChangedOnDisk(const QString& path) override
    {
        asked.append(u"overwrite " + path);
        return overwrite;
    }
    ChangedOnDisk askReloadChangedOnDisk(const QString& path) override
    {
        asked.append(u"reload " + path);
        return reload;
    }
    void tellDeletedOnDisk(const QString& path) override { asked.append(u"deleted " + path); }
    bool confirmReplaceExisting(const QString&) override { return true; }
    QString chooseFileToOpen() override { return {}; }
    QString chooseSavePath(const QString&) override { return {}; }
};

const QByteArray kPost = "---\ntitle: \"A post\"\n---\nFirst paragraph.\n\nSecond paragraph.\n";

// Another program writing the file in place (truncate and write, same inode).
bool writeInPlace(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Another program saving atomically: a new file renamed over the old one (a new inode).
bool writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

void typeAtEnd(DocumentSession& session, const QString& text)
{
    QTextCursor cursor(session.document().textDocument());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

} // namespace

class tst_DiskWatch final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void unchangedTextReloadsSilentlyAsOneUndoStep_data();
    void unchangedTextReloadsSilentlyAsOneUndoStep();
    void everyLaterAtomicSaveIsNoticedToo();
    void unsavedChangesAskAndKeepMyVersion();
    void unsavedChangesAskAndReload();
    void aDeletedFileIsToldAndTheTextKeptAsModified();
    void ourOwnSavesReloadNothing();
    void aSaveAfterKeepingAsksOnlyOnce();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("post.md")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DocumentSession> m_session;
    ScriptedAnswers m_answers;
};

void tst_DiskWatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeInPlace(path(), kPost));
    m_answers = {};
    m_session = std::make_unique<DocumentSession>();
    m_session->setQuestions(&m_answers);
    QVERIFY(m_session->openFile(path()));
}

void tst_DiskWatch::cleanup()
{
    m_session.reset();
}

void tst_DiskWatch::unchangedTextReloadsSilentlyAsOneUndoStep_data()
{
    QTest::addColumn<bool>("atomic");
    QTest::newRow("in place") << false;
    QTest::newRow("atomic rename") << true;
}

void tst_DiskWatch::unchangedTextReloadsSilentlyAsOneUndoStep()
{
    QFETCH(bool, atomic);
    digest::PostDocument& document = m_session->document();
    // The cursor sits in the first paragraph; the change comes after it.
    QTextCursor cursor(document.textDocument());
    cursor.setPosition(QString::fromUtf8(kPost).indexOf(u"paragraph"));
    const int before = cursor.position();

    QSignalSpy reloaded(m_session.get(), &DocumentSession::reloaded);
    const QByteArray theirs = QByteArray(kPost).replace("Second", "2nd, theirs");
    QVERIFY(atomic ? writeAtomically(path(), theirs) : writeInPlace(path(), theirs));
    QTRY_COMPARE(reloaded.size(), 1);
    QCOMPARE(document.text().toUtf8(), theirs);
    QVERIFY(!document.isModified());
    QVERIFY(m_answers.asked.isEmpty());
    // Only what differs was replaced: a cursor before it stays where it was.
    QCOMPARE(cursor.position(), before);
    // One undo step back to what was shown before.
    document.undoStack()->undo();
    QCOMPARE(document.text().toUtf8(), kPost);
}

void tst_DiskWatch::everyLaterAtomicSaveIsNoticedToo()
{
    QSignalSpy reloaded(m_session.get(), &DocumentSession::reloaded);
    for (int round = 1; round <= 3; ++round) {
        const QByteArray theirs = kPost + "Round " + QByteArray::number(round) + ".\n";
        QVERIFY(writeAtomically(path(), theirs));
        QTRY_COMPARE(reloaded.size(), round);
        QCOMPARE(m_session->document().text().toUtf8(), theirs);
    }
}

void tst_DiskWatch::unsavedChangesAskAndKeepMyVersion()
{
    typeAtEnd(*m_session, QStringLiteral("Mine."));
    QVERIFY(writeInPlace(path(), "theirs\n"));
    QTRY_COMPARE(m_answers.asked, QStringList{u"reload " + path()});
    QCOMPARE(m_session->document().text(), QString::fromUtf8(kPost) + QStringLiteral("Mine."));
    QVERIFY(m_session->document().isModified());
    // The same change is not asked about again (a touch, a folder event).
    QVERIFY(writeInPlace(m_dir->filePath(QStringLiteral("other.md")), "x"));
    QTest::qWait(500);
    QCOMPARE(m_answers.asked.size(), 1);
    // A further change is.
    QVERIFY(writeInPlace(path(), "theirs again\n"));
    QTRY_COMPARE(m_answers.asked.size(), 2);
}

void tst_DiskWatch::unsavedChangesAskAndReload()
{
    typeAtEnd(*m_session, QStringLiteral("Mine."));
    m_answers.reload = SessionQuestions::ChangedOnDisk::Reload;
    QVERIFY(writeAtomically(path(), "theirs\n"));
    QTRY_COMPARE(m_session->document().text(), QStringLiteral("theirs\n"));
    QCOMPARE(m_answers.asked, QStringList{u"reload " + path()});
    QVERIFY(!m_session->document().isModified());
    // Undo brings my version back.
    m_session->document().undoStack()->undo();
    QCOMPARE(m_session->document().text(), QString::fromUtf8(kPost) + QStringLiteral("Mine."));
}

void tst_DiskWatch::aDeletedFileIsToldAndTheTextKeptAsModified()
{
    QVERIFY(QFile::remove(path()));
    QTRY_COMPARE(m_answers.asked, QStringList{u"deleted " + path()});
    QCOMPARE(m_session->document().text().toUtf8(), kPost);
    QVERIFY(m_session->document().isModified());
    // Saving puts it back.
    QVERIFY(m_session->save());
    QCOMPARE(digest::PostFile::fingerprintOnDisk(path()),
             digest::PostFile::fingerprint(QString::fromUtf8(kPost)));
    QTest::qWait(500);
    QCOMPARE(m_answers.asked.size(), 1);
}

void tst_DiskWatch::ourOwnSavesReloadNothing()
{
    QSignalSpy reloaded(m_session.get(), &DocumentSession::reloaded);
    for (int round = 0; round < 3; ++round) {
        typeAtEnd(*m_session, QStringLiteral("Saved here. "));
        QVERIFY(m_session->save());
        // Give the watcher time to see the rename.
        QTest::qWait(400);
    }
    QCOMPARE(reloaded.size(), 0);
    QVERIFY(m_answers.asked.isEmpty());
    QVERIFY(m_session->document().undoStack()->count() > 0); // never reloaded afresh
}

void tst_DiskWatch::aSaveAfterKeepingAsksOnlyOnce()
{
    typeAtEnd(*m_session, QStringLiteral("Mine."));
    QVERIFY(writeInPlace(path(), "theirs\n"));
    QTRY_COMPARE(m_answers.asked.size(), 1);
    // Saving over the change the person chose to keep their text over still asks: it
    // replaces another program's work.
    m_answers.overwrite = true;
    QVERIFY(m_session->save());
    QCOMPARE(m_answers.asked.last(), u"overwrite " + path());
    QTest::qWait(400);
    QCOMPARE(m_answers.asked.size(), 2);
    QVERIFY(!m_session->document().isModified());
}

QTEST_MAIN(tst_DiskWatch)
#include "tst_diskwatch.moc"
