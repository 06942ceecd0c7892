#include "core/lint/lint.h"

#include "core/lint/lintrules.h"
#include "core/post/archetype.h"
#include "core/post/frontmatter.h"

#include <QRegularExpression>

#include <algorithm>

namespace digest {
namespace lint {

LineIndex::LineIndex(const QString& text)
    : m_text(text)
{
    m_starts.append(0);
    for (qsizetype at = 0; at < text.size(); ++at) {
        if (text.at(at) == u'\n')
            m_starts.append(at + 1);
    }
}

int LineIndex::lineOf(qsizetype offset) const
{
    const auto after = std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset);
    return int(after - m_starts.cbegin());
}

int LineIndex::columnOf(qsizetype offset) const
{
    return int(offset - m_starts.at(lineOf(offset) - 1)) + 1;
}

qsizetype LineIndex::offsetOf(int line, int column) const
{
    if (line < 1)
        return 0;
    if (line > m_starts.size())
        return m_text.size();
    return m_starts.at(line - 1) + column - 1;
}

const QString& LineReader::text(int line)
{
    if (line != m_line) {
        m_line = line;
        m_text = m_lines.lineText(line);
        m_utf8 = m_text.toUtf8();
        m_byteAt = 0;
        m_utf16At = 0;
    }
    return m_text;
}

qsizetype LineReader::utf16Offset(int line, int byteColumn)
{
    text(line);
    const qsizetype target = std::clamp(qsizetype(byteColumn) - 1, qsizetype(0), m_utf8.size());
    if (target < m_byteAt) {
        m_byteAt = 0;
        m_utf16At = 0;
    }
    for (; m_byteAt < target; ++m_byteAt) {
        const auto byte = uchar(m_utf8.at(m_byteAt));
        if ((byte & 0xc0) != 0x80) // a character starts here; four bytes make two UTF-16 units
            m_utf16At += byte >= 0xf0 ? 2 : 1;
    }
    return m_utf16At;
}

QString LineIndex::lineText(int line) const
{
    if (line < 1 || line > m_starts.size())
        return {};
    const qsizetype start = m_starts.at(line - 1);
    const qsizetype end = line < m_starts.size() ? m_starts.at(line) - 1 : m_text.size();
    QString result = m_text.mid(start, end - start);
    if (result.endsWith(u'\r'))
        result.chop(1);
    return result;
}

Problem& Linter::add(int line, int column, Problem::Severity severity, const QString& rule,
                     const QString& message)
{
    Problem problem;
    problem.line = line;
    problem.column = column;
    problem.severity = severity;
    problem.rule = rule;
    problem.message = message;
    problems.append(problem);
    return problems.last();
}

Problem& Linter::addToLineEnd(int line, int column, Problem::Severity severity, const QString& rule,
                              const QString& message)
{
    Problem& problem = add(line, column, severity, rule, message);
    problem.length = std::max(0, int(lines.lineText(line).size()) - column + 1);
    return problem;
}

int Linter::keyLine(const QString& key) const
{
    const int first = lines.lineOf(split.contentOffset);
    QString pattern;
    switch (split.format) {
    case FrontMatterSplit::Format::Yaml:
        pattern = QStringLiteral("^%1\\s*:");
        break;
    case FrontMatterSplit::Format::Toml:
        pattern = QStringLiteral("^%1\\s*=");
        break;
    case FrontMatterSplit::Format::Json:
        pattern = QStringLiteral("^\\s*\"%1\"\\s*:");
        break;
    case FrontMatterSplit::Format::None:
        return 1;
    }
    const QRegularExpression expression(pattern.arg(QRegularExpression::escape(key)),
                                        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = expression.match(split.content);
    return match.hasMatch() ? lines.lineOf(split.contentOffset + match.capturedStart()) : first;
}

TextEdit editBetween(const QString& before, const QString& after)
{
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(before.size(), after.size());
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix &&
           before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    return TextEdit{int(prefix), int(before.size() - prefix - suffix),
                    after.mid(prefix, after.size() - prefix - suffix)};
}

} // namespace lint

QList<Problem> lintPost(const QString& text, const LintContext& context)
{
    lint::Linter linter{text, context, splitFrontMatter(text), lint::LineIndex(text), {}};
    lint::checkFrontMatter(linter);
    lint::checkBody(linter);
    lint::checkGeneratedText(linter);
    lint::checkSpelling(linter);
    std::stable_sort(linter.problems.begin(), linter.problems.end(),
                     [](const Problem& a, const Problem& b) {
                         return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                     });
    return linter.problems;
}

QString noticeLineOf(const QString& archetypeText)
{
    const FrontMatterSplit split = splitFrontMatter(archetypeText);
    const QStringList lines = archetypeText.mid(split.bodyOffset).split(u'\n');
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.startsWith(u'>'))
            return line;
    }
    return {};
}

Result<QString> siteNotice(const QString& siteFolder, const QString& section)
{
    const Result<Archetype> archetype = Archetype::find(siteFolder, section);
    if (!archetype)
        return Error{archetype.errorMessage()};
    return archetype.value().isBuiltIn() ? QString() : noticeLineOf(archetype.value().text());
}

QStringList lintRuleIds()
{
    return {QStringLiteral("front-matter"),    QStringLiteral("required-field"),
            QStringLiteral("disclaimer"),      QStringLiteral("tags-empty"),
            QStringLiteral("tags-duplicate"),  QStringLiteral("model-tag"),
            QStringLiteral("date-zone"),       QStringLiteral("date-future"),
            QStringLiteral("date-filename"),   QStringLiteral("draft-on"),
            QStringLiteral("empty-slot"),      QStringLiteral("raw-html"),
            QStringLiteral("markdown-limit"),  QStringLiteral("slot-incomplete"),
            QStringLiteral("slot-unfinished"), QStringLiteral("topic-covered"),
            QStringLiteral("spelling")};
}

} // namespace digest
