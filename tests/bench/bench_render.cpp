// Benchmark, not a test: prints how long the preview's Markdown rendering takes for a post of
// about 6 KB and for a document of about 1 MB, with the typographer (MarkdownRenderer today)
// and as it was before (cmark-gfm's own CMARK_OPT_SMART), plus the typographer pass alone.
// The renderer runs on every keystroke, off the GUI thread, and with it the outline: the last
// lines time the page and the outline each with its own parse, both so (as before: each on its
// own worker thread), and both from one parse (PostAnalysis, now). Both texts come from the corpus,
// read in place.
//   bench_render [FOLDER]

#include "core/analysis/postanalysis.h"
#include "core/markdown/cmarkdocument.h"
#include "core/post/frontmatter.h"
#include "core/post/post.h"
#include "core/render/markdownrenderer.h"
#include "core/render/pagepreview.h"
#include "core/render/smartpunctuation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cmark-gfm.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

QString body(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(file.readAll());
    return text.sliced(digest::splitFrontMatter(text).bodyOffset);
}

// The median of `rounds` runs, in milliseconds.
double medianMilliseconds(int rounds, const std::function<void()>& run)
{
    std::vector<double> times;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// The median of each of `runs`, in milliseconds, running them in turns `rounds` times.
std::vector<double> interleavedMedians(int rounds, const std::vector<std::function<void()>>& runs)
{
    std::vector<std::vector<double>> times(runs.size());
    for (int round = 0; round < rounds; ++round) {
        for (size_t i = 0; i < runs.size(); ++i)
            times[i].push_back(medianMilliseconds(1, runs[i]));
    }
    std::vector<double> medians;
    for (std::vector<double>& each : times) {
        std::sort(each.begin(), each.end());
        medians.push_back(each[each.size() / 2]);
    }
    return medians;
}

// cmark-gfm alone, with the given CMARK_OPT_* options.
QString renderWithCmark(const QString& markdown, int options)
{
    const digest::CmarkDocument document(markdown.toUtf8(), options);
    char* html = cmark_render_html(document.root(), options, document.extensions());
    const QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

void report(const char* name, const QString& markdown, int rounds)
{
    const QByteArray utf8 = markdown.toUtf8();
    const double plain =
        medianMilliseconds(rounds, [&] { renderWithCmark(markdown, CMARK_OPT_DEFAULT); });
    const double before =
        medianMilliseconds(rounds, [&] { renderWithCmark(markdown, CMARK_OPT_SMART); });
    const double after =
        medianMilliseconds(rounds, [&] { digest::MarkdownRenderer::toHtml(markdown); });
    double pass = 0;
    {
        // The pass changes the tree, so each round parses afresh and times the pass alone.
        std::vector<double> times;
        for (int round = 0; round < rounds; ++round) {
            const digest::CmarkDocument document(utf8, CMARK_OPT_DEFAULT);
            QElapsedTimer timer;
            timer.start();
            digest::SmartPunctuation::apply(document.root(), utf8);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        pass = times[times.size() / 2];
    }
    // Taken in turns, round by round, so that the machine's ups and downs fall on all four.
    const std::vector<double> analysis =
        interleavedMedians(rounds, {[&] { digest::PagePreviewRenderer::render(markdown); },
                                    [&] { digest::parseOutline(markdown); },
                                    [&] {
                                        digest::parseOutline(markdown);
                                        digest::PagePreviewRenderer::render(markdown);
                                    },
                                    [&] {
                                        digest::analyzePost(markdown);
                                    }});
    const double pageAlone = analysis[0];
    const double outlineAlone = analysis[1];
    const double twoParses = analysis[2];
    const double oneParse = analysis[3];
    std::printf("%s, %.1f KB (median of %d runs)\n", name, double(utf8.size()) / 1024, rounds);
    std::printf("  before: cmark-gfm with CMARK_OPT_SMART        %8.3f ms\n", before);
    std::printf("  after:  MarkdownRenderer with the typographer %8.3f ms\n", after);
    std::printf("          of which the typographer pass         %8.3f ms\n", pass);
    std::printf("  cmark-gfm without smart punctuation           %8.3f ms\n", plain);
    std::printf("  page alone, parse included                    %8.3f ms\n", pageAlone);
    std::printf("  outline alone, parse included                 %8.3f ms\n", outlineAlone);
    std::printf("  outline + page, two parses (before)           %8.3f ms\n", twoParses);
    std::printf("  outline + page from one parse (PostAnalysis)  %8.3f ms\n", oneParse);
}

// Where the time of one analysis goes, step by step as analyzePost() takes them (median of
// `rounds` runs each): what is O(document) besides the parse.
void breakdown(const QString& postText, int rounds)
{
    const char* names[] = {"copy of the text",
                           "Post::fromText",
                           "body to UTF-8",
                           "cmark parse",
                           "outline from the tree",
                           "page from the tree (blocks, words...)",
                           "freeing the tree and the rest"};
    constexpr int kSteps = 7;
    std::vector<std::vector<double>> times(kSteps);
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer timer;
        int step = 0;
        const auto lap = [&] {
            times[size_t(step++)].push_back(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
        };
        timer.start();
        {
            const QString copy = QStringView(postText).toString();
            lap();
            const digest::Post post = digest::Post::fromText(copy);
            lap();
            QByteArray utf8 = post.body().toUtf8();
            lap();
            digest::CmarkDocument body(std::move(utf8));
            lap();
            const digest::Outline outline = digest::readOutline(body, post.bodyFirstLine());
            lap();
            const digest::PagePreview page =
                digest::PagePreviewRenderer::render(post, std::move(body));
            lap();
        }
        lap();
    }
    std::printf("  one analysis, step by step (median of %d runs):\n", rounds);
    for (int i = 0; i < kSteps; ++i) {
        std::vector<double>& each = times[size_t(i)];
        std::sort(each.begin(), each.end());
        std::printf("    %-40s %8.3f ms\n", names[i], each[each.size() / 2]);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const QDir folder(arguments.size() > 1 ? arguments.at(1) : QStringLiteral(DIGEST_CORPUS_DIR));
    const QFileInfoList posts =
        folder.entryInfoList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    if (posts.isEmpty()) {
        std::fprintf(stderr, "bench_render: no posts in %s\n", qPrintable(folder.path()));
        return 1;
    }
    // The post closest to 6 KB, and the bodies of all posts in turn until 1 MB.
    const auto closest = std::min_element(posts.begin(), posts.end(), [](auto& a, auto& b) {
        return std::abs(a.size() - 6144) < std::abs(b.size() - 6144);
    });
    QString large;
    for (qsizetype i = 0; large.size() < 1024 * 1024; ++i)
        large += body(posts.at(i % posts.size()).filePath()) + u'\n';

    if (qEnvironmentVariableIsSet("BENCH_RENDER_BREAKDOWN_ONLY")) {
        breakdown(large, 200);
        return 0;
    }
    report(qPrintable(closest->fileName()), body(closest->filePath()), 200);
    report("1 MB of posts", large, 15);
    breakdown(large, 15);
    return 0;
}
