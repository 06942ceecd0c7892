#include "core/post/newpost.h"
#include "core/post/postfile.h"
#include "document/autosaver.h"
#include "document/documentsession.h"
#include "document/recoverystore.h"
#include "document/sessionquestions.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QUndoStack>

using digest::Autosaver;
using digest::DocumentSession;
using digest::PostDocument;
using digest::RecoveredPost;
using digest::RecoveryStore;

namespace {

const QByteArray kPost = "---\ntitle: \"A post\"\n---\r\nBody text.\n";

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void typeAtEnd(DocumentSession& session, const QString& text)
{
    QTextCursor cursor(session.document().textDocument());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

// The recovery files in a folder (not the locks).
QStringList recoveryFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.recovery")}, QDir::Files);
}

// The PID of a process that has ended: a lock naming it is what kill -9 leaves behind.
qint64 endedProcessId()
{
    QProcess process;
    process.start(QStringLiteral("true"), {});
    process.waitForFinished();
    return process.processId() > 0 ? process.processId() : 999'999;
}

// A post of about `bytes` bytes, lines of Markdown prose.
QString postOfSize(qsizetype bytes)
{
    QString text = QStringLiteral("---\ntitle: \"Big\"\n---\n");
    const QString line =
        QStringLiteral("A line of the digest's prose, with *emphasis* and a [link](https://x).\n");
    while (text.size() < bytes)
        text += line;
    return text;
}

} // namespace

class tst_RecoveryStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void theFileHoldsTheTextToTheByteAndWhereItCameFrom_data();
    void theFileHoldsTheTextToTheByteAndWhereItCameFrom();
    void aTruncatedOrForeignFileIsNotRecovered();
    void aRunningEditorsRecoveryIsNotOffered();
    void aKilledEditorsRecoveryIsOfferedOnceAndDiscardedOrKept();
    void typingIsCopiedWithinTheIntervalAlsoUntitled();
    void savingUndoingAndACleanEndRemoveTheCopy();
    void intervalZeroKeepsNoCopy();
    void restoringPutsTheTextOverTheFileAsOneUndoStep();
    void restoringAnUntitledOrVanishedPost();
    void diskStateSaysWhenTheFileChangedSince();
    void writeTimes();

private:
    QString folder() const { return m_dir->filePath(QStringLiteral("recovery")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_RecoveryStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_RecoveryStore::theFileHoldsTheTextToTheByteAndWhereItCameFrom_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("mixed endings") << QString::fromUtf8(kPost);
    QTest::newRow("bom and non-ascii") << QStringLiteral("\uFEFF# Über “quotes” 🙂\r\n\r\n");
    QTest::newRow("empty") << QString();
    QTest::newRow("header-like first line") << QStringLiteral("{\"format\":1}\nsecond\n");
}

void tst_RecoveryStore::theFileHoldsTheTextToTheByteAndWhereItCameFrom()
{
    QFETCH(QString, text);
    RecoveryStore store(folder());
    RecoveredPost post;
    post.text = text;
    post.path = m_dir->filePath(QStringLiteral("post.md"));
    post.diskFingerprint = digest::PostFile::fingerprint(QStringLiteral("on disk"));
    post.savedAt = QDateTime(QDate(2026, 12, 1), QTime(11, 30, 5, 250), Qt::UTC);
    QVERIFY(store.save(post));

    const QByteArray bytes = readBytes(store.ownFile());
    // After one line of metadata, the text exactly as Save would write it.
    QVERIFY(bytes.endsWith(text.toUtf8()));
    QCOMPARE(bytes.count('\n'), text.toUtf8().count('\n') + 1);
    const auto read = RecoveryStore::decode(bytes);
    QVERIFY2(read, qPrintable(read.errorMessage()));
    QCOMPARE(read.value().text, text);
    QCOMPARE(read.value().path, post.path);
    QCOMPARE(read.value().diskFingerprint, post.diskFingerprint);
    QCOMPARE(read.value().savedAt, post.savedAt);
    QVERIFY(read.value().suggestedPath.isEmpty());
}

void tst_RecoveryStore::aTruncatedOrForeignFileIsNotRecovered()
{
    RecoveredPost post;
    post.text = QStringLiteral("Some text that is long enough.\n");
    const QByteArray whole = RecoveryStore::encode(post);
    QVERIFY(RecoveryStore::decode(whole));
    QVERIFY(!RecoveryStore::decode(whole.chopped(5)));
    QVERIFY(!RecoveryStore::decode("# just a post\n"));
    QVERIFY(!RecoveryStore::decode(QByteArray()));
}

void tst_RecoveryStore::aRunningEditorsRecoveryIsNotOffered()
{
    RecoveryStore running(folder());
    RecoveredPost post;
    post.text = QStringLiteral("being edited elsewhere\n");
    QVERIFY(running.save(post));

    // Another editor starting meanwhile: the lock is held by a live process.
    RecoveryStore starting(folder());
    QVERIFY(starting.claimOrphans().isEmpty());
    QCOMPARE(recoveryFiles(folder()).size(), 1);
}

void tst_RecoveryStore::aKilledEditorsRecoveryIsOfferedOnceAndDiscardedOrKept()
{
    QVERIFY(QDir().mkpath(folder()));
    RecoveredPost older;
    older.text = QStringLiteral("older\n");
    older.savedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    RecoveredPost newer;
    newer.text = QStringLiteral("newer\n");
    newer.savedAt = QDateTime::currentDateTimeUtc();
    // As a killed editor leaves them: the file, and a lock naming a process that is gone.
    const QString dir = folder();
    QVERIFY(writeBytes(dir + QStringLiteral("/a.recovery"), RecoveryStore::encode(older)));
    QVERIFY(writeBytes(dir + QStringLiteral("/b.recovery"), RecoveryStore::encode(newer)));
    QVERIFY(writeBytes(dir + QStringLiteral("/b.lock"),
                       QByteArray::number(endedProcessId()) + "\ndigest-editor\n" +
                           QSysInfo::machineHostName().toUtf8() + '\n'));

    RecoveryStore first(folder());
    const QList<RecoveredPost> offered = first.claimOrphans();
    QCOMPARE(offered.size(), 2);
    QCOMPARE(offered.at(0).text, QStringLiteral("newer\n"));
    QCOMPARE(offered.at(0).id, QStringLiteral("b"));
    QCOMPARE(offered.at(1).text, QStringLiteral("older\n"));
    // While this editor offers them, a second one starting does not.
    RecoveryStore second(folder());
    QVERIFY(second.claimOrphans().isEmpty());

    first.discard(QStringLiteral("b"));
    first.keep(QStringLiteral("a"));
    QCOMPARE(recoveryFiles(folder()), QStringList{QStringLiteral("a.recovery")});
    // Kept for later: the next start offers it again.
    const QList<RecoveredPost> again = second.claimOrphans();
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.at(0).text, QStringLiteral("older\n"));
}

void tst_RecoveryStore::typingIsCopiedWithinTheIntervalAlsoUntitled()
{
    DocumentSession session;
    Autosaver autosaver(session, folder());
    autosaver.setIntervalSeconds(1);
    digest::NewPostFile made;
    made.text = QStringLiteral("---\ntitle: \"\"\n---\n");
    made.path = m_dir->filePath(QStringLiteral("2026-12-01.md"));
    QVERIFY(session.startNew(made));
    typeAtEnd(session, QStringLiteral("Typed, never saved."));

    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosaver.store().ownFile()), 5000);
    const auto read = RecoveryStore::decode(readBytes(autosaver.store().ownFile()));
    QVERIFY(read);
    QCOMPARE(read.value().text, made.text + QStringLiteral("Typed, never saved."));
    QVERIFY(read.value().path.isEmpty());
    QCOMPARE(read.value().suggestedPath, made.path);

    // More typing: the copy follows.
    typeAtEnd(session, QStringLiteral(" More."));
    QTRY_VERIFY_WITH_TIMEOUT(
        readBytes(autosaver.store().ownFile()).endsWith("Typed, never saved. More."), 5000);
}

void tst_RecoveryStore::savingUndoingAndACleanEndRemoveTheCopy()
{
    const QString path = m_dir->filePath(QStringLiteral("post.md"));
    QVERIFY(writeBytes(path, kPost));
    QString ownFile;
    {
        DocumentSession session;
        Autosaver autosaver(session, folder());
        autosaver.setIntervalSeconds(1);
        ownFile = autosaver.store().ownFile();
        QVERIFY(session.openFile(path));
        QVERIFY(!QFile::exists(ownFile)); // nothing unsaved yet

        typeAtEnd(session, QStringLiteral("One."));
        QVERIFY(autosaver.saveNow());
        const auto read = RecoveryStore::decode(readBytes(ownFile));
        QVERIFY(read);
        QCOMPARE(read.value().path, path);
        QCOMPARE(read.value().diskFingerprint, digest::PostFile::fingerprintOnDisk(path));
        QVERIFY(session.save());
        QVERIFY(!QFile::exists(ownFile));

        typeAtEnd(session, QStringLiteral("Two."));
        QVERIFY(autosaver.saveNow());
        QVERIFY(QFile::exists(ownFile));
        session.document().undoStack()->undo();
        QVERIFY(!session.document().isModified());
        QVERIFY(!QFile::exists(ownFile));

        typeAtEnd(session, QStringLiteral("Three."));
        QVERIFY(autosaver.saveNow());
        QVERIFY(QFile::exists(ownFile));
    }
    // The window asked about the changes before the desk ended: a clean end leaves nothing.
    QVERIFY(!QFile::exists(ownFile));
    QVERIFY(recoveryFiles(folder()).isEmpty());
}

void tst_RecoveryStore::intervalZeroKeepsNoCopy()
{
    DocumentSession session;
    Autosaver autosaver(session, folder());
    autosaver.setIntervalSeconds(1);
    QVERIFY(session.startNew({QString(), QStringLiteral("text\n"), QString()}));
    QVERIFY(autosaver.saveNow());
    QVERIFY(QFile::exists(autosaver.store().ownFile()));
    autosaver.setIntervalSeconds(0);
    QVERIFY(!QFile::exists(autosaver.store().ownFile()));
    typeAtEnd(session, QStringLiteral("more"));
    QTest::qWait(1500);
    QVERIFY(!QFile::exists(autosaver.store().ownFile()));
}

void tst_RecoveryStore::restoringPutsTheTextOverTheFileAsOneUndoStep()
{
    const QString path = m_dir->filePath(QStringLiteral("post.md"));
    QVERIFY(writeBytes(path, kPost));
    RecoveredPost post;
    post.path = path;
    post.text = QString::fromUtf8(kPost).replace(QStringLiteral("Body text."),
                                                 QStringLiteral("Body text, edited."));
    post.diskFingerprint = digest::PostFile::fingerprintOnDisk(path);

    DocumentSession session;
    QVERIFY(session.restore(post));
    PostDocument& document = session.document();
    QCOMPARE(document.text(), post.text);
    QCOMPARE(document.path(), path);
    QVERIFY(document.isModified());
    // Undo gives the file's text back.
    document.undoStack()->undo();
    QCOMPARE(document.text(), QString::fromUtf8(kPost));
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    // Save writes to the original file, byte for byte.
    QVERIFY(session.save());
    QCOMPARE(readBytes(path), post.text.toUtf8());
}

void tst_RecoveryStore::restoringAnUntitledOrVanishedPost()
{
    DocumentSession session;
    RecoveredPost untitled;
    untitled.text = QStringLiteral("never saved\r\n");
    untitled.suggestedPath = m_dir->filePath(QStringLiteral("2026-12-01.md"));
    QVERIFY(session.restore(untitled));
    QCOMPARE(session.document().text(), untitled.text);
    QVERIFY(session.document().path().isEmpty());
    QCOMPARE(session.suggestedPath(), untitled.suggestedPath);
    QVERIFY(session.document().isModified());

    RecoveredPost vanished;
    vanished.text = QStringLiteral("its file is gone\n");
    vanished.path = m_dir->filePath(QStringLiteral("gone.md"));
    DocumentSession other;
    QVERIFY(other.restore(vanished));
    QCOMPARE(other.document().text(), vanished.text);
    QCOMPARE(other.document().path(), vanished.path);
    QVERIFY(other.document().isModified());
    QVERIFY(other.save());
    QCOMPARE(readBytes(vanished.path), vanished.text.toUtf8());
}

void tst_RecoveryStore::diskStateSaysWhenTheFileChangedSince()
{
    const QString path = m_dir->filePath(QStringLiteral("post.md"));
    QVERIFY(writeBytes(path, kPost));
    RecoveredPost post;
    post.path = path;
    post.text = QStringLiteral("recovered\n");
    post.diskFingerprint = digest::PostFile::fingerprintOnDisk(path);
    digest::RecoveryDiskState state = digest::diskStateOf(post);
    QVERIFY(state.exists);
    QVERIFY(!state.changedSince);
    QCOMPARE(state.text, QString::fromUtf8(kPost));
    QCOMPARE(state.size, kPost.size());

    QVERIFY(writeBytes(path, "newer, by someone else\n"));
    state = digest::diskStateOf(post);
    QVERIFY(state.changedSince);
    QCOMPARE(state.text, QStringLiteral("newer, by someone else\n"));

    QVERIFY(QFile::remove(path));
    QVERIFY(!digest::diskStateOf(post).exists);
}

// Figures, not assertions: how long one copy takes for a day's post and for a 1 MB one.
void tst_RecoveryStore::writeTimes()
{
    for (const qsizetype size : {qsizetype(6 * 1024), qsizetype(1024 * 1024)}) {
        DocumentSession session;
        Autosaver autosaver(session, folder());
        autosaver.setIntervalSeconds(5);
        QVERIFY(session.startNew({QString(), postOfSize(size), QString()}));
        qint64 best = std::numeric_limits<qint64>::max();
        qint64 total = 0;
        constexpr int kRuns = 10;
        for (int run = 0; run < kRuns; ++run) {
            typeAtEnd(session, QStringLiteral("x"));
            QVERIFY(autosaver.saveNow());
            best = qMin(best, autosaver.lastWriteMicroseconds());
            total += autosaver.lastWriteMicroseconds();
        }
        // Of which: taking the text out of the editor's document (the rest is the file).
        QElapsedTimer clock;
        clock.start();
        const QString text = session.document().text();
        const double snapshotMs = clock.nsecsElapsed() / 1e6;
        qInfo("autosave of a %lld-byte post: best %.2f ms, mean %.2f ms over %d writes "
              "(taking the text: %.2f ms)",
              qlonglong(text.toUtf8().size()), best / 1000.0, total / 1000.0 / kRuns, kRuns,
              snapshotMs);
    }
}

QTEST_MAIN(tst_RecoveryStore)
#include "tst_recoverystore.moc"
