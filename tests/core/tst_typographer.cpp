// The preview's quotes, dashes and ellipses are the ones Hugo publishes: the rules of Goldmark
// 1.5.4's typographer, one by one, on plain text and then with Markdown around the marks.
// Every expectation here was checked against the real hugo 0.111.3.

#include "core/render/markdownrenderer.h"
#include "core/render/typographer.h"

#include <QTest>

using digest::MarkdownRenderer;
using digest::Typographer;
using Mark = Typographer::Mark;
using namespace Qt::StringLiterals;

class tst_Typographer final : public QObject
{
    Q_OBJECT

private slots:
    void plainText_data();
    void plainText();
    void openQuotesCountAcrossThePage_data();
    void openQuotesCountAcrossThePage();
    void replacementSaysWhatItReplaces_data();
    void replacementSaysWhatItReplaces();
    void markdownAroundTheMarks_data();
    void markdownAroundTheMarks();
};

void tst_Typographer::plainText_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("published");

    // Dashes, ellipses and angle quotes: greedy, left to right.
    QTest::newRow("-- is an en dash") << u"pages 10--20"_s << u"pages 10–20"_s;
    QTest::newRow("--- is an em dash") << u"wait---what"_s << u"wait—what"_s;
    QTest::newRow("longer runs") << u"a----b and c-----d"_s << u"a—-b and c—–d"_s;
    QTest::newRow("a hyphen stays") << u"state-of-the-art"_s << u"state-of-the-art"_s;
    QTest::newRow("... is an ellipsis") << u"and so on..."_s << u"and so on…"_s;
    QTest::newRow("four dots, two dots") << u"wait.... v1..v2"_s << u"wait…. v1..v2"_s;
    QTest::newRow("<< and >>") << u"shift a << 2 and b >> 1"_s << u"shift a « 2 and b » 1"_s;

    // Double quotes open by flanking and close only what is open.
    QTest::newRow("a quotation") << u"He said \"yes\" twice"_s << u"He said “yes” twice"_s;
    QTest::newRow("closing before a comma") << u"\"Yes\", he said."_s << u"“Yes”, he said."_s;
    QTest::newRow("closing between ? and !") << u"She asked \"why?\"!"_s << u"She asked “why?”!"_s;
    QTest::newRow("an empty \"\" stays") << u"an empty \"\" string"_s << u"an empty \"\" string"_s;
    QTest::newRow("inch mark inside a quotation")
        << u"\"Monitor 21\"\" arrived"_s << u"“Monitor 21\"” arrived"_s;
    QTest::newRow("nothing open to close") << u"the 6\" ruler"_s << u"the 6\" ruler"_s;
    QTest::newRow("feet and inches stay") << u"is 5'10\" tall"_s << u"is 5'10\" tall"_s;

    // Single quotes: apostrophes first, then quotations.
    QTest::newRow("apostrophes inside words")
        << u"it's the model's turn, O'Brien"_s << u"it’s the model’s turn, O’Brien"_s;
    QTest::newRow("contractions") << u"I'm sure we've seen they'll say you're right"_s
                                  << u"I’m sure we’ve seen they’ll say you’re right"_s;
    QTest::newRow("between a letter and a digit it stays")
        << u"CVPR'24 and NeurIPS'2025"_s << u"CVPR'24 and NeurIPS'2025"_s;
    QTest::newRow("a decade") << u"back in the '90s"_s << u"back in the ’90s"_s;
    QTest::newRow("a year opens a quotation") << u"a '23 vintage"_s << u"a ‘23 vintage"_s;
    QTest::newRow("'twas 'em 'n' 'net")
        << u"'twas 'em, rock 'n' roll, the 'net"_s << u"’twas ’em, rock ’n’ roll, the ’net"_s;
    QTest::newRow("capitals are not elisions") << u"'Tis the season"_s << u"‘Tis the season"_s;
    QTest::newRow("a quotation in single quotes") << u"a 'single' quote"_s << u"a ‘single’ quote"_s;
    QTest::newRow("a plural possessive") << u"the students' notes"_s << u"the students’ notes"_s;
    QTest::newRow("a contraction after an opening bracket")
        << u"the ('s) suffix"_s << u"the (’s) suffix"_s;
}

void tst_Typographer::plainText()
{
    QFETCH(QString, typed);
    QFETCH(QString, published);
    QCOMPARE(Typographer::typeset(typed), published);
}

void tst_Typographer::openQuotesCountAcrossThePage_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("published");
    // A quote that ends the text can only close one that is open.
    QTest::newRow("nothing open") << u"notes of the students'"_s << u"notes of the students'"_s;
    QTest::newRow("open in the same line")
        << u"'open and the students'"_s << u"‘open and the students’"_s;
    // Goldmark 1.5.4 never resets its counts between paragraphs.
    QTest::newRow("open in an earlier paragraph")
        << u"An 'open one.\n\nEnding with quote'"_s << u"An ‘open one.\n\nEnding with quote’"_s;
}

void tst_Typographer::openQuotesCountAcrossThePage()
{
    QFETCH(QString, typed);
    QFETCH(QString, published);
    QCOMPARE(Typographer::typeset(typed), published);
}

void tst_Typographer::replacementSaysWhatItReplaces_data()
{
    QTest::addColumn<QByteArray>("rest");
    QTest::addColumn<char32_t>("preceding");
    QTest::addColumn<Mark>("mark");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("entity");
    QTest::newRow("em dash") << QByteArray("---x") << U'a' << Mark::EmDash << 3 << u"&mdash;"_s;
    QTest::newRow("en dash") << QByteArray("--x") << U'a' << Mark::EnDash << 2 << u"&ndash;"_s;
    QTest::newRow("ellipsis") << QByteArray("...") << U'a' << Mark::Ellipsis << 3 << u"&hellip;"_s;
    QTest::newRow("apostrophe") << QByteArray("'s here") << U'x' << Mark::Apostrophe << 1
                                << u"&rsquo;"_s;
    QTest::newRow("opening quote")
        << QByteArray("'word") << U' ' << Mark::LeftSingleQuote << 1 << u"&lsquo;"_s;
    QTest::newRow("a hyphen") << QByteArray("-x") << U'a' << Mark::None << 0 << QString();
    QTest::newRow("a letter") << QByteArray("x") << U' ' << Mark::None << 0 << QString();
}

void tst_Typographer::replacementSaysWhatItReplaces()
{
    QFETCH(QByteArray, rest);
    QFETCH(char32_t, preceding);
    QFETCH(Mark, mark);
    QFETCH(int, length);
    QFETCH(QString, entity);
    Typographer typographer;
    const Typographer::Replacement replacement = typographer.replacementAt(rest, preceding);
    QCOMPARE(replacement, (Typographer::Replacement{mark, length}));
    QCOMPARE(QString::fromLatin1(Typographer::entity(mark)), entity);
}

void tst_Typographer::markdownAroundTheMarks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");

    // Goldmark looks at the source: the character before a mark can be markup.
    QTest::newRow("after a strong emphasis")
        << u"**GPT-4**'s answer"_s << u"<p><strong>GPT-4</strong>’s answer</p>\n"_s;
    QTest::newRow("inside an emphasis")
        << u"*'quoted'* words"_s << u"<p><em>‘quoted’</em> words</p>\n"_s;
    QTest::newRow("at the start of a block quote")
        << u">'tight' start"_s << u"<blockquote>\n<p>’tight’ start</p>\n</blockquote>\n"_s;
    QTest::newRow("on a lazy line") << u"> first 'line\nlazy' second"_s
                                    << u"<blockquote>\n<p>first ’line\nlazy’ second</p>\n"
                                       u"</blockquote>\n"_s;

    // What follows a mark runs to the end of its source line.
    QTest::newRow("end of a line inside a paragraph")
        << u"the students'\nnotes"_s << u"<p>the students'\nnotes</p>\n"_s;
    QTest::newRow("'s ending a line") << u"Trailing 's\nlast"_s << u"<p>Trailing ’s\nlast</p>\n"_s;
    QTest::newRow("before a hard break") << u"end'  \nnext"_s << u"<p>end’<br />\nnext</p>\n"_s;
    QTest::newRow("heading without its closing #s")
        << u"## It's \"done\" ##"_s << u"<h2>It’s “done”</h2>\n"_s;
    QTest::newRow("table cells end at their bars")
        << u"| x' | y |\n|---|---|\n| 'a | b' |"_s
        << u"<table>\n<thead>\n<tr>\n<th>x'</th>\n<th>y</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
           u"<td>‘a</td>\n<td>b’</td>\n</tr>\n</tbody>\n</table>\n"_s;

    // What Goldmark never typesets.
    QTest::newRow("backslash escapes") << u"\\'kept\\' straight"_s << u"<p>'kept' straight</p>\n"_s;
    QTest::newRow("entities") << u"&#39;kept&#39; and &quot;kept&quot;"_s
                              << u"<p>'kept' and &quot;kept&quot;</p>\n"_s;
    QTest::newRow("code") << u"`it's` code -- done"_s
                          << u"<p><code>it's</code> code – done</p>\n"_s;
    QTest::newRow("link destination and title")
        << u"[it's](https://e.org/a--b \"it's\")"_s
        << u"<p><a href=\"https://e.org/a--b\" title=\"it's\">it’s</a></p>\n"_s;
    QTest::newRow("a linked address")
        << u"see https://e.org/a--b's page"_s
        << u"<p>see <a href=\"https://e.org/a--b&#x27;s\">https://e.org/a--b's</a> page</p>\n"_s;
    // Goldmark escapes its entities once more in alt text; the page shows "it&rsquo;s".
    QTest::newRow("image description")
        << u"![it's](x.png)"_s << u"<p><img src=\"x.png\" alt=\"it&amp;rsquo;s\" /></p>\n"_s;
}

void tst_Typographer::markdownAroundTheMarks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(MarkdownRenderer::toHtml(markdown), html);
}

QTEST_GUILESS_MAIN(tst_Typographer)
#include "tst_typographer.moc"
