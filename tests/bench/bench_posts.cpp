// Benchmark, not a test: prints how many posts per second the core reads, parses (front matter
// and outline) and writes back, over a folder of posts (the shared corpus by default).
//   bench_posts [FOLDER] [ROUNDS]

#include "core/outline/outline.h"
#include "core/post/post.h"
#include "core/post/postfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

namespace {

struct Stage
{
    const char* name;
    qint64 nanoseconds = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QDir folder(arguments.size() > 1 && !arguments.at(1).isEmpty()
                          ? arguments.at(1)
                          : QStringLiteral(DIGEST_CORPUS_DIR));
    const int rounds = arguments.size() > 2 ? arguments.at(2).toInt() : 5;
    const QStringList names = folder.entryList({QStringLiteral("*.md")}, QDir::Files);
    if (names.isEmpty()) {
        std::fprintf(stderr, "bench_posts: no posts in %s\n", qPrintable(folder.path()));
        return 1;
    }
    QTemporaryDir out;
    Stage read{"read"}, parse{"front matter"}, outline{"outline"}, write{"write"};
    qint64 characters = 0;
    int outlined = 0;
    QElapsedTimer total;
    total.start();
    for (int round = 0; round < rounds; ++round) {
        for (const QString& name : names) {
            QElapsedTimer timer;
            timer.start();
            const auto text = digest::PostFile::read(folder.filePath(name));
            read.nanoseconds += timer.nsecsElapsed();
            if (!text) {
                std::fprintf(stderr, "bench_posts: %s\n", qPrintable(text.errorMessage()));
                return 1;
            }
            characters += text.value().size();

            timer.restart();
            const digest::Post post = digest::Post::fromText(text.value());
            const bool valuesOk = post.frontMatter().ok();
            parse.nanoseconds += timer.nsecsElapsed();

            timer.restart();
            const digest::Outline structure = digest::parseOutline(text.value());
            outline.nanoseconds += timer.nsecsElapsed();
            outlined += valuesOk && !structure.sections.isEmpty();

            timer.restart();
            if (!digest::PostFile::write(out.filePath(name), post.toText()).ok())
                return 1;
            write.nanoseconds += timer.nsecsElapsed();
        }
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    const qsizetype posts = names.size() * rounds;
    std::printf("posts: %lld (%lld files x %d rounds), %.1f million characters\n", qlonglong(posts),
                qlonglong(names.size()), rounds, double(characters) / 1e6);
    std::printf("read + front matter + outline + write: %.0f posts/s (%.3f s)\n",
                double(posts) / seconds, seconds);
    for (const Stage& stage : {read, parse, outline, write})
        std::printf("  %-13s %8.1f us/post\n", stage.name,
                    double(stage.nanoseconds) / 1e3 / double(posts));
    std::printf("posts with front matter and sections: %d of %lld\n", outlined, qlonglong(posts));
    return 0;
}
