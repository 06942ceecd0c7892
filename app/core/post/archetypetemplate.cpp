#include "core/post/archetypetemplate.h"

#include "core/util/limits.h"

#include <QDir>
#include <QList>
#include <QStringList>

#include <algorithm>
#include <array>
#include <optional>

namespace digest {
namespace {

struct Token
{
    enum class Kind { Field, String, Identifier, Pipe };
    Kind kind = Kind::Field;
    QString text;
};

// A Go template string literal starting at `at` ("…" with escapes, or `…` raw); `at` moves
// past it. nullopt when it does not close.
std::optional<QString> readString(QStringView action, qsizetype& at)
{
    const QChar quote = action[at++];
    QString value;
    while (at < action.size()) {
        const QChar c = action[at++];
        if (c == quote)
            return value;
        if (c == u'\\' && quote == u'"' && at < action.size()) {
            const QChar escaped = action[at++];
            value += escaped == u'n' ? QChar(u'\n') : escaped == u't' ? QChar(u'\t') : escaped;
            continue;
        }
        value += c;
    }
    return std::nullopt;
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.';
}

Result<QList<Token>> tokenize(QStringView action)
{
    QList<Token> tokens;
    qsizetype at = 0;
    while (at < action.size()) {
        const QChar c = action[at];
        if (c.isSpace()) {
            ++at;
        } else if (c == u'|') {
            tokens.append({Token::Kind::Pipe, QStringLiteral("|")});
            ++at;
        } else if (c == u'"' || c == u'`') {
            const std::optional<QString> value = readString(action, at);
            if (!value)
                return Error{ArchetypeTemplate::tr("a string is not closed")};
            tokens.append({Token::Kind::String, *value});
        } else if (c == u'.' || c.isLetter() || c == u'_') {
            const qsizetype start = at++;
            while (at < action.size() && isNameChar(action[at]))
                ++at;
            const Token::Kind kind = c == u'.' ? Token::Kind::Field : Token::Kind::Identifier;
            tokens.append({kind, action.sliced(start, at - start).toString()});
        } else {
            return Error{ArchetypeTemplate::tr("'%1' is not supported").arg(c)};
        }
    }
    return tokens;
}

std::optional<QString> fieldValue(const QString& name, const ArchetypeFields& fields)
{
    if (name == u".Date")
        return fields.date;
    if (name == u".Name" || name == u".File.ContentBaseName")
        return fields.name;
    if (name == u".Title")
        return fields.title;
    if (name == u".Section" || name == u".Type")
        return fields.section;
    return std::nullopt;
}

QString titleCase(const QString& text)
{
    // Hugo's default is AP style: short function words stay lower case inside a title.
    static constexpr std::array<QStringView, 23> small = {
        u"a",   u"an", u"and", u"as",  u"at", u"but", u"by", u"for", u"if",  u"in", u"nor", u"of",
        u"off", u"on", u"or",  u"per", u"so", u"the", u"to", u"up",  u"via", u"vs", u"yet"};
    QStringList words = text.split(u' ');
    qsizetype first = 0;
    qsizetype last = words.size() - 1;
    while (first < last && words[first].isEmpty())
        ++first;
    while (last > first && words[last].isEmpty())
        --last;
    for (qsizetype i = first; i <= last; ++i) {
        QString& word = words[i];
        const bool keepSmall = i != first && i != last &&
                               std::find(small.begin(), small.end(), word.toLower()) != small.end();
        if (!word.isEmpty() && !keepSmall)
            word[0] = word[0].toUpper();
    }
    return words.join(u' ');
}

QString humanize(const QString& text)
{
    QString out = text.toLower();
    out.replace(u'-', u' ').replace(u'_', u' ');
    out = out.trimmed();
    if (!out.isEmpty())
        out[0] = out[0].toUpper();
    return out;
}

// How many arguments a supported function takes; 0 for a function that is not supported.
int arity(const QString& name)
{
    if (name == u"replace")
        return 3;
    const bool unary =
        name == u"title" || name == u"humanize" || name == u"lower" || name == u"upper";
    return unary ? 1 : 0;
}

Result<QString> callFunction(const QString& name, const QStringList& args)
{
    const int expected = arity(name);
    if (expected == 0)
        return Error{ArchetypeTemplate::tr("the function '%1' is not supported").arg(name)};
    if (args.size() != expected)
        return Error{ArchetypeTemplate::tr("%1 takes %n argument(s)", nullptr, expected).arg(name)};
    if (name == u"replace") {
        // A chain of replaces multiplies the length; know it before making the text.
        const qsizetype count = args[1].isEmpty() ? args[0].size() + 1 : args[0].count(args[1]);
        const long long length =
            args[0].size() + (long long)count * (args[2].size() - args[1].size());
        if (length > limits::kArchetypeValueChars)
            return Error{ArchetypeTemplate::tr("the value would be longer than %1 characters "
                                               "(the limit)")
                             .arg(limits::kArchetypeValueChars)};
        return QString(args[0]).replace(args[1], args[2]);
    }
    if (name == u"title")
        return titleCase(args[0]);
    if (name == u"humanize")
        return humanize(args[0]);
    return name == u"lower" ? args[0].toLower() : args[0].toUpper();
}

Result<QString> operand(const Token& token, const ArchetypeFields& fields)
{
    if (token.kind == Token::Kind::String)
        return token.text;
    if (token.kind == Token::Kind::Field) {
        if (std::optional<QString> value = fieldValue(token.text, fields))
            return *value;
        return Error{ArchetypeTemplate::tr("the field %1 is not supported").arg(token.text)};
    }
    return Error{ArchetypeTemplate::tr("'%1' cannot be used here").arg(token.text)};
}

// One command of a pipeline; the previous command's value, if any, is its last argument.
Result<QString> command(const QList<Token>& tokens, const std::optional<QString>& piped,
                        const ArchetypeFields& fields)
{
    if (tokens.isEmpty())
        return Error{ArchetypeTemplate::tr("a pipe has nothing on one side")};
    if (tokens.first().kind != Token::Kind::Identifier) {
        if (tokens.size() > 1 || piped)
            return Error{ArchetypeTemplate::tr("only a function can take arguments")};
        return operand(tokens.first(), fields);
    }
    if (arity(tokens.first().text) == 0)
        return callFunction(tokens.first().text, {});
    QStringList args;
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        const Result<QString> value = operand(tokens[i], fields);
        if (!value)
            return value;
        args.append(value.value());
    }
    if (piped)
        args.append(*piped);
    return callFunction(tokens.first().text, args);
}

Result<QString> evaluate(QStringView action, const ArchetypeFields& fields)
{
    const Result<QList<Token>> tokens = tokenize(action);
    if (!tokens)
        return Error{tokens.errorMessage()};
    if (tokens.value().isEmpty())
        return Error{ArchetypeTemplate::tr("the action is empty")};
    std::optional<QString> value;
    QList<Token> current;
    const QList<Token>& all = tokens.value();
    for (qsizetype i = 0; i <= all.size(); ++i) {
        if (i < all.size() && all[i].kind != Token::Kind::Pipe) {
            current.append(all[i]);
            continue;
        }
        Result<QString> result = command(current, value, fields);
        if (!result)
            return result;
        value = std::move(result).value();
        current.clear();
    }
    return *value;
}

// Where an action that starts at `open` ("{{") ends: the offset of its "}}", string literals
// and comments skipped; -1 when it never closes.
qsizetype actionEnd(QStringView text, qsizetype open)
{
    qsizetype at = open + 2;
    while (at + 1 < text.size()) {
        const QChar c = text[at];
        if (c == u'}' && text[at + 1] == u'}')
            return at;
        if (c == u'/' && text[at + 1] == u'*') {
            const qsizetype close = text.indexOf(u"*/", at + 2);
            if (close < 0)
                return -1;
            at = close + 2;
        } else if (c == u'"' || c == u'`') {
            if (!readString(text, at))
                return -1;
        } else {
            ++at;
        }
    }
    return -1;
}

struct Action
{
    qsizetype start = 0; // the "{{"
    qsizetype end = 0;   // after the "}}"
    QStringView body;    // between the delimiters and their trim markers
    bool trimBefore = false;
    bool trimAfter = false;
};

Action parseAction(QStringView text, qsizetype open, qsizetype close)
{
    Action action{open, close + 2, text.sliced(open + 2, close - open - 2)};
    // A trim marker is a dash next to the delimiter with a blank on its other side.
    if (action.body.size() >= 2 && action.body[0] == u'-' && action.body[1].isSpace()) {
        action.trimBefore = true;
        action.body = action.body.sliced(1);
    }
    if (action.body.size() >= 2 && action.body.back() == u'-' &&
        action.body[action.body.size() - 2].isSpace()) {
        action.trimAfter = true;
        action.body.chop(1);
    }
    action.body = action.body.trimmed();
    return action;
}

bool isComment(QStringView body)
{
    return body.startsWith(u"/*") && body.endsWith(u"*/");
}

void trimTrailingSpace(QString& text)
{
    while (!text.isEmpty() && text.back().isSpace())
        text.chop(1);
}

qsizetype skipSpace(QStringView text, qsizetype at)
{
    while (at < text.size() && text[at].isSpace())
        ++at;
    return at;
}

} // namespace

Result<QString> ArchetypeTemplate::fill(const QString& text, const QString& origin,
                                        const ArchetypeFields& fields)
{
    const auto failure = [&](qsizetype at, QStringView shown, const QString& reason) {
        const int line = int(QStringView(text).first(at).count(u'\n')) + 1;
        // An action as long as the archetype is not repeated whole in the message.
        constexpr qsizetype kShown = 80;
        const QString action = shown.size() > kShown
                                   ? shown.first(kShown).toString() + QChar(0x2026)
                                   : shown.toString();
        return Error{
            tr("%1, line %2: cannot fill {{ %3 }}: %4.")
                .arg(QDir::toNativeSeparators(origin), QString::number(line), action, reason)};
    };
    QString out;
    qsizetype at = 0;
    bool trimNext = false;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(u"{{", at);
        const qsizetype literalEnd = open < 0 ? text.size() : open;
        const qsizetype literalStart = std::min(trimNext ? skipSpace(text, at) : at, literalEnd);
        out += QStringView(text).sliced(literalStart, literalEnd - literalStart);
        if (open < 0)
            break;
        const qsizetype close = actionEnd(text, open);
        if (close < 0)
            return failure(open, QStringView(text).sliced(open + 2).left(20).split(u'\n').first(),
                           tr("the action is not closed with }}"));
        const Action action = parseAction(text, open, close);
        if (action.trimBefore)
            trimTrailingSpace(out);
        if (!isComment(action.body)) {
            const Result<QString> value = evaluate(action.body, fields);
            if (!value)
                return failure(open, action.body, value.errorMessage());
            out += value.value();
            if (out.size() > limits::kArchetypeOutputChars)
                return failure(open, action.body,
                               tr("the post would be longer than %1 characters (the limit)")
                                   .arg(limits::kArchetypeOutputChars));
        }
        trimNext = action.trimAfter;
        at = action.end;
    }
    return out;
}

} // namespace digest
