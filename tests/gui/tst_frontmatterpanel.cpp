// The front-matter panel in the real window (issue 12): every edit made in it changes exactly
// the line of its value, one undo step each (a run of typing in a field being one), the text
// and the panel follow each other while typing in either, refusals say why and change nothing,
// and the preview shows what the panel wrote.

#include "core/settings/settings.h"
#include "desk/desk.h"
#include "document/documentsession.h"
#include "document/postdocument.h"
#include "previewdriver.h"
#include "ui/editor/markdowneditor.h"
#include "ui/frontmatter/frontmatterform.h"
#include "ui/frontmatter/frontmatterpanel.h"
#include "ui/frontmatter/tagchip.h"
#include "ui/frontmatter/tagchipsedit.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/preview/previewview.h"

#include <QAction>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using digest::ui::FrontMatterForm;
using digest::ui::FrontMatterPanel;
using digest::ui::MainWindow;
using digest::ui::MarkdownEditor;
using digest::ui::PreviewView;
using digest::ui::TagChip;
using digest::ui::TagChipsEdit;

namespace {

constexpr int kPreviewTimeoutMs = 20000;

QString canonical()
{
    QFile file(QStringLiteral(DIGEST_FIXTURES_DIR "/canonical.md"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

const QString kToml = u"+++\n"
                      "title = 'Old title' # as the site writes it\n"
                      "date = 2026-11-20T05:31:02Z\n"
                      "draft = false\n"
                      "tags = [\"ai\", \"news\"]\n"
                      "+++\n"
                      "Body.\n"_s;

const QString kJson = u"{\n"
                      "  \"title\": \"Old title\",\n"
                      "  \"date\": \"2026-11-20T05:31:02Z\",\n"
                      "  \"draft\": false,\n"
                      "  \"tags\": [\"ai\", \"news\"]\n"
                      "}\n"
                      "Body.\n"_s;

const QString kBlockTitle = u"---\n"
                            "title: |\n"
                            "  A title on\n"
                            "  two lines\n"
                            "draft: false\n"
                            "---\n"
                            "Body.\n"_s;

// The lines of `before` and `after` that differ, as "N: before → after".
QStringList changedLines(const QString& before, const QString& after)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    QStringList changes;
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            changes.append(u"%1: %2 → %3"_s.arg(i + 1).arg(a.value(i), b.value(i)));
    }
    return changes;
}

// Clicks a check box on its box, as a person does.
void clickBox(QCheckBox* box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

// Adds a tag the way a person does in the chips: typed into their field, then Enter.
void addTag(TagChipsEdit* chips, const QString& tag)
{
    chips->field()->setFocus();
    QTest::keyClicks(chips->field(), tag);
    QTest::keyClick(chips->field(), Qt::Key_Return);
}

// Removes a tag with its chip's × button.
bool removeTag(TagChipsEdit* chips, const QString& tag)
{
    for (TagChip* chip : chips->findChildren<TagChip*>()) {
        if (chip->tag() == tag) {
            QTest::mouseClick(chip->removeButton(), Qt::LeftButton);
            return true;
        }
    }
    return false;
}

} // namespace

class tst_FrontMatterPanel final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<digest::Desk> m_desk;
    std::unique_ptr<MainWindow> m_window;
    FrontMatterPanel* m_panel = nullptr;

    digest::PostDocument& document() const { return m_desk->session().document(); }
    QUndoStack* undo() const { return document().undoStack(); }
    template <typename T> T* field(const QString& name) const
    {
        return m_panel->findChild<T*>(name);
    }

    // Opens `text` as a post file in the window; the panel shows it.
    bool open(const QString& text, const QString& name = u"post.md"_s)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return false;
        file.close();
        if (!m_window->openFile(path))
            return false;
        m_panel->refresh();
        return document().text() == text;
    }

    // Types `text` over the whole of a field's value, as a person does.
    void typeOver(QLineEdit* line, const QString& text)
    {
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, text);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_desk = std::make_unique<digest::Desk>(
            std::make_unique<digest::Settings>(m_dir->filePath(u"settings.ini"_s)),
            [] { return QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc()); });
        m_window = std::make_unique<MainWindow>(*m_desk);
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_panel = m_window->findChild<FrontMatterPanel*>(u"frontMatterDock"_s);
        QVERIFY(m_panel);
    }
    void cleanup()
    {
        m_window.reset();
        m_desk.reset();
        m_dir.reset();
    }

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

    void aBlockScalarTitleIsRefusedWithAMessage()
    {
        QVERIFY(open(kBlockTitle));
        auto* title = field<QLineEdit>(u"titleEdit"_s);
        const QString shown = title->text();
        title->setFocus();
        title->end(false);
        QTest::keyClicks(title, u"x"_s);
        QCOMPARE(document().text(), kBlockTitle);
        QCOMPARE(undo()->count(), 0);
        QCOMPARE(title->text(), shown);
        const QString message = m_panel->form()->message(u"title"_s);
        QVERIFY2(!message.isEmpty(), "no message beside the title");
        QVERIFY(field<QLabel>(u"message-title"_s)->isVisible());
        // The other fields still edit.
        clickBox(field<QCheckBox>(u"draftCheck"_s));
        QCOMPARE(changedLines(kBlockTitle, document().text()),
                 QStringList({u"5: draft: false → draft: true"_s}));
    }

    void withoutFrontMatterTheFieldsAreOff()
    {
        QVERIFY(open(u"Just a body.\n"_s));
        auto* why = field<QLabel>(u"frontMatterUnavailable"_s);
        QVERIFY(why->isVisible());
        QVERIFY(why->text().contains(u"no front matter"_s));
        QVERIFY(!field<QLineEdit>(u"titleEdit"_s)->isEnabled());
        QVERIFY(open(u"---\ntitle: [unclosed\n---\nBody.\n"_s, u"bad.md"_s));
        QVERIFY(why->text().startsWith(u"The front matter does not read"_s));
        QVERIFY(open(canonical(), u"good.md"_s));
        QVERIFY(why->isHidden());
        QVERIFY(field<QLineEdit>(u"titleEdit"_s)->isEnabled());
    }

    void tomlAndJsonAreEditedInTheirOwnFormat_data()
    {
        QTest::addColumn<QString>("post");
        QTest::addColumn<QStringList>("changes");
        QTest::newRow("TOML") << kToml
                              << QStringList({u"2: title = 'Old title' # as the site writes it → "
                                              "title = 'New title' # as the site writes it"_s,
                                              u"4: draft = false → draft = true"_s,
                                              u"5: tags = [\"ai\", \"news\"] → "
                                              "tags = [\"ai\", \"news\", \"robotics\"]"_s});
        QTest::newRow("JSON") << kJson
                              << QStringList({u"2:   \"title\": \"Old title\", → "
                                              "  \"title\": \"New title\","_s,
                                              u"4:   \"draft\": false, →   \"draft\": true,"_s,
                                              u"5:   \"tags\": [\"ai\", \"news\"] → "
                                              "  \"tags\": [\"ai\", \"news\", \"robotics\"]"_s});
    }
    void tomlAndJsonAreEditedInTheirOwnFormat()
    {
        QFETCH(QString, post);
        QFETCH(QStringList, changes);
        QVERIFY(open(post));
        typeOver(field<QLineEdit>(u"titleEdit"_s), u"New title"_s);
        clickBox(field<QCheckBox>(u"draftCheck"_s));
        addTag(field<TagChipsEdit>(u"tagsEdit"_s), u"robotics"_s);
        QCOMPARE(changedLines(post, document().text()), changes);
        QCOMPARE(undo()->count(), 3);
        for (int i = 0; i < 3; ++i)
            undo()->undo();
        QCOMPARE(document().text(), post);
    }

    // Figures, not assertions: what reading a 1 MB post into the panel costs, and typing in its
    // body, which the panel does not read again for.
    void aLargePostIsReadOnlyWhenItsHeadChanges()
    {
        QString post = canonical();
        const QString item = post.section(u"## Possible consequences"_s, 1);
        while (post.size() < 1024 * 1024)
            post += item;
        QVERIFY(open(post, u"large.md"_s));
        QElapsedTimer timer;
        timer.start();
        constexpr int kRounds = 20;
        for (int i = 0; i < kRounds; ++i)
            m_panel->refresh();
        qInfo("front-matter panel: %.2f ms to read a %lld KB post",
              double(timer.nsecsElapsed()) / 1e6 / kRounds, qlonglong(post.size() / 1024));
        QCOMPARE(field<QLineEdit>(u"titleEdit"_s)->text(), u"[Daily Automated AI Summary]"_s);

        // Typing in the body, after the notice, leaves the panel alone; in the front matter,
        // the panel follows.
        auto* editor = m_window->findChild<MarkdownEditor*>();
        QTextCursor cursor(editor->document());
        cursor.movePosition(QTextCursor::End);
        editor->setTextCursor(cursor);
        timer.restart();
        for (int i = 0; i < kRounds; ++i) {
            QTest::keyClick(editor, Qt::Key_A);
            QCoreApplication::processEvents();
        }
        qInfo("typing in its body: %.2f ms a key, with the preview and outline",
              double(timer.nsecsElapsed()) / 1e6 / kRounds);
        cursor.setPosition(int(document().plainText().indexOf(u"Summary]"_s)));
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor, u"Big "_s);
        QTRY_COMPARE(field<QLineEdit>(u"titleEdit"_s)->text(),
                     u"[Daily Automated AI Big Summary]"_s);
    }

    void thePreviewShowsTheNewTitle()
    {
        QVERIFY(open(canonical()));
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
