#pragma once

#include <cstddef>

// The bounds every parser of a post's text keeps, so that no file (the README promises: none
// under 1 MB) makes a command or the app crash, hang or exhaust memory. Each limit is named
// here, once, so that the README can list them and every message that reports one names it
// with its value. They sit far above anything a real post needs: the corpus's deepest front
// matter is 2 levels, its largest table a few dozen cells.
namespace digest::limits {

// Front matter (YAML, TOML, JSON): how deep maps and lists may nest. The value converters
// recurse, so without it a `[a.a.a…]` header 30,000 keys deep overflows the stack.
inline constexpr int kFrontMatterDepth = 64;

// Front matter: how many values (scalars, lists and maps, each alias counted again for every
// use) reading it may produce. YAML aliases repeat a subtree without repeating its text, so
// a few hundred bytes of nested aliases ("billion laughs") would otherwise expand to billions.
inline constexpr int kFrontMatterValues = 200'000;

// Markdown tables: how many cells (rows × the columns of the delimiter row) all the tables of
// one text may have. cmark-gfm pads every short row to the header's width (CVE-2023-37463), so
// a 44 KB table of 1,000 columns and 20,000 one-cell rows would become 20 million cells.
// Above the limit the text is parsed without the table extension: tables show as their text.
inline constexpr std::size_t kMarkdownTableCells = 200'000;

// Archetypes: how long the text of one action's value (after each function of a pipe) and the
// whole filled archetype may grow. A chain of `replace` calls multiplies the length.
inline constexpr long long kArchetypeValueChars = 1'000'000;
inline constexpr long long kArchetypeOutputChars = 4'000'000;

} // namespace digest::limits
