#pragma once

#include <QString>
#include <QStringView>

namespace digest {

// Where the front matter of a Hugo post ends and its body begins. Hugo accepts YAML between
// `---` lines, TOML between `+++` lines and a JSON object at the very start of the file.
struct FrontMatterSplit
{
    enum class Format { None, Yaml, Toml, Json };

    Format format = Format::None;
    // The front matter without its delimiters (for JSON: the whole object), and where it
    // starts in the file text. Everything between its end and bodyOffset is the closing
    // delimiter line.
    QString content;
    qsizetype contentOffset = 0;
    // Offset in the file text where the body starts, and the body's first line (0-based), so
    // that positions in the body map back to the file.
    qsizetype bodyOffset = 0;
    int bodyFirstLine = 0;
    // The file starts like front matter but the closing delimiter is missing.
    bool unterminated = false;

    bool operator==(const FrontMatterSplit&) const = default;
};

FrontMatterSplit splitFrontMatter(QStringView text);

QString formatName(FrontMatterSplit::Format format);

} // namespace digest
