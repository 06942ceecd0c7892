#include "core/markdown/cmarkdocument.h"

#include "core/util/limits.h"

#include <QCoreApplication>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <array>
#include <atomic>
#include <mutex>
#include <string_view>
#include <utility>
#include <vector>

namespace digest {
namespace {

constexpr std::array kExtensions{"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

static_assert(CmarkDocument::kPostOptions ==
              (CMARK_OPT_FOOTNOTES | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE));

std::atomic<int> parses{0};

void registerExtensionsOnce()
{
    // The extension registry is global and not thread-safe while it is being filled.
    static std::once_flag once;
    std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

// The number of columns of a GFM table's delimiter row ("| --- | :-: |"), 0 when the line is
// not one. Block quote markers before it are skipped: a table can be quoted.
std::size_t delimiterColumns(std::string_view line)
{
    std::size_t at = line.find_first_not_of(" \t>");
    if (at == std::string_view::npos || line.find('|', at) == std::string_view::npos)
        return 0;
    std::size_t columns = 0;
    bool dashes = false;
    for (; at < line.size(); ++at) {
        const char c = line[at];
        if (c == '|') {
            columns += dashes ? 1 : 0;
            dashes = false;
        } else if (c == '-') {
            dashes = true;
        } else if (c != ':' && c != ' ' && c != '\t' && c != '\r') {
            return 0;
        }
    }
    return columns + (dashes ? 1 : 0);
}

bool isBlank(std::string_view line)
{
    return line.find_first_not_of(" \t\r>") == std::string_view::npos;
}

// How many cells the tables of a text would have once cmark-gfm pads each row to the width of
// its delimiter row: the columns times the rows up to the next blank line. A pre-scan of the
// lines, linear in the text, that may count what cmark would not take as a table; never less.
std::size_t tableCells(const QByteArray& text)
{
    std::vector<std::string_view> lines;
    for (std::string_view rest(text.constData(), std::size_t(text.size())); !rest.empty();) {
        const std::size_t newline = rest.find('\n');
        lines.push_back(rest.substr(0, newline));
        rest = newline == std::string_view::npos ? std::string_view() : rest.substr(newline + 1);
    }
    std::size_t cells = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::size_t columns = delimiterColumns(lines[i]);
        if (columns == 0)
            continue;
        std::size_t rows = 1; // the header row
        while (i + 1 < lines.size() && !isBlank(lines[i + 1])) {
            ++rows;
            ++i;
        }
        cells += columns * rows;
    }
    return cells;
}

} // namespace

void CmarkDocument::ParserDeleter::operator()(cmark_parser* parser) const
{
    cmark_parser_free(parser);
}

void CmarkDocument::NodeDeleter::operator()(cmark_node* node) const
{
    cmark_node_free(node);
}

CmarkDocument::CmarkDocument(QByteArray utf8, int options)
    : m_source(std::move(utf8))
{
    registerExtensionsOnce();
    m_parser.reset(cmark_parser_new(options));
    m_tablesAsText = tableCells(m_source) > limits::kMarkdownTableCells;
    for (const char* name : kExtensions) {
        if (m_tablesAsText && std::string_view(name) == "table")
            continue;
        if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(m_parser.get(), extension);
    }
    cmark_parser_feed(m_parser.get(), m_source.constData(), size_t(m_source.size()));
    m_root.reset(cmark_parser_finish(m_parser.get()));
    parses.fetch_add(1, std::memory_order_relaxed);
}

CmarkDocument::~CmarkDocument() = default;

cmark_llist* CmarkDocument::extensions() const
{
    return cmark_parser_get_syntax_extensions(m_parser.get());
}

QString CmarkDocument::limitNotice() const
{
    if (!m_tablesAsText)
        return {};
    return QCoreApplication::translate("CmarkDocument",
                                       "The tables have more than %1 cells together (the "
                                       "limit); they are shown as text.")
        .arg(limits::kMarkdownTableCells);
}

int CmarkDocument::parsesSoFar()
{
    return parses.load(std::memory_order_relaxed);
}

} // namespace digest
