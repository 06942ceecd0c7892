// Fuzzes the outline reader: sections, consequences with their slots, trending topics and
// predictions, read from a whole post (front matter and body) with their source ranges.
#include "core/outline/outline.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const digest::Outline outline = digest::parseOutline(text);
    // The ranges are what the editor selects: touch them so that they are computed and used.
    qsizetype sum = 0;
    for (const auto& section : outline.sections)
        sum += section.range.startLine + section.heading.size();
    for (const auto& item : outline.consequences)
        sum += item.benefits.range.endColumn + item.ramifications.text.size();
    for (const auto& prediction : outline.predictions)
        sum += prediction.when.size() + prediction.textRange.endLine;
    return sum < 0 ? 1 : 0;
}
