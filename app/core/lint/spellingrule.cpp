// The rule that reads the prose for misspellings: the text of paragraphs, headings, list items,
// emphasis, link text and table cells as cmark parses the body. What is not prose to a
// dictionary is left alone: front matter, code, HTML, link destinations, autolinks, addresses,
// @handles, r/subreddits, words with digits, acronyms and CamelCase, and the site's notice.
#include "core/lint/lintrules.h"
#include "core/markdown/cmarkdocument.h"
#include "core/post/archetype.h"

#include <QHash>

#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>

namespace digest::lint {
namespace {

// A post with more than this many is rather in another language than full of typos.
constexpr int kMostPerPost = 200;
// How far cmark's column of a text node may be from where its text really is (a lazy line, a
// quote's '>' without a space, escapes and entities before a word).
constexpr qsizetype kFarthest = 64;

// The first parts of compounds that are not words of their own ("pre-trained", "socio-economic").
bool isPrefix(QStringView part)
{
    static const QStringList prefixes =
        QStringLiteral(
            "anti auto bi bio co counter cyber de e eco ex geo hyper inter intra macro mega meta "
            "micro "
            "mid mini mis multi nano neo neuro non omni over post pre proto pseudo quasi re semi "
            "socio sub techno tele tri ultra un under")
            .split(u' ');
    return prefixes.contains(part, Qt::CaseInsensitive);
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’';
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == u'_';
}

// Scripts written without spaces between words: splitting them at spaces gives no words.
bool isUnspacedScript(QChar c)
{
    switch (c.script()) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
    case QChar::Script_Thai:
    case QChar::Script_Lao:
    case QChar::Script_Khmer:
    case QChar::Script_Myanmar:
        return true;
    default:
        return false;
    }
}

// A piece of text between spaces that names something rather than saying it: a web address, a
// domain or file name, an e-mail address, a @handle, r/subreddit or u/user, a #tag, a path.
bool isName(QStringView chunk)
{
    if (chunk.contains(u"://") || chunk.startsWith(u"www.", Qt::CaseInsensitive) ||
        chunk.contains(u'@') || chunk.startsWith(u'#') || chunk.contains(u'/') ||
        chunk.contains(u'\\'))
        return true;
    for (qsizetype i = 1; i + 1 < chunk.size(); ++i) {
        if (chunk.at(i) == u'.' && chunk.at(i - 1).isLetterOrNumber() &&
            chunk.at(i + 1).isLetterOrNumber())
            return true; // example.com, Node.js, e.g.
    }
    return false;
}

// Whether a word is for the dictionary at all: two letters or more, no digit, no capital
// after the first letter (ALL-CAPS acronyms, CamelCase, iPhone), no script it cannot split.
bool isForTheDictionary(QStringView word)
{
    if (word.size() < 2)
        return false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.isDigit() || c == u'_' || isUnspacedScript(c) || c.isSurrogate() ||
            (i > 0 && c.isUpper()))
            return false;
    }
    return true;
}

// A word's possessive or contraction tail ("model's", "models'") is not the dictionary's.
QStringView withoutPossessive(QStringView word)
{
    if (word.size() > 2 && isApostrophe(word.at(word.size() - 2)) &&
        (word.back() == u's' || word.back() == u'S'))
        return word.chopped(2);
    return word;
}

struct Word
{
    qsizetype at = 0; // in the text node's literal
    QStringView text;
};

// The words of a literal: runs of letters with apostrophes and hyphens inside them, leaving
// out pieces that are names (see isName()).
QList<Word> wordsOf(const QString& literal)
{
    QList<Word> words;
    qsizetype i = 0;
    while (i < literal.size()) {
        while (i < literal.size() && literal.at(i).isSpace())
            ++i;
        const qsizetype chunkStart = i;
        while (i < literal.size() && !literal.at(i).isSpace())
            ++i;
        const QStringView chunk = QStringView(literal).mid(chunkStart, i - chunkStart);
        if (chunk.isEmpty() || isName(chunk))
            continue;
        qsizetype j = 0;
        while (j < chunk.size()) {
            while (j < chunk.size() && !isWordCharacter(chunk.at(j)))
                ++j;
            const qsizetype start = j;
            while (j < chunk.size() &&
                   (isWordCharacter(chunk.at(j)) ||
                    ((isApostrophe(chunk.at(j)) || chunk.at(j) == u'-') && j + 1 < chunk.size() &&
                     isWordCharacter(chunk.at(j + 1)) && j > start)))
                ++j;
            // "[R]eading" is a Reddit flair written into a word: neither half is one.
            const bool bracketed = (start > 0 && chunk.at(start - 1) == u']') ||
                                   (j < chunk.size() && chunk.at(j) == u'[');
            if (j > start && !bracketed)
                words.append({chunkStart + start, chunk.mid(start, j - start)});
        }
    }
    return words;
}

// cmark counts columns in UTF-8 bytes of the line; problems count UTF-16 units.
bool isWordBoundary(const QString& line, qsizetype at)
{
    return at <= 0 || at >= line.size() || !isWordCharacter(line.at(at));
}

bool isAutolink(cmark_node* link)
{
    cmark_node* text = cmark_node_first_child(link);
    if (!text || text != cmark_node_last_child(link) ||
        cmark_node_get_type(text) != CMARK_NODE_TEXT)
        return false;
    const QString url = QString::fromUtf8(cmark_node_get_url(link));
    const QString literal = QString::fromUtf8(cmark_node_get_literal(text));
    return url == literal || url.endsWith(u"://" + literal) || url == u"mailto:" + literal;
}

// Whether an inline HTML node opens a tag (<span>, not </span>, <!-- --> or <br/>).
bool opensTag(cmark_node* html)
{
    const QByteArrayView tag(cmark_node_get_literal(html));
    return tag.size() > 1 && tag.at(1) != '/' && tag.at(1) != '!' && !tag.endsWith("/>");
}

bool isText(cmark_node* node)
{
    return node && cmark_node_get_type(node) == CMARK_NODE_TEXT;
}

bool isInAutolink(cmark_node* text)
{
    for (cmark_node* node = cmark_node_parent(text); node; node = cmark_node_parent(node)) {
        const int type = cmark_node_get_type(node);
        if (type == CMARK_NODE_LINK)
            return isAutolink(node);
        if ((type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK)
            return false;
    }
    return false;
}

class SpellingPass final
{
public:
    explicit SpellingPass(Linter& linter)
        : m_linter(linter)
        , m_firstLine(linter.lines.lineOf(linter.split.bodyOffset) - 1)
        , m_notice(linter.context.disclaimer.isEmpty() ? noticeLineOf(Archetype::builtIn().text())
                                                       : linter.context.disclaimer)
    {}

    void run();

private:
    void checkText(cmark_node* text);
    // Text between an HTML tag and its end (<span>word</span>) is HTML's: Hugo leaves it out.
    // Whether the last inline HTML before the text among its siblings opened a tag, kept per
    // parent as the walk passes it: looking back from each text was quadratic in a paragraph.
    bool isInHtml(cmark_node* text) const { return m_openTag.value(cmark_node_parent(text)); }
    // Where the word is written on the line: the place nearest to where it is expected and
    // not before what was already read; -1 when it is not there (a word made by an entity).
    qsizetype locate(const QString& line, QStringView word, qsizetype expected) const;
    void checkWord(qsizetype at, QStringView word);
    bool isRight(QStringView word) const;
    void report(qsizetype at, QStringView word);

    Linter& m_linter;
    const int m_firstLine;
    const QString m_notice;
    int m_line = 0;
    qsizetype m_readTo = 0; // on m_line, in UTF-16 units
    LineReader m_reader{m_linter.lines};
    int m_found = 0;
    QHash<cmark_node*, bool> m_openTag;
};

void SpellingPass::run()
{
    const CmarkDocument document(m_linter.text.mid(m_linter.split.bodyOffset).toUtf8());
    cmark_iter* iter = cmark_iter_new(document.root());
    for (cmark_event_type event = cmark_iter_next(iter);
         event != CMARK_EVENT_DONE && m_found < kMostPerPost; event = cmark_iter_next(iter)) {
        cmark_node* node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE)
            m_openTag.insert(cmark_node_parent(node), opensTag(node));
        // A run of text nodes is read as one text: cmark splits "[R]eading" at the brackets.
        if (event == CMARK_EVENT_ENTER && isText(node) && !isText(cmark_node_previous(node)))
            checkText(node);
    }
    cmark_iter_free(iter);
}

void SpellingPass::checkText(cmark_node* text)
{
    const int line = m_firstLine + cmark_node_get_start_line(text);
    const QString& lineText = m_reader.text(line);
    if (lineText.isEmpty() || lineText == m_notice || isInAutolink(text) || isInHtml(text))
        return;
    if (line != m_line) {
        m_line = line;
        m_readTo = 0;
    }
    QString literal;
    for (cmark_node* node = text;
         isText(node) && cmark_node_get_start_line(node) == cmark_node_get_start_line(text);
         node = cmark_node_next(node))
        literal += QString::fromUtf8(cmark_node_get_literal(node));
    const qsizetype claimed = m_reader.utf16Offset(line, cmark_node_get_start_column(text));
    for (const Word& word : wordsOf(literal)) {
        const qsizetype at = locate(lineText, word.text, claimed + word.at);
        if (at < 0)
            continue;
        m_readTo = at + word.text.size();
        checkWord(at, word.text);
        if (m_found >= kMostPerPost)
            return;
    }
}

qsizetype SpellingPass::locate(const QString& line, QStringView word, qsizetype expected) const
{
    qsizetype best = -1;
    const qsizetype from = qMax(m_readTo, expected - kFarthest);
    for (qsizetype at = line.indexOf(word, qMax(from, qsizetype(0)));
         at >= 0 && at <= expected + kFarthest; at = line.indexOf(word, at + 1)) {
        if (!isWordBoundary(line, at - 1) || !isWordBoundary(line, at + word.size()))
            continue;
        if (best < 0 || std::abs(at - expected) < std::abs(best - expected))
            best = at;
        if (at >= expected)
            break; // later ones are farther
    }
    return best;
}

void SpellingPass::checkWord(qsizetype at, QStringView word)
{
    // A run of digits, a version or a model's size ("GPT-4o", "7B-parameter") is not prose.
    for (const QChar c : word) {
        if (c.isDigit() || c == u'_')
            return;
    }
    const QStringView whole = withoutPossessive(word);
    if (isRight(whole))
        return;
    if (!whole.contains(u'-')) {
        if (isForTheDictionary(whole))
            report(at, whole);
        return;
    }
    // A compound the dictionary lacks is right when its parts are.
    qsizetype start = 0;
    while (start <= whole.size()) {
        qsizetype end = whole.indexOf(u'-', start);
        if (end < 0)
            end = whole.size();
        const QStringView part = whole.mid(start, end - start);
        const bool prefix = end < whole.size() && isPrefix(part);
        if (!prefix && isForTheDictionary(part) && !isRight(part))
            report(at + start, part);
        start = end + 1;
    }
}

bool SpellingPass::isRight(QStringView word) const
{
    if (!isForTheDictionary(word) && !word.contains(u'-'))
        return true;
    return m_linter.context.isWordCorrect(word.toString());
}

void SpellingPass::report(qsizetype at, QStringView word)
{
    ++m_found;
    Problem& problem =
        m_linter.add(m_line, int(at) + 1, Problem::Severity::Warning, QStringLiteral("spelling"),
                     Tr::tr("“%1” may be misspelt").arg(word.toString()));
    problem.length = int(word.size());
}

} // namespace

void checkSpelling(Linter& linter)
{
    if (!linter.context.isWordCorrect || linter.split.unterminated)
        return;
    SpellingPass(linter).run();
}

} // namespace digest::lint
