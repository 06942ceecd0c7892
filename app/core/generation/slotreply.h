#pragma once

// Private to the generation library: the text a slot shows while its reply arrives.

#include "core/generation/slotkind.h"

#include <QString>
#include <QStringView>

namespace digest {

// A reply on its way, cleaned for its slot (cleanSlotReply, or cleanPredictionReply for a
// prediction) after every piece. While it streams, a reply that may still be the beginning of
// the slot's label ("**Bene", "Potential") shows nothing new yet: the cleaner drops a label
// only once it is whole, and the label must never flash into the post.
class SlotReplyText
{
public:
    SlotReplyText(SlotKind kind, QString event);

    // Takes the next piece of the reply; true when the cleaned text changed.
    bool append(QStringView piece);
    // The reply has ended (`reply`, which may differ from the pieces when the client says so;
    // empty keeps the pieces). When the model finished it, nothing is held back any more; a
    // reply cut off (stopped, dropped) keeps holding back what may be a label. True when the
    // cleaned text changed.
    bool finish(const QString& reply, bool modelFinished);

    // The reply as the model wrote it so far.
    const QString& raw() const { return m_raw; }
    // Escaped inline Markdown of one paragraph.
    const QString& text() const { return m_text; }
    // A prediction's "Month YYYY"; empty when none was named (yet).
    const QString& predictionDate() const { return m_date; }

private:
    bool update(bool whole);
    // The plain text so far could still grow into one of the labels the cleaner drops.
    bool mayBecomeLabel(QStringView plain) const;

    SlotKind m_kind;
    QString m_event;
    QString m_raw;
    // How long the raw reply was when the text was last cleaned while streaming.
    qsizetype m_cleanedAt = 0;
    QString m_text;
    QString m_date;
};

} // namespace digest
