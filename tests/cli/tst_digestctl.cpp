#include "core/render/markdownrenderer.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run digestctl(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(DIGESTCTL_PATH), arguments);
    if (!process.waitForFinished(30000))
        qFatal("digestctl did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString fixturePath(const char* name)
{
    return QStringLiteral(DIGEST_FIXTURES_DIR "/") + QString::fromLatin1(name);
}

} // namespace

class tst_Digestctl final : public QObject
{
    Q_OBJECT

private slots:
    void helpListsTheCommands();
    void versionPrintsTheProjectVersion();
    void renderPrintsTheBodyAsThePreviewShowsIt();
    void renderTakesTomlAndJsonPosts();
    void renderOfAMissingFileIsOneLineAndFails();
    void renderOfAFolderFails();
    void wrongUsageExitsWithTwo();
    void roundtripWritesThePostBackToTheByte();
    void roundtripReportsBrokenFrontMatter();
};

void tst_Digestctl::helpListsTheCommands()
{
    const Run run = digestctl({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"Usage: "), qPrintable(run.out));
    QVERIFY(run.out.contains(u"render FILE"));
    QVERIFY(run.out.contains(u"--version"));

    const Run renderHelp = digestctl({QStringLiteral("render"), QStringLiteral("--help")});
    QCOMPARE(renderHelp.exitCode, 0);
    QVERIFY(renderHelp.out.contains(u"FILE"));
}

void tst_Digestctl::versionPrintsTheProjectVersion()
{
    const Run run = digestctl({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("digestctl %1\n").arg(QStringLiteral(DIGEST_VERSION)));
}

void tst_Digestctl::renderPrintsTheBodyAsThePreviewShowsIt()
{
    const QString path = fixturePath("canonical.md");
    const Run run = digestctl({QStringLiteral("render"), path});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // The preview shows exactly this renderer's output for the same text.
    QCOMPARE(run.out, digest::MarkdownRenderer::postBodyToHtml(QString::fromUtf8(file.readAll())));
    QVERIFY(run.out.startsWith(u"<blockquote>\n<p><em>Notice:</em>"));
    QVERIFY(!run.out.contains(u"showToc"));
    QVERIFY(run.out.contains(u"<h2>GPT predicts future events</h2>"));
}

void tst_Digestctl::renderTakesTomlAndJsonPosts()
{
    for (const char* name : {"toml-front-matter.md", "json-front-matter.md"}) {
        const Run run = digestctl({QStringLiteral("render"), fixturePath(name)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"<h2>Heading after"), qPrintable(run.out));
    }
}

void tst_Digestctl::renderOfAMissingFileIsOneLineAndFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.md"));
    const Run run = digestctl({QStringLiteral("render"), path});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.startsWith(u"digestctl: "), qPrintable(run.err));
    QVERIFY(run.err.contains(path));
}

void tst_Digestctl::renderOfAFolderFails()
{
    QTemporaryDir dir;
    const Run run = digestctl({QStringLiteral("render"), dir.path()});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(u"folder"), qPrintable(run.err));
}

void tst_Digestctl::wrongUsageExitsWithTwo()
{
    QCOMPARE(digestctl({}).exitCode, 2);
    const Run unknown = digestctl({QStringLiteral("frobnicate")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(u"frobnicate"));
    QCOMPARE(digestctl({QStringLiteral("render")}).exitCode, 2);
    QCOMPARE(digestctl({QStringLiteral("render"), QStringLiteral("a.md"), QStringLiteral("b.md")})
                 .exitCode,
             2);
}

void tst_Digestctl::roundtripWritesThePostBackToTheByte()
{
    QTemporaryDir dir;
    QFile original(fixturePath("frontmatter/yaml-styles.md"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    bytes.replace("\n", "\r\n");
    bytes.prepend("\xEF\xBB\xBF");
    const QString path = dir.filePath(QStringLiteral("crlf-bom.md"));
    QFile copy(path);
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(bytes);
    copy.close();

    QProcess process;
    process.start(QStringLiteral(DIGESTCTL_PATH), {QStringLiteral("roundtrip"), path});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(process.readAllStandardOutput(), bytes);
    QCOMPARE(process.readAllStandardError(), QByteArray());
}

void tst_Digestctl::roundtripReportsBrokenFrontMatter()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: ok\ntags: [a, b\n---\nBody\n");
    file.close();

    const Run run = digestctl({QStringLiteral("roundtrip"), path});
    QCOMPARE(run.exitCode, 1);
    // The text is still written out whole; the problem is one line on stderr.
    QCOMPARE(run.out, QStringLiteral("---\ntitle: ok\ntags: [a, b\n---\nBody\n"));
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.contains(u"YAML") && run.err.contains(u"line"), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(tst_Digestctl)
#include "tst_digestctl.moc"
