#pragma once

#include <QString>
#include <QStringView>

// Untrusted text (a topic title, a headline, model output) made safe to insert into a post, so
// that it can neither change the Markdown structure around it nor end the front matter.
namespace digest::escape {

// The text as one line: control characters dropped, line breaks and tabs turned into spaces,
// runs of spaces collapsed to one, and whitespace (no-break spaces included) trimmed from both
// ends. No-break spaces inside the text are kept: they are the text's own.
QString singleLine(QStringView text);

// The text as inline Markdown that shows exactly `singleLine(text)`, wherever inline content
// goes: a paragraph, a list item, a `**…**` title, the line after a `- *Benefits:*` label.
// Backslash-escaped: \ ` * _ [ ] < > # | ~ { (the brace keeps Hugo's `{{<` and `{{%`
// shortcode openers out), `&` when it would start an entity, at the start of the line what
// would open a block (`-`, `+`, `=`, `:` for Goldmark's definition lists, `1.`, `1)`), and
// what would make a bare URL a link (the `:` of `://`, the `.` of `www.`). HTML cannot pass
// through because every `<` is escaped. So the result renders to text alone, with one
// exception: cmark-gfm links an e-mail address whatever its escapes (its autolinker reads the
// text after escapes are resolved); the text shown stays the same.
//
// Quotes, `--`, `---` and `...` are left as they are: the site's typographer turns them into
// curly quotes and dashes, as it does for every hand-written line, and they carry no
// structure.
//
// Wrapping the result in `**…**` is only valid when it is not empty (`****` is a rule).
QString inlineMarkdown(QStringView text);

// The text as a YAML double-quoted scalar, quotes included, on one physical line: a parser
// reads back exactly `text` (line breaks and other control characters travel as escapes, so
// a `---` in the text can never become the closing delimiter). Unpaired UTF-16 surrogates,
// which no file can hold, and byte order marks (U+FEFF), which YAML readers drop, are left
// out.
QString yamlDoubleQuoted(QStringView text);

} // namespace digest::escape
