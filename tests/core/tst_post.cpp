#include "core/post/post.h"
#include "core/post/postfile.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using digest::Post;
using digest::PostFile;

namespace {

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString fixture(const QString& name)
{
    return QStringLiteral(DIGEST_FIXTURES_DIR "/") + name;
}

// The post as digestctl roundtrip writes it: read, split into its parts, written back.
QByteArray roundTrip(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    return Post::fromText(text).toText().toUtf8();
}

} // namespace

class tst_Post final : public QObject
{
    Q_OBJECT

private slots:
    void unchangedPostIsWrittenBackToTheByte_data();
    void unchangedPostIsWrittenBackToTheByte();
    void everyCorpusPostIsWrittenBackToTheByte();
    void partsAreWhereTheFileHasThem();
    void fileWithByteOrderMarkKeepsIt();
};

void tst_Post::unchangedPostIsWrittenBackToTheByte_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QStringList files = {QStringLiteral("canonical.md"),
                               QStringLiteral("toml-front-matter.md"),
                               QStringLiteral("json-front-matter.md"),
                               QStringLiteral("hostile.md"),
                               QStringLiteral("gfm-features.md"),
                               QStringLiteral("frontmatter/yaml-styles.md"),
                               QStringLiteral("frontmatter/toml-full.md"),
                               QStringLiteral("frontmatter/json-full.md")};
    for (const QString& name : files) {
        const QByteArray bytes = fileBytes(fixture(name));
        QVERIFY2(!bytes.isEmpty(), qPrintable(name));
        QTest::newRow(qPrintable(name)) << bytes;
        QByteArray crlf = bytes;
        crlf.replace("\n", "\r\n");
        QTest::newRow(qPrintable(name + QStringLiteral(", CRLF"))) << crlf;
        QTest::newRow(qPrintable(name + QStringLiteral(", no final newline"))) << bytes.chopped(1);
        QTest::newRow(qPrintable(name + QStringLiteral(", trailing blanks")))
            << bytes + QByteArray("\n \n\t\n");
    }
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only a delimiter") << QByteArray("---\n");
    QTest::newRow("unterminated front matter") << QByteArray("---\ntitle: x\n\nno end\n");
    QTest::newRow("delimiter without newline") << QByteArray("---\ntitle: x\n---");
    QTest::newRow("delimiter with trailing blanks") << QByteArray("---  \na: 1\n---\t\nbody\n");
}

void tst_Post::unchangedPostIsWrittenBackToTheByte()
{
    QFETCH(QByteArray, bytes);
    QCOMPARE(roundTrip(bytes), bytes);
}

void tst_Post::everyCorpusPostIsWrittenBackToTheByte()
{
    const QDir corpus(QStringLiteral(DIGEST_CORPUS_DIR));
    if (!corpus.exists())
        QSKIP(qPrintable(QStringLiteral("The shared corpus is not at %1; the fixtures above "
                                        "still cover the round trip.")
                             .arg(corpus.path())));
    const QStringList files = corpus.entryList({QStringLiteral("*.md")}, QDir::Files);
    QVERIFY(files.size() >= 900);
    int yaml = 0;
    for (const QString& name : files) {
        const QString path = corpus.filePath(name);
        const auto text = PostFile::read(path);
        QVERIFY2(text.ok(), qPrintable(text.errorMessage()));
        const Post post = Post::fromText(text.value());
        QVERIFY2(post.toText().toUtf8() == fileBytes(path), qPrintable(name));

        const auto values = post.frontMatter();
        QVERIFY2(values.ok(), qPrintable(name + u": " + values.errorMessage()));
        QVERIFY2(!values.value().title().isEmpty(), qPrintable(name));
        QVERIFY2(values.value().date().value.isValid(), qPrintable(name));
        QVERIFY2(values.value().date().hasZone, qPrintable(name));
        if (name.endsWith(u"-ai-auto-summary.md")) {
            // The file name's day is the post's day in UTC, and the model is the third tag.
            QCOMPARE(values.value().date().value.toUTC().date().toString(Qt::ISODate),
                     name.left(10));
            QCOMPARE(values.value().tags().size(), 3);
            QVERIFY(values.value().tags().at(2).startsWith(u"gpt-"));
            QCOMPARE(values.value().keys.size(), 10);
            QVERIFY(values.value().cover().hidden);
        }
        yaml += post.format() == digest::FrontMatterSplit::Format::Yaml;
    }
    QCOMPARE(yaml, files.size());
    qInfo("%lld corpus posts written back byte for byte", qlonglong(files.size()));
}

void tst_Post::partsAreWhereTheFileHasThem()
{
    const auto text = PostFile::read(fixture(QStringLiteral("canonical.md")));
    QVERIFY(text.ok());
    const Post post = Post::fromText(text.value());
    QCOMPARE(post.format(), digest::FrontMatterSplit::Format::Yaml);
    QVERIFY(post.frontMatterText().startsWith(u"title: "));
    QVERIFY(post.body().startsWith(u"> *Notice:*"));
    QCOMPARE(post.bodyFirstLine(), 15);
    QVERIFY(!post.frontMatterUnterminated());

    const Post broken = Post::fromText(QStringLiteral("---\ntitle: x\n"));
    QVERIFY(broken.frontMatterUnterminated());
    QCOMPARE(broken.format(), digest::FrontMatterSplit::Format::None);
    QCOMPARE(broken.body(), QStringLiteral("---\ntitle: x\n"));
}

void tst_Post::fileWithByteOrderMarkKeepsIt()
{
    const QByteArray bytes = "\xEF\xBB\xBF---\ntitle: \"BOM\"\n---\nBody\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bom.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();

    const auto text = PostFile::read(path);
    QVERIFY(text.ok());
    const Post post = Post::fromText(text.value());
    QCOMPARE(post.format(), digest::FrontMatterSplit::Format::Yaml);
    QCOMPARE(post.frontMatter().value().title(), QStringLiteral("BOM"));
    QCOMPARE(post.body(), QStringLiteral("Body\n"));
    QVERIFY(PostFile::write(path, post.toText()).ok());
    QCOMPARE(fileBytes(path), bytes);
}

QTEST_GUILESS_MAIN(tst_Post)
#include "tst_post.moc"
