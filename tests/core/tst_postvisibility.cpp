// Whether Hugo lists a post now: the rules in unit cases, then the real hugo over a small site
// agreeing with hugoVisibility about every post.
#include "core/post/post.h"
#include "core/post/postvisibility.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using digest::Post;
using digest::PostVisibility;
using Reason = digest::PostVisibility::Reason;

namespace {

const QTimeZone kBerlin("Europe/Berlin");
// Noon UTC on 1 June 2025: Berlin is at +02:00.
const QDateTime kNow(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);

PostVisibility visibilityOf(const QString& text, const QDateTime& now = kNow)
{
    const auto values = Post::fromText(text).frontMatter();
    if (!values)
        qFatal("front matter does not parse: %s", qPrintable(values.errorMessage()));
    return digest::hugoVisibility(values.value(), now, kBerlin);
}

QString yaml(const QString& keys)
{
    return u"---\ntitle: x\n"_s + keys + u"---\nBody.\n"_s;
}

// A post of the site used by hugoAgrees: its file name and text.
struct SitePost
{
    QString name;
    QString text;
};

QList<SitePost> sitePosts()
{
    return {
        {u"listed.md"_s, yaml(u"date: 2001-02-03T04:05:06+01:00\n"_s)},
        {u"draft.md"_s, yaml(u"date: 2001-02-03\ndraft: true\n"_s)},
        {u"far-future.md"_s, yaml(u"date: 2091-02-03T10:00:00\n"_s)},
        {u"publish-future.md"_s,
         u"+++\ntitle = 'x'\ndate = 2001-02-03\npublishDate = 2092-03-04T05:06:07Z\n+++\n"_s},
        {u"date-future-publish-past.md"_s,
         yaml(u"date: 2093-01-01\nPublishDate: 2001-01-01T00:00:00Z\n"_s)},
        {u"expired.md"_s, yaml(u"date: 2001-02-03\nexpiryDate: 2003-04-05\n"_s)},
        {u"expires-later.md"_s, yaml(u"date: 2001-02-03\nexpiryDate: 2094-04-05T06:00:00Z\n"_s)},
        {u"json-draft-future.md"_s,
         u"{\"title\": \"x\", \"date\": \"2095-05-01T07:00:00-03:00\", \"draft\": \"true\"}\n"_s},
        {u"draft-expired.md"_s, yaml(u"draft: true\nexpirydate: 2002-01-01\n"_s)},
        {u"toml-local-date.md"_s,
         u"+++\ntitle = 'x'\ndate = 2096-07-08T09:10:00\ndraft = false\n+++\n"_s},
    };
}

QString runHugo(const QString& hugo, const QString& site, const QString& what)
{
    QProcess process;
    process.setWorkingDirectory(site);
    process.start(hugo, {u"list"_s, what});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qWarning("hugo list %s: %s", qPrintable(what), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

// "content/posts/a.md,…" lines: the file names.
QStringList listed(const QString& output)
{
    QStringList names;
    for (const QString& line : output.split(u'\n', Qt::SkipEmptyParts))
        names.append(line.section(u',', 0, 0).section(u'/', -1));
    return names;
}

} // namespace

class TestPostVisibility : public QObject
{
    Q_OBJECT

private slots:
    void pastPostIsListed()
    {
        const PostVisibility visibility = visibilityOf(yaml(u"date: 2025-05-01\n"_s));
        QVERIFY(visibility.listed());
        QVERIFY(!visibility.listedFrom.isValid());
        QVERIFY(!visibility.expiredAt.isValid());
        QCOMPARE(digest::describeVisibility(visibility, kBerlin), u"Listed now."_s);
    }

    void draftIsNotListed()
    {
        const PostVisibility visibility = visibilityOf(yaml(u"draft: true\n"_s));
        QCOMPARE(visibility.reasons, QList{Reason::Draft});
        QCOMPARE(digest::describeVisibility(visibility, kBerlin), u"Not listed: a draft."_s);
        QVERIFY(visibilityOf(yaml(u"draft: false\n"_s)).listed());
    }

    void dateWithoutZoneIsReadInTheSiteZone()
    {
        // 13:30 in Berlin is 11:30 UTC, before noon: listed; 14:30 is after.
        QVERIFY(visibilityOf(yaml(u"date: 2025-06-01T13:30:00\n"_s)).listed());
        const PostVisibility later = visibilityOf(yaml(u"date: 2025-06-01T14:30:00\n"_s));
        QCOMPARE(later.reasons, QList{Reason::FutureDate});
        QCOMPARE(later.listedFrom, QDateTime(QDate(2025, 6, 1), QTime(12, 30), Qt::UTC));
        QCOMPARE(digest::describeVisibility(later, kBerlin),
                 u"Not listed until 1 June 2025 14:30 (Europe/Berlin): the date is in the "
                 "future."_s);
        // With its own zone the date means what it says.
        QVERIFY(visibilityOf(yaml(u"date: 2025-06-01T11:59:00Z\n"_s)).listed());
        QVERIFY(!visibilityOf(yaml(u"date: 2025-06-01T12:01:00Z\n"_s)).listed());
    }

    void publishDateWinsOverTheDate()
    {
        const PostVisibility future =
            visibilityOf(yaml(u"date: 2020-01-01\npublishDate: 2025-06-03T07:00:00+02:00\n"_s));
        QCOMPARE(future.reasons, QList{Reason::FuturePublishDate});
        QCOMPARE(digest::describeVisibility(future, kBerlin),
                 u"Not listed until 3 June 2025 07:00 (Europe/Berlin): the publishDate is in "
                 "the future."_s);
        // A date in the future does not matter when the publishDate has come (as Hugo does).
        QVERIFY(visibilityOf(yaml(u"date: 2030-01-01\npublishdate: 2020-01-01\n"_s)).listed());
    }

    void expiryDateAtOrBeforeNowExpires()
    {
        const PostVisibility expired =
            visibilityOf(yaml(u"date: 2020-01-01\nexpiryDate: 2025-06-01T12:00:00Z\n"_s));
        QCOMPARE(expired.reasons, QList{Reason::Expired});
        QCOMPARE(expired.expiredAt, kNow);
        QCOMPARE(digest::describeVisibility(expired, kBerlin),
                 u"Not listed: expired since 1 June 2025 14:00 (Europe/Berlin)."_s);
        const PostVisibility later =
            visibilityOf(yaml(u"date: 2020-01-01\nexpiryDate: 2025-06-01T12:00:01Z\n"_s));
        QVERIFY(later.listed());
        QVERIFY(later.expiredAt.isValid());
    }

    void everyReasonIsGiven()
    {
        const PostVisibility visibility = visibilityOf(
            u"+++\ndraft = true\ndate = 2026-01-01T00:00:00Z\nexpiryDate = 2024-01-01\n+++\n"_s);
        QCOMPARE(visibility.reasons, (QList{Reason::Draft, Reason::FutureDate, Reason::Expired}));
        QCOMPARE(digest::describeVisibility(visibility, kBerlin),
                 u"Not listed: a draft; the date is in the future (until 1 January 2026 01:00 "
                 "(Europe/Berlin)); expired since 1 January 2024 00:00 (Europe/Berlin)."_s);
    }

    void draftAsTextAndUnreadableDates()
    {
        QCOMPARE(visibilityOf(u"{\"draft\": \"true\"}\n"_s).reasons, QList{Reason::Draft});
        // Not a bool for Hugo either ("yes" is not strconv.ParseBool's).
        QVERIFY(visibilityOf(u"{\"draft\": \"no\", \"date\": \"soon\"}\n"_s).listed());
    }

    void hugoAgrees()
    {
        const QString hugo = QStandardPaths::findExecutable(u"hugo"_s);
        if (hugo.isEmpty())
            QSKIP("hugo is not on PATH (./dev.sh installs Debian's hugo)");
        QTemporaryDir site;
        QVERIFY(site.isValid());
        QVERIFY(QDir(site.path()).mkpath(u"content/posts"_s));
        QFile config(site.filePath(u"hugo.toml"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("baseURL = 'https://example.org/'\ntitle = 'Digest'\n"
                     "timeZone = 'Europe/Berlin'\n");
        config.close();
        for (const SitePost& post : sitePosts()) {
            QFile file(site.filePath(u"content/posts/"_s + post.name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(post.text.toUtf8());
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Each list holds the posts kept off the site by that reason alone; `all` gives the
        // dates as Hugo resolved them.
        const QStringList drafts = listed(runHugo(hugo, site.path(), u"drafts"_s));
        const QStringList future = listed(runHugo(hugo, site.path(), u"future"_s));
        const QStringList expired = listed(runHugo(hugo, site.path(), u"expired"_s));
        QHash<QString, QStringList> all;
        for (const QString& line :
             runHugo(hugo, site.path(), u"all"_s).split(u'\n', Qt::SkipEmptyParts).mid(1))
            all.insert(line.section(u',', 0, 0).section(u'/', -1), line.split(u','));
        QCOMPARE(all.size(), sitePosts().size());
        QVERIFY(!drafts.isEmpty() && !future.isEmpty() && !expired.isEmpty());
        for (const SitePost& post : sitePosts()) {
            const PostVisibility ours = visibilityOf(post.text, now);
            const QStringList hugoSays = all.value(post.name);
            QVERIFY2(hugoSays.size() >= 7, qPrintable(post.name));
            const auto hugoDate = [&](int column) {
                return QDateTime::fromString(hugoSays[column], Qt::ISODate);
            };
            const QDateTime publishDate = hugoDate(5);
            const QDateTime expiryDate = hugoDate(4);
            const bool hasExpiry = expiryDate.date().year() > 1;
            QList<Reason> expected;
            if (hugoSays[6] == u"true")
                expected.append(Reason::Draft);
            if (publishDate > now)
                expected.append(ours.reasons.contains(Reason::FuturePublishDate)
                                    ? Reason::FuturePublishDate
                                    : Reason::FutureDate);
            if (hasExpiry && expiryDate <= now)
                expected.append(Reason::Expired);
            QCOMPARE(ours.reasons, expected);
            if (publishDate > now)
                QCOMPARE(ours.listedFrom, publishDate);
            QCOMPARE(ours.expiredAt.isValid(), hasExpiry);
            if (hasExpiry)
                QCOMPARE(ours.expiredAt, expiryDate);
            // hugo list drafts|future|expired name the posts with that one reason.
            QCOMPARE(drafts.contains(post.name), ours.reasons == QList{Reason::Draft});
            QCOMPARE(future.contains(post.name),
                     ours.reasons == QList{Reason::FutureDate} ||
                         ours.reasons == QList{Reason::FuturePublishDate});
            QCOMPARE(expired.contains(post.name), ours.reasons == QList{Reason::Expired});
        }
        // The publishDate in the future is told apart from the date.
        QCOMPARE(visibilityOf(sitePosts()[3].text, now).reasons, QList{Reason::FuturePublishDate});
    }
};

QTEST_GUILESS_MAIN(TestPostVisibility)
#include "tst_postvisibility.moc"
