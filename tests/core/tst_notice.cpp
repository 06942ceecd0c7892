// The post's notice (issue 12): where it stands in the body, and the one edit that restores
// the site's notice, which the notice rule offers as its fix and the front-matter panel as
// "restore the site's notice".

#include "core/lint/lint.h"
#include "core/lint/notice.h"
#include "postfixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;
using digest::noticeOfPost;
using digest::PostNotice;
using digest::restoreNoticeEdit;
using digest::TextEdit;

namespace {

const QString kSiteNotice = u"> Written by a machine; read it as such."_s;

QString post(const QString& notice)
{
    digest::test::SamplePost sample;
    sample.notice = notice;
    return sample.text();
}

QString applied(QString text, const TextEdit& edit)
{
    return text.replace(edit.position, edit.length, edit.text);
}

// What the proofreader says of the post's notice.
QList<digest::Problem> noticeProblems(const QString& text, const QString& siteNotice)
{
    digest::LintContext context;
    context.fileName = u"2025-06-10-ai-auto-summary.md"_s;
    context.now = QDateTime(QDate(2025, 6, 11), QTime(12, 0), QTimeZone::utc());
    context.disclaimer = siteNotice;
    QList<digest::Problem> found;
    for (const digest::Problem& problem : digest::lintPost(text, context))
        if (problem.rule == u"disclaimer")
            found.append(problem);
    return found;
}

} // namespace

class tst_Notice : public QObject
{
    Q_OBJECT

private slots:
    void theNoticeAsItStands()
    {
        // Line 8: the body's first line, under seven lines of front matter.
        QCOMPARE(noticeOfPost(post(kSiteNotice), kSiteNotice), (PostNotice{8, kSiteNotice}));
        // Without a site notice, the built-in archetype's is the one looked for.
        const QString builtIn = digest::test::sampleNotice();
        QCOMPARE(noticeOfPost(post(builtIn)), (PostNotice{8, builtIn}));
        // An altered copy: a quote that mentions a notice.
        const QString altered = u"> *Notice:* Written by a person, honestly."_s;
        QCOMPARE(noticeOfPost(post(altered), kSiteNotice), (PostNotice{8, altered}));
        // Another quote is not a notice.
        QCOMPARE(noticeOfPost(post(u"> As Turing wrote."_s), kSiteNotice), PostNotice{});
        QCOMPARE(noticeOfPost(post(QString()), kSiteNotice), PostNotice{});
        // No complete front matter, no body to read.
        QCOMPARE(noticeOfPost(u"---\ntitle: x\n"_s + kSiteNotice, kSiteNotice), PostNotice{});
    }

    void restoresAMissingNotice()
    {
        const QString text = post(QString());
        const std::optional<TextEdit> edit = restoreNoticeEdit(text, kSiteNotice);
        QVERIFY(edit);
        // Added where the archetype has it, the body's first line; nothing else changes.
        QCOMPARE(edit->length, 0);
        const QString restored = applied(text, *edit);
        QCOMPARE(restored, post(kSiteNotice).replace(u"\n\n## "_s, u"\n\n\n## "_s));
        QCOMPARE(noticeOfPost(restored, kSiteNotice), (PostNotice{8, kSiteNotice}));
        QVERIFY(noticeProblems(restored, kSiteNotice).isEmpty());
        QVERIFY(!restoreNoticeEdit(restored, kSiteNotice));
    }

    void restoresAnAlteredNotice()
    {
        const QString text = post(digest::test::sampleNotice());
        const std::optional<TextEdit> edit = restoreNoticeEdit(text, kSiteNotice);
        QVERIFY(edit);
        // Only the notice's line is replaced.
        const QString restored = applied(text, *edit);
        QCOMPARE(restored, post(kSiteNotice));
        QVERIFY(noticeProblems(restored, kSiteNotice).isEmpty());
    }

    void noEditWhenTheNoticeIsTheSites()
    {
        QVERIFY(!restoreNoticeEdit(post(kSiteNotice), kSiteNotice));
        // Nothing to restore without a notice to restore, or without a complete front matter.
        QVERIFY(!restoreNoticeEdit(post(QString()), QString()));
        QVERIFY(!restoreNoticeEdit(u"---\ntitle: x\n"_s, kSiteNotice));
        // Lower in the body (after another quote), the post still carries it.
        QVERIFY(!restoreNoticeEdit(post(u"> As Turing wrote.\n\n"_s + kSiteNotice), kSiteNotice));
    }

    void theRuleOffersTheSameEdit()
    {
        const QString text = post(QString());
        const QList<digest::Problem> found = noticeProblems(text, kSiteNotice);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fix, restoreNoticeEdit(text, kSiteNotice));
        const QString altered = post(digest::test::sampleNotice());
        QCOMPARE(noticeProblems(altered, kSiteNotice).first().fix,
                 restoreNoticeEdit(altered, kSiteNotice));
    }
};

QTEST_GUILESS_MAIN(tst_Notice)
#include "tst_notice.moc"
