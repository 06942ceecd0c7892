#include "core/render/renderscheduler.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using digest::RenderScheduler;

class tst_RenderScheduler final : public QObject
{
    Q_OBJECT

private slots:
    void rendersOffTheCallingThread();
    void aBurstEndsWithTheNewestText();
};

void tst_RenderScheduler::rendersOffTheCallingThread()
{
    RenderScheduler scheduler;
    QList<digest::PagePreview> pages;
    connect(&scheduler, &RenderScheduler::rendered, this,
            [&pages](const digest::PagePreview& page) { pages << page; });
    scheduler.request(QStringLiteral("---\ntitle: x\n---\n# Hello\n"));
    QVERIFY(scheduler.isBusy());
    QVERIFY(pages.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(pages.size(), 1, 5000);
    // The preview's HTML marks where each block comes from, in body lines.
    QCOMPARE(pages.first().bodyHtml, QStringLiteral("<h1 data-sourcepos=\"1:1-1:7\">Hello</h1>\n"));
    QCOMPARE(pages.first().bodyFirstLine, 3);
    QCOMPARE(pages.first().title, QStringLiteral("x"));
}

void tst_RenderScheduler::aBurstEndsWithTheNewestText()
{
    RenderScheduler scheduler;
    QStringList results;
    connect(&scheduler, &RenderScheduler::rendered, this,
            [&results](const digest::PagePreview& page) { results << page.bodyHtml; });
    // A big document keeps the worker busy while the burst of "keystrokes" arrives.
    const QString bulk = QStringLiteral("Paragraph with *some* text.\n\n").repeated(20000);
    constexpr int kKeystrokes = 50;
    for (int i = 1; i <= kKeystrokes; ++i)
        scheduler.request(bulk + QStringLiteral("# Version %1\n").arg(i));

    QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 20000);
    QVERIFY(!results.isEmpty());
    const QString newest = QStringLiteral(">Version %1</h1>\n").arg(kKeystrokes);
    QVERIFY(results.last().endsWith(newest));
    // A keystroke right after a render finished is not overtaken by an older text.
    scheduler.request(bulk + QStringLiteral("# After the burst\n"));
    scheduler.request(bulk + QStringLiteral("# Final\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!scheduler.isBusy(), 20000);
    QVERIFY(results.last().endsWith(u">Final</h1>\n"));
    // Coalesced: far fewer renders than keystrokes, never a backlog.
    QVERIFY2(results.size() <= 5, qPrintable(QString::number(results.size())));
}

QTEST_GUILESS_MAIN(tst_RenderScheduler)
#include "tst_renderscheduler.moc"
