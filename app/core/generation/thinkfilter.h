#pragma once

#include <QString>

namespace digest {

// Takes inline <think>…</think> reasoning out of streamed content, even when a tag is split
// across chunks; what it holds back waiting for a possible tag comes out on the next feed.
//
// Models served without a reasoning parser (DeepSeek R1, QwQ, Qwen 3 on many servers) write
// their reasoning into the content between these tags. Only the exact tags <think> and
// </think> are recognised, anywhere in the text: <thinking> and other spellings are not a
// convention of any served model, and taking them would remove text a model meant for the
// post. Text before and after the block is kept as it is. Holding back is bounded by the
// tag's length, so text that cannot start a tag (a lone "<" followed by anything else) comes
// out as soon as that is clear.
class ThinkFilter final
{
public:
    // Returns the content meant for the post; the reasoning found is appended to *reasoning
    // (dropped when null).
    QString feed(const QString& content, QString* reasoning = nullptr);
    // The end of the content: a tag prefix held back is content after all, and a block never
    // closed was reasoning to its end. The filter is then ready for a new answer.
    QString finish(QString* reasoning = nullptr);

private:
    QString m_held;         // the end of the last feed, which may be the start of a tag
    bool m_inThink = false; // between <think> and </think>
};

} // namespace digest
