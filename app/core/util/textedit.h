#pragma once

#include <QString>

namespace digest {

// A change of the text made in one go: `length` characters from `position` (in the text
// document's positions, where every line break counts one) become `text`.
struct TextEdit
{
    int position = 0;
    int length = 0;
    QString text;

    bool operator==(const TextEdit&) const = default;
};

} // namespace digest
