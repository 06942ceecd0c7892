#include "document/editcommands.h"
#include "document/postdocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

using digest::PostDocument;
using digest::TextEdit;

namespace {

const QString kPost = QStringLiteral("---\n"
                                     "title: \"Old title\" # the site's\n"
                                     "date: 2026-11-20T05:00:00Z\n"
                                     "tags: [\"AI\", \"news\", \"gpt-4o-mini\"]\n"
                                     "draft: false\n"
                                     "---\n"
                                     "> *Notice:* written by a model.\n"
                                     "\n"
                                     "## Possible consequences of current developments\n");

// Types `text` at `position` the way the editor does: through a cursor on the text document.
void typeAt(PostDocument& document, int position, const QString& text)
{
    QTextCursor cursor(document.textDocument());
    cursor.setPosition(position);
    cursor.insertText(text);
}

// The lines of `before` and `after` that differ, as "line N: before → after".
QStringList changedLines(const QString& before, const QString& after)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    QStringList changes;
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        const QString left = a.value(i, QStringLiteral("<none>"));
        const QString right = b.value(i, QStringLiteral("<none>"));
        if (left != right)
            changes.append(QStringLiteral("line %1: %2 → %3").arg(i + 1).arg(left, right));
    }
    return changes;
}

} // namespace

class tst_PostDocument final : public QObject
{
    Q_OBJECT

private slots:
    void unchangedTextComesBackExactly_data();
    void unchangedTextComesBackExactly();
    void everyLineKeepsItsOwnEndingWhenEdited();
    void deletingALineBreakKeepsTheOneThatRemains_data();
    void deletingALineBreakKeepsTheOneThatRemains();
    void frontMatterEditsChangeOnlyTheirLineAndUndoExactly_data();
    void frontMatterEditsChangeOnlyTheirLineAndUndoExactly();
    void settingAValueToWhatItIsLeavesNoStep();
    void replacingARangeIsOneStep();
    void streamedPiecesWithOneKeyUndoAtOnce();
    void aRunOfValuesWithOneMergeKeyIsOneStep();
    void typingAndProgramEditsShareOneHistory();
    void aRefusedEditChangesNothing_data();
    void aRefusedEditChangesNothing();
    void revisionOnlyGoesUp();
    void undoingToTheSavedTextIsUnmodified();
};

void tst_PostDocument::unchangedTextComesBackExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("LF") << kPost;
    QTest::newRow("CRLF") << QString(kPost).replace(u'\n', QStringLiteral("\r\n"));
    QTest::newRow("mixed LF and CRLF") << QStringLiteral("a\r\nb\nc\r\n\r\nd\n");
    QTest::newRow("old Mac CR") << QStringLiteral("a\rb\r");
    QTest::newRow("no final line break") << QStringLiteral("a\nb");
    QTest::newRow("empty") << QString();
    QTest::newRow("only line breaks") << QStringLiteral("\n\r\n\n");
    QTest::newRow("byte order mark") << QStringLiteral("\uFEFF---\ntitle: x\n---\n");
    QTest::newRow("no-break space and line separator")
        << QStringLiteral("a\u00A0b\u2028c\r\nd\u00A0\n");
}

void tst_PostDocument::unchangedTextComesBackExactly()
{
    QFETCH(QString, text);
    PostDocument document;
    document.load(text, QStringLiteral("/site/post.md"));
    QCOMPARE(document.text(), text);
    QVERIFY(!document.isModified());
    QCOMPARE(document.undoStack()->count(), 0);
}

void tst_PostDocument::everyLineKeepsItsOwnEndingWhenEdited()
{
    PostDocument document;
    document.load(QStringLiteral("one\r\ntwo\nthree\r\nfour\n"), QString());
    // A word typed into the CRLF line "three".
    typeAt(document, int(QStringLiteral("one\ntwo\nthr").size()), QStringLiteral("XX"));
    QCOMPARE(document.text(), QStringLiteral("one\r\ntwo\nthrXXee\r\nfour\n"));
    // A line break typed in the middle of the LF line "two": both halves end like it.
    typeAt(document, int(QStringLiteral("one\ntw").size()), QStringLiteral("\n"));
    QCOMPARE(document.text(), QStringLiteral("one\r\ntw\no\nthrXXee\r\nfour\n"));
    // A new line at the very end, after the last LF.
    QTextCursor end(document.textDocument());
    end.movePosition(QTextCursor::End);
    end.insertText(QStringLiteral("five\nsix"));
    QCOMPARE(document.text(), QStringLiteral("one\r\ntw\no\nthrXXee\r\nfour\nfive\nsix"));
    // Undoing everything gives back the bytes that were loaded.
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    QCOMPARE(document.text(), QStringLiteral("one\r\ntwo\nthree\r\nfour\n"));
}

void tst_PostDocument::deletingALineBreakKeepsTheOneThatRemains_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("expected");
    // "a\r\nb\nc\r\nd\n": positions count every line break as one.
    QTest::newRow("the break after a") << 1 << 2 << QStringLiteral("ab\nc\r\nd\n");
    QTest::newRow("the break after b") << 3 << 4 << QStringLiteral("a\r\nbc\r\nd\n");
    QTest::newRow("two breaks at once") << 1 << 5 << QStringLiteral("a\r\nd\n");
    QTest::newRow("the last break") << 7 << 8 << QStringLiteral("a\r\nb\nc\r\nd");
}

void tst_PostDocument::deletingALineBreakKeepsTheOneThatRemains()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, expected);
    const QString original = QStringLiteral("a\r\nb\nc\r\nd\n");
    PostDocument document;
    document.load(original, QString());
    QTextCursor cursor(document.textDocument());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    QCOMPARE(document.text(), expected);
    // Undo brings every ending back, and redo takes them away again, byte for byte.
    document.undoStack()->undo();
    QCOMPARE(document.text(), original);
    document.undoStack()->redo();
    QCOMPARE(document.text(), expected);
    document.undoStack()->undo();
    QCOMPARE(document.text(), original);
    // A program edit across the breaks undoes as exactly.
    QVERIFY(document.replaceRange({from, to - from, QStringLiteral("X\nY")}, {}).ok());
    document.undoStack()->undo();
    QCOMPARE(document.text(), original);
}

void tst_PostDocument::frontMatterEditsChangeOnlyTheirLineAndUndoExactly_data()
{
    QTest::addColumn<QString>("lineEnding");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expectedLine");
    for (const QString& ending : {QStringLiteral("\n"), QStringLiteral("\r\n")}) {
        const QByteArray tag = ending == u"\n" ? "LF " : "CRLF ";
        QTest::newRow(QByteArray(tag + "title").constData())
            << ending << QStringLiteral("title") << QVariant(QStringLiteral("A \"new\" title: yes"))
            << QStringLiteral("title: \"A \\\"new\\\" title: yes\" # the site's");
        QTest::newRow(QByteArray(tag + "draft").constData())
            << ending << QStringLiteral("draft") << QVariant(true) << QStringLiteral("draft: true");
        QTest::newRow(QByteArray(tag + "tags").constData())
            << ending << QStringLiteral("tags")
            << QVariant(QStringList{QStringLiteral("AI"), QStringLiteral("news"),
                                    QStringLiteral("llama-3")})
            << QStringLiteral("tags: [\"AI\", \"news\", \"llama-3\"]");
    }
}

void tst_PostDocument::frontMatterEditsChangeOnlyTheirLineAndUndoExactly()
{
    QFETCH(QString, lineEnding);
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QFETCH(QString, expectedLine);
    const QString original = QString(kPost).replace(u'\n', lineEnding);
    PostDocument document;
    document.load(original, QString());

    const digest::Status set = document.setFrontMatterValue(key, value);
    QVERIFY2(set.ok(), qPrintable(set.errorMessage()));
    const QString edited = document.text();
    const QStringList changes = changedLines(original, edited);
    QCOMPARE(changes.size(), 1);
    QVERIFY2(changes.first().endsWith(u"→ " + expectedLine + lineEnding.chopped(1)),
             qPrintable(changes.first()));
    QCOMPARE(document.undoStack()->count(), 1);
    QVERIFY(document.isModified());

    document.undoStack()->undo();
    QCOMPARE(document.text(), original);
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    QCOMPARE(document.text(), edited);
}

void tst_PostDocument::settingAValueToWhatItIsLeavesNoStep()
{
    PostDocument document;
    document.load(kPost, QString());
    QVERIFY(document.setDraft(false).ok());
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.isModified());
}

void tst_PostDocument::replacingARangeIsOneStep()
{
    PostDocument document;
    document.load(kPost, QString());
    const int at = int(kPost.indexOf(u"written by a model"));
    QVERIFY(document
                .replaceRange({at, 7, QStringLiteral("drafted\nand checked")},
                              QStringLiteral("Fix notice"))
                .ok());
    const QString edited = document.text();
    QVERIFY(edited.contains(u"*Notice:* drafted\nand checked by a model.\n"));
    QCOMPARE(document.undoStack()->count(), 1);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Fix notice"));
    document.undoStack()->undo();
    QCOMPARE(document.text(), kPost);
    document.undoStack()->redo();
    QCOMPARE(document.text(), edited);
}

void tst_PostDocument::streamedPiecesWithOneKeyUndoAtOnce()
{
    PostDocument document;
    document.load(QStringLiteral("- *Benefits:*\n\nafter\n"), QString());
    int at = int(QStringLiteral("- *Benefits:*").size());
    for (const QString& piece :
         {QStringLiteral(" Faster"), QStringLiteral(" models"), QStringLiteral(" for all.")}) {
        QVERIFY(document
                    .replaceRange({at, 0, piece}, QStringLiteral("Generate Benefits"),
                                  QStringLiteral("b1"))
                    .ok());
        at += int(piece.size());
    }
    QCOMPARE(document.text(), QStringLiteral("- *Benefits:* Faster models for all.\n\nafter\n"));
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.text(), QStringLiteral("- *Benefits:*\n\nafter\n"));
    document.undoStack()->redo();
    QCOMPARE(document.text(), QStringLiteral("- *Benefits:* Faster models for all.\n\nafter\n"));
}

void tst_PostDocument::aRunOfValuesWithOneMergeKeyIsOneStep()
{
    PostDocument document;
    document.load(kPost, QString());
    const QString title = QStringLiteral("title");
    // A run of typing in the panel's title field: one step back to the original bytes.
    for (const QString& value : {QStringLiteral("N"), QStringLiteral("Ne"), QStringLiteral("New")})
        QVERIFY(document.setFrontMatterValue(title, value, QStringLiteral("title#1")).ok());
    const QString newTitle =
        QString(kPost).replace(QStringLiteral("\"Old title\""), QStringLiteral("\"New\""));
    QCOMPARE(document.text(), newTitle);
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QCOMPARE(document.text(), kPost);
    document.undoStack()->redo();
    QCOMPARE(document.text(), newTitle);

    // Another key with the same merge key, another merge key, a command in between, or no
    // merge key at all: a step of its own each.
    QVERIFY(document
                .setFrontMatterValue(QStringLiteral("author"), QStringLiteral("A"),
                                     QStringLiteral("title#1"))
                .ok());
    QCOMPARE(document.undoStack()->count(), 2);
    QVERIFY(document.setFrontMatterValue(title, QStringLiteral("Newer"), QStringLiteral("title#1"))
                .ok());
    QCOMPARE(document.undoStack()->count(), 3);
    QVERIFY(document.setFrontMatterValue(title, QStringLiteral("Newest"), QStringLiteral("title#2"))
                .ok());
    QCOMPARE(document.undoStack()->count(), 4);
    QVERIFY(document.setFrontMatterValue(title, QStringLiteral("Last")).ok());
    QVERIFY(document.setFrontMatterValue(title, QStringLiteral("Last!")).ok());
    QCOMPARE(document.undoStack()->count(), 6);
    for (int i = 0; i < 6; ++i)
        document.undoStack()->undo();
    QCOMPARE(document.text(), kPost);
}

void tst_PostDocument::typingAndProgramEditsShareOneHistory()
{
    PostDocument document;
    document.load(kPost, QString());
    const QString end = QStringLiteral("\n1. **Topic**\n");
    typeAt(document, int(kPost.size()), end);
    const QString typed = document.text();
    QVERIFY(document.setTitle(QStringLiteral("Daily summary")).ok());
    const QString titled = document.text();
    typeAt(document, int(titled.size()), QStringLiteral("   - *Benefits:*\n"));
    const QString typedAgain = document.text();
    QCOMPARE(document.undoStack()->count(), 3);

    document.undoStack()->undo();
    QCOMPARE(document.text(), titled);
    document.undoStack()->undo();
    QCOMPARE(document.text(), typed);
    document.undoStack()->undo();
    QCOMPARE(document.text(), kPost);
    document.undoStack()->redo();
    document.undoStack()->redo();
    document.undoStack()->redo();
    QCOMPARE(document.text(), typedAgain);
}

void tst_PostDocument::aRefusedEditChangesNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("no front matter") << QStringLiteral("# Just a page\n") << QStringLiteral("title")
                                     << QVariant(QStringLiteral("x"));
    QTest::newRow("unclosed front matter")
        << QStringLiteral("---\ntitle: a\n") << QStringLiteral("title")
        << QVariant(QStringLiteral("x"));
    QTest::newRow("a key inside a string")
        << QStringLiteral("---\ntitle: \"a\"\n---\n") << QStringLiteral("title.part")
        << QVariant(QStringLiteral("x"));
}

void tst_PostDocument::aRefusedEditChangesNothing()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    PostDocument document;
    document.load(text, QString());
    const digest::Status set = document.setFrontMatterValue(key, value);
    QVERIFY(!set.ok());
    QVERIFY(!set.errorMessage().isEmpty());
    QCOMPARE(document.text(), text);
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!document.replaceRange({int(text.size()) + 5, 0, QStringLiteral("x")}, {}).ok());
    QCOMPARE(document.text(), text);
}

void tst_PostDocument::revisionOnlyGoesUp()
{
    PostDocument document;
    QSignalSpy changed(&document, &PostDocument::changed);
    document.load(kPost, QString());
    int last = document.revision();
    QCOMPARE(changed.size(), 1);
    typeAt(document, 0, QStringLiteral("x"));
    QVERIFY(document.revision() > last);
    last = document.revision();
    document.undoStack()->undo();
    QVERIFY(document.revision() > last);
    last = document.revision();
    document.load(kPost, QString());
    QVERIFY(document.revision() > last);
    QCOMPARE(changed.last().first().toInt(), document.revision());
}

void tst_PostDocument::undoingToTheSavedTextIsUnmodified()
{
    PostDocument document;
    QSignalSpy modified(&document, &PostDocument::modificationChanged);
    document.load(kPost, QString());
    typeAt(document, 0, QStringLiteral("x"));
    QVERIFY(document.isModified());
    QCOMPARE(modified.last().first().toBool(), true);
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(modified.last().first().toBool(), false);
}

QTEST_MAIN(tst_PostDocument)
#include "tst_postdocument.moc"
