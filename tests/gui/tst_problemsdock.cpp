// The Problems panel in the main window (issue 10): it lists what the proofreader finds in
// the open post, the status bar counts it, activating a problem puts the editor's cursor on
// it, Fix mends it in one undo step (even when the text changed since), and the editor
// underlines it.

#include "core/settings/settings.h"
#include "desk/desk.h"
#include "document/documentsession.h"
#include "document/postdocument.h"
#include "postfixtures.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/problems/problemsdock.h"
#include "ui/problems/problemsmodel.h"

#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using digest::ui::MainWindow;
using digest::ui::MarkdownEditor;
using digest::ui::ProblemsDock;
using digest::ui::ProblemsModel;

namespace {

// Windows line endings, so that "the exact bytes" means something; a tag twice.
const QString kPost = [] {
    digest::test::SamplePost post;
    post.author.clear();
    post.tags.append(u"Automated Content"_s);
    return post.text().replace(u"\n"_s, u"\r\n"_s);
}();

const QString kFixed = QString(kPost).replace(u", \"Automated Content\"]"_s, u"]"_s);

} // namespace

class TestProblemsDock : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<digest::Desk> m_desk;
    std::unique_ptr<MainWindow> m_window;
    MarkdownEditor* m_editor = nullptr;
    ProblemsDock* m_dock = nullptr;
    QTreeView* m_view = nullptr;
    const ProblemsModel* m_model = nullptr;

    digest::PostDocument& document() const { return m_desk->session().document(); }

    // The rows' rules, as the panel lists them.
    QStringList listedRules() const
    {
        QStringList rules;
        for (int row = 0; row < m_model->rowCount(); ++row)
            rules.append(m_model->index(row, ProblemsModel::RuleColumn).data().toString());
        return rules;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        const QString path = m_dir->filePath(u"2025-06-10-ai-auto-summary.md"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPost.toUtf8());
        file.close();
        m_desk = std::make_unique<digest::Desk>(
            std::make_unique<digest::Settings>(m_dir->filePath(u"settings.ini"_s)),
            [] { return QDateTime(QDate(2025, 6, 11), QTime(12, 0), QTimeZone::utc()); });
        m_window = std::make_unique<MainWindow>(*m_desk);
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_editor = m_window->findChild<MarkdownEditor*>();
        m_dock = m_window->findChild<ProblemsDock*>(u"problemsDock"_s);
        QVERIFY(m_editor && m_dock);
        m_view = m_dock->findChild<QTreeView*>(u"problemsView"_s);
        m_model = qobject_cast<const ProblemsModel*>(m_view->model());
        QVERIFY(m_model);
        QVERIFY(m_desk->session().openFile(path));
        QTRY_COMPARE(listedRules(), QStringList({u"tags-duplicate"_s}));
    }
    void cleanup()
    {
        m_window.reset();
        m_desk.reset();
        m_dir.reset();
    }

    void theStatusBarCountsAndShowsThePanel()
    {
        auto* summary = m_window->findChild<QLabel*>(u"problemsSummary"_s);
        QVERIFY(summary);
        QCOMPARE(summary->text(), u"1 error"_s);
        QVERIFY(m_dock->isHidden());
        QTest::mouseClick(summary, Qt::LeftButton);
        QVERIFY(m_dock->isVisible());
        QCOMPARE(m_model->index(0, ProblemsModel::PlaceColumn).data().toString(), u"5:65"_s);
        QCOMPARE(m_model->index(0, ProblemsModel::MessageColumn).data().toString(),
                 u"The tag \"Automated Content\" is there twice."_s);
    }

    void activatingAProblemMovesTheEditorThere()
    {
        m_dock->show();
        m_view->setCurrentIndex(m_model->index(0, 0));
        QTest::keyClick(m_view, Qt::Key_Return);
        const QTextCursor cursor = m_editor->textCursor();
        QCOMPARE(cursor.document()->findBlock(cursor.selectionStart()).blockNumber() + 1, 5);
        QCOMPARE(cursor.selectionStart() - cursor.block().position() + 1, 65);
        QCOMPARE(cursor.selectedText(), u"Automated Content"_s);
        QCOMPARE(m_window->focusWidget(), m_editor);
    }

    void theEditorUnderlinesTheProblem()
    {
        QStringList underlined;
        for (const QTextEdit::ExtraSelection& selection : m_editor->extraSelections()) {
            if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                underlined.append(selection.cursor.selectedText());
        }
        QCOMPARE(underlined, QStringList({u"Automated Content"_s}));
    }

    void fixIsOneUndoStep()
    {
        m_dock->show();
        auto* fix = qobject_cast<QToolButton*>(
            m_view->indexWidget(m_model->index(0, ProblemsModel::FixColumn)));
        QVERIFY(fix);
        QCOMPARE(fix->text(), u"Fix"_s);
        fix->click();
        QCOMPARE(document().text(), kFixed);
        QTRY_COMPARE(listedRules(), QStringList());
        m_editor->undo();
        QCOMPARE(document().text(), kPost);
        QTRY_COMPARE(listedRules(), QStringList({u"tags-duplicate"_s}));
    }

    // The text changed after the problem was found: the fix is made afresh for the text as
    // it is, not applied at a range that has moved; one whose problem is gone is refused.
    void aFixForAnOlderTextIsMadeAfresh()
    {
        QTextCursor cursor(document().textDocument());
        cursor.setPosition(4);
        cursor.insertText(u"author: \"A\"\n"_s);
        QVERIFY(m_model->revision() < document().revision());
        QVERIFY(m_dock->fixProblem(0));
        const QString author = u"---\r\nauthor: \"A\"\r\n"_s;
        QCOMPARE(document().text(), QString(kFixed).replace(0, 5, author));
        m_editor->undo();
        QCOMPARE(document().text(), QString(kPost).replace(0, 5, author));
    }
    void aFixWhoseProblemIsGoneIsRefused()
    {
        // A line before the front matter: the post has none any more, nor a tags problem.
        QTextCursor cursor(document().textDocument());
        cursor.insertText(u"\n"_s);
        QVERIFY(!m_dock->fixProblem(0));
        QCOMPARE(document().text(), u"\r\n"_s + kPost);
    }

    void fixAllOfThisKindIsOneUndoStep()
    {
        const QString twice = QString(kPost).replace(u"\"Automated Content\"]"_s,
                                                     u"\"Automated Content\", \"GPT-4o-mini\"]"_s);
        document().load(twice, document().path());
        QTRY_COMPARE(listedRules(), QStringList({u"tags-duplicate"_s, u"tags-duplicate"_s}));
        QVERIFY(m_dock->fixAllOfKind(0));
        QCOMPARE(document().text(), kFixed);
        m_editor->undo();
        QCOMPARE(document().text(), twice);
    }
};

QTEST_MAIN(TestProblemsDock)
#include "tst_problemsdock.moc"
