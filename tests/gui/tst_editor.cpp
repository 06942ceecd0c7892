#include "ui/editor/findbar.h"
#include "ui/editor/markdownhighlighter.h"

#include <QApplication>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using digest::ui::FindBar;
using digest::ui::MarkdownHighlighter;

namespace {

// The format the highlighter gave the character at `column` of line `line`.
QTextCharFormat formatAt(QPlainTextEdit& editor, int line, int column)
{
    const QTextBlock block = editor.document()->findBlockByNumber(line);
    const QList<QTextLayout::FormatRange> ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange& range : ranges) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class tst_Editor final : public QObject
{
    Q_OBJECT

private slots:
    void findWrapsAroundAndRespectsCase();
    void replaceAllIsOneUndoStep();
    void replaceCurrentReplacesOnlyTheMatch();
    void highlighterMarksFrontMatterAndMarkdown();
};

void tst_Editor::findWrapsAroundAndRespectsCase()
{
    QPlainTextEdit editor;
    editor.setPlainText(QStringLiteral("Alpha beta\nalpha gamma\n"));
    FindBar bar(&editor);
    bar.setSearchText(QStringLiteral("alpha"));
    editor.moveCursor(QTextCursor::End);
    QVERIFY(bar.findNext()); // wraps to the top
    QCOMPARE(editor.textCursor().selectionStart(), 0);
    QVERIFY(bar.findNext());
    QCOMPARE(editor.textCursor().selectionStart(), 11);

    bar.findChild<QCheckBox*>()->setChecked(true);
    editor.moveCursor(QTextCursor::Start);
    QVERIFY(bar.findNext());
    QCOMPARE(editor.textCursor().selectionStart(), 11);
    bar.setSearchText(QStringLiteral("ALPHA"));
    QVERIFY(!bar.findNext());
}

void tst_Editor::replaceAllIsOneUndoStep()
{
    QPlainTextEdit editor;
    const QString original = QStringLiteral("gpt-3.5-turbo and gpt-3.5-turbo\n- gpt-3.5-turbo\n");
    editor.setPlainText(original);
    FindBar bar(&editor);
    bar.setSearchText(QStringLiteral("gpt-3.5-turbo"));
    bar.setReplacementText(QStringLiteral("gpt-4o-mini"));
    QCOMPARE(bar.replaceAll(), 3);
    QCOMPARE(editor.toPlainText(), QStringLiteral("gpt-4o-mini and gpt-4o-mini\n- gpt-4o-mini\n"));
    editor.undo();
    QCOMPARE(editor.toPlainText(), original);
}

void tst_Editor::replaceCurrentReplacesOnlyTheMatch()
{
    QPlainTextEdit editor;
    editor.setPlainText(QStringLiteral("one two one"));
    FindBar bar(&editor);
    bar.setSearchText(QStringLiteral("one"));
    bar.setReplacementText(QStringLiteral("1"));
    QVERIFY(bar.replaceCurrent());
    QCOMPARE(editor.toPlainText(), QStringLiteral("1 two one"));
    // The next match is selected, ready for the next Replace.
    QCOMPARE(editor.textCursor().selectedText(), QStringLiteral("one"));
}

void tst_Editor::highlighterMarksFrontMatterAndMarkdown()
{
    QPlainTextEdit editor;
    new MarkdownHighlighter(editor.document());
    editor.setPlainText(QStringLiteral("---\ntitle: \"A\"\n---\n## Heading\n\nSome **bold** "
                                       "and `code`.\n"));
    const QTextCharFormat key = formatAt(editor, 1, 0);
    const QTextCharFormat value = formatAt(editor, 1, 8);
    QVERIFY(key.foreground().color() != value.foreground().color());
    QCOMPARE(formatAt(editor, 3, 3).fontWeight(), int(QFont::Bold));
    QCOMPARE(formatAt(editor, 5, 7).fontWeight(), int(QFont::Bold));
    QVERIFY(formatAt(editor, 5, 20).background().style() != Qt::NoBrush);
    // Plain body text is left alone.
    QCOMPARE(formatAt(editor, 5, 1).fontWeight(), int(QFont::Normal));
    QVERIFY(!formatAt(editor, 5, 1).hasProperty(QTextFormat::ForegroundBrush));
}

QTEST_MAIN(tst_Editor)
#include "tst_editor.moc"
