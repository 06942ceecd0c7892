// The front-matter panel in the real window (issue 12): every edit made in it changes exactly
// the line of its value, one undo step each (a run of typing in a field being one), the text
// and the panel follow each other while typing in either, refusals say why and change nothing,
// and the preview shows what the panel wrote.

#include "frontmatterpanelwindow.h"
#include "previewdriver.h"
#include "ui/editor/markdowneditor.h"
#include "ui/preview/previewview.h"

#include <QAction>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

using digest::ui::MarkdownEditor;
using digest::ui::PreviewView;

using namespace digest::test;

class tst_FrontMatterPanel final : public QObject, private PanelWindow
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(start()); }
    void cleanup() { stop(); }

    void thePanelIsInTheViewMenu()
    {
        QAction* toggle = m_panel->toggleViewAction();
        QCOMPARE(toggle->text(), u"&Front Matter Panel"_s);
        QVERIFY(m_panel->isVisible());
        toggle->trigger();
        QVERIFY(m_panel->isHidden());
        toggle->trigger();
        QVERIFY(m_panel->isVisible());
    }

    void thePanelFoldsToItsFirstRow()
    {
        QVERIFY(open(canonical()));
        const int unfolded = m_panel->height();
        auto* fold = field<QToolButton>(u"foldButton"_s);
        QTest::mouseClick(fold, Qt::LeftButton);
        QVERIFY(field<QLineEdit>(u"titleEdit"_s)->isVisible());
        QVERIFY(field<QLineEdit>(u"authorEdit"_s)->isVisible());
        QVERIFY(!field<QCheckBox>(u"draftCheck"_s)->isVisible());
        QVERIFY(!field<QPushButton>(u"restoreNotice"_s)->isVisible());
        QTRY_VERIFY(m_panel->height() < unfolded);
        const int folded = m_panel->height();
        QTest::mouseClick(fold, Qt::LeftButton);
        QVERIFY(field<QCheckBox>(u"draftCheck"_s)->isVisible());
        QTRY_VERIFY(m_panel->height() >= unfolded);
        QVERIFY(folded < unfolded);
    }

    void aTypedTitleChangesOnlyItsLineAndUndoesInOneStep()
    {
        const QString original = canonical();
        QVERIFY(open(original));
        auto* title = field<QLineEdit>(u"titleEdit"_s);
        QCOMPARE(title->text(), u"[Daily Automated AI Summary]"_s);
        typeOver(title, u"Daily AI: \"quotes\" too"_s);
        QCOMPARE(
            changedLines(original, document().text()),
            QStringList(
                {u"2: title: \"[Daily Automated AI Summary]\" → title: \"Daily AI: \\\"quotes\\\" too\""_s}));
        // Every other byte as it was: the line is the whole difference.
        QCOMPARE(document().text().size(), original.size() -
                                               u"[Daily Automated AI Summary]"_s.size() +
                                               u"Daily AI: \\\"quotes\\\" too"_s.size());
        QCOMPARE(undo()->count(), 1);
        undo()->undo();
        QCOMPARE(document().text().toUtf8(), original.toUtf8());
        QTRY_COMPARE(title->text(), u"[Daily Automated AI Summary]"_s);
        undo()->redo();
        QTRY_COMPARE(title->text(), u"Daily AI: \"quotes\" too"_s);

        // Leaving the field ends the run: the next one is a step of its own.
        QTest::keyClick(title, Qt::Key_Return);
        QTest::keyClicks(title, u"!"_s);
        QCOMPARE(undo()->count(), 2);

        // Ctrl+Z in the field steps the post's history, not the field's own.
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(undo()->index(), 1);
        QTRY_COMPARE(title->text(), u"Daily AI: \"quotes\" too"_s);
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(document().text().toUtf8(), original.toUtf8());
        QTRY_COMPARE(title->text(), u"[Daily Automated AI Summary]"_s);
        // The platform's Redo key (Ctrl+Shift+Z or Ctrl+Y).
        const QKeyCombination redo = QKeySequence(QKeySequence::Redo)[0];
        QTest::keyClick(title, redo.key(), redo.keyboardModifiers());
        QCOMPARE(undo()->index(), 1);
        QTRY_COMPARE(title->text(), u"Daily AI: \"quotes\" too"_s);
    }

    void typingInTheTextUpdatesTheFields()
    {
        QVERIFY(open(canonical()));
        auto* editor = m_window->findChild<MarkdownEditor*>();
        const int at = int(document().plainText().indexOf(u"Summary]\""_s));
        QTextCursor cursor(editor->document());
        cursor.setPosition(at);
        editor->setTextCursor(cursor);
        editor->setFocus();
        QTest::keyClicks(editor, u"News "_s);
        QTRY_COMPARE(field<QLineEdit>(u"titleEdit"_s)->text(),
                     u"[Daily Automated AI News Summary]"_s);
        const int author = int(document().plainText().indexOf(u"Blog Agent"_s));
        cursor.setPosition(author + 4);
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor, u"gy"_s);
        QTRY_COMPARE(field<QLineEdit>(u"authorEdit"_s)->text(), u"Bloggy Agent"_s);
    }

    void draftIsOneStep()
    {
        const QString original = canonical();
        QVERIFY(open(original));
        auto* draft = field<QCheckBox>(u"draftCheck"_s);
        QVERIFY(!draft->isChecked());
        clickBox(draft);
        QCOMPARE(changedLines(original, document().text()),
                 QStringList({u"4: draft: false → draft: true"_s}));
        QCOMPARE(undo()->count(), 1);
        undo()->undo();
        QCOMPARE(document().text(), original);
        QTRY_VERIFY(!draft->isChecked());

        auto* hidden = field<QCheckBox>(u"coverHiddenCheck"_s);
        QVERIFY(hidden->isChecked());
        clickBox(hidden);
        QCOMPARE(changedLines(original, document().text()),
                 QStringList({u"14:     hidden: true →     hidden: false"_s}));
    }

    void tagsAreAddedAndRemovedThroughTheChips()
    {
        const QString original = canonical();
        QVERIFY(open(original));
        auto* chips = field<TagChipsEdit>(u"tagsEdit"_s);
        addTag(chips, u"robotics"_s);
        const QString added =
            u"tags: [\"daily ai summary\", \"automated content\", \"gpt-4o-mini\", \"robotics\"]"_s;
        QCOMPARE(
            changedLines(original, document().text()),
            QStringList(
                {u"6: tags: [\"daily ai summary\", \"automated content\", \"gpt-4o-mini\"] → "_s +
                 added}));
        QCOMPARE(undo()->count(), 1);
        QVERIFY(removeTag(chips, u"robotics"_s));
        QCOMPARE(document().text(), original);
        QCOMPARE(undo()->count(), 2);
        undo()->undo();
        QTRY_COMPARE(chips->tags(), QStringList({u"daily ai summary"_s, u"automated content"_s,
                                                 u"gpt-4o-mini"_s, u"robotics"_s}));
    }

    void theChipsKnowTheSiteAndTheModel()
    {
        // A site whose posts use two of the post's tags.
        const QString posts = m_dir->filePath(u"site/content/posts"_s);
        QVERIFY(QDir().mkpath(posts));
        QFile other(posts + u"/2026-11-19-ai-auto-summary.md"_s);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("---\ntitle: \"Before\"\ndate: 2026-11-19\ntags: [\"daily ai summary\", "
                    "\"automated content\"]\n---\nBody.\n");
        other.close();
        const QString original = canonical();
        QVERIFY(open(original));
        m_desk->settings().setSiteFolder(m_dir->filePath(u"site"_s));
        auto* chips = field<TagChipsEdit>(u"tagsEdit"_s);
        const auto chip = [chips](const QString& tag) -> TagChip* {
            for (TagChip* each : chips->findChildren<TagChip*>())
                if (each->tag() == tag)
                    return each;
            return nullptr;
        };
        // The model tag follows the model; the site's tags come once the site is read.
        QVERIFY(chip(u"gpt-4o-mini"_s) && chip(u"gpt-4o-mini"_s)->followsModel());
        QTRY_COMPARE(m_desk->siteTags().size(), 2);
        addTag(chips, u"robotcs"_s);
        QTRY_VERIFY(chip(u"robotcs"_s) && chip(u"robotcs"_s)->isNewToSite());
        QVERIFY(!chip(u"automated content"_s)->isNewToSite());

        // A tag the post has already, in another case: refused, said in the panel, no edit.
        const QString tagged = document().text();
        addTag(chips, u"Automated Content"_s);
        QCOMPARE(document().text(), tagged);
        QVERIFY2(!m_panel->form()->message(u"tags"_s).isEmpty(), "no message beside the tags");

        // Pasted, "agents, Robotcs,": the first goes in (one step), the refusal of the second
        // still shows.
        chips->field()->clear();
        QTest::keyClicks(chips->field(), u"agents, Robotcs,"_s);
        QVERIFY(chip(u"agents"_s));
        QCOMPARE(changedLines(tagged, document().text()).size(), 1);
        QVERIFY2(m_panel->form()->message(u"tags"_s).contains(u"robotcs"_s, Qt::CaseInsensitive),
                 qPrintable(m_panel->form()->message(u"tags"_s)));
    }

    void theDateIsSetInTheSiteZone_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("zoneText");
        QTest::newRow("UTC") << u"UTC"_s << u"date: 2027-01-15T09:30:00Z"_s << u"UTC"_s;
        QTest::newRow("Berlin in winter")
            << u"Europe/Berlin"_s << u"date: 2027-01-15T09:30:00+01:00"_s
            << u"Europe/Berlin, UTC+01:00"_s;
    }

    void theDateIsSetInTheSiteZone()
    {
        QFETCH(QString, zone);
        QFETCH(QString, line);
        QFETCH(QString, zoneText);
        m_desk->settings().setSiteTimeZone(QTimeZone(zone.toLatin1()));
        const QString original = canonical();
        QVERIFY(open(original));
        auto* visibility = field<QLabel>(u"visibility"_s);
        QCOMPARE(visibility->text(), u"Listed now."_s);
        auto* date = field<QDateTimeEdit>(u"dateEdit"_s);
        date->setFocus();
        // Steps of the spin box write nothing; finishing the edit writes once.
        date->setDateTime(QDateTime(QDate(2027, 1, 15), QTime(9, 30), Qt::UTC));
        QCOMPARE(document().text(), original);
        QTest::keyClick(date, Qt::Key_Return);
        QCOMPARE(changedLines(original, document().text()),
                 QStringList({u"3: date: 2026-11-20T05:31:02Z → "_s + line}));
        QCOMPARE(undo()->count(), 1);
        QCOMPARE(field<QLabel>(u"dateZone"_s)->text(), zoneText);
        // In the future of the desk's clock: Hugo would not list it yet.
        QTRY_VERIFY2(visibility->text().startsWith(u"Not listed"_s),
                     qPrintable(visibility->text()));
    }

    void theSiteNoticeIsRestoredInOneStep()
    {
        const QString original = canonical();
        const QString notice = original.section(u'\n', 15, 15);
        QVERIFY(notice.startsWith(u"> *Notice:*"_s));
        const QString missing = QString(original).remove(notice + u'\n');
        QVERIFY(open(missing));
        auto* state = field<QLabel>(u"noticeState"_s);
        auto* restore = field<QPushButton>(u"restoreNotice"_s);
        QCOMPARE(state->text(), u"missing"_s);
        QVERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(document().text(), original);
        QTRY_COMPARE(state->text(), u"matches the site's notice"_s);
        QVERIFY(!restore->isEnabled());
        QCOMPARE(undo()->count(), 1);
        undo()->undo();
        QCOMPARE(document().text(), missing);
        QTRY_COMPARE(state->text(), u"missing"_s);

        // A notice that differs.
        const QString changed = QString(original).replace(u"does not reflect"_s, u"reflects"_s);
        QVERIFY(open(changed));
        QCOMPARE(state->text(), u"differs from the site's notice"_s);
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(document().text(), original);
    }

    void thePreviewShowsTheNewTitle()
    {
        QVERIFY(open(canonical()));
        // The window makes its preview once it has painted the editor.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->findChild<PreviewView*>(), kPreviewTimeoutMs);
        auto* preview = m_window->findChild<PreviewView*>();
        const QString script = u"document.getElementById('title').textContent"_s;
        QTRY_COMPARE_WITH_TIMEOUT(digest::test::evaluate(*preview, script).toString(),
                                  u"[Daily Automated AI Summary]"_s, kPreviewTimeoutMs);
        typeOver(field<QLineEdit>(u"titleEdit"_s), u"A title from the panel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(digest::test::evaluate(*preview, script).toString(),
                                  u"A title from the panel"_s, kPreviewTimeoutMs);
    }
};

QTEST_MAIN(tst_FrontMatterPanel)
#include "tst_frontmatterpanel.moc"
