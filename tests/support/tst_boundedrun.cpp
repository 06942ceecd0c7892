// The runner the resource-envelope tests measure commands with: if it misread an exit, a
// signal, a hang or the memory used, those tests would pass for the wrong reason.
#include "boundedrun.h"

#include <QTest>

#include <csignal>

using namespace digest::test;
using namespace std::chrono_literals;

class TestBoundedRun : public QObject
{
    Q_OBJECT

private slots:
    void readsOutputInputAndExitCode()
    {
        const BoundedRun run = runBounded(
            u"/bin/sh"_qs, {u"-c"_qs, u"cat; echo oops >&2; exit 3"_qs}, "fed through stdin\n");
        QVERIFY2(run.exited(), describe(run));
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.out, QByteArray("fed through stdin\n"));
        QCOMPARE(run.err, QByteArray("oops\n"));
    }

    void tellsACrashFromAnExit()
    {
        const BoundedRun run = runBounded(u"/bin/sh"_qs, {u"-c"_qs, u"kill -SEGV $$"_qs});
        QVERIFY(!run.exited());
        QCOMPARE(run.signal, SIGSEGV);
    }

    void killsAHangAtTheLimit()
    {
        const BoundedRun run = runBounded(u"/bin/sleep"_qs, {u"30"_qs}, {},
                                          QProcessEnvironment::systemEnvironment(), 300ms);
        QVERIFY(run.timedOut);
        QVERIFY(!run.exited());
        QVERIFY2(run.elapsed < 10s, describe(run));
    }

    void measuresPeakMemory()
    {
        // head reads 64 MiB into one buffer before writing it: its peak is at least that.
        const BoundedRun run = runBounded(
            u"/bin/sh"_qs, {u"-c"_qs, u"head -c 67108864 /dev/zero | tail -c 67108864 | wc -c"_qs});
        QVERIFY2(run.exited(), describe(run));
        QCOMPARE(run.out.trimmed(), QByteArray("67108864"));
        QVERIFY2(run.peakRssBytes >= 60LL * 1024 * 1024, describe(run));
    }
};

QTEST_GUILESS_MAIN(TestBoundedRun)
#include "tst_boundedrun.moc"
