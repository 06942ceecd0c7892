// The tags of the front-matter panel as chips (issue 12): typed, completed from the site's
// tags, refused when the post has them, removed with the mouse or the keyboard; a tag new to
// the site and the model tag marked where a user and a screen reader find it.
// TAGCHIPS_SCREENSHOTS=folder saves the widget in the light and dark theme there.

#include "ui/frontmatter/tagchip.h"
#include "ui/frontmatter/tagchipsedit.h"
#include "ui/mainwindow/theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using digest::TagCount;
using digest::ui::TagChip;
using digest::ui::TagChipsEdit;

namespace {

const QList<TagCount> kSiteTags = {{u"daily ai summary"_s, 40},
                                   {u"automated content"_s, 38},
                                   {u"gpt-4o"_s, 12},
                                   {u"GPT-4o-mini"_s, 9},
                                   {u"robots"_s, 1}};

TagChip* chipOf(const TagChipsEdit& edit, const QString& tag)
{
    for (TagChip* chip : edit.findChildren<TagChip*>())
        if (chip->tag() == tag)
            return chip;
    return nullptr;
}

QStringList lastEdit(const QSignalSpy& spy)
{
    return spy.constLast().constFirst().toStringList();
}

} // namespace

class tst_TagChips : public QObject
{
    Q_OBJECT

private slots:
    void setTagsShowsThemAndEmitsNothing()
    {
        TagChipsEdit edit;
        QSignalSpy edited(&edit, &TagChipsEdit::tagsEdited);
        edit.setTags({u"daily ai summary"_s, u"robots"_s});
        QCOMPARE(edit.tags(), QStringList({u"daily ai summary"_s, u"robots"_s}));
        QVERIFY(chipOf(edit, u"robots"_s));
        QCOMPARE(chipOf(edit, u"robots"_s)->accessibleName(), u"Tag “robots”"_s);
        QCOMPARE(chipOf(edit, u"robots"_s)->removeButton()->accessibleName(),
                 u"Remove tag “robots”"_s);
        QCOMPARE(edit.field()->accessibleName(), u"New tag"_s);
        QCOMPARE(edited.size(), 0);
    }

    void enterAndCommaAdd()
    {
        TagChipsEdit edit;
        edit.setTags({u"daily ai summary"_s});
        QSignalSpy edited(&edit, &TagChipsEdit::tagsEdited);
        QTest::keyClicks(edit.field(), u"robots"_s);
        QCOMPARE(edited.size(), 0);
        QTest::keyClick(edit.field(), Qt::Key_Return);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(lastEdit(edited), QStringList({u"daily ai summary"_s, u"robots"_s}));
        QCOMPARE(edit.field()->text(), QString());
        QVERIFY(chipOf(edit, u"robots"_s));

        QTest::keyClicks(edit.field(), u" agents,"_s);
        QCOMPARE(edited.size(), 2);
        QCOMPARE(lastEdit(edited), QStringList({u"daily ai summary"_s, u"robots"_s, u"agents"_s}));
        QCOMPARE(edit.field()->text(), QString());
        // Enter in the empty field adds nothing.
        QTest::keyClick(edit.field(), Qt::Key_Return);
        QCOMPARE(edited.size(), 2);
    }

    void aTagThePostHasIsRefused()
    {
        TagChipsEdit edit;
        edit.setTags({u"GPT-4o"_s});
        QSignalSpy edited(&edit, &TagChipsEdit::tagsEdited);
        QSignalSpy message(&edit, &TagChipsEdit::message);
        QTest::keyClicks(edit.field(), u"gpt-4o"_s);
        QTest::keyClick(edit.field(), Qt::Key_Return);
        QCOMPARE(edited.size(), 0);
        QCOMPARE(message.size(), 1);
        QCOMPARE(message.constLast().constFirst().toString(),
                 u"The post is already tagged “GPT-4o”."_s);
        // The typed text stays, to be mended.
        QCOMPARE(edit.field()->text(), u"gpt-4o"_s);
        // By comma too; the comma goes, the text stays.
        QTest::keyClick(edit.field(), Qt::Key_Comma);
        QCOMPARE(message.size(), 2);
        QCOMPARE(edited.size(), 0);
        QCOMPARE(edit.field()->text(), u"gpt-4o"_s);
        QCOMPARE(edit.tags(), QStringList({u"GPT-4o"_s}));
    }

    void removingByMouseAndKeyboard()
    {
        TagChipsEdit edit;
        edit.setTags({u"a"_s, u"b"_s, u"c"_s, u"d"_s});
        edit.show();
        QApplication::setActiveWindow(&edit);
        QVERIFY(QTest::qWaitForWindowActive(&edit));
        QSignalSpy edited(&edit, &TagChipsEdit::tagsEdited);
        QTest::mouseClick(chipOf(edit, u"b"_s)->removeButton(), Qt::LeftButton);
        QCOMPARE(edited.size(), 1);
        QCOMPARE(lastEdit(edited), QStringList({u"a"_s, u"c"_s, u"d"_s}));
        QVERIFY(!chipOf(edit, u"b"_s));

        // Backspace in the empty field removes the last tag, once per press.
        edit.field()->setFocus();
        QTest::keyClick(edit.field(), Qt::Key_Backspace);
        QCOMPARE(edited.size(), 2);
        QCOMPARE(lastEdit(edited), QStringList({u"a"_s, u"c"_s}));
        // With text in the field it deletes text.
        QTest::keyClicks(edit.field(), u"x"_s);
        QTest::keyClick(edit.field(), Qt::Key_Backspace);
        QCOMPARE(edited.size(), 2);

        // The keyboard alone: Shift+Tab from the field reaches the last chip's remove button,
        // Space removes it, and the focus stays in the tags.
        QTest::keyClick(edit.field(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), chipOf(edit, u"c"_s)->removeButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), chipOf(edit, u"a"_s)->removeButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(edited.size(), 3);
        QCOMPARE(lastEdit(edited), QStringList({u"c"_s}));
        QCOMPARE(QApplication::focusWidget(), chipOf(edit, u"c"_s)->removeButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(lastEdit(edited), QStringList());
        QCOMPARE(QApplication::focusWidget(), edit.field());
    }

    void completesFromTheSitesTagsMostUsedFirst()
    {
        TagChipsEdit edit;
        edit.setTags({u"automated content"_s});
        edit.setSiteTags(kSiteTags);
        const QAbstractItemModel* model = edit.completer()->model();
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown.append(model->index(row, 0).data().toString());
        // What the post has already is not offered.
        QCOMPARE(shown, QStringList({u"daily ai summary — 40 posts"_s, u"gpt-4o — 12 posts"_s,
                                     u"GPT-4o-mini — 9 posts"_s, u"robots — 1 post"_s}));

        // Matching ignores case; the popup keeps the most used first.
        edit.completer()->setCompletionPrefix(u"Gpt"_s);
        const QAbstractItemModel* matches = edit.completer()->completionModel();
        QCOMPARE(matches->rowCount(), 2);
        QCOMPARE(matches->index(0, 0).data().toString(), u"gpt-4o — 12 posts"_s);

        // Choosing one with the keyboard adds the tag, not the popup's line.
        edit.show();
        QApplication::setActiveWindow(&edit);
        QVERIFY(QTest::qWaitForWindowActive(&edit));
        edit.field()->setFocus();
        QSignalSpy edited(&edit, &TagChipsEdit::tagsEdited);
        QTest::keyClicks(edit.field(), u"MINI"_s);
        QTRY_VERIFY(edit.completer()->popup()->isVisible());
        QTest::keyClick(edit.completer()->popup(), Qt::Key_Down);
        QTest::keyClick(edit.completer()->popup(), Qt::Key_Return);
        QTRY_COMPARE(edited.size(), 1);
        QCOMPARE(lastEdit(edited), QStringList({u"automated content"_s, u"GPT-4o-mini"_s}));
        QCOMPARE(edit.field()->text(), QString());
    }

    void aTagNewToTheSiteIsMarked()
    {
        TagChipsEdit edit;
        edit.setTags({u"GPT-4O"_s, u"robtos"_s});
        // Before the site's tags are known nothing is new.
        QVERIFY(!chipOf(edit, u"robtos"_s)->isNewToSite());
        QCOMPARE(chipOf(edit, u"robtos"_s)->toolTip(), QString());

        edit.setSiteTags(kSiteTags);
        const TagChip* typo = chipOf(edit, u"robtos"_s);
        QVERIFY(typo->isNewToSite());
        const QString warning = u"No other post of the site uses “robtos”. A typo?"_s;
        QCOMPARE(typo->toolTip(), warning);
        QCOMPARE(typo->accessibleDescription(), warning);
        QCOMPARE(typo->removeButton()->accessibleDescription(), warning);
        // Known in another case: not new.
        const TagChip* known = chipOf(edit, u"GPT-4O"_s);
        QVERIFY(!known->isNewToSite());
        QCOMPARE(known->accessibleDescription(), QString());
    }

    void theModelTagIsMarked()
    {
        TagChipsEdit edit;
        edit.setSiteTags(kSiteTags);
        edit.setTags({u"daily ai summary"_s, u"qwen3-32b"_s});
        edit.setModelTag(u"qwen3-32b"_s);
        const TagChip* model = chipOf(edit, u"qwen3-32b"_s);
        QVERIFY(model->followsModel());
        // The model's tag is not a typo, even when no other post has it.
        QVERIFY(!model->isNewToSite());
        const QString follows = u"Follows the model: generating with another model replaces it."_s;
        QCOMPARE(model->toolTip(), follows);
        QCOMPARE(model->accessibleDescription(), follows);
        QVERIFY(!chipOf(edit, u"daily ai summary"_s)->followsModel());
    }

    void aLongListWrapsInANarrowPanel()
    {
        TagChipsEdit edit;
        edit.setSiteTags(kSiteTags);
        edit.setTags({u"daily ai summary"_s, u"automated content"_s, u"gpt-4o"_s,
                      u"a rather long tag about robots"_s});
        edit.setModelTag(u"gpt-4o"_s);
        const int narrow = 260;
        edit.resize(narrow, edit.heightForWidth(narrow));
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        const QList<TagChip*> chips = edit.findChildren<TagChip*>();
        QCOMPARE(chips.size(), 4);
        int rows = 0;
        int lastY = -1;
        for (const TagChip* chip : chips) {
            QVERIFY2(chip->geometry().right() < narrow, qPrintable(chip->tag()));
            if (chip->y() != lastY)
                ++rows;
            lastY = chip->y();
        }
        QVERIFY(rows >= 2);
        QVERIFY(edit.field()->geometry().bottom() < edit.height());
        QVERIFY(edit.field()->width() >= edit.field()->minimumWidth());
        QVERIFY(edit.heightForWidth(1000) < edit.heightForWidth(narrow));

        // With room enough (its size hint), two tags and the field lie on one row.
        TagChipsEdit few;
        few.setTags({u"daily ai summary"_s, u"robots"_s});
        few.resize(few.sizeHint());
        few.show();
        QVERIFY(QTest::qWaitForWindowExposed(&few));
        QCOMPARE(chipOf(few, u"robots"_s)->y(), chipOf(few, u"daily ai summary"_s)->y());
        QVERIFY(few.field()->geometry().top() < chipOf(few, u"robots"_s)->geometry().bottom());

        const QString folder = qEnvironmentVariable("TAGCHIPS_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        for (const auto theme : {digest::ui::Theme::Light, digest::ui::Theme::Dark}) {
            digest::ui::applyTheme(theme);
            edit.setPalette(QApplication::palette());
            edit.setAutoFillBackground(true);
            QTest::qWait(50);
            const QString name = u"tagchips-%1.png"_s.arg(digest::ui::themeName(theme));
            QVERIFY(edit.grab().save(QDir(folder).filePath(name)));
        }
    }
};

QTEST_MAIN(tst_TagChips)
#include "tst_tagchips.moc"
