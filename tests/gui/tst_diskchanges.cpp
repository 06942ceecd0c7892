// The open post changed by another program, as the person at the window sees it: the question
// when they have unsaved changes (and its answers), the silent reload when they have none, the
// note when the file is deleted.
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "document/documentsession.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using digest::ui::MainWindow;
using digest::ui::MarkdownEditor;

namespace {

const QByteArray kPost = "---\ntitle: \"A post\"\n---\nOn disk.\n";

bool writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

// Waits (on a timer, as the box runs its own event loop) for the message box named
// `objectName`, keeps its text in *text and clicks its button named `button`.
void answerBox(const QString& objectName, const QString& button, QString* text)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, qApp, [=] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != objectName)
            return;
        timer->deleteLater();
        timer->stop();
        *text = box->text() + u' ' + box->informativeText();
        if (auto* chosen = box->findChild<QAbstractButton*>(button))
            chosen->click();
        else
            box->button(QMessageBox::Ok)->click();
    });
    timer->start();
}

} // namespace

class tst_DiskChanges final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void unsavedChangesAskAndReloadFromDisk();
    void unsavedChangesAskAndKeepMine();
    void noUnsavedChangesReloadWithoutAsking();
    void aDeletedFileIsToldAndTheTextStays();

private:
    // Opens post.md in a shown window and types `typed` at its start (nothing when empty).
    MarkdownEditor* openAndType(const QString& typed);
    QString path() const { return m_dir->filePath(QStringLiteral("post.md")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<digest::Desk> m_desk;
    std::unique_ptr<MainWindow> m_window;
};

void tst_DiskChanges::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_DATA_HOME", m_dir->filePath(QStringLiteral("data")).toUtf8());
    auto settings =
        std::make_unique<digest::Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    settings->setFetchTopicsOnStart(false);
    settings->setSpellingLanguage(QString());
    m_desk = std::make_unique<digest::Desk>(std::move(settings));
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kPost);
}

void tst_DiskChanges::cleanup()
{
    m_window.reset();
    m_desk.reset();
}

MarkdownEditor* tst_DiskChanges::openAndType(const QString& typed)
{
    m_window = std::make_unique<MainWindow>(*m_desk);
    m_window->show();
    if (!m_window->openFile(path()))
        return nullptr;
    auto* editor = m_window->findChild<MarkdownEditor*>();
    QTest::keyClicks(editor, typed);
    return editor;
}

void tst_DiskChanges::unsavedChangesAskAndReloadFromDisk()
{
    MarkdownEditor* editor = openAndType(QStringLiteral("Mine. "));
    QVERIFY(editor);
    QString question;
    answerBox(QStringLiteral("reloadChangedBox"), QStringLiteral("reloadButton"), &question);
    QVERIFY(writeAtomically(path(), "Theirs.\n"));
    QTRY_COMPARE(editor->toPlainText(), QStringLiteral("Theirs.\n"));
    QVERIFY2(question.contains(u"Another program changed “post.md”"), qPrintable(question));
    QVERIFY(!m_window->isWindowModified());
}

void tst_DiskChanges::unsavedChangesAskAndKeepMine()
{
    MarkdownEditor* editor = openAndType(QStringLiteral("Mine. "));
    QVERIFY(editor);
    QString question;
    answerBox(QStringLiteral("reloadChangedBox"), QStringLiteral("keepButton"), &question);
    QVERIFY(writeAtomically(path(), "Theirs.\n"));
    QTRY_VERIFY(!question.isEmpty());
    QCOMPARE(editor->toPlainText(), QStringLiteral("Mine. ") + QString::fromUtf8(kPost));
    QVERIFY(m_window->isWindowModified());
}

void tst_DiskChanges::noUnsavedChangesReloadWithoutAsking()
{
    MarkdownEditor* editor = openAndType(QString());
    QVERIFY(editor);
    QVERIFY(writeAtomically(path(), kPost + "Added elsewhere.\n"));
    QTRY_COMPARE(editor->toPlainText(), QString::fromUtf8(kPost + "Added elsewhere.\n"));
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(!m_window->isWindowModified());
}

void tst_DiskChanges::aDeletedFileIsToldAndTheTextStays()
{
    MarkdownEditor* editor = openAndType(QString());
    QVERIFY(editor);
    QString note;
    answerBox(QStringLiteral("deletedOnDiskBox"), QString(), &note);
    QVERIFY(QFile::remove(path()));
    QTRY_VERIFY(!note.isEmpty());
    QVERIFY2(note.contains(u"“post.md” was deleted"), qPrintable(note));
    QCOMPARE(editor->toPlainText(), QString::fromUtf8(kPost));
    QVERIFY(m_window->isWindowModified());
}

QTEST_MAIN(tst_DiskChanges)
#include "tst_diskchanges.moc"
