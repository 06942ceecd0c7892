#include "core/post/newpost.h"
#include "document/documentsession.h"
#include "document/sessionquestions.h"
#include "filesizelimit.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

#include <sys/stat.h>

using digest::DocumentSession;
using digest::SessionOutcome;
using digest::SessionQuestions;

namespace {

// Answers the session's questions as a test tells it to, and remembers what was asked.
class ScriptedAnswers final : public SessionQuestions
{
public:
    UnsavedChanges unsaved = UnsavedChanges::Cancel;
    bool overwriteChanged = false;
    bool replaceExisting = false;
    ChangedOnDisk reloadChanged = ChangedOnDisk::Keep;
    QString fileToOpen;
    QString savePath;
    QStringList asked;

    UnsavedChanges askUnsavedChanges(const QString& name) override
    {
        asked.append(u"unsaved " + name);
        return unsaved;
    }
    bool confirmOverwriteChangedOnDisk(const QString& path) override
    {
        asked.append(u"changed on disk " + path);
        return overwriteChanged;
    }
    ChangedOnDisk askReloadChangedOnDisk(const QString& path) override
    {
        asked.append(u"reload " + path);
        return reloadChanged;
    }
    void tellDeletedOnDisk(const QString& path) override { asked.append(u"deleted " + path); }
    bool confirmReplaceExisting(const QString& path) override
    {
        asked.append(u"replace " + path);
        return replaceExisting;
    }
    QString chooseFileToOpen() override
    {
        asked.append(QStringLiteral("open which"));
        return fileToOpen;
    }
    QString chooseSavePath(const QString& suggested) override
    {
        asked.append(u"save where " + suggested);
        return savePath;
    }
};

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

void typeAtEnd(DocumentSession& session, const QString& text)
{
    QTextCursor cursor(session.document().textDocument());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

const QByteArray kPost = "---\ntitle: \"A post\"\ndraft: false\n---\nBody text.\n";

} // namespace

class tst_DocumentSession final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aNewPostIsUnsavedUntilSavedWhereTheSiteSuggests();
    void openingAsksAboutUnsavedChanges();
    void saveAnswerSavesBeforeOpening();
    void aFailedSaveStopsTheOpenAndKeepsTheText();
    void unreadableFilesFailWithAMessageAndKeepTheText_data();
    void unreadableFilesFailWithAMessageAndKeepTheText();
    void openAndSaveAsCanBeCancelled();
    void saveAsAsksBeforeReplacingAnotherFile();
    void savingOverAFileChangedOnDiskAsksFirst();
    void aFailedWriteLeavesTheOldFileAndTheText_data();
    void aFailedWriteLeavesTheOldFileAndTheText();
    void closeAsksOnlyWhenModified();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DocumentSession> m_session;
    ScriptedAnswers m_answers;
    QString path(const char* name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    // a.md open with "More." typed at its end, and b.md beside it to open next.
    bool openAWithUnsavedText()
    {
        if (!writeBytes(path("a.md"), kPost) || !writeBytes(path("b.md"), "# B\n") ||
            !m_session->openFile(path("a.md")))
            return false;
        typeAtEnd(*m_session, QStringLiteral("More.\n"));
        return true;
    }
};

void tst_DocumentSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_answers = ScriptedAnswers();
    m_session = std::make_unique<DocumentSession>();
    m_session->setQuestions(&m_answers);
}

void tst_DocumentSession::aNewPostIsUnsavedUntilSavedWhereTheSiteSuggests()
{
    const QString suggested = path("content/posts/2026-11-20-ai-auto-summary.md");
    QVERIFY(m_dir->filePath(QStringLiteral("content/posts")).size() > 0);
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("content/posts"))));
    QVERIFY(m_session->startNew({suggested, QString::fromUtf8(kPost), QStringLiteral("built-in")}));
    QVERIFY(m_session->document().isModified());
    QCOMPARE(m_session->displayName(), QStringLiteral("2026-11-20-ai-auto-summary.md (new)"));
    QVERIFY(!QFile::exists(suggested));

    m_answers.savePath = suggested;
    QVERIFY(m_session->save());
    QCOMPARE(m_answers.asked, QStringList{u"save where " + suggested});
    QCOMPARE(readBytes(suggested), kPost);
    QCOMPARE(m_session->document().path(), suggested);
    QCOMPARE(m_session->displayName(), QStringLiteral("2026-11-20-ai-auto-summary.md"));
    QVERIFY(!m_session->document().isModified());
}

void tst_DocumentSession::openingAsksAboutUnsavedChanges()
{
    QVERIFY(openAWithUnsavedText());

    m_answers.unsaved = SessionQuestions::UnsavedChanges::Cancel;
    const SessionOutcome cancelled = m_session->openFile(path("b.md"));
    QCOMPARE(cancelled.kind, SessionOutcome::Kind::Cancelled);
    QCOMPARE(m_answers.asked, QStringList{QStringLiteral("unsaved a.md")});
    QCOMPARE(m_session->document().path(), path("a.md"));
    QCOMPARE(m_session->document().text(), QString::fromUtf8(kPost) + u"More.\n");

    m_answers.unsaved = SessionQuestions::UnsavedChanges::Discard;
    QVERIFY(m_session->openFile(path("b.md")));
    QCOMPARE(m_session->document().text(), QStringLiteral("# B\n"));
    QCOMPARE(readBytes(path("a.md")), kPost);
}

void tst_DocumentSession::saveAnswerSavesBeforeOpening()
{
    QVERIFY(openAWithUnsavedText());
    m_answers.unsaved = SessionQuestions::UnsavedChanges::Save;
    QSignalSpy saved(m_session.get(), &DocumentSession::saved);
    QVERIFY(m_session->openFile(path("b.md")));
    QCOMPARE(saved.size(), 1);
    QCOMPARE(readBytes(path("a.md")), kPost + "More.\n");
    QCOMPARE(m_session->document().path(), path("b.md"));
}

void tst_DocumentSession::aFailedSaveStopsTheOpenAndKeepsTheText()
{
    QVERIFY(writeBytes(path("b.md"), "# B\n"));
    // A new post whose save goes into a "folder" that is a file: the save cannot happen.
    QVERIFY(writeBytes(path("blocker"), "a file"));
    QVERIFY(m_session->startNew({path("blocker/new.md"), QString::fromUtf8(kPost), {}}));
    m_answers.unsaved = SessionQuestions::UnsavedChanges::Save;
    m_answers.savePath = path("blocker/new.md");
    const SessionOutcome outcome = m_session->openFile(path("b.md"));
    QCOMPARE(outcome.kind, SessionOutcome::Kind::Failed);
    QVERIFY2(outcome.message.contains(u"new.md"), qPrintable(outcome.message));
    QCOMPARE(m_session->document().text(), QString::fromUtf8(kPost));
    QVERIFY(m_session->document().isModified());
}

void tst_DocumentSession::unreadableFilesFailWithAMessageAndKeepTheText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing") << QStringLiteral("missing.md") << QStringLiteral("does not exist");
    QTest::newRow("a folder") << QStringLiteral("folder.md") << QStringLiteral("folder");
    QTest::newRow("not UTF-8") << QStringLiteral("latin1.md") << QStringLiteral("UTF-8");
    // No program ever writes into it: an open that waits for one freezes the window.
    QTest::newRow("a FIFO") << QStringLiteral("fifo.md") << QStringLiteral("not a regular file");
    QTest::newRow("a symlink loop")
        << QStringLiteral("loop.md") << QStringLiteral("too many levels of symbolic links");
}

void tst_DocumentSession::unreadableFilesFailWithAMessageAndKeepTheText()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("folder.md")));
    QVERIFY(writeBytes(path("latin1.md"), "caf\xe9 \xff\n"));
    QVERIFY(::mkfifo(QFile::encodeName(path("fifo.md")).constData(), 0600) == 0);
    QVERIFY(QFile::link(path("loop.md"), path("loop.md")));
    QVERIFY(writeBytes(path("a.md"), kPost));
    QVERIFY(m_session->openFile(path("a.md")));
    typeAtEnd(*m_session, QStringLiteral("Unsaved.\n"));
    m_answers.unsaved = SessionQuestions::UnsavedChanges::Discard;

    const SessionOutcome outcome = m_session->openFile(m_dir->filePath(name));
    QCOMPARE(outcome.kind, SessionOutcome::Kind::Failed);
    QVERIFY2(outcome.message.contains(name) && outcome.message.contains(reason),
             qPrintable(outcome.message));
    // Nothing of the open post is lost: a failed open replaces nothing.
    QCOMPARE(m_session->document().text(), QString::fromUtf8(kPost) + u"Unsaved.\n");
    QCOMPARE(m_session->document().path(), path("a.md"));
    QVERIFY(m_session->document().isModified());
}

void tst_DocumentSession::openAndSaveAsCanBeCancelled()
{
    QVERIFY(writeBytes(path("a.md"), kPost));
    QVERIFY(m_session->openFile(path("a.md")));
    m_answers.fileToOpen.clear();
    QCOMPARE(m_session->open().kind, SessionOutcome::Kind::Cancelled);
    QCOMPARE(m_session->document().path(), path("a.md"));
    m_answers.savePath.clear();
    QCOMPARE(m_session->saveAs().kind, SessionOutcome::Kind::Cancelled);
    QCOMPARE(m_answers.asked,
             (QStringList{QStringLiteral("open which"), u"save where " + path("a.md")}));

    m_answers.fileToOpen = path("a.md");
    QVERIFY(m_session->open());
}

void tst_DocumentSession::saveAsAsksBeforeReplacingAnotherFile()
{
    QVERIFY(writeBytes(path("a.md"), kPost));
    QVERIFY(writeBytes(path("other.md"), "keep me\n"));
    QVERIFY(m_session->openFile(path("a.md")));
    m_answers.savePath = path("other.md");
    m_answers.replaceExisting = false;
    QCOMPARE(m_session->saveAs().kind, SessionOutcome::Kind::Cancelled);
    QCOMPARE(readBytes(path("other.md")), QByteArray("keep me\n"));
    QCOMPARE(m_answers.asked.last(), u"replace " + path("other.md"));

    m_answers.replaceExisting = true;
    QVERIFY(m_session->saveAs());
    QCOMPARE(readBytes(path("other.md")), kPost);
    QCOMPARE(m_session->document().path(), path("other.md"));
}

void tst_DocumentSession::savingOverAFileChangedOnDiskAsksFirst()
{
    QVERIFY(writeBytes(path("a.md"), kPost));
    QVERIFY(m_session->openFile(path("a.md")));
    typeAtEnd(*m_session, QStringLiteral("Mine.\n"));
    // Another program replaces the file.
    QVERIFY(writeBytes(path("a.md"), "theirs\n"));

    m_answers.overwriteChanged = false;
    QCOMPARE(m_session->save().kind, SessionOutcome::Kind::Cancelled);
    QCOMPARE(m_answers.asked, QStringList{u"changed on disk " + path("a.md")});
    QCOMPARE(readBytes(path("a.md")), QByteArray("theirs\n"));
    QVERIFY(m_session->document().isModified());

    m_answers.overwriteChanged = true;
    QVERIFY(m_session->save());
    QCOMPARE(readBytes(path("a.md")), kPost + "Mine.\n");
    // Saved here: the next save has nothing to ask.
    m_answers.asked.clear();
    QVERIFY(m_session->save());
    QVERIFY(m_answers.asked.isEmpty());
}

void tst_DocumentSession::aFailedWriteLeavesTheOldFileAndTheText_data()
{
    QTest::addColumn<int>("limit");
    // Smaller than a write buffer: Qt 6.4's commit() alone would report success.
    QTest::newRow("full disk, small post") << 16;
    QTest::newRow("full disk, nothing fits") << 0;
}

void tst_DocumentSession::aFailedWriteLeavesTheOldFileAndTheText()
{
    QFETCH(int, limit);
    QVERIFY(writeBytes(path("a.md"), kPost));
    QVERIFY(m_session->openFile(path("a.md")));
    typeAtEnd(*m_session, QStringLiteral("Edited.\n"));
    typeAtEnd(*m_session, QStringLiteral("Twice.\n"));
    QUndoStack& undo = *m_session->document().undoStack();
    const int steps = undo.count();
    const int index = undo.index();
    SessionOutcome outcome;
    {
        const digest::test::FileSizeLimit full{rlim_t(limit)};
        outcome = m_session->save();
    }
    QCOMPARE(outcome.kind, SessionOutcome::Kind::Failed);
    // The file and the system's reason (EFBIG), for the message box.
    QVERIFY2(outcome.message.contains(u"a.md") && outcome.message.contains(u"File too large"),
             qPrintable(outcome.message));
    QCOMPARE(readBytes(path("a.md")), kPost);
    QCOMPARE(m_session->document().text(),
             QString(QString::fromUtf8(kPost) + u"Edited.\nTwice.\n"));
    QVERIFY(m_session->document().isModified());
    // The undo history is as it was: both edits can still be undone, one at a time.
    QCOMPARE(undo.count(), steps);
    QCOMPARE(undo.index(), index);
    undo.undo();
    QCOMPARE(m_session->document().text(), QString(QString::fromUtf8(kPost) + u"Edited.\n"));
    // No temporary file is left behind next to the post.
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files), QStringList{QStringLiteral("a.md")});
}

void tst_DocumentSession::closeAsksOnlyWhenModified()
{
    QVERIFY(writeBytes(path("a.md"), kPost));
    QVERIFY(m_session->openFile(path("a.md")));
    QVERIFY(m_session->close());
    QVERIFY(m_answers.asked.isEmpty());
    typeAtEnd(*m_session, QStringLiteral("x"));
    m_answers.unsaved = SessionQuestions::UnsavedChanges::Cancel;
    QCOMPARE(m_session->close().kind, SessionOutcome::Kind::Cancelled);
    m_answers.unsaved = SessionQuestions::UnsavedChanges::Discard;
    QVERIFY(m_session->close());
    // Without anyone to ask, nothing modified is ever dropped.
    m_session->setQuestions(nullptr);
    QCOMPARE(m_session->close().kind, SessionOutcome::Kind::Cancelled);
}

QTEST_MAIN(tst_DocumentSession)
#include "tst_documentsession.moc"
