#include "core/post/frontmatter.h"

#include <QFile>
#include <QTest>

using digest::FrontMatterSplit;
using Format = FrontMatterSplit::Format;

Q_DECLARE_METATYPE(FrontMatterSplit::Format)

class tst_FrontMatter final : public QObject
{
    Q_OBJECT

private slots:
    void recognisesEachFormat_data();
    void recognisesEachFormat();
    void bodyStartsRightAfterTheClosingDelimiter();
    void keepsPositionsWithWindowsLineEndings();
    void unterminatedFrontMatterIsFlaggedAndLeftInTheBody();
    void aRuleInsideTheBodyIsNotFrontMatter();
};

void tst_FrontMatter::recognisesEachFormat_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("body");

    QTest::newRow("yaml") << QStringLiteral("---\ntitle: \"A\"\n---\n# Body\n") << Format::Yaml
                          << QStringLiteral("title: \"A\"\n") << QStringLiteral("# Body\n");
    QTest::newRow("yaml, blanks after delimiter")
        << QStringLiteral("---  \na: 1\n--- \nBody") << Format::Yaml << QStringLiteral("a: 1\n")
        << QStringLiteral("Body");
    QTest::newRow("toml") << QStringLiteral("+++\ntitle = 'A'\n+++\nBody\n") << Format::Toml
                          << QStringLiteral("title = 'A'\n") << QStringLiteral("Body\n");
    QTest::newRow("json, braces inside strings")
        << QStringLiteral("{\n\"t\": \"a } b \\\" {\"\n}\nBody\n") << Format::Json
        << QStringLiteral("{\n\"t\": \"a } b \\\" {\"\n}") << QStringLiteral("Body\n");
    QTest::newRow("none") << QStringLiteral("# Just Markdown\n") << Format::None << QString()
                          << QStringLiteral("# Just Markdown\n");
    QTest::newRow("empty yaml") << QStringLiteral("---\n---\nBody") << Format::Yaml << QString()
                                << QStringLiteral("Body");
    QTest::newRow("empty file") << QString() << Format::None << QString() << QString();
}

void tst_FrontMatter::recognisesEachFormat()
{
    QFETCH(QString, text);
    QFETCH(Format, format);
    QFETCH(QString, content);
    QFETCH(QString, body);

    const FrontMatterSplit split = digest::splitFrontMatter(text);
    QCOMPARE(split.format, format);
    QCOMPARE(split.content, content);
    QCOMPARE(text.mid(split.bodyOffset), body);
    QVERIFY(!split.unterminated);
}

void tst_FrontMatter::bodyStartsRightAfterTheClosingDelimiter()
{
    QFile file(QStringLiteral(DIGEST_FIXTURES_DIR "/canonical.md"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());

    const FrontMatterSplit split = digest::splitFrontMatter(text);
    QCOMPARE(split.format, Format::Yaml);
    QVERIFY(split.content.startsWith(u"title: \"[Daily Automated AI Summary]\"\n"));
    QVERIFY(split.content.endsWith(u"    hidden: true\n"));
    // The notice follows the closing "---" directly, on the 16th line (index 15).
    QCOMPARE(split.bodyFirstLine, 15);
    QVERIFY(text.mid(split.bodyOffset).startsWith(u"> *Notice:*"));
}

void tst_FrontMatter::keepsPositionsWithWindowsLineEndings()
{
    const QString text = QStringLiteral("---\r\na: 1\r\n---\r\nBody\r\n");
    const FrontMatterSplit split = digest::splitFrontMatter(text);
    QCOMPARE(split.format, Format::Yaml);
    QCOMPARE(split.content, QStringLiteral("a: 1\r\n"));
    QCOMPARE(text.mid(split.bodyOffset), QStringLiteral("Body\r\n"));
    QCOMPARE(split.bodyFirstLine, 3);
}

void tst_FrontMatter::unterminatedFrontMatterIsFlaggedAndLeftInTheBody()
{
    const QString text = QStringLiteral("---\ntitle: lost\n\nBody without a closing line\n");
    const FrontMatterSplit split = digest::splitFrontMatter(text);
    QCOMPARE(split.format, Format::None);
    QVERIFY(split.unterminated);
    QCOMPARE(split.bodyOffset, 0);

    const FrontMatterSplit json = digest::splitFrontMatter(u"{ \"title\": \"open\"\nBody");
    QCOMPARE(json.format, Format::None);
    QVERIFY(json.unterminated);
}

void tst_FrontMatter::aRuleInsideTheBodyIsNotFrontMatter()
{
    const QString text = QStringLiteral("Intro\n\n---\n\nMore\n");
    const FrontMatterSplit split = digest::splitFrontMatter(text);
    QCOMPARE(split.format, Format::None);
    QCOMPARE(split.bodyOffset, 0);
}

QTEST_GUILESS_MAIN(tst_FrontMatter)
#include "tst_frontmatter.moc"
