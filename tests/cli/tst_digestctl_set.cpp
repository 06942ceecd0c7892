// `digestctl set` as a user runs it: the real binary over YAML, TOML and JSON posts; each kind
// of value changes exactly its line, refusals leave the file as it was, and the three ways out
// (standard output, --in-place, -o).
#include "core/settings/settings.h"
#include "core/version.h"
#include "processenvironment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray fixture(const QString& format)
{
    const QByteArray bytes = readAll(QStringLiteral(DIGEST_FIXTURES_DIR "/set/") + format + u".md");
    if (bytes.isEmpty())
        qFatal("missing fixture %s", qPrintable(format));
    return bytes;
}

// The lines of `after` that are not in `before` at the same place, when both have as many
// lines; else every line of `after` that `before` does not have.
QStringList changedLines(const QByteArray& before, const QByteArray& after)
{
    const QStringList old = QString::fromUtf8(before).split(u'\n');
    const QStringList now = QString::fromUtf8(after).split(u'\n');
    QStringList changed;
    for (qsizetype i = 0; i < now.size(); ++i) {
        if (old.size() == now.size() ? old[i] != now[i] : !old.contains(now[i]))
            changed.append(now[i]);
    }
    return changed;
}

// The line of `before` that the edit replaced (the same place), for the closing note.
QString replacedLine(const QByteArray& before, const QByteArray& after)
{
    const QStringList old = QString::fromUtf8(before).split(u'\n');
    const QStringList now = QString::fromUtf8(after).split(u'\n');
    if (old.size() != now.size())
        return u"(new line)"_s;
    for (qsizetype i = 0; i < now.size(); ++i) {
        if (old[i] != now[i])
            return old[i];
    }
    return {};
}

} // namespace

class TestDigestctlSet : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTemporaryDir m_config;

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    Run set(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = digest::test::pinnedLocaleEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, m_config.path());
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(DIGESTCTL_PATH), QStringList{u"set"_s} + arguments);
        if (!process.waitForFinished(30000))
            qFatal("digestctl did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
    }

    // A refused edit: exit code 1, a message naming `named`, nothing printed, the file as it was.
    void checkRefused(const QByteArray& original, const QStringList& arguments,
                      const QString& named, const QString& why)
    {
        const QString path = write(u"refused.md"_s, original);
        for (const QStringList& mode : {QStringList(), QStringList{u"--in-place"_s}}) {
            const Run run = set(QStringList{path} + arguments + mode);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.startsWith(u"digestctl: "_s + path) && run.err.contains(named) &&
                         run.err.contains(why),
                     qPrintable(run.err));
            QCOMPARE(run.out, QByteArray());
            QCOMPARE(readAll(path), original);
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_config.isValid());
        // The site's time zone, for a date-time given without one.
        digest::Settings settings(m_config.filePath(u"%1/%2.conf"_s.arg(
            QLatin1String(digest::kOrganizationName), QLatin1String(digest::kApplicationName))));
        settings.setSiteTimeZone(QTimeZone("Europe/Berlin"));
        settings.sync();
    }

    void eachValueChangesItsLine_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("expected");

        const auto row = [](const char* format, const char* kind, const QStringList& arguments,
                            const QStringList& expected) {
            QTest::addRow("%s %s", format, kind)
                << QString::fromLatin1(format) << arguments << expected;
        };
        row("yaml", "string", {u"title=Evening \"late\" digest"_s},
            {u"title: \"Evening \\\"late\\\" digest\""_s});
        row("toml", "string", {u"title=Evening \"late\" digest"_s},
            {u"title = \"Evening \\\"late\\\" digest\""_s});
        row("json", "string", {u"title=Evening \"late\" digest"_s},
            {u"  \"title\": \"Evening \\\"late\\\" digest\","_s});
        row("yaml", "plain string", {u"author=Day desk"_s}, {u"author: Day desk"_s});
        row("toml", "literal string", {u"author=Day desk"_s}, {u"author = 'Day desk'"_s});
        row("yaml", "bool", {u"draft=true"_s}, {u"draft: true"_s});
        row("toml", "bool", {u"draft=true"_s}, {u"draft = true"_s});
        row("json", "bool", {u"draft=true"_s}, {u"  \"draft\": true,"_s});
        row("yaml", "integer", {u"weight=12"_s}, {u"weight: 12"_s});
        row("toml", "integer", {u"weight=12"_s}, {u"weight = 12"_s});
        row("json", "integer", {u"weight=12"_s}, {u"  \"weight\": 12,"_s});
        row("yaml", "date", {u"date=2025-06-04T05:30:00Z"_s}, {u"date: 2025-06-04T05:30:00Z"_s});
        row("toml", "date", {u"date=2025-06-04T05:30:00Z"_s}, {u"date = 2025-06-04T05:30:00Z"_s});
        row("json", "date", {u"date=2025-06-04T05:30:00Z"_s},
            {u"  \"date\": \"2025-06-04T05:30:00Z\","_s});
        // Without a zone: the site's (Europe/Berlin, summer time).
        row("yaml", "date in the site's zone", {u"date=2025-06-04T07:30:00"_s},
            {u"date: 2025-06-04T07:30:00+02:00"_s});
        row("toml", "date in the site's zone", {u"date=2025-12-04T07:30:00"_s},
            {u"date = 2025-12-04T07:30:00+01:00"_s});
        row("yaml", "list", {u"tags=[\"news\",\"ai\"]"_s}, {u"tags: [\"news\", \"ai\"]"_s});
        row("toml", "list", {u"tags=[\"news\",\"ai\"]"_s}, {u"tags = [\"news\", \"ai\"]"_s});
        row("json", "list", {u"tags=[\"news\",\"ai\"]"_s}, {u"  \"tags\": [\"news\", \"ai\"],"_s});
        row("yaml", "nested string", {u"cover.alt=Gulls"_s},
            {u"    alt: 'Gulls' # read to screen reader users"_s});
        row("toml", "nested string", {u"cover.alt=Gulls"_s},
            {u"alt = \"Gulls\" # read to screen reader users"_s});
        row("json", "nested string", {u"cover.alt=Gulls"_s}, {u"    \"alt\": \"Gulls\","_s});
        row("yaml", "nested bool", {u"cover.hidden=true"_s}, {u"    hidden: true"_s});
        row("toml", "nested bool", {u"cover.hidden=true"_s}, {u"hidden = true"_s});
        row("json", "nested bool", {u"cover.hidden=true"_s}, {u"    \"hidden\": true"_s});
        row("yaml", "new key", {u"subtitle=dawn"_s}, {u"subtitle: \"dawn\""_s});
        row("toml", "new key", {u"subtitle=dawn"_s}, {u"subtitle = \"dawn\""_s});
        row("json", "new key", {u"subtitle=dawn"_s}, {u"  },"_s, u"  \"subtitle\": \"dawn\""_s});
        row("yaml", "new bool", {u"showToc=true"_s}, {u"showToc: true"_s});
        row("json", "new integer", {u"cover.width=640"_s},
            {u"    \"hidden\": false,"_s, u"    \"width\": 640"_s});
        row("yaml", "add tag", {u"--add-tag"_s, u"Hugo"_s},
            {u"tags: [\"ai\", \"GPT-4o-mini\", \"Hugo\"]"_s});
        row("toml", "add tag", {u"--add-tag"_s, u"Hugo"_s},
            {u"tags = [\"ai\", \"GPT-4o-mini\", \"Hugo\"]"_s});
        row("json", "remove tag", {u"--remove-tag=gpt-4o-MINI"_s}, {u"  \"tags\": [\"ai\"],"_s});
    }

    void eachValueChangesItsLine()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, expected);
        const QByteArray original = fixture(format);
        const QString path = write(format + u".md"_s, original);
        const Run run = set(QStringList{path} + arguments);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.err, QString());
        QCOMPARE(changedLines(original, run.out), expected);
        QCOMPARE(readAll(path), original);
        // The before/after lines, for people reading the log.
        qInfo("%s: %s  ->  %s", qPrintable(format), qPrintable(replacedLine(original, run.out)),
              qPrintable(expected.join(u" / ")));
    }

    void editsApplyInOrderAndKeepLineEndings()
    {
        const QByteArray original = fixture(u"yaml"_s).replace("\n", "\r\n");
        const QString path = write(u"crlf.md"_s, original);
        // Added, then removed: the tags are as they were; the title changed once.
        const Run run = set({path, u"--add-tag"_s, u"extra"_s, u"title=New"_s, u"--remove-tag"_s,
                             u"EXTRA"_s, u"cover.hidden=true"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QByteArray expected = original;
        expected.replace("title: \"Morning digest\"\r\n", "title: \"New\"\r\n")
            .replace("    hidden: false\r\n", "    hidden: true\r\n");
        QCOMPARE(run.out, expected);
    }

    // The command line's order, across options and KEY=VALUE: removing "ai" first lets "AI"
    // in; adding it first is a duplicate.
    void tagEditsFollowTheCommandLine()
    {
        const QByteArray original = fixture(u"json"_s);
        const QString path = write(u"order.md"_s, original);
        const Run removedFirst =
            set({path, u"--remove-tag"_s, u"ai"_s, u"weight=5"_s, u"--add-tag=AI"_s});
        QVERIFY2(removedFirst.exitCode == 0, qPrintable(removedFirst.err));
        QCOMPARE(changedLines(original, removedFirst.out),
                 (QStringList{u"  \"weight\": 5,"_s, u"  \"tags\": [\"GPT-4o-mini\", \"AI\"],"_s}));
        const Run addedFirst = set({path, u"--add-tag=AI"_s, u"--remove-tag"_s, u"ai"_s});
        QCOMPARE(addedFirst.exitCode, 1);
        QVERIFY2(addedFirst.err.contains(u"already tagged “ai”"), qPrintable(addedFirst.err));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::addColumn<QString>("why");

        QTest::newRow("yaml block scalar")
            << u"yaml"_s << QStringList{u"summary=short"_s} << u"“summary”"_s << u"block scalar"_s;
        QTest::newRow("toml multi-line string") << u"toml"_s << QStringList{u"summary=short"_s}
                                                << u"“summary”"_s << u"multi-line TOML string"_s;
        for (const char* format : {"yaml", "toml", "json"}) {
            const QString name = QString::fromLatin1(format);
            QTest::addRow("%s bool given yes", format)
                << name << QStringList{u"draft=yes"_s} << u"“draft”"_s << u"true or false"_s;
            QTest::addRow("%s title with a newline", format)
                << name << QStringList{u"title=one\ntwo"_s} << u"“title”"_s << u"line break"_s;
            QTest::addRow("%s title with a control character", format)
                << name << QStringList{u"title=bell\a"_s} << u"“title”"_s << u"control character"_s;
            QTest::addRow("%s removing an absent tag", format)
                << name << QStringList{u"--remove-tag"_s, u"sports"_s} << u"“sports”"_s
                << u"Cannot remove"_s;
            QTest::addRow("%s a duplicate tag in other case", format)
                << name << QStringList{u"--add-tag"_s, u"gpt-4O-MINI"_s} << u"“gpt-4O-MINI”"_s
                << u"already tagged “GPT-4o-mini”"_s;
            QTest::addRow("%s number given text", format)
                << name << QStringList{u"weight=heavy"_s} << u"“weight”"_s << u"number"_s;
            QTest::addRow("%s date given text", format)
                << name << QStringList{u"date=tomorrow"_s} << u"“date”"_s << u"RFC 3339"_s;
            QTest::addRow("%s list given text", format)
                << name << QStringList{u"tags=ai"_s} << u"“tags”"_s << u"JSON array"_s;
            QTest::addRow("%s a table given a value", format)
                << name << QStringList{u"cover=x"_s} << u"“cover”"_s << u"holds keys"_s;
            // All or nothing: the good edits before the refused one are not written either.
            QTest::addRow("%s all or nothing", format)
                << name << QStringList{u"title=Fine"_s, u"--add-tag=new"_s, u"draft=no"_s}
                << u"“draft”"_s << u"true or false"_s;
        }
    }

    void refusals()
    {
        QFETCH(QString, format);
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        QFETCH(QString, why);
        checkRefused(fixture(format), arguments, named, why);
    }

    void inPlaceWritesTheFile()
    {
        const QByteArray original = fixture(u"toml"_s);
        const QString path = write(u"in-place.md"_s, original);
        const Run run = set({path, u"draft=true"_s, u"--in-place"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(readAll(path), QByteArray(original).replace("draft = false", "draft = true"));
    }

    void outputWritesAnotherFileAndKeepsOneThatExists()
    {
        const QByteArray original = fixture(u"json"_s);
        const QString path = write(u"source.md"_s, original);
        const QString out = m_dir.filePath(u"out.md"_s);
        QFile::remove(out);
        const Run run = set({path, u"cover.hidden=true"_s, u"-o"_s, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out, QByteArray());
        const QByteArray edited =
            QByteArray(original).replace("\"hidden\": false", "\"hidden\": true");
        QCOMPARE(readAll(out), edited);
        QCOMPARE(readAll(path), original);

        const Run again = set({path, u"cover.hidden=false"_s, u"-o"_s, out});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"--force"), qPrintable(again.err));
        QCOMPARE(readAll(out), edited);
        const Run forced = set({path, u"title=Forced"_s, u"--output"_s, out, u"--force"_s});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QCOMPARE(readAll(out), QByteArray(original).replace("\"Morning digest\"", "\"Forced\""));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("said");
        const QString post = QStringLiteral(DIGEST_FIXTURES_DIR "/set/yaml.md");
        QTest::newRow("nothing") << QStringList() << u"FILE"_s;
        QTest::newRow("no edit") << QStringList{post} << u"at least one"_s;
        QTest::newRow("not KEY=VALUE") << QStringList{post, u"draft"_s} << u"KEY=VALUE"_s;
        QTest::newRow("not a key") << QStringList{post, u"cover..alt=x"_s} << u"not a key"_s;
        QTest::newRow("in place and -o")
            << QStringList{post, u"draft=true"_s, u"--in-place"_s, u"-o"_s, u"x.md"_s}
            << u"cannot go together"_s;
        QTest::newRow("force without -o")
            << QStringList{post, u"draft=true"_s, u"--force"_s} << u"--force goes with -o"_s;
        QTest::newRow("unknown option") << QStringList{post, u"--nope"_s} << u"nope"_s;
        QTest::newRow("tag without value") << QStringList{post, u"--add-tag"_s} << u"add-tag"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, said);
        const Run run = set(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QCOMPARE(run.out, QByteArray());
    }

    void helpNamesTheTypes()
    {
        const Run run = set({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        const QString help = QString::fromUtf8(run.out);
        QVERIFY2(help.contains(u"--add-tag") && help.contains(u"--in-place") &&
                     help.contains(u"RFC 3339") && help.contains(u"site's time zone"),
                 qPrintable(help));
    }
};

QTEST_GUILESS_MAIN(TestDigestctlSet)
#include "tst_digestctl_set.moc"
