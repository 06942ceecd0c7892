// The tag rules both the front-matter panel and `digestctl set` follow.
#include "core/post/posttags.h"

#include <QTest>

using digest::PostTags;

class TestPostTags : public QObject
{
    Q_OBJECT

private slots:
    void addsTrimmedTagAtTheEnd()
    {
        const auto tags = PostTags::added({QStringLiteral("a"), QStringLiteral("b")},
                                          QStringLiteral("  new tag "));
        QVERIFY(tags.ok());
        QCOMPARE(tags.value(), (QStringList{QStringLiteral("a"), QStringLiteral("b"),
                                            QStringLiteral("new tag")}));
    }

    void refusesTheSameTermInAnotherCase()
    {
        const auto tags =
            PostTags::added({QStringLiteral("GPT-4o-mini")}, QStringLiteral("gpt-4o-MINI"));
        QVERIFY(!tags.ok());
        QVERIFY2(tags.errorMessage().contains(QStringLiteral("“GPT-4o-mini”")),
                 qPrintable(tags.errorMessage()));
    }

    void refusesEmptyAndControlCharacters_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("newline") << QStringLiteral("a\nb");
        QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b");
        QTest::newRow("line separator") << QStringLiteral("a\u2028b");
    }

    void refusesEmptyAndControlCharacters()
    {
        QFETCH(QString, tag);
        const auto tags = PostTags::added({QStringLiteral("a")}, tag);
        QVERIFY(!tags.ok());
        QVERIFY(!tags.errorMessage().isEmpty());
    }

    void removesTheTagWhateverItsCase()
    {
        const auto tags = PostTags::removed(
            {QStringLiteral("daily ai summary"), QStringLiteral("Automated Content")},
            QStringLiteral("automated content"));
        QVERIFY(tags.ok());
        QCOMPARE(tags.value(), QStringList{QStringLiteral("daily ai summary")});
    }

    void refusesToRemoveAMissingTag()
    {
        const auto tags = PostTags::removed({QStringLiteral("a")}, QStringLiteral("b"));
        QVERIFY(!tags.ok());
        QVERIFY(tags.errorMessage().contains(QStringLiteral("“b”")));
    }
};

QTEST_APPLESS_MAIN(TestPostTags)
#include "tst_posttags.moc"
