// The outline tree follows the text: entries keep their items while the outline keeps its
// shape (so the selection stays), show new texts, and lead to where their entry is written now.

#include "core/outline/outline.h"
#include "ui/outline/outlineview.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using digest::Outline;
using digest::parseOutline;
using digest::ui::OutlineView;

namespace {

QString consequences(const QString& firstBenefit)
{
    return QStringLiteral("## Possible consequences of current developments\n\n"
                          "1. **First**\n   - *Benefits:* %1\n   - *Ramifications:* Fewer.\n\n"
                          "2. **Second**\n   - *Benefits:* Some.\n\n"
                          "## Other\n\nText.\n")
        .arg(firstBenefit);
}

} // namespace

class tst_OutlineView final : public QObject
{
    Q_OBJECT

private slots:
    void typingInASlotChangesOnlyItsEntry();
    void entriesLeadWhereTheyAreWrittenNow();
    void aNewItemRebuildsTheTree();
};

void tst_OutlineView::typingInASlotChangesOnlyItsEntry()
{
    OutlineView view;
    view.setOutline(parseOutline(consequences(QStringLiteral("More."))));
    auto* tree = view.findChild<QTreeWidget*>(QStringLiteral("outlineTree"));
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem* second = tree->topLevelItem(0)->child(1);
    tree->setCurrentItem(second);
    QSignalSpy changed(tree->model(), &QAbstractItemModel::dataChanged);

    view.setOutline(parseOutline(consequences(QStringLiteral("More and more."))));
    QCOMPARE(tree->topLevelItem(0)->child(0)->child(0)->text(0),
             QStringLiteral("Benefits: More and more."));
    // The same items: the selection stays, and only the changed entry's text and tip were set.
    QCOMPARE(tree->topLevelItem(0)->child(1), second);
    QCOMPARE(tree->currentItem(), second);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(tree->topLevelItem(0)->child(1)->child(1)->text(0),
             QStringLiteral("Ramifications: missing"));
    QVERIFY(tree->topLevelItem(0)->child(1)->child(1)->font(0).italic());
}

void tst_OutlineView::entriesLeadWhereTheyAreWrittenNow()
{
    OutlineView view;
    const QString text = consequences(QStringLiteral("More."));
    view.setOutline(parseOutline(text));
    auto* tree = view.findChild<QTreeWidget*>(QStringLiteral("outlineTree"));
    QTreeWidgetItem* second = tree->topLevelItem(0)->child(1);
    // Lines typed above every entry move them all down; the tree keeps its items.
    const QString moved = QStringLiteral("Intro.\n\nMore intro.\n\n") + text;
    view.setOutline(parseOutline(moved));
    QCOMPARE(tree->topLevelItem(0)->child(1), second);
    QSignalSpy activated(&view, &OutlineView::positionActivated);
    emit tree->itemActivated(second, 0);
    QCOMPARE(activated.size(), 1);
    // "2. **Second**" is on line 7 of the text, 11 with the four lines above it.
    QCOMPARE(activated.first().at(0).toInt(), 11);
    QCOMPARE(activated.first().at(1).toInt(), 1);
}

void tst_OutlineView::aNewItemRebuildsTheTree()
{
    OutlineView view;
    view.setOutline(parseOutline(consequences(QStringLiteral("More."))));
    auto* tree = view.findChild<QTreeWidget*>(QStringLiteral("outlineTree"));
    QString text = consequences(QStringLiteral("More."));
    text.insert(text.indexOf(QStringLiteral("## Other")),
                QStringLiteral("3. **Third**\n   - *Benefits:* New.\n\n"));
    view.setOutline(parseOutline(text));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->child(2)->text(0), QStringLiteral("3. Third"));
    QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Other"));
    // Emptied, the outline says so instead of showing an empty tree.
    view.setOutline(Outline());
    QVERIFY(tree->isHidden());
}

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    tst_OutlineView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outlineview.moc"
