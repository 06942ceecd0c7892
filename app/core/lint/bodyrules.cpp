// The rules that read the body: the notice, the slots still to write, and raw HTML.
#include "core/lint/lintrules.h"
#include "core/lint/notice.h"
#include "core/markdown/cmarkdocument.h"
#include "core/outline/outline.h"
#include "core/post/archetype.h"

#include <cmark-gfm.h>

namespace digest::lint {
namespace {

using Severity = Problem::Severity;

QString siteNotice(const LintContext& context)
{
    return context.disclaimer.isEmpty() ? noticeLineOf(Archetype::builtIn().text())
                                        : context.disclaimer;
}

void checkDisclaimer(Linter& linter)
{
    const QString notice = siteNotice(linter.context);
    // The same edit as the panel's "restore the site's notice".
    const std::optional<TextEdit> restore = restoreNoticeEdit(linter.text, notice);
    if (!restore)
        return;
    if (restore->length > 0) {
        Problem& problem = linter.addToLineEnd(
            linter.lines.lineOf(restore->position), 1, Severity::Error,
            QStringLiteral("disclaimer"), Tr::tr("The notice is not the site's, word for word."));
        problem.fix = restore;
        problem.fixLabel = Tr::tr("Write the site's notice");
        return;
    }
    Problem& problem = linter.add(linter.lines.lineOf(restore->position), 1, Severity::Error,
                                  QStringLiteral("disclaimer"),
                                  Tr::tr("The post has no notice that it was generated."));
    problem.fix = restore;
    problem.fixLabel = Tr::tr("Add the site's notice");
}

void checkSlot(Linter& linter, const Slot& slot, const QString& message)
{
    if (!slot.present || !isPlaceholder(slot.text))
        return;
    const SourceRange& at = slot.range.isValid() ? slot.range : slot.labelRange;
    linter.addToLineEnd(at.startLine, at.startColumn, Severity::Error, QStringLiteral("empty-slot"),
                        message);
}

void checkSlots(Linter& linter)
{
    const Outline outline = parseOutline(linter.text);
    for (qsizetype i = 0; i < outline.consequences.size(); ++i) {
        const ConsequenceItem& item = outline.consequences.at(i);
        checkSlot(linter, item.benefits, Tr::tr("Item %1 has no Benefits yet.").arg(i + 1));
        checkSlot(linter, item.ramifications,
                  Tr::tr("Item %1 has no Ramifications yet.").arg(i + 1));
    }
    for (qsizetype i = 0; i < outline.trending.size(); ++i) {
        const TrendingTopic& topic = outline.trending.at(i);
        if (isPlaceholder(topic.title))
            linter.addToLineEnd(topic.range.startLine, topic.range.startColumn, Severity::Error,
                                QStringLiteral("empty-slot"),
                                Tr::tr("Trending topic %1 is empty.").arg(i + 1));
    }
    for (const Prediction& prediction : outline.predictions) {
        if (!isPlaceholder(prediction.text))
            continue;
        const SourceRange& at =
            prediction.eventRange.isValid() ? prediction.eventRange : prediction.range;
        linter.addToLineEnd(at.startLine, at.startColumn, Severity::Error,
                            QStringLiteral("empty-slot"),
                            Tr::tr("The prediction \"%1\" has no text yet.").arg(prediction.event));
    }
}

void checkHtml(Linter& linter)
{
    const CmarkDocument document(linter.text.mid(linter.split.bodyOffset).toUtf8());
    const int firstLine = linter.lines.lineOf(linter.split.bodyOffset) - 1;
    // A limit that changed how the body is read (tables shown as text) is the writer's to know.
    if (document.tablesAsText())
        linter.add(firstLine + 1, 1, Severity::Warning, QStringLiteral("markdown-limit"),
                   document.limitNotice());
    // cmark counts columns in UTF-8 bytes of the body's line; problems count UTF-16 units.
    LineReader reader(linter.lines);
    cmark_iter* iter = cmark_iter_new(document.root());
    for (cmark_event_type event = cmark_iter_next(iter); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter)) {
        cmark_node* node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (event != CMARK_EVENT_ENTER ||
            (type != CMARK_NODE_HTML_BLOCK && type != CMARK_NODE_HTML_INLINE))
            continue;
        const int line = firstLine + cmark_node_get_start_line(node);
        const QString html = QString::fromUtf8(cmark_node_get_literal(node)).trimmed();
        const QString& lineText = reader.text(line);
        const int column = int(reader.utf16Offset(line, cmark_node_get_start_column(node))) + 1;
        Problem& problem =
            linter.add(line, column, Severity::Warning, QStringLiteral("raw-html"),
                       Tr::tr("Raw HTML (%1); Hugo leaves it out unless the site allows it.")
                           .arg(html.left(40)));
        // The tag, or the block's first line.
        const QString first = html.section(u'\n', 0, 0);
        problem.length = int(std::min(first.size(), lineText.size() - column + 1));
    }
    cmark_iter_free(iter);
}

} // namespace

bool isPlaceholder(const QString& text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() || trimmed == u"..." || trimmed == u"…" ||
           trimmed.compare(u"None", Qt::CaseInsensitive) == 0 ||
           trimmed.compare(u"N/A", Qt::CaseInsensitive) == 0;
}

void checkBody(Linter& linter)
{
    if (linter.split.format == FrontMatterSplit::Format::None || linter.split.unterminated)
        return;
    checkDisclaimer(linter);
    checkSlots(linter);
    checkHtml(linter);
}

} // namespace digest::lint
