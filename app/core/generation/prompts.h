#pragma once

#include "core/generation/chatendpoint.h"
#include "core/generation/slotkind.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace digest {

// The editable wording of the requests that fill the slots. The user templates take
// placeholders: {title}, {link} and {text} (the topic), {event} (a prediction's event). A
// placeholder the template does not know is left as written.
struct PromptTemplates
{
    QString system;
    QString benefits;
    QString ramifications;
    QString prediction;

    // Wording that makes a model answer in the corpus's style: one paragraph of a few
    // sentences, without heading, label or list.
    static PromptTemplates defaults();
    // The template for one kind of slot.
    const QString& forKind(SlotKind kind) const;

    bool operator==(const PromptTemplates&) const = default;
};

// What one slot's request is about.
struct SlotRequest
{
    static constexpr int kDefaultTextLimit = 2000;

    SlotKind kind = SlotKind::Benefits;
    // The topic (Benefits, Ramifications): its title, link and the thread's own text.
    QString title;
    QString link;
    QString text;
    // The prediction's event, "Artificial General Intelligence".
    QString event;
    // The thread's text is cut to this many characters (at a word boundary, with an
    // ellipsis), so that a long thread does not crowd out the instructions.
    int textLimit = kDefaultTextLimit;
};

// `text` cut to at most `limit` characters at the last word boundary, followed by "…" when
// anything was cut; trimmed.
QString boundedText(QStringView text, int limit);

// One pass over `templ`: each {name} that `values` knows is replaced by its value, which is
// never scanned again (a title holding "{text}" stays literal); other braces are kept.
QString expandTemplate(QStringView templ, const QList<std::pair<QString, QString>>& values);

// The system and user messages of the request for one slot.
QList<ChatMessage> buildSlotMessages(const PromptTemplates& templates, const SlotRequest& request);

} // namespace digest
