// The front-matter panel in the real window with posts of every kind (issue 12): TOML and JSON
// edited in their own format, a value it cannot edit without rewriting more refused, no front
// matter or one that does not read, and a large post read only when its head changes.

#include "frontmatterpanelwindow.h"
#include "ui/editor/markdowneditor.h"

#include <QElapsedTimer>
#include <QLabel>

using digest::ui::MarkdownEditor;

namespace {

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

} // namespace

using namespace digest::test;

class tst_FrontMatterFormats final : public QObject, private PanelWindow
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(start()); }
    void cleanup() { stop(); }

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
};

QTEST_MAIN(tst_FrontMatterFormats)
#include "tst_frontmatterformats.moc"
