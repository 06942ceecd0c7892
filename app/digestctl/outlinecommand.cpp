#include "command.h"
#include "core/outline/outline.h"
#include "core/outline/outlinejson.h"
#include "core/post/postfile.h"
#include "output.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace digest::cli {
namespace {

// Texts are whole paragraphs; a readable outline shows their start.
constexpr qsizetype kTextWidth = 90;

QString elided(const QString& text)
{
    return text.size() <= kTextWidth ? text : text.first(kTextWidth - 1) + u'…';
}

QString at(const SourceRange& range)
{
    return range.isValid() ? Tr::tr("line %1").arg(range.startLine) : Tr::tr("nowhere");
}

QString slotLine(const QString& label, const Slot& slot)
{
    if (!slot.present)
        return QStringLiteral("     %1: %2\n").arg(label, Tr::tr("(missing)"));
    const QString text = slot.text.isEmpty() ? Tr::tr("(empty)") : elided(slot.text);
    return QStringLiteral("     %1 (%2): %3\n").arg(label, at(slot.range), text);
}

QString sectionText(const Outline& outline, const Section& section)
{
    const auto inside = [&section](const SourceRange& range) {
        return range.startLine >= section.range.startLine &&
               range.startLine <= section.range.endLine;
    };
    QString text = QStringLiteral("## %1  (%2)\n").arg(section.heading, at(section.range));
    int number = 0;
    for (const ConsequenceItem& item : outline.consequences) {
        if (section.kind != Section::Kind::Consequences || !inside(item.range))
            continue;
        text += QStringLiteral("  %1. %2  (%3)\n").arg(++number).arg(item.title, at(item.range));
        text += slotLine(Tr::tr("Benefits"), item.benefits);
        text += slotLine(Tr::tr("Ramifications"), item.ramifications);
    }
    for (const TrendingTopic& topic : outline.trending) {
        if (section.kind == Section::Kind::Trending && inside(topic.range))
            text += QStringLiteral("  - %1  (%2)\n").arg(elided(topic.title), at(topic.range));
    }
    for (const Prediction& prediction : outline.predictions) {
        if (section.kind != Section::Kind::Predictions || !inside(prediction.range))
            continue;
        const QString when = prediction.when.isEmpty() ? Tr::tr("no date") : prediction.when;
        text +=
            QStringLiteral("  - %1 (%2)  (%3)\n").arg(prediction.event, when, at(prediction.range));
        text += QStringLiteral("     %1\n").arg(elided(prediction.text));
    }
    return text;
}

QString outlineText(const Outline& outline)
{
    if (outline.sections.isEmpty())
        return Tr::tr("The post has no sections.") + u'\n';
    QString text;
    for (const Section& section : outline.sections)
        text += sectionText(outline, section);
    return text;
}

} // namespace

int outlineCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Print the outline of a post: its sections, each consequence with its Benefits "
               "and Ramifications, the trending topics and the predictions, with the lines "
               "where they are."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  Tr::tr("Print the outline as JSON, with the exact ranges."));
    parser.addOption(json);
    PostArgument post;
    if (const int code = parsePostCommandLine(parser, arguments, QStringLiteral("outline"), post);
        code >= 0)
        return code;
    const Outline outline = parseOutline(post.text);
    if (parser.isSet(json))
        print(stdout, QString::fromUtf8(QJsonDocument(outlineToJson(outline)).toJson()));
    else
        print(stdout, outlineText(outline));
    return Success;
}

} // namespace digest::cli
