#include "core/post/newpost.h"
#include "core/post/pathpattern.h"
#include "core/post/postday.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using digest::NewPost;
using digest::NewPostRequest;
using digest::PostFile;

namespace {

// 2025-06-10, 14:23:45.678 in UTC: well past the site's usual 05:00 publishing time.
const QDateTime kNow(QDate(2025, 6, 10), QTime(14, 23, 45, 678), Qt::UTC);

digest::Clock fixedClock(const QDateTime& now = kNow)
{
    return [now] {
        return now;
    };
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_NewPost final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void todayIsDatedNowToTheSecond();
    void anEarlierDayIsDatedAtFiveInTheMorningUtc();
    void aLaterDayIsRefused();
    void todayIsTheDayInUtcWhateverTheClocksZone();
    void postDayIsTheDayInTheSitesZone_data();
    void postDayIsTheDayInTheSitesZone();
    void todayIsTheDayInTheSitesZone();
    void anEarlierDayIsDatedAtFiveInTheSitesZone();
    void pathPatternExpandsTheDay_data();
    void pathPatternExpandsTheDay();
    void onlyWholeWordPlaceholdersAreReplaced_data();
    void onlyWholeWordPlaceholdersAreReplaced();
    void fixedFolderEndsBeforeTheFirstPlaceholder_data();
    void fixedFolderEndsBeforeTheFirstPlaceholder();
    void sectionIsTheFolderUnderContent_data();
    void sectionIsTheFolderUnderContent();
    void makesThePostFromTheSitesSectionArchetype();
    void makesTheBuiltInPostWithoutASite();
    void aFileOutsideTheContentIsStillADailyPost();
    void needsASiteOrAFile();
    void refusesANameThatIsNotAModel();
    void templateErrorsReachTheCaller();
    void savingKeepsAnExistingFileUnlessReplacing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_NewPost::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_NewPost::todayIsDatedNowToTheSecond()
{
    const auto date = NewPost::dateFor(QDate(2025, 6, 10), fixedClock());
    QVERIFY(date.ok());
    QCOMPARE(date.value().toString(Qt::ISODate), u"2025-06-10T14:23:45Z"_s);
    // Rounded down, so never a fraction of a second ahead of the clock.
    QVERIFY(date.value() <= kNow);

    const QDateTime justAfterMidnight(QDate(2025, 6, 10), QTime(0, 0, 1), Qt::UTC);
    QCOMPARE(NewPost::dateFor(QDate(2025, 6, 10), fixedClock(justAfterMidnight))
                 .value()
                 .toString(Qt::ISODate),
             u"2025-06-10T00:00:01Z"_s);
}

void tst_NewPost::anEarlierDayIsDatedAtFiveInTheMorningUtc()
{
    for (const QDate day : {QDate(2025, 6, 9), QDate(2023, 4, 12)}) {
        const auto date = NewPost::dateFor(day, fixedClock());
        QVERIFY(date.ok());
        QCOMPARE(date.value().toString(Qt::ISODate), day.toString(Qt::ISODate) + u"T05:00:00Z"_s);
    }
}

void tst_NewPost::aLaterDayIsRefused()
{
    const auto date = NewPost::dateFor(QDate(2025, 6, 11), fixedClock());
    QVERIFY(!date.ok());
    QVERIFY2(date.errorMessage().contains(u"2025-06-11 is in the future"_s),
             qPrintable(date.errorMessage()));
    QVERIFY(!NewPost::dateFor(QDate(), fixedClock()).ok());
}

void tst_NewPost::todayIsTheDayInUtcWhateverTheClocksZone()
{
    // 01:30 on the 11th in UTC+3 is 22:30 on the 10th in UTC: the 11th is still ahead.
    const QDateTime eastern(QDate(2025, 6, 11), QTime(1, 30), QTimeZone(3 * 3600));
    QVERIFY(!NewPost::dateFor(QDate(2025, 6, 11), fixedClock(eastern)).ok());
    QCOMPARE(
        NewPost::dateFor(QDate(2025, 6, 10), fixedClock(eastern)).value().toString(Qt::ISODate),
        u"2025-06-10T22:30:00Z"_s);
}

void tst_NewPost::postDayIsTheDayInTheSitesZone_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QTimeZone>("zone");
    QTest::addColumn<QDate>("day");
    const QTimeZone utc = QTimeZone::utc();
    QTest::newRow("UTC, last second")
        << QDateTime(QDate(2025, 6, 10), QTime(23, 59, 59), Qt::UTC) << utc << QDate(2025, 6, 10);
    QTest::newRow("23:30 UTC is tomorrow in UTC+2")
        << QDateTime(QDate(2025, 6, 10), QTime(23, 30), Qt::UTC) << QTimeZone(2 * 3600)
        << QDate(2025, 6, 11);
    QTest::newRow("just after midnight east of UTC")
        << QDateTime(QDate(2025, 6, 10), QTime(21, 0, 1), Qt::UTC) << QTimeZone(3 * 3600)
        << QDate(2025, 6, 11);
    QTest::newRow("still yesterday west of UTC")
        << QDateTime(QDate(2025, 6, 11), QTime(3, 0), Qt::UTC) << QTimeZone(-5 * 3600)
        << QDate(2025, 6, 10);
    QTest::newRow("a clock in another zone counts as the same moment")
        << QDateTime(QDate(2025, 6, 11), QTime(1, 30), QTimeZone(3 * 3600)) << utc
        << QDate(2025, 6, 10);
    QTest::newRow("a named zone in winter")
        << QDateTime(QDate(2025, 1, 15), QTime(23, 30), Qt::UTC)
        << QTimeZone(QByteArrayLiteral("Europe/Berlin")) << QDate(2025, 1, 16);
    QTest::newRow("an unknown zone is UTC")
        << QDateTime(QDate(2025, 6, 10), QTime(23, 30), Qt::UTC)
        << QTimeZone(QByteArrayLiteral("Nowhere/Atlantis")) << QDate(2025, 6, 10);
}

void tst_NewPost::postDayIsTheDayInTheSitesZone()
{
    QFETCH(QDateTime, now);
    QFETCH(QTimeZone, zone);
    QFETCH(QDate, day);
    QCOMPARE(digest::postDay(now, zone), day);
}

void tst_NewPost::todayIsTheDayInTheSitesZone()
{
    // 22:30 UTC on the 10th is 00:30 on the 11th in the site's UTC+2: the 11th is today there.
    const QDateTime lateEvening(QDate(2025, 6, 10), QTime(22, 30, 15), Qt::UTC);
    const QTimeZone site(2 * 3600);
    const auto today = NewPost::dateFor(QDate(2025, 6, 11), fixedClock(lateEvening), site);
    QVERIFY2(today.ok(), qPrintable(today.errorMessage()));
    // Still written in UTC, the moment itself.
    QCOMPARE(today.value().toString(Qt::ISODate), u"2025-06-10T22:30:15Z"_s);
    const auto tomorrow = NewPost::dateFor(QDate(2025, 6, 12), fixedClock(lateEvening), site);
    QVERIFY(!tomorrow.ok());
    QVERIFY2(tomorrow.errorMessage().contains(u"it is 2025-06-11 00:30 UTC+02"_s),
             qPrintable(tomorrow.errorMessage()));
}

void tst_NewPost::anEarlierDayIsDatedAtFiveInTheSitesZone()
{
    // 05:00Z would be the evening before in UTC-6; 05:00 there keeps the post on its day.
    const auto date = NewPost::dateFor(QDate(2025, 6, 9), fixedClock(), QTimeZone(-6 * 3600));
    QVERIFY(date.ok());
    QCOMPARE(date.value().toString(Qt::ISODate), u"2025-06-09T11:00:00Z"_s);

    NewPostRequest request;
    request.day = QDate(2025, 6, 9);
    request.siteZone = QTimeZone(-6 * 3600);
    request.outputPath = m_dir->filePath(u"a.md"_s);
    const auto post = NewPost::make(request, fixedClock());
    QVERIFY2(post.ok(), qPrintable(post.errorMessage()));
    QVERIFY(post.value().text.contains(u"\ndate: 2025-06-09T11:00:00Z\n"_s));
}

void tst_NewPost::pathPatternExpandsTheDay_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("default") << digest::PathPattern::defaultPattern()
                             << u"content/posts/2025-06-09-ai-auto-summary.md"_s;
    QTest::newRow("folders per date")
        << u"content/posts/YYYY/MM/DD.md"_s << u"content/posts/2025/06/09.md"_s;
    QTest::newRow("lower case is literal")
        << u"content/yyyy-YYYY.md"_s << u"content/yyyy-2025.md"_s;
    QTest::newRow("cleaned") << u"./content//posts/DD.md"_s << u"content/posts/09.md"_s;
    QTest::newRow("absolute") << u"/etc/YYYY.md"_s << QString();
    QTest::newRow("parent") << u"../YYYY.md"_s << QString();
    QTest::newRow("parent after cleaning") << u"content/../../YYYY.md"_s << QString();
    QTest::newRow("empty") << u"  "_s << QString();
}

void tst_NewPost::pathPatternExpandsTheDay()
{
    QFETCH(QString, pattern);
    QFETCH(QString, expected);
    const auto path = NewPost::pathFor(pattern, QDate(2025, 6, 9));
    if (expected.isEmpty()) {
        QVERIFY(!path.ok());
        return;
    }
    QVERIFY2(path.ok(), qPrintable(path.errorMessage()));
    QCOMPARE(path.value(), expected);
}

void tst_NewPost::onlyWholeWordPlaceholdersAreReplaced_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("expected");
    // November: "MM" inside a word would become "11" ("SU11ARY").
    QTest::newRow("capital word kept")
        << u"content/posts/SUMMARY-YYYY-MM-DD.md"_s << u"content/posts/SUMMARY-2025-11-09.md"_s;
    QTest::newRow("capital folder kept")
        << u"content/ADDED/MM/DD.md"_s << u"content/ADDED/11/09.md"_s;
    QTest::newRow("placeholders run into letters")
        << u"content/MMM-YYYYs-DDth-MMdd.md"_s << u"content/MMM-YYYYs-DDth-MMdd.md"_s;
    QTest::newRow("letter outside ASCII") << u"content/ÄDD-DD.md"_s << u"content/ÄDD-09.md"_s;
    QTest::newRow("compact date") << u"content/YYYYMMDD.md"_s << u"content/20251109.md"_s;
    QTest::newRow("digits and underscores separate")
        << u"content/v2_YYYY_MM_DD.md"_s << u"content/v2_2025_11_09.md"_s;
    QTest::newRow("folders per date")
        << u"content/posts/YYYY/MM/DD-summary.md"_s << u"content/posts/2025/11/09-summary.md"_s;
}

void tst_NewPost::onlyWholeWordPlaceholdersAreReplaced()
{
    QFETCH(QString, pattern);
    QFETCH(QString, expected);
    QCOMPARE(digest::PathPattern::expanded(pattern, QDate(2025, 11, 9)), expected);
    const auto path = NewPost::pathFor(pattern, QDate(2025, 11, 9));
    QVERIFY2(path.ok(), qPrintable(path.errorMessage()));
    QCOMPARE(path.value(), expected);
}

void tst_NewPost::fixedFolderEndsBeforeTheFirstPlaceholder_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("folder");
    QTest::newRow("default") << digest::PathPattern::defaultPattern() << u"content/posts"_s;
    QTest::newRow("folders per date")
        << u"content/posts/YYYY/MM/DD-summary.md"_s << u"content/posts"_s;
    QTest::newRow("placeholder in a folder name")
        << u"content/news-YYYY/MM-DD.md"_s << u"content"_s;
    QTest::newRow("capital folder is no placeholder")
        << u"content/SUMMARY/YYYY-MM-DD.md"_s << u"content/SUMMARY"_s;
    QTest::newRow("first folder dated") << u"YYYY/MM-DD.md"_s << QString();
    QTest::newRow("no folder") << u"YYYY-MM-DD.md"_s << QString();
    QTest::newRow("cleaned") << u"./content//posts/DD.md"_s << u"content/posts"_s;
}

void tst_NewPost::fixedFolderEndsBeforeTheFirstPlaceholder()
{
    QFETCH(QString, pattern);
    QFETCH(QString, folder);
    QCOMPARE(digest::PathPattern::fixedFolder(pattern), folder);
}

void tst_NewPost::sectionIsTheFolderUnderContent_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("section");
    QTest::newRow("posts") << u"content/posts/a.md"_s << u"posts"_s;
    QTest::newRow("nested") << u"content/news/2025/a.md"_s << u"news"_s;
    QTest::newRow("top level page") << u"content/a.md"_s << QString();
    QTest::newRow("outside content") << u"static/posts/a.md"_s << QString();
}

void tst_NewPost::sectionIsTheFolderUnderContent()
{
    QFETCH(QString, path);
    QFETCH(QString, section);
    QCOMPARE(NewPost::sectionOf(path), section);
}

void tst_NewPost::makesThePostFromTheSitesSectionArchetype()
{
    const QString archetype = m_dir->filePath(u"archetypes/posts.md"_s);
    writeFile(archetype, "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\n"
                         "date: {{ .Date }}\n---\n");
    NewPostRequest request;
    request.day = QDate(2025, 6, 9);
    request.siteFolder = m_dir->path();
    const auto post = NewPost::make(request, fixedClock());
    QVERIFY2(post.ok(), qPrintable(post.errorMessage()));
    QCOMPARE(post.value().path, m_dir->filePath(u"content/posts/2025-06-09-ai-auto-summary.md"_s));
    QCOMPARE(post.value().archetype, archetype);
    QCOMPARE(post.value().text, u"---\ntitle: \"2025 06 09 Ai Auto Summary\"\n"
                                u"date: 2025-06-09T05:00:00Z\n---\n"_s);
}

void tst_NewPost::makesTheBuiltInPostWithoutASite()
{
    NewPostRequest request;
    request.day = QDate(2025, 6, 10);
    request.outputPath = m_dir->filePath(u"today.md"_s);
    request.model = u"gpt-4.1-mini"_s;
    const auto post = NewPost::make(request, fixedClock());
    QVERIFY2(post.ok(), qPrintable(post.errorMessage()));
    QCOMPARE(post.value().path, request.outputPath);
    QVERIFY(post.value().text.contains(u"\ndate: 2025-06-10T14:23:45Z\n"_s));
    QVERIFY(post.value().text.contains(u"\"automated content\", \"gpt-4.1-mini\"]"_s));
}

void tst_NewPost::aFileOutsideTheContentIsStillADailyPost()
{
    writeFile(m_dir->filePath(u"archetypes/posts.md"_s), "section {{ .Section }}\n");
    NewPostRequest request;
    request.day = QDate(2025, 6, 9);
    request.siteFolder = m_dir->path();
    request.outputPath = m_dir->filePath(u"preview/draft.md"_s);
    const auto post = NewPost::make(request, fixedClock());
    QCOMPARE(post.value().text, u"section posts\n"_s);
}

void tst_NewPost::needsASiteOrAFile()
{
    NewPostRequest request;
    request.day = QDate(2025, 6, 9);
    QVERIFY(!NewPost::make(request, fixedClock()).ok());
}

void tst_NewPost::refusesANameThatIsNotAModel()
{
    NewPostRequest request;
    request.day = QDate(2025, 6, 9);
    request.outputPath = m_dir->filePath(u"a.md"_s);
    request.model = u"{{ .Name }}"_s;
    const auto post = NewPost::make(request, fixedClock());
    QVERIFY(!post.ok());
    QVERIFY(post.errorMessage().contains(u"not a model name"_s));
}

void tst_NewPost::templateErrorsReachTheCaller()
{
    const QString archetype = m_dir->filePath(u"archetypes/default.md"_s);
    writeFile(archetype, "---\ndate: {{ now.Format \"2006-01-02\" }}\n---\n");
    NewPostRequest request;
    request.day = QDate(2025, 6, 9);
    request.siteFolder = m_dir->path();
    const auto post = NewPost::make(request, fixedClock());
    QVERIFY(!post.ok());
    QVERIFY2(post.errorMessage().startsWith(QDir::toNativeSeparators(archetype) + u", line 2:"_s),
             qPrintable(post.errorMessage()));
}

void tst_NewPost::savingKeepsAnExistingFileUnlessReplacing()
{
    const digest::NewPostFile post{m_dir->filePath(u"content/posts/new.md"_s), u"new\n"_s, {}};
    QVERIFY(NewPost::save(post, PostFile::Existing::Keep).ok()); // makes content/posts
    QCOMPARE(readFile(post.path), QByteArray("new\n"));

    writeFile(post.path, "edited by hand\n");
    const auto kept = NewPost::save(post, PostFile::Existing::Keep);
    QVERIFY(!kept.ok());
    QVERIFY(kept.errorMessage().contains(u"already exists"_s));
    QCOMPARE(readFile(post.path), QByteArray("edited by hand\n"));

    QVERIFY(NewPost::save(post, PostFile::Existing::Replace).ok());
    QCOMPARE(readFile(post.path), QByteArray("new\n"));
}

QTEST_GUILESS_MAIN(tst_NewPost)
#include "tst_newpost.moc"
