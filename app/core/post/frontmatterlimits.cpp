#include "core/post/frontmatterlimits.h"

#include "core/util/limits.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace digest::frontmatterlimits {

QString tooDeep()
{
    return QCoreApplication::translate("FrontMatterReader",
                                       "The front matter is nested more than %1 levels deep "
                                       "(the limit).")
        .arg(limits::kFrontMatterDepth);
}

// How deep TOML nests, read from its text: the parts of a dotted key (`[a.b.c]`, `a.b.c = 1`)
// plus the arrays and inline tables a value opens, with the dotted keys inside those. Quoted
// text and comments do not count. It may count more than toml++ would build, never less.
int tomlDepth(QStringView content)
{
    int deepest = 0;
    int parts = 1;            // of the key being read
    bool inKey = true;        // at a key: the start of a line outside a value, or in `{` / `,`
    std::vector<char> opened; // the arrays and inline tables open around the current position
    QChar quote;
    bool comment = false;
    for (qsizetype at = 0; at < content.size(); ++at) {
        const QChar c = content[at];
        if (c == u'\n') {
            quote = QChar(); // a basic or literal string ends with its line
            comment = false;
            if (opened.empty()) {
                inKey = true;
                parts = 1;
            }
        } else if (comment) {
            continue;
        } else if (!quote.isNull()) {
            if (c == u'\\' && quote == u'"')
                ++at;
            else if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'#') {
            comment = true;
        } else if (inKey && c == u'.') {
            deepest = std::max(deepest, int(opened.size()) + ++parts);
        } else if (inKey && c == u'=') {
            inKey = false;
        } else if (!inKey && (c == u'[' || c == u'{')) {
            opened.push_back(char(c.unicode()));
            deepest = std::max(deepest, int(opened.size()) + parts);
            inKey = c == u'{';
            parts = 1;
        } else if (!inKey && (c == u']' || c == u'}') && !opened.empty()) {
            opened.pop_back();
        } else if (c == u',' && !opened.empty() && opened.back() == '{') {
            inKey = true;
            parts = 1;
        }
    }
    return deepest;
}

// How deep objects and arrays nest, 1 for a flat object. QJsonDocument stops at 1,024 levels
// itself, so the recursion here is bounded.
int jsonDepth(const QJsonValue& value)
{
    int deepest = 0;
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            deepest = std::max(deepest, jsonDepth(it.value()));
    } else if (value.isArray()) {
        for (const QJsonValue item : value.toArray())
            deepest = std::max(deepest, jsonDepth(item));
    } else {
        return 0;
    }
    return deepest + 1;
}

} // namespace digest::frontmatterlimits
