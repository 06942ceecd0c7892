// Front matter edits over every published post (DIGEST_CORPUS_DIR, read in place) and over
// our own YAML, TOML and JSON fixtures: setting the title, toggling draft, and adding then
// removing a tag each change exactly the expected line and leave every other byte as it was;
// then the real hugo, given every edited post in one site, reads back the values asked for.
#include "core/post/frontmatterassignment.h"
#include "core/post/post.h"
#include "core/post/postfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using digest::FrontMatterAssignment;
using digest::FrontMatterEdit;
using digest::Post;

namespace {

const QString kTag = u"zz Corpus check"_s;

// What hugo must read back from an edited post.
struct Wanted
{
    QString file; // under content/posts
    QString text; // the edited post
    QString title;
    bool draft = false;
    QStringList tags;
};

// The post's lines, each with its line ending (so that CRLF counts).
QStringList linesOf(const QString& text)
{
    QStringList lines;
    for (qsizetype start = 0; start < text.size();) {
        const qsizetype newline = text.indexOf(u'\n', start);
        const qsizetype next = newline < 0 ? text.size() : newline + 1;
        lines.append(text.sliced(start, next - start));
        start = next;
    }
    return lines;
}

QRegularExpression keyLine(const QString& key)
{
    return QRegularExpression(u"^\\s*\"?"_s + key + u"\"?\\s*[:=]\\s*"_s);
}

digest::Result<QString> applied(const QString& text, const QList<FrontMatterEdit>& edits)
{
    return FrontMatterAssignment::apply(text, edits, QTimeZone::utc());
}

QVariant valueOf(const QString& text, const QString& key)
{
    const auto values = Post::fromText(text).frontMatter();
    return values ? values.value().values.value(key) : QVariant();
}

// The front matter's other values are the same before and after.
bool othersUnchanged(const QString& before, const QString& after, const QString& key)
{
    auto a = Post::fromText(before).frontMatter();
    auto b = Post::fromText(after).frontMatter();
    if (!a || !b)
        return false;
    QVariantMap left = a.value().values;
    QVariantMap right = b.value().values;
    left.remove(key);
    right.remove(key);
    return left == right;
}

// Empty when `after` is `before` with the one line of `key` changed after its "key: " (or a
// line added inside the value's lines, for a block list when `added`), and the front matter
// reads `wanted` there and the same everywhere else; else what is wrong.
QString checkEdit(const QString& before, const QString& after, const QString& key,
                  const QVariant& wanted)
{
    const QStringList old = linesOf(before);
    const QStringList now = linesOf(after);
    const QRegularExpression pattern = keyLine(key);
    if (old.size() == now.size()) {
        QList<qsizetype> changed;
        for (qsizetype i = 0; i < now.size(); ++i) {
            if (old[i] != now[i])
                changed.append(i);
        }
        if (changed.size() != 1)
            return u"%1 lines changed for %2"_s.arg(changed.size()).arg(key);
        const QRegularExpressionMatch match = pattern.match(old[changed.first()]);
        if (!match.hasMatch() || !now[changed.first()].startsWith(match.captured(0)))
            return u"the line changed for %1 is “%2”"_s.arg(key, old[changed.first()].trimmed());
    } else if (now.size() == old.size() + 1) {
        // One line inserted: a new key, or an item of a block list.
        qsizetype at = 0;
        while (at < old.size() && old[at] == now[at])
            ++at;
        QStringList without = now;
        without.removeAt(at);
        if (without != old ||
            !(pattern.match(now[at]).hasMatch() || now[at].trimmed().startsWith(u"- ")))
            return u"the line added for %1 is “%2”"_s.arg(key, now[at].trimmed());
    } else {
        return u"%1 lines became %2 for %3"_s.arg(old.size()).arg(now.size()).arg(key);
    }
    const QVariant read = valueOf(after, key);
    const bool same = wanted.typeId() == QMetaType::QStringList
                          ? read.toStringList() == wanted.toStringList()
                          : read == wanted;
    if (!same)
        return u"%1 reads back as “%2”"_s.arg(key, read.toString());
    if (!othersUnchanged(before, after, key))
        return u"other values changed with %1"_s.arg(key);
    return {};
}

// The three edits of one post, checked; its combined edit for hugo appended to `wanted`.
QString checkPost(const QString& name, const QString& text, QList<Wanted>& wanted)
{
    const auto values = Post::fromText(text).frontMatter();
    if (!values)
        return values.errorMessage();
    const QString title = u"Checked “%1”: \"quoted\" #1 — it's [ok]"_s.arg(name);
    const bool draft = !values.value().draft();
    const QString draftText = draft ? u"true"_s : u"false"_s;
    const QStringList tags = values.value().tags() + QStringList{kTag};
    const FrontMatterEdit setTitle{FrontMatterEdit::Kind::Assign, u"title"_s, title};
    const FrontMatterEdit setDraft{FrontMatterEdit::Kind::Assign, u"draft"_s, draftText};
    const FrontMatterEdit addTag{FrontMatterEdit::Kind::AddTag, {}, kTag};

    const auto titled = applied(text, {setTitle});
    if (!titled)
        return titled.errorMessage();
    if (QString why = checkEdit(text, titled.value(), u"title"_s, title); !why.isEmpty())
        return why;
    const auto toggled = applied(text, {setDraft});
    if (!toggled)
        return toggled.errorMessage();
    if (QString why = checkEdit(text, toggled.value(), u"draft"_s, draft); !why.isEmpty())
        return why;
    const auto tagged = applied(text, {addTag});
    if (!tagged)
        return tagged.errorMessage();
    if (QString why = checkEdit(text, tagged.value(), u"tags"_s, tags); !why.isEmpty())
        return why;
    const auto untagged =
        applied(tagged.value(), {{FrontMatterEdit::Kind::RemoveTag, {}, kTag.toUpper()}});
    if (!untagged)
        return untagged.errorMessage();
    if (untagged.value() != text)
        return u"adding then removing a tag does not give back the original bytes"_s;

    const auto all = applied(text, {setTitle, setDraft, addTag});
    if (!all)
        return all.errorMessage();
    wanted.append({name, all.value(), title, draft, tags});
    return {};
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Every edited post in one site; one hugo build prints each page's title, draft and tags.
void checkWithHugo(const QList<Wanted>& wanted)
{
    const QString hugo = QStandardPaths::findExecutable(u"hugo"_s);
    if (hugo.isEmpty())
        QSKIP("hugo is not on PATH (./dev.sh installs Debian's hugo): the edits were checked, "
              "hugo's reading of them was not");
    QElapsedTimer timer;
    timer.start();
    QTemporaryDir site;
    QVERIFY(site.isValid());
    QVERIFY(QDir(site.path()).mkpath(u"content/posts"_s));
    QVERIFY(QDir(site.path()).mkpath(u"layouts"_s));
    QVERIFY(writeFile(site.filePath(u"hugo.toml"_s),
                      "baseURL = 'https://example.org/'\ntitle = 'corpus'\n"
                      "disableKinds = ['taxonomy', 'term', 'section', 'RSS', 'sitemap', "
                      "'robotsTXT', '404']\n[outputs]\nhome = ['JSON']\npage = []\n"));
    QVERIFY(writeFile(site.filePath(u"layouts/index.json"_s),
                      "{{- $pages := slice -}}\n"
                      "{{- range .Site.RegularPages -}}\n"
                      "{{- $pages = $pages | append (dict \"file\" .File.LogicalName \"title\" "
                      ".Title \"draft\" .Draft \"tags\" .Params.tags) -}}\n"
                      "{{- end -}}\n{{- $pages | jsonify -}}\n"));
    for (const Wanted& post : wanted)
        QVERIFY(writeFile(site.filePath(u"content/posts/"_s + post.file), post.text.toUtf8()));
    QProcess process;
    process.setWorkingDirectory(site.path());
    process.start(hugo, {u"--buildDrafts"_s, u"--buildFuture"_s, u"--buildExpired"_s, u"--quiet"_s,
                         u"--destination"_s, site.filePath(u"public"_s)});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QFile output(site.filePath(u"public/index.json"_s));
    QVERIFY(output.open(QIODevice::ReadOnly));
    const QJsonArray pages = QJsonDocument::fromJson(output.readAll()).array();
    QHash<QString, QJsonObject> byFile;
    for (const QJsonValue& page : pages)
        byFile.insert(page[u"file"].toString(), page.toObject());
    QCOMPARE(byFile.size(), wanted.size());
    QStringList wrong;
    for (const Wanted& post : wanted) {
        const QJsonObject page = byFile.value(post.file);
        QStringList tags;
        for (const QJsonValue& tag : page[u"tags"].toArray())
            tags.append(tag.toString());
        if (page[u"title"].toString() != post.title || page[u"draft"].toBool() != post.draft ||
            tags != post.tags)
            wrong.append(u"%1: hugo reads “%2”, draft %3, tags %4"_s.arg(
                post.file, page[u"title"].toString(),
                page[u"draft"].toBool() ? u"true"_s : u"false"_s, tags.join(u", ")));
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 10).join(u"\n")));
    qInfo("hugo read back %lld edited posts in %lld ms", qlonglong(wanted.size()),
          qlonglong(timer.elapsed()));
}

QString checkAll(const QDir& folder, const QStringList& names, const QString& prefix,
                 QList<Wanted>& wanted)
{
    QStringList failures;
    for (const QString& name : names) {
        const auto text = digest::PostFile::read(folder.filePath(name));
        const QString why =
            text ? checkPost(prefix + name, text.value(), wanted) : text.errorMessage();
        if (!why.isEmpty())
            failures.append(name + u": "_s + why);
    }
    return failures.mid(0, 10).join(u"\n");
}

} // namespace

class TestFrontMatterCorpus : public QObject
{
    Q_OBJECT

private slots:
    void fixtures()
    {
        const QDir folder(QStringLiteral(DIGEST_FIXTURES_DIR "/set"));
        QList<Wanted> wanted;
        const QString failures =
            checkAll(folder, {u"yaml.md"_s, u"toml.md"_s, u"json.md"_s}, u"fixture-"_s, wanted);
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
        // The same with CRLF line endings.
        for (const char* name : {"yaml.md", "toml.md", "json.md"}) {
            const auto text = digest::PostFile::read(folder.filePath(QString::fromLatin1(name)));
            QVERIFY(text.ok());
            const QString why =
                checkPost(u"crlf-"_s + QString::fromLatin1(name),
                          QString(text.value()).replace(u"\n"_s, u"\r\n"_s), wanted);
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        checkWithHugo(wanted);
    }

    void corpus()
    {
        const QDir folder(QStringLiteral(DIGEST_CORPUS_DIR));
        if (!folder.exists())
            QSKIP(qPrintable(u"The corpus of published posts is not at %1; nothing to edit."_s.arg(
                folder.absolutePath())));
        const QStringList names = folder.entryList({u"*.md"_s}, QDir::Files, QDir::Name);
        QVERIFY(!names.isEmpty());
        QElapsedTimer timer;
        timer.start();
        QList<Wanted> wanted;
        const QString failures = checkAll(folder, names, {}, wanted);
        QVERIFY2(failures.isEmpty(), qPrintable(failures));
        QCOMPARE(wanted.size(), names.size());
        qInfo("%lld posts: title, draft, tag added and removed, checked in %lld ms",
              qlonglong(names.size()), qlonglong(timer.elapsed()));
        checkWithHugo(wanted);
    }
};

QTEST_GUILESS_MAIN(TestFrontMatterCorpus)
#include "tst_frontmattercorpus.moc"
