// Benchmark, not a test: prints the wall time from the start of a publication to the end of
// its push against a local bare remote (real git, a small Hugo site), the median of ROUNDS
// publications of a new post each, without and with the Hugo build; and the rebase path
// (the remote moved before each publication).
//   bench_publish [ROUNDS]

#include "gitsite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

using digest::test::GitSite;

enum class Mode { Plain, Hugo, Rebase };

double median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? double(values.at(n / 2)) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

// ROUNDS publications on one site; the time of each, or an empty list when one failed.
QList<qint64> measure(Mode mode, int rounds, const QString& hugo)
{
    GitSite site;
    if (!site.isValid())
        return {};
    const QString colleague =
        mode == Mode::Rebase ? site.otherClone(QStringLiteral("Colleague")) : QString();
    QList<qint64> times;
    for (int round = 0; round < rounds; ++round) {
        if (mode == Mode::Rebase)
            site.commitAndPush(colleague, QStringLiteral("static/%1.txt").arg(round), "x\n",
                               QStringLiteral("Unrelated %1").arg(round));
        const QString day = QDate(2026, 12, 1).addDays(-round).toString(Qt::ISODate);
        digest::PublishRequest request =
            site.request(digest::test::postText(day, QStringLiteral("Round %1.").arg(round)),
                         QStringLiteral("content/posts/%1-ai-auto-summary.md").arg(day));
        request.buildWithHugo = mode == Mode::Hugo;
        request.hugoProgram = hugo;
        QElapsedTimer timer;
        timer.start();
        const digest::PublishOutcome outcome = digest::publishNow(request, digest::GitSafety{});
        const qint64 elapsed = timer.elapsed();
        if (!outcome.ok() || !outcome.pushed || (mode == Mode::Rebase) != outcome.rebased) {
            std::fprintf(stderr, "publication failed: %s\n", qPrintable(outcome.message));
            return {};
        }
        times << elapsed;
    }
    return times;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 10;
    QTemporaryDir home;
    digest::test::isolateGit(home.path());
    const QString hugo = QStandardPaths::findExecutable(QStringLiteral("hugo"));
    std::printf("publish to a local bare remote, %d rounds each (start to push finished)\n",
                rounds);
    const struct
    {
        Mode mode;
        const char* name;
    } modes[] = {{Mode::Plain, "commit + push"},
                 {Mode::Hugo, "hugo build + commit + push"},
                 {Mode::Rebase, "commit + push rejected + fetch + rebase + push"}};
    for (const auto& [mode, name] : modes) {
        if (mode == Mode::Hugo && hugo.isEmpty()) {
            std::printf("  %-48s skipped: hugo is not on PATH\n", name);
            continue;
        }
        const QList<qint64> times = measure(mode, rounds, hugo);
        if (times.isEmpty())
            return 1;
        std::printf("  %-48s median %7.1f ms   min %5lld ms   max %5lld ms\n", name, median(times),
                    *std::min_element(times.begin(), times.end()),
                    *std::max_element(times.begin(), times.end()));
    }
    return 0;
}
