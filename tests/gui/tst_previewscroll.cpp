// Scroll sync in the preview page: the block it scrolls to for an editor line, and the line it
// reports for the top of the view. The page searches its top-level blocks by binary search;
// these tests hold it to the answers of a walk over every marked element, the way the page
// found them before.

#include "previewdriver.h"
#include "ui/preview/previewview.h"

#include <QApplication>
#include <QTest>

using digest::test::evaluate;
using digest::test::showMarkdown;
using digest::ui::PreviewView;

namespace {

// Lines as the file counts them (no front matter: body line = file line). Nested quotes and
// lists, a table, a footnote (shown at the end, its lines where it was written) and filler
// enough to scroll every block up to the top of the view.
QString post()
{
    QString text = QStringLiteral("Intro paragraph.\n"                 // 1
                                  "\n"                                 // 2
                                  "> Quoted first line\n"              // 3
                                  "> still quoted.\n"                  // 4
                                  ">\n"                                // 5
                                  "> - an item in the quote\n"         // 6
                                  ">   - a deeper item\n"              // 7
                                  "\n"                                 // 8
                                  "## Heading\n"                       // 9
                                  "\n"                                 // 10
                                  "1. First item\n"                    // 11
                                  "\n"                                 // 12
                                  "   Its second paragraph.\n"         // 13
                                  "\n"                                 // 14
                                  "   > A quote in the item.\n"        // 15
                                  "2. Second item.[^n]\n"              // 16
                                  "\n"                                 // 17
                                  "| a | b |\n"                        // 18
                                  "|---|---|\n"                        // 19
                                  "| 1 | 2 |\n"                        // 20
                                  "\n"                                 // 21
                                  "[^n]: The note,\n  on two lines.\n" // 22, 23
                                  "\n");                               // 24
    for (int i = 0; i < 30; ++i)                                       // 25, 27, ...
        text += QStringLiteral("Filler paragraph %1, long enough to take a line or two of the "
                               "preview's width and so some height.\n\n")
                    .arg(i);
    text += QStringLiteral("```\ncode at the end\n```\n");
    return text;
}

// The walk the page did before: every marked element, the innermost (shortest) holding the
// line, else the one starting nearest before it; at the top of the view, the lowest holding
// y=1. Two answers differ from the old walk's, which were wrong: a fraction of a line (the
// editor's top halfway down a long wrapped line) is within that line's block, not past it; and
// "before" is by lines, not by place on the page (the old walk went to the footnotes, at the
// end of the page, for any blank line after a footnote's definition).
const char* const kReference = R"(
window.reference = {
  linesOf(e) {
    const m = /^(\d+):\d+-(\d+):\d+$/.exec(e.dataset.sourcepos);
    return m ? [Number(m[1]), Number(m[2])] : null;
  },
  all() { return document.getElementById('content').querySelectorAll('[data-sourcepos]'); },
  targetY(line) {
    let best = null, bestSpan = Infinity, before = null;
    for (const e of this.all()) {
      const l = this.linesOf(e);
      if (!l) continue;
      if (l[0] <= line && (!before || l[0] >= before.l[0])) before = {e: e, l: l};
      if (l[0] <= line && line < l[1] + 1 && l[1] - l[0] < bestSpan) {
        best = {e: e, l: l}; bestSpan = l[1] - l[0];
      }
    }
    const found = best || before;
    if (!found) return 0;
    const r = found.e.getBoundingClientRect();
    const f = Math.max(0, Math.min(1, (line - found.l[0]) / (found.l[1] - found.l[0] + 1)));
    return Math.max(0, window.scrollY + r.top + f * r.height - 8);
  },
  topLine() {
    let best = null, bestHeight = Infinity;
    for (const e of this.all()) {
      const r = e.getBoundingClientRect();
      if (r.top <= 1 && r.bottom > 1 && r.height < bestHeight) { best = e; bestHeight = r.height; }
    }
    if (!best) return window.scrollY <= 0 ? 1 : null;
    const l = this.linesOf(best), r = best.getBoundingClientRect();
    const f = r.height > 0 ? Math.min(1, -r.top / r.height) : 0;
    return l[0] + f * (l[1] - l[0] + 1);
  },
};
0)";

} // namespace

class tst_PreviewScroll final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void scrollTargetsAreThoseOfAWalkOverEveryBlock();
    void scrollToLineShowsTheBlockOfTheLine_data();
    void scrollToLineShowsTheBlockOfTheLine();
    void farJumpsInALongPostLandOnTheirBlock();

private:
    std::unique_ptr<PreviewView> m_view;
};

void tst_PreviewScroll::init()
{
    m_view = digest::test::shownPreview();
    QVERIFY(m_view);
    QVERIFY(showMarkdown(*m_view, post()));
    evaluate(*m_view, QString::fromUtf8(kReference));
}

void tst_PreviewScroll::cleanup()
{
    m_view.reset();
}

// Every line (and half line) of the post, before the first block and past the last; every
// few pixels of the page for the top line.
void tst_PreviewScroll::scrollTargetsAreThoseOfAWalkOverEveryBlock()
{
    const QString differences =
        evaluate(*m_view,
                 QStringLiteral(
                     "(function () {"
                     "  const found = [];"
                     "  for (let line = 0; line <= 100; line += 0.5) {"
                     "    const wanted = reference.targetY(line);"
                     "    const got = digestPreview.scrollToLine(line);"
                     "    window.scrollTo(0, wanted);"
                     "    if (Math.abs(window.scrollY - got) > 0.5)"
                     "      found.push('line ' + line + ': ' + got + ' not ' + window.scrollY);"
                     "  }"
                     "  const end = document.documentElement.scrollHeight - window.innerHeight;"
                     "  for (let y = 0; y <= end; y += 3) {"
                     "    window.scrollTo(0, y);"
                     "    const wanted = reference.topLine(), got = digestPreview.topLine();"
                     "    if (wanted !== got)"
                     "      found.push('y ' + y + ': ' + got + ' not ' + wanted);"
                     "  }"
                     "  return found.slice(0, 10).join('; ') || (end > 500 ? 'same' : 'short');"
                     "})()"))
            .toString();
    QCOMPARE(differences, QStringLiteral("same"));
}

void tst_PreviewScroll::scrollToLineShowsTheBlockOfTheLine_data()
{
    // The element that should come to the top of the view (8 px below it), and how far down
    // it; "top" and "end" are the page's own ends. Then the line the preview reports when
    // that element is scrolled to the very top (0: not checked).
    QTest::addColumn<double>("line");
    QTest::addColumn<QString>("element");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<double>("topLine");

    QTest::newRow("a paragraph") << 1.0 << QStringLiteral("#content > p") << 0.0 << 1.0;
    QTest::newRow("a quote's second line") << 4.0 << QStringLiteral("blockquote > p") << 0.5 << 3.0;
    QTest::newRow("a list in a quote: the innermost item")
        << 7.0 << QStringLiteral("blockquote li li") << 0.0 << 7.0;
    QTest::newRow("an item's second paragraph")
        << 13.0 << QStringLiteral("ol > li:first-child > p:nth-child(2)") << 0.0 << 13.0;
    QTest::newRow("a quote in an item")
        << 15.0 << QStringLiteral("ol blockquote > p") << 0.0 << 15.0;
    QTest::newRow("the table's last row")
        << 20.0 << QStringLiteral("table tbody tr") << 0.0 << 20.0;
    // Between blocks: the end of the last element that starts before the line.
    QTest::newRow("a blank line between blocks")
        << 8.0 << QStringLiteral("blockquote li li") << 1.0 << 0.0;
    QTest::newRow("a filler paragraph, halfway")
        << 27.5 << QStringLiteral("#content > p[data-sourcepos^=\"27:\"]") << 0.5 << 27.0;
    QTest::newRow("a blank line after a footnote's definition")
        << 26.0 << QStringLiteral("#content > p[data-sourcepos^=\"25:\"]") << 1.0 << 0.0;
    QTest::newRow("a footnote, shown at the end") << 22.0 << QStringLiteral("end") << 0.0 << 0.0;
    QTest::newRow("before the first block") << 0.0 << QStringLiteral("top") << 0.0 << 0.0;
    QTest::newRow("past the last block") << 500.0 << QStringLiteral("end") << 0.0 << 0.0;
}

void tst_PreviewScroll::scrollToLineShowsTheBlockOfTheLine()
{
    QFETCH(double, line);
    QFETCH(QString, element);
    QFETCH(double, fraction);
    QFETCH(double, topLine);
    // From the other end of the page, so that a scroll that did nothing cannot pass.
    const QString start =
        line < 250 ? QStringLiteral("document.documentElement.scrollHeight") : QStringLiteral("0");
    evaluate(*m_view, QStringLiteral("window.scrollTo(0, %1); 0").arg(start));
    const double scrolled =
        evaluate(*m_view, QStringLiteral("digestPreview.scrollToLine(%1)").arg(line)).toDouble();
    if (element == u"top") {
        QCOMPARE(scrolled, 0.0);
        return;
    }
    if (element == u"end") {
        QCOMPARE(scrolled,
                 evaluate(*m_view, QStringLiteral("document.documentElement.scrollHeight - "
                                                  "window.innerHeight"))
                     .toDouble());
        return;
    }
    const double at = evaluate(*m_view, QStringLiteral("(function () {"
                                                       "  const r = document.querySelector('%1')"
                                                       "      .getBoundingClientRect();"
                                                       "  return r.top + %2 * r.height; })()")
                                            .arg(element)
                                            .arg(fraction))
                          .toDouble();
    QVERIFY2(qAbs(at - 8) <= 1, qPrintable(QString::number(at)));
    if (topLine > 0) {
        const double reported = evaluate(*m_view, QStringLiteral("document.querySelector('%1')"
                                                                 ".scrollIntoView();"
                                                                 "digestPreview.topLine()")
                                                      .arg(element))
                                    .toDouble();
        QVERIFY2(qAbs(reported - topLine) < 0.05, qPrintable(QString::number(reported)));
    }
}

// A long post (some 300 KB): jumps far down and back land with the line's block at the top,
// once the page has drawn itself there (blocks it had not laid out before may change size).
void tst_PreviewScroll::farJumpsInALongPostLandOnTheirBlock()
{
    QString text;
    int line = 1;
    QList<int> paragraphs;
    for (int i = 0; i < 1500; ++i) {
        if (i % 10 == 0) {
            text += QStringLiteral("## Section %1\n\n").arg(i / 10);
            line += 2;
        }
        if (i % 7 == 3) {
            text += QStringLiteral("- an item\n- another item\n  - nested\n\n");
            line += 4;
        }
        paragraphs << line;
        text += QStringLiteral("Paragraph %1 with enough words to wrap in a narrow preview, "
                               "some more words and then %2.\n\n")
                    .arg(i)
                    .arg(QString(i % 5 * 40, u'x'));
        line += 2;
    }
    QVERIFY(showMarkdown(*m_view, text));
    for (const int index : {1400, 700, 1480, 20, 1100}) {
        const int target = paragraphs.at(index);
        evaluate(*m_view, QStringLiteral("digestPreview.scrollToLine(%1)").arg(target));
        QTest::qWait(300);
        const double top = evaluate(*m_view, QStringLiteral("document.querySelector('#content > "
                                                            "p[data-sourcepos^=\"%1:\"]')"
                                                            ".getBoundingClientRect().top")
                                                 .arg(target))
                               .toDouble();
        QVERIFY2(qAbs(top - 8) <= 1,
                 qPrintable(QStringLiteral("line %1 at %2").arg(target).arg(top)));
    }
}

int main(int argc, char* argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    tst_PreviewScroll test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_previewscroll.moc"
