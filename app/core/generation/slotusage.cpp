#include "core/generation/slotjob.h"

namespace digest {
namespace {

// About four characters a token: what OpenAI's tokenizers average on English prose, close
// enough for a cost estimate, and never zero for a non-empty text.
qint64 estimatedTokens(qint64 characters)
{
    return (characters + 3) / 4;
}

} // namespace

SlotUsage& SlotUsage::operator+=(const SlotUsage& other)
{
    promptTokens += other.promptTokens;
    completionTokens += other.completionTokens;
    estimated = estimated || other.estimated;
    return *this;
}

double estimatedCost(const SlotUsage& usage, const TokenPrices& prices)
{
    return (double(usage.promptTokens) * prices.inputPerMillion +
            double(usage.completionTokens) * prices.outputPerMillion) /
           1'000'000.0;
}

SlotUsage slotUsage(const std::optional<TokenUsage>& reported, const QList<ChatMessage>& messages,
                    const QString& reply, bool sent)
{
    SlotUsage usage;
    if (!sent && !reported)
        return usage;
    if (reported && reported->promptTokens >= 0) {
        usage.promptTokens = reported->promptTokens;
    } else {
        qint64 characters = 0;
        for (const ChatMessage& message : messages)
            characters += message.content.size();
        usage.promptTokens = estimatedTokens(characters);
        usage.estimated = true;
    }
    if (reported && reported->completionTokens >= 0) {
        usage.completionTokens = reported->completionTokens;
    } else {
        usage.completionTokens = estimatedTokens(reply.size());
        usage.estimated = true;
    }
    return usage;
}

} // namespace digest
