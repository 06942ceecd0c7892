#include "core/outline/outline.h"
#include "core/post/archetype.h"
#include "core/post/frontmatter.h"
#include "core/render/markdownrenderer.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using digest::Archetype;
using digest::ArchetypeFields;
using digest::ArchetypeTemplate;

namespace {

const ArchetypeFields kFields{u"2025-06-10T05:36:31Z"_s, u"2025-06-10-ai-auto-summary"_s,
                              u"[Daily Automated AI Summary]"_s, u"posts"_s};

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QStringList yamlKeys(const QString& postText)
{
    const YAML::Node node = YAML::Load(digest::splitFrontMatter(postText).content.toStdString());
    QStringList keys;
    for (const auto& entry : node)
        keys.append(QString::fromStdString(entry.first.as<std::string>()));
    return keys;
}

} // namespace

class tst_Archetype final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sectionArchetypeBeatsDefaultBeatsBuiltIn();
    void bundleArchetypeFoldersArePassedOver();
    void unreadableArchetypeIsAnErrorNotAFallback();
    void fillsTheFieldsHugoArchetypesUse_data();
    void fillsTheFieldsHugoArchetypesUse();
    void fillsHugosOwnDefaultArchetype();
    void unsupportedActionsNameTheFileAndLine_data();
    void unsupportedActionsNameTheFileAndLine();
    void builtInIsTheCanonicalDailyPost();
    void builtInHasTheSitesFrontMatterKeysAndNotice();
    void builtInSlotsAreEmptyToTheOutline();
    void modelIsTheThirdTag();
    void modelNamesCannotCarryTemplateOrYaml_data();
    void modelNamesCannotCarryTemplateOrYaml();

private:
    std::unique_ptr<QTemporaryDir> m_site;
};

void tst_Archetype::init()
{
    m_site = std::make_unique<QTemporaryDir>();
    QVERIFY(m_site->isValid());
}

void tst_Archetype::sectionArchetypeBeatsDefaultBeatsBuiltIn()
{
    const QString posts = m_site->filePath(u"archetypes/posts.md"_s);
    const QString fallback = m_site->filePath(u"archetypes/default.md"_s);
    QCOMPARE(Archetype::lookupOrder(m_site->path(), u"posts"_s), QStringList({posts, fallback}));
    writeFile(posts, "posts {{ .Section }}\n");
    writeFile(fallback, "default {{ .Section }}\n");

    auto found = Archetype::find(m_site->path(), u"posts"_s);
    QVERIFY(found.ok());
    QCOMPARE(found.value().origin(), posts);
    QCOMPARE(found.value().fill(kFields).value(), u"posts posts\n"_s);

    found = Archetype::find(m_site->path(), u"news"_s);
    QCOMPARE(found.value().origin(), fallback);

    QVERIFY(QFile::remove(posts));
    found = Archetype::find(m_site->path(), u"posts"_s);
    QCOMPARE(found.value().origin(), fallback);

    QVERIFY(QFile::remove(fallback));
    found = Archetype::find(m_site->path(), u"posts"_s);
    QVERIFY(found.value().isBuiltIn());
    QVERIFY(Archetype::find(QString(), u"posts"_s).value().isBuiltIn());
}

void tst_Archetype::bundleArchetypeFoldersArePassedOver()
{
    writeFile(m_site->filePath(u"archetypes/posts/index.md"_s), "bundle\n");
    writeFile(m_site->filePath(u"archetypes/default.md"_s), "default\n");
    const auto found = Archetype::find(m_site->path(), u"posts"_s);
    QCOMPARE(found.value().origin(), m_site->filePath(u"archetypes/default.md"_s));
}

void tst_Archetype::unreadableArchetypeIsAnErrorNotAFallback()
{
    const QString posts = m_site->filePath(u"archetypes/posts.md"_s);
    writeFile(posts, "title: \xff\xfe broken\n");
    const auto found = Archetype::find(m_site->path(), u"posts"_s);
    QVERIFY(!found.ok());
    QVERIFY2(found.errorMessage().contains(QDir::toNativeSeparators(posts)),
             qPrintable(found.errorMessage()));
}

void tst_Archetype::fillsTheFieldsHugoArchetypesUse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("date") << u"date: {{ .Date }}"_s << u"date: 2025-06-10T05:36:31Z"_s;
    QTest::newRow("name") << u"{{ .Name }}"_s << u"2025-06-10-ai-auto-summary"_s;
    QTest::newRow("content base name")
        << u"{{.File.ContentBaseName}}"_s << u"2025-06-10-ai-auto-summary"_s;
    QTest::newRow("title") << u"{{ .Title }}"_s << u"[Daily Automated AI Summary]"_s;
    QTest::newRow("section and type") << u"{{ .Section }}/{{ .Type }}"_s << u"posts/posts"_s;
    QTest::newRow("replace | title")
        << u"{{ replace .Name \"-\" \" \" | title }}"_s << u"2025 06 10 Ai Auto Summary"_s;
    QTest::newRow("content base name, replace | title")
        << u"{{ replace .File.ContentBaseName \"-\" \" \" | title }}"_s
        << u"2025 06 10 Ai Auto Summary"_s;
    QTest::newRow("humanize") << u"{{ .Name | humanize }}"_s << u"2025 06 10 ai auto summary"_s;
    QTest::newRow("title keeps small words small")
        << u"{{ \"the state of the art in ai\" | title }}"_s << u"The State of the Art in Ai"_s;
    QTest::newRow("upper, lower, raw string")
        << u"{{ `a\"b` | upper }} {{ \"X\" | lower }}"_s << u"A\"B x"_s;
    QTest::newRow("comment") << u"a{{/* a note with }} inside */}}b"_s << u"ab"_s;
    QTest::newRow("trim markers") << u"a  \n {{- .Section -}} \n  b"_s << u"apostsb"_s;
    QTest::newRow("trimmed comment") << u"a\n{{- /* x */ -}}\nb"_s << u"ab"_s;
    QTest::newRow("no actions") << u"plain { } text"_s << u"plain { } text"_s;
    QTest::newRow("dash without blank is not a trim")
        << u"{{ replace .Section \"s\" \"-\"}}"_s << u"po-t-"_s;
}

void tst_Archetype::fillsTheFieldsHugoArchetypesUse()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto filled = ArchetypeTemplate::fill(text, u"a.md"_s, kFields);
    QVERIFY2(filled.ok(), qPrintable(filled.errorMessage()));
    QCOMPARE(filled.value(), expected);
}

void tst_Archetype::fillsHugosOwnDefaultArchetype()
{
    // What `hugo new site` puts into archetypes/default.md.
    const QString text = u"---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\n"
                         u"date: {{ .Date }}\ndraft: true\n---\n\n"_s;
    const auto filled = ArchetypeTemplate::fill(text, u"default.md"_s, kFields);
    QCOMPARE(filled.value(), u"---\ntitle: \"2025 06 10 Ai Auto Summary\"\n"
                             u"date: 2025-06-10T05:36:31Z\ndraft: true\n---\n\n"_s);
}

void tst_Archetype::unsupportedActionsNameTheFileAndLine_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("reason");
    QTest::newRow("now.Format") << u"{{ now.Format \"2006\" }}"_s << u"now"_s;
    QTest::newRow("site field") << u"{{ .Site.Title }}"_s << u".Site.Title"_s;
    QTest::newRow("if") << u"{{ if .Draft }}"_s << u"'if'"_s;
    QTest::newRow("variable") << u"{{ $x := 1 }}"_s << u"'$'"_s;
    QTest::newRow("printf") << u"{{ printf \"%s\" .Name }}"_s << u"printf"_s;
    QTest::newRow("parentheses") << u"{{ (title .Name) }}"_s << u"'('"_s;
    QTest::newRow("unclosed action") << u"{{ .Name "_s << u"}}"_s;
    QTest::newRow("unclosed string") << u"{{ \"abc }}"_s << u"}}"_s;
    QTest::newRow("too few arguments") << u"{{ replace .Name \"-\" }}"_s << u"3"_s;
    QTest::newRow("field with an argument") << u"{{ .Name .Title }}"_s << u"function"_s;
    QTest::newRow("empty pipe side") << u"{{ | title }}"_s << u"pipe"_s;
    QTest::newRow("number") << u"{{ 42 }}"_s << u"'4'"_s;
}

void tst_Archetype::unsupportedActionsNameTheFileAndLine()
{
    QFETCH(QString, action);
    QFETCH(QString, reason);
    const QString origin = m_site->filePath(u"archetypes/posts.md"_s);
    const QString text = u"---\ntitle: x\n"_s + action + u"\n---\n"_s;
    const auto filled = ArchetypeTemplate::fill(text, origin, kFields);
    QVERIFY(!filled.ok());
    const QString message = filled.errorMessage();
    QVERIFY2(message.startsWith(QDir::toNativeSeparators(origin) + u", line 3: "_s),
             qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
}

void tst_Archetype::builtInIsTheCanonicalDailyPost()
{
    const QString text = Archetype::builtIn().fill(kFields).value();
    QVERIFY(text.startsWith(u"---\ntitle: \"[Daily Automated AI Summary]\"\n"
                            u"date: 2025-06-10T05:36:31Z\ndraft: false\n"_s));
    QVERIFY(text.contains(u"\n    hidden: true\n---\n> *Notice:* "_s));
    QVERIFY(text.endsWith(u"- **Technological Singularity**\n"_s));
    QVERIFY(!text.endsWith(u"\n\n"_s));
    // The blank lines after each heading are the ones the site's posts have.
    QVERIFY(text.contains(
        u"accurate.\n\n## Possible consequences of current developments\n\n\n1. **...**\n\n   - *Benefits:*\n\n   - *Ramifications:*\n\n2. **...**\n"_s));
    QVERIFY(text.contains(u"\n\n## Currently trending topics\n\n\n\n-\n-\n-\n\n## GPT predicts"_s));
    QVERIFY(text.contains(u"## GPT predicts future events\n\n\n- **Artificial General"_s));

    const QString html = digest::MarkdownRenderer::postBodyToHtml(text);
    QVERIFY(html.startsWith(u"<blockquote>\n<p><em>Notice:</em>"_s));
    for (const char* heading :
         {"<h2>Possible consequences of current developments</h2>",
          "<h2>Currently trending topics</h2>", "<h2>GPT predicts future events</h2>"})
        QVERIFY2(html.contains(QString::fromUtf8(heading)), heading);
    QCOMPARE(html.count(u"<em>Benefits:</em>"_s), 5);
    QCOMPARE(html.count(u"<em>Ramifications:</em>"_s), 5);
    QVERIFY(!html.contains(u"<hr"_s));
}

void tst_Archetype::builtInHasTheSitesFrontMatterKeysAndNotice()
{
    const QString path = QStringLiteral(DIGEST_CORPUS_DIR "/2026-01-04-ai-auto-summary.md");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("The corpus is not here; nothing to compare the built-in archetype with.");
    const QString published = QString::fromUtf8(file.readAll());
    const QString text = Archetype::builtIn().fill(kFields).value();

    QCOMPARE(yamlKeys(text), yamlKeys(published));
    const auto noticeOf = [](const QString& post) {
        const qsizetype body = digest::splitFrontMatter(post).bodyOffset;
        return post.sliced(body).section(u'\n', 0, 0);
    };
    QCOMPARE(noticeOf(text), noticeOf(published));
}

void tst_Archetype::builtInSlotsAreEmptyToTheOutline()
{
    const digest::Outline outline =
        digest::parseOutline(Archetype::builtIn().fill(kFields).value());
    QCOMPARE(outline.sections.size(), 3);
    QCOMPARE(outline.consequences.size(), 5);
    for (const digest::ConsequenceItem& item : outline.consequences) {
        // The title is the placeholder the site's posts use for a missing text.
        QVERIFY2(item.title.isEmpty(), qPrintable(item.title));
        QVERIFY(item.benefits.present);
        QCOMPARE(item.benefits.text, QString());
        QVERIFY(item.ramifications.present);
        QCOMPARE(item.ramifications.text, QString());
    }
    QCOMPARE(outline.trending.size(), 3);
    for (const digest::TrendingTopic& topic : outline.trending)
        QCOMPARE(topic.title, QString());
    QCOMPARE(outline.predictions.size(), 2);
    QCOMPARE(outline.predictions.at(0).event, u"Artificial General Intelligence"_s);
    QCOMPARE(outline.predictions.at(1).event, u"Technological Singularity"_s);
    for (const digest::Prediction& prediction : outline.predictions) {
        QCOMPARE(prediction.when, QString());
        QCOMPARE(prediction.text, QString());
    }
}

void tst_Archetype::modelIsTheThirdTag()
{
    const QString text = Archetype::builtIn(u"gpt-4.1-nano"_s).fill(kFields).value();
    const YAML::Node node = YAML::Load(digest::splitFrontMatter(text).content.toStdString());
    QCOMPARE(node["tags"].size(), std::size_t(3));
    QCOMPARE(node["tags"][2].as<std::string>(), std::string("gpt-4.1-nano"));
    QCOMPARE(Archetype::defaultModel(), u"gpt-4o-mini"_s);
    QVERIFY(Archetype::builtIn().text().contains(u"\"automated content\", \"gpt-4o-mini\"]"_s));
}

void tst_Archetype::modelNamesCannotCarryTemplateOrYaml_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("gpt-4o-mini") << u"gpt-4o-mini"_s << true;
    QTest::newRow("with a vendor") << u"openai/gpt-4.1:latest"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("braces") << u"{{ now }}"_s << false;
    QTest::newRow("quote") << u"a\"b"_s << false;
    QTest::newRow("blank") << u"a b"_s << false;
    QTest::newRow("newline") << u"a\n---"_s << false;
    QTest::newRow("leading dash") << u"-x"_s << false;
}

void tst_Archetype::modelNamesCannotCarryTemplateOrYaml()
{
    QFETCH(QString, model);
    QFETCH(bool, accepted);
    QCOMPARE(Archetype::isModelName(model), accepted);
}

QTEST_GUILESS_MAIN(tst_Archetype)
#include "tst_archetype.moc"
