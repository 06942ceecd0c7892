#include "core/render/hugomarkup.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>

#include <cmark-gfm.h>

#include <vector>

namespace digest {
namespace {

cmark_node* customNode(cmark_node_type type, const QByteArray& onEnter,
                       const QByteArray& onExit = {})
{
    cmark_node* node = cmark_node_new(type);
    cmark_node_set_on_enter(node, onEnter.constData());
    cmark_node_set_on_exit(node, onExit.constData());
    return node;
}

// "fnref:3" for the first reference to note 3, "fnref1:3" for the second, and so on.
QByteArray referenceId(int occurrence, const QByteArray& number)
{
    return "fnref" + (occurrence == 0 ? QByteArray() : QByteArray::number(occurrence)) + ':' +
           number;
}

// The references in document order, each replaced by Goldmark's markup; returns the ids of
// each note's references. cmark numbered the notes by first reference, as Goldmark does, and
// left the number as the reference's literal.
QHash<QByteArray, QList<QByteArray>> rewriteReferences(cmark_node* root)
{
    std::vector<cmark_node*> references;
    cmark_iter* iter = cmark_iter_new(root);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* node = cmark_iter_get_node(iter);
        if (event == CMARK_EVENT_ENTER &&
            cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_REFERENCE)
            references.push_back(node);
    }
    cmark_iter_free(iter);

    QHash<QByteArray, QList<QByteArray>> idsOf;
    for (cmark_node* reference : references) {
        const QByteArray number(cmark_node_get_literal(reference));
        QList<QByteArray>& ids = idsOf[number];
        const QByteArray id = referenceId(int(ids.size()), number);
        cmark_node* markup = customNode(CMARK_NODE_CUSTOM_INLINE,
                                        "<sup id=\"" + id + "\"><a href=\"#fn:" + number +
                                            "\" class=\"footnote-ref\" role=\"doc-noteref\">" +
                                            number + "</a></sup>");
        // A table cell takes no custom inline (cmark-gfm's table extension refuses it): there
        // the reference stays as cmark writes it, instead of vanishing and leaking the markup.
        if (!cmark_node_replace(reference, markup)) {
            cmark_node_free(markup);
            continue;
        }
        ids.append(id);
        cmark_node_free(reference);
    }
    return idsOf;
}

// Goldmark links a bare "www." address to https, cmark to http. A link the autolink extension
// made starts where its text does; a written link's text starts after its '['.
void secureWwwAutolinks(cmark_node* root)
{
    cmark_iter* iter = cmark_iter_new(root);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node* link = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(link) != CMARK_NODE_LINK)
            continue;
        const QByteArray url(cmark_node_get_url(link));
        cmark_node* text = cmark_node_first_child(link);
        if (url.startsWith("http://www.") && text &&
            cmark_node_get_start_column(text) == cmark_node_get_start_column(link) &&
            cmark_node_get_start_line(text) == cmark_node_get_start_line(link))
            cmark_node_set_url(link, QByteArray("https://" + url.sliced(7)).constData());
    }
    cmark_iter_free(iter);
}

QByteArray backLinks(const QList<QByteArray>& ids)
{
    QByteArray links;
    for (const QByteArray& id : ids)
        links += "&#160;<a href=\"#" + id +
                 "\" class=\"footnote-backref\" role=\"doc-backlink\">&#x21a9;&#xfe0e;</a>";
    return links;
}

void rewriteFootnotes(cmark_node* root)
{
    const QHash<QByteArray, QList<QByteArray>> idsOf = rewriteReferences(root);
    // cmark has moved the notes that are referred to to the end, in their order, and dropped
    // the others.
    std::vector<cmark_node*> notes;
    for (cmark_node* node = cmark_node_first_child(root); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION)
            notes.push_back(node);
    }
    if (notes.empty())
        return;
    cmark_node* list = customNode(CMARK_NODE_CUSTOM_BLOCK,
                                  "<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr />\n<ol>\n",
                                  "</ol>\n</div>\n");
    cmark_node_insert_before(notes.front(), list);
    for (size_t i = 0; i < notes.size(); ++i) {
        const QByteArray number = QByteArray::number(qsizetype(i + 1));
        cmark_node* item =
            customNode(CMARK_NODE_CUSTOM_BLOCK, "<li id=\"fn:" + number + "\">\n", "</li>\n");
        while (cmark_node* child = cmark_node_first_child(notes[i])) {
            cmark_node_unlink(child);
            cmark_node_append_child(item, child);
        }
        // Goldmark puts the way back at the end of the note's last paragraph, if it ends in one.
        cmark_node* last = cmark_node_last_child(item);
        if (cmark_node_get_type(last) == CMARK_NODE_PARAGRAPH)
            cmark_node_append_child(
                last, customNode(CMARK_NODE_CUSTOM_INLINE, backLinks(idsOf.value(number))));
        cmark_node_append_child(list, item);
        cmark_node_free(notes[i]);
    }
}

// Whether `html` has a tag starting "<t" (a table's) or "<i" (a task's checkbox): everything
// respell() changes is in one, and most blocks have none, so one quick pass spares three
// searches through every paragraph.
bool hasTableOrInputTag(QStringView html)
{
    for (qsizetype at = html.indexOf(u'<'); at >= 0 && at + 1 < html.size();
         at = html.indexOf(u'<', at + 1)) {
        const QChar next = html[at + 1];
        if (next == u't' || next == u'i')
            return true;
    }
    return false;
}

} // namespace

void HugoMarkup::rewriteTree(cmark_node* root)
{
    secureWwwAutolinks(root);
    rewriteFootnotes(root);
}

QString HugoMarkup::respell(QString blockHtml)
{
    // Text and link targets never hold a bare '"' (cmark escapes it), so these are tags.
    // The empty cells cmark adds to a row shorter than the table start at column 0, which no
    // written cell does; Goldmark gives them no alignment.
    if (!hasTableOrInputTag(blockHtml))
        return blockHtml;
    if (blockHtml.contains(u":0-")) {
        thread_local const QRegularExpression paddedCell(
            QStringLiteral("<td align=\"[a-z]+\"( data-sourcepos=\"\\d+:0-\\d+:0\")>"));
        blockHtml.replace(paddedCell, QStringLiteral("<td\\1>"));
    }
    if (blockHtml.contains(u" align=\"")) {
        for (const QString& cell : {QStringLiteral("<th"), QStringLiteral("<td")}) {
            for (const QString& side :
                 {QStringLiteral("left"), QStringLiteral("center"), QStringLiteral("right")})
                blockHtml.replace(cell + QStringLiteral(" align=\"") + side + u'"',
                                  cell + QStringLiteral(" style=\"text-align:") + side + u'"');
        }
    }
    if (blockHtml.contains(u"<input type=\"checkbox\"")) {
        thread_local const QRegularExpression looseTask(
            QStringLiteral("(<li[^>]*>)(<input type=\"checkbox\"[^>]*>) \\n(<p[^>]*>)"));
        blockHtml.replace(looseTask, QStringLiteral("\\1\n\\3\\2 "));
    }
    return blockHtml;
}

QString HugoMarkup::withoutSourcePositions(QString html)
{
    thread_local const QRegularExpression position(
        QStringLiteral(" data-sourcepos=\"\\d+:\\d+-\\d+:\\d+\""));
    return html.remove(position);
}

} // namespace digest
