// The rules that read the front matter: whether Hugo can read it, and what its values say.
#include "core/lint/lintrules.h"
#include "core/post/archetype.h"
#include "core/post/post.h"
#include "core/post/yamlforhugo.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace digest::lint {
namespace {

using Severity = Problem::Severity;

// What yaml-cpp reads but Hugo's YAML parser rejects (YamlForHugo), each where it is; the
// front matter reader refuses such a post with the first of them only.
bool checkYamlForHugo(Linter& linter)
{
    const int first = linter.lines.lineOf(linter.split.contentOffset);
    const QList<YamlForHugoProblem> problems = YamlForHugo::problems(linter.split.content);
    for (const YamlForHugoProblem& problem : problems)
        linter.add(first + problem.line, problem.column + 1, Severity::Error,
                   QStringLiteral("front-matter"), problem.message);
    return !problems.isEmpty();
}

// The file line an error message of the front matter reader names, else the first line.
int errorLine(const QString& message)
{
    static const QRegularExpression number(QStringLiteral(R"(\b(\d+)\b)"));
    const QRegularExpressionMatch match = number.match(message);
    return match.hasMatch() ? match.captured(1).toInt() : 1;
}

void checkTags(Linter& linter, const Post& post, const FrontMatterValues& values)
{
    const QStringList tags = values.tags();
    const int line = linter.keyLine(QStringLiteral("tags"));
    if (values.keys.contains(QStringLiteral("tags")) && tags.isEmpty())
        linter.addToLineEnd(line, 1, Severity::Error, QStringLiteral("tags-empty"),
                            Tr::tr("The post has no tags."));
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (tags.at(i).trimmed().isEmpty()) {
            linter.addToLineEnd(line, 1, Severity::Error, QStringLiteral("tags-empty"),
                                Tr::tr("Tag %1 is empty.").arg(i + 1));
        }
    }
    // Hugo files tags under their lower-case form, so "AI" and "ai" are one tag.
    // Each fix rewrites the front matter: only the first few get one, so that a list of
    // thousands of repeats is not rewritten thousands of times (a 40 KB post hung the lint).
    constexpr int kMostFixes = 20;
    int fixes = 0;
    QHash<QString, int> seen; // how often each spelling came so far
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString& tag = tags.at(i);
        if (++seen[tag.toLower()] == 2) {
            Problem& problem =
                linter.add(line, 1, Severity::Error, QStringLiteral("tags-duplicate"),
                           Tr::tr("The tag \"%1\" is there twice.").arg(tag));
            // On a one-line list the second one is the last of its spelling on the line.
            if (const qsizetype at = linter.lines.lineText(line).lastIndexOf(tag); at >= 0) {
                problem.column = int(at) + 1;
                problem.length = int(tag.size());
            }
            if (++fixes > kMostFixes)
                continue;
            QStringList without = tags;
            without.removeAt(i);
            if (Post fixed = post; fixed.setFrontMatterValue(QStringLiteral("tags"), without)) {
                problem.fix = editBetween(linter.text, fixed.toText());
                problem.fixLabel = Tr::tr("Remove the second \"%1\"").arg(tag);
            }
        }
    }
    const QString& model = linter.context.model;
    if (model.isEmpty() || tags.contains(model))
        return;
    // The archetype's third tag is the model's name (see Archetype and the drafter's tag).
    constexpr qsizetype kModelIndex = 2;
    QStringList fixedTags = tags;
    if (fixedTags.size() > kModelIndex && Archetype::isModelName(fixedTags.at(kModelIndex)))
        fixedTags[kModelIndex] = model;
    else
        fixedTags.insert(std::min(kModelIndex, fixedTags.size()), model);
    Problem& problem = linter.addToLineEnd(line, 1, Severity::Error, QStringLiteral("model-tag"),
                                           Tr::tr("No tag names the model %1.").arg(model));
    if (Post fixed = post; fixed.setFrontMatterValue(QStringLiteral("tags"), fixedTags)) {
        problem.fix = editBetween(linter.text, fixed.toText());
        problem.fixLabel = Tr::tr("Tag the post with %1").arg(model);
    }
}

void checkDate(Linter& linter, const FrontMatterValues& values)
{
    const PostDate date = values.date();
    const int line = linter.keyLine(QStringLiteral("date"));
    if (!date.value.isValid())
        return;
    const LintContext& context = linter.context;
    // Hugo reads a date without a zone in the site's time zone.
    const QDateTime instant =
        date.hasZone ? date.value
                     : QDateTime(date.value.date(), date.value.time(), context.siteZone);
    if (!date.hasZone)
        linter.addToLineEnd(
            line, 1, Severity::Warning, QStringLiteral("date-zone"),
            Tr::tr("The date has no time zone (Z or an offset such as +00:00); Hugo "
                   "reads it in the site's."));
    if (context.now.isValid() && instant > context.now)
        linter.addToLineEnd(line, 1, Severity::Error, QStringLiteral("date-future"),
                            Tr::tr("The date %1 is in the future; Hugo does not publish the post "
                                   "before then.")
                                .arg(date.text));
    static const QRegularExpression dayPrefix(QStringLiteral(R"(^(\d{4}-\d{2}-\d{2})-)"));
    const QRegularExpressionMatch match = dayPrefix.match(QFileInfo(context.fileName).fileName());
    const QDate fileDay =
        match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
    const QDate day = instant.toTimeZone(context.siteZone).date();
    if (fileDay.isValid() && fileDay != day)
        linter.addToLineEnd(line, 1, Severity::Warning, QStringLiteral("date-filename"),
                            Tr::tr("The file name says %1 but the date is on %2 in the site's time "
                                   "zone.")
                                .arg(fileDay.toString(Qt::ISODate), day.toString(Qt::ISODate)));
}

} // namespace

void checkFrontMatter(Linter& linter)
{
    const FrontMatterSplit& split = linter.split;
    if (split.format == FrontMatterSplit::Format::None) {
        linter.add(1, 1, Severity::Error, QStringLiteral("front-matter"),
                   Tr::tr("The post has no front matter."));
        return;
    }
    if (split.unterminated) {
        linter.add(1, 1, Severity::Error, QStringLiteral("front-matter"),
                   Tr::tr("The front matter is never closed."));
        return;
    }
    if (split.format == FrontMatterSplit::Format::Yaml && checkYamlForHugo(linter))
        return;
    const Post post = Post::fromText(linter.text);
    const Result<FrontMatterValues> read = post.frontMatter();
    if (!read) {
        const bool hasLine = split.format != FrontMatterSplit::Format::Json;
        linter.add(hasLine ? errorLine(read.errorMessage()) : linter.keyLine(QString()), 1,
                   Severity::Error, QStringLiteral("front-matter"), read.errorMessage());
        return;
    }
    const FrontMatterValues& values = read.value();
    const int first = linter.lines.lineOf(split.contentOffset);
    for (const char* key : {"title", "date", "draft", "tags"}) {
        if (!values.keys.contains(QLatin1String(key)))
            linter.add(first, 1, Severity::Error, QStringLiteral("required-field"),
                       Tr::tr("The front matter has no %1.").arg(QLatin1String(key)));
    }
    if (values.draft())
        linter.addToLineEnd(linter.keyLine(QStringLiteral("draft")), 1, Severity::Warning,
                            QStringLiteral("draft-on"),
                            Tr::tr("The post is a draft; Hugo does not publish it."));
    checkTags(linter, post, values);
    checkDate(linter, values);
}

} // namespace digest::lint
