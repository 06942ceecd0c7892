#include "core/outline/outlinejson.h"

#include <QJsonArray>

namespace digest {
namespace {

QJsonValue toJson(const SourceRange& range)
{
    if (!range.isValid())
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("startLine"), range.startLine},
                       {QStringLiteral("startColumn"), range.startColumn},
                       {QStringLiteral("endLine"), range.endLine},
                       {QStringLiteral("endColumn"), range.endColumn}};
}

QJsonObject toJson(const Slot& slot)
{
    return {{QStringLiteral("text"), slot.text},
            {QStringLiteral("present"), slot.present},
            {QStringLiteral("range"), toJson(slot.range)},
            {QStringLiteral("labelRange"), toJson(slot.labelRange)}};
}

QJsonObject toJson(const Section& section)
{
    return {{QStringLiteral("kind"), sectionKindName(section.kind)},
            {QStringLiteral("heading"), section.heading},
            {QStringLiteral("range"), toJson(section.range)}};
}

QJsonObject toJson(const ConsequenceItem& item)
{
    return {{QStringLiteral("title"), item.title},
            {QStringLiteral("titleRange"), toJson(item.titleRange)},
            {QStringLiteral("benefits"), toJson(item.benefits)},
            {QStringLiteral("ramifications"), toJson(item.ramifications)},
            {QStringLiteral("range"), toJson(item.range)}};
}

QJsonObject toJson(const TrendingTopic& topic)
{
    return {{QStringLiteral("title"), topic.title}, {QStringLiteral("range"), toJson(topic.range)}};
}

QJsonObject toJson(const Prediction& prediction)
{
    return {{QStringLiteral("event"), prediction.event},
            {QStringLiteral("eventRange"), toJson(prediction.eventRange)},
            {QStringLiteral("when"), prediction.when},
            {QStringLiteral("text"), prediction.text},
            {QStringLiteral("textRange"), toJson(prediction.textRange)},
            {QStringLiteral("range"), toJson(prediction.range)}};
}

template <typename T> QJsonArray toJson(const QList<T>& values)
{
    QJsonArray array;
    for (const T& value : values)
        array.append(toJson(value));
    return array;
}

} // namespace

QJsonObject outlineToJson(const Outline& outline)
{
    return {{QStringLiteral("sections"), toJson(outline.sections)},
            {QStringLiteral("consequences"), toJson(outline.consequences)},
            {QStringLiteral("trending"), toJson(outline.trending)},
            {QStringLiteral("predictions"), toJson(outline.predictions)}};
}

} // namespace digest
