// KEY=VALUE text typed by what the front matter holds, as `digestctl set` and the panel ask.
#include "core/post/frontmatterassignment.h"
#include "core/post/post.h"

#include <QTest>

using namespace Qt::StringLiterals;
using digest::FrontMatterAssignment;
using digest::FrontMatterEdit;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

digest::FrontMatterValues valuesOf(const QString& frontMatter)
{
    const auto values = digest::Post::fromText(u"---\n"_s + frontMatter + u"---\n"_s).frontMatter();
    if (!values)
        qFatal("%s", qPrintable(values.errorMessage()));
    return values.value();
}

const QString kPost = u"---\ntitle: \"T\"\ndate: 2025-06-03T07:00:00+02:00\ndraft: false\n"
                      "weight: 3\ntags: [\"ai\"]\nupdated: 2025-06-01\ncover:\n"
                      "    hidden: false\n---\nBody\n"_s;

digest::Result<QVariant> typed(const QString& key, const QString& text,
                               const QTimeZone& zone = kBerlin)
{
    return FrontMatterAssignment::typedValue(valuesOf(kPost.section(u"---\n"_s, 1, 1)), key, text,
                                             zone);
}

} // namespace

class TestFrontMatterAssignment : public QObject
{
    Q_OBJECT

private slots:
    void parsesKeyEqualsValue()
    {
        const auto edit = FrontMatterAssignment::parse(u"cover.alt=a = b"_s);
        QVERIFY(edit.ok());
        QCOMPARE(edit.value(),
                 (FrontMatterEdit{FrontMatterEdit::Kind::Assign, u"cover.alt"_s, u"a = b"_s}));
        QCOMPARE(FrontMatterAssignment::parse(u"title="_s).value().text, QString());
        for (const QString& wrong :
             {u"title"_s, u"=x"_s, u"cover..alt=x"_s, u"a b=x"_s, u"ti\ntle=x"_s, u".title=x"_s})
            QVERIFY2(!FrontMatterAssignment::parse(wrong).ok(), qPrintable(wrong));
    }

    void typedByWhatTheKeyHolds()
    {
        QCOMPARE(typed(u"draft"_s, u"true"_s).value(), QVariant(true));
        QVERIFY(!typed(u"draft"_s, u"True"_s).ok());
        QVERIFY(!typed(u"draft"_s, u"1"_s).ok());
        QCOMPARE(typed(u"cover.hidden"_s, u"true"_s).value(), QVariant(true));
        QCOMPARE(typed(u"weight"_s, u"7"_s).value(), QVariant(qlonglong(7)));
        QCOMPARE(typed(u"weight"_s, u"2.5"_s).value(), QVariant(2.5));
        QVERIFY(!typed(u"weight"_s, u"inf"_s).ok());
        QCOMPARE(typed(u"tags"_s, u"[\"a\", \"b c\"]"_s).value(),
                 QVariant(QStringList{u"a"_s, u"b c"_s}));
        QVERIFY(!typed(u"tags"_s, u"[\"a\", 1]"_s).ok());
        QVERIFY(!typed(u"tags"_s, u"[\"a\\nb\"]"_s).ok());
        QVERIFY(!typed(u"tags"_s, u"a, b"_s).ok());
        QCOMPARE(typed(u"title"_s, u"true"_s).value(), QVariant(u"true"_s));
        QCOMPARE(typed(u"title"_s, u"12"_s).value(), QVariant(u"12"_s));
        const auto table = typed(u"cover"_s, u"x"_s);
        QVERIFY(!table.ok() && table.errorMessage().contains(u"holds keys"));
        const auto below = typed(u"title.x"_s, u"x"_s);
        QVERIFY(!below.ok() && below.errorMessage().contains(u"“title” holds a value"));
    }

    void oneLineOfText()
    {
        for (const QString& text :
             {u"a\nb"_s, u"a\rb"_s, u"tab\there"_s, u"a\u2028b"_s, u"nul\0x"_s}) {
            const auto value = typed(u"title"_s, text);
            QVERIFY2(!value.ok() && value.errorMessage().contains(u"“title”"),
                     qPrintable(value.errorMessage()));
        }
        QCOMPARE(typed(u"title"_s, u"Quotes \" ' and # : are fine"_s).value(),
                 QVariant(u"Quotes \" ' and # : are fine"_s));
    }

    void datesInRfc3339WithTheSiteZone()
    {
        QCOMPARE(typed(u"date"_s, u"2025-06-04T05:30:00Z"_s).value().toDateTime(),
                 QDateTime(QDate(2025, 6, 4), QTime(5, 30), Qt::UTC));
        const QDateTime local = typed(u"date"_s, u"2025-06-04T07:30:00"_s).value().toDateTime();
        QCOMPARE(local, QDateTime(QDate(2025, 6, 4), QTime(5, 30), Qt::UTC));
        QCOMPARE(local.offsetFromUtc(), 2 * 3600);
        // No site zone: UTC, as Hugo without a timeZone.
        QCOMPARE(typed(u"date"_s, u"2025-06-04T07:30:00"_s, QTimeZone()).value().toDateTime(),
                 QDateTime(QDate(2025, 6, 4), QTime(7, 30), Qt::UTC));
        // A key that holds a date takes one too; so do Hugo's date keys not there yet.
        QCOMPARE(typed(u"updated"_s, u"2025-06-02"_s).value().toDateTime(),
                 QDateTime(QDate(2025, 6, 2), QTime(0, 0), kBerlin));
        QVERIFY(typed(u"expiryDate"_s, u"2030-01-01T00:00:00+01:00"_s).ok());
        for (const QString& wrong : {u"tomorrow"_s, u"2025-13-01"_s, u" 2025-06-01"_s}) {
            const auto value = typed(u"date"_s, wrong);
            QVERIFY2(!value.ok() && value.errorMessage().contains(u"RFC 3339"), qPrintable(wrong));
        }
    }

    void newKeys()
    {
        QCOMPARE(typed(u"showToc"_s, u"false"_s).value(), QVariant(false));
        QCOMPARE(typed(u"order"_s, u"-12"_s).value(), QVariant(qlonglong(-12)));
        QCOMPARE(typed(u"ratio"_s, u"1.5"_s).value(), QVariant(u"1.5"_s));
        QCOMPARE(typed(u"params.mood"_s, u"yes"_s).value(), QVariant(u"yes"_s));
        QCOMPARE(typed(u"categories"_s, u"[\"news\"]"_s).value(), QVariant(QStringList{u"news"_s}));
    }

    void applyIsAllOrNothing()
    {
        const auto edited =
            FrontMatterAssignment::apply(kPost,
                                         {{FrontMatterEdit::Kind::Assign, u"title"_s, u"New"_s},
                                          {FrontMatterEdit::Kind::AddTag, {}, u"hugo"_s},
                                          {FrontMatterEdit::Kind::Assign, u"weight"_s, u"9"_s}},
                                         kBerlin);
        QVERIFY2(edited.ok(), qPrintable(edited.errorMessage()));
        QCOMPARE(edited.value(), QString(kPost)
                                     .replace(u"title: \"T\""_s, u"title: \"New\""_s)
                                     .replace(u"[\"ai\"]"_s, u"[\"ai\", \"hugo\"]"_s)
                                     .replace(u"weight: 3"_s, u"weight: 9"_s));
        const auto refused =
            FrontMatterAssignment::apply(kPost,
                                         {{FrontMatterEdit::Kind::Assign, u"title"_s, u"New"_s},
                                          {FrontMatterEdit::Kind::RemoveTag, {}, u"sports"_s}},
                                         kBerlin);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(u"“sports”"), qPrintable(refused.errorMessage()));
    }

    void postsThatCannotBeEdited()
    {
        const QList<FrontMatterEdit> edit{{FrontMatterEdit::Kind::AddTag, {}, u"a"_s}};
        QVERIFY(!FrontMatterAssignment::apply(u"No front matter.\n"_s, edit, kBerlin).ok());
        QVERIFY(!FrontMatterAssignment::apply(u"---\ntitle: x\n"_s, edit, kBerlin).ok());
        const auto notAList =
            FrontMatterAssignment::apply(u"---\ntags: \"a\"\n---\n"_s, edit, kBerlin);
        QVERIFY(!notAList.ok() && notAList.errorMessage().contains(u"“tags” is not a list"));
        const auto broken = FrontMatterAssignment::apply(u"---\ntags: [a\n---\n"_s, edit, kBerlin);
        QVERIFY(!broken.ok() && broken.errorMessage().contains(u"line"));
    }
};

QTEST_GUILESS_MAIN(TestFrontMatterAssignment)
#include "tst_frontmatterassignment.moc"
