#pragma once

#include <QDate>
#include <QString>

namespace digest {

// Where a new post goes, relative to the site folder, written with the day's placeholders:
// YYYY (the year), MM (the month) and DD (the day of the month), upper case.
//
// A placeholder is a whole word: a run of letters is replaced only when it is made of nothing
// but placeholders ("YYYY", "DD", "YYYYMMDD"); a run with any other letter in it ("SUMMARY",
// "ADD", "MMM", "YYYYs") is kept as written, and so are lower-case "yyyy", "mm" and "dd". Digits,
// "-", "_", "." and "/" separate words. So the default
// `content/posts/YYYY-MM-DD-ai-auto-summary.md`, folders per date (`content/posts/YYYY/MM/DD.md`)
// and a file named `SUMMARY-YYYY.md` (which stays "SUMMARY") all do what they say.
class PathPattern final
{
public:
    static QString defaultPattern();

    // The pattern with the day's digits in place of its placeholders, otherwise as written.
    static QString expanded(const QString& pattern, QDate day);
    // Whether the text has a placeholder, by the rule above.
    static bool hasPlaceholder(const QString& text);
    // The folders of the pattern before the first one that has a placeholder, "/"-separated;
    // empty when the first folder already has one or there is no folder. Every post the pattern
    // makes is somewhere under it.
    static QString fixedFolder(const QString& pattern);
};

} // namespace digest
