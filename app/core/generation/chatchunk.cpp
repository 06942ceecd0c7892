#include "core/generation/chatchunk.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

namespace digest {

namespace {

qint64 tokenCount(const QJsonValue& value)
{
    return value.isDouble() ? value.toInteger(-1) : -1;
}

// What an "error" member says, for people: its message, else its code. Empty when there is no
// error (absent or null).
QString errorMessage(const QJsonValue& error)
{
    if (error.isUndefined() || error.isNull())
        return {};
    if (error.isString() && !error.toString().trimmed().isEmpty())
        return error.toString().trimmed();
    if (error.isObject()) {
        const QJsonObject object = error.toObject();
        const QString message = object.value(QLatin1String("message")).toString().trimmed();
        if (!message.isEmpty())
            return message;
        const QJsonValue code = object.value(QLatin1String("code"));
        if (code.isString() && !code.toString().isEmpty())
            return code.toString();
        if (code.isDouble())
            return QString::number(code.toInteger());
    }
    // An error that says nothing is still an error: the slot fails instead of taking the text.
    return QCoreApplication::translate("digest::ChatChunk",
                                       "The server reported an error without a message.");
}

// A text, or a list of parts ({"type":"text","text":...}) as some servers send it; parts of
// type "thinking" or "reasoning" go to reasoning.
void readContent(const QJsonValue& value, QString* content, QString* reasoning)
{
    if (value.isString()) {
        content->append(value.toString());
        return;
    }
    const QJsonArray parts = value.toArray();
    for (const QJsonValue& part : parts) {
        if (part.isString()) {
            content->append(part.toString());
            continue;
        }
        const QJsonObject object = part.toObject();
        const QString type = object.value(QLatin1String("type")).toString();
        if (type == QLatin1String("thinking") || type == QLatin1String("reasoning")) {
            const QJsonValue text = object.value(QLatin1String("thinking"));
            reasoning->append(text.isString() ? text.toString()
                                              : object.value(QLatin1String("text")).toString());
        } else if (type.isEmpty() || type == QLatin1String("text")) {
            content->append(object.value(QLatin1String("text")).toString());
        }
    }
}

// Streamed chunks carry "delta", whole answers "message"; a server that mixes them up is read
// anyway, as is the legacy completions' "text".
ChatChunk parseObject(const QJsonObject& root, QLatin1String messageKey, QLatin1String otherKey)
{
    ChatChunk chunk;
    const QJsonValue usage = root.value(QLatin1String("usage"));
    if (usage.isObject()) {
        const QJsonObject counts = usage.toObject();
        chunk.usage = TokenUsage{tokenCount(counts.value(QLatin1String("prompt_tokens"))),
                                 tokenCount(counts.value(QLatin1String("completion_tokens")))};
    }
    const QJsonValue choices = root.value(QLatin1String("choices"));
    QJsonObject choice;
    if (choices.isArray()) {
        const QJsonArray list = choices.toArray();
        for (const QJsonValue& entry : list) {
            const QJsonObject object = entry.toObject();
            const QJsonValue index = object.value(QLatin1String("index"));
            if (index.isUndefined() || index.toInteger(-1) == 0) {
                choice = object;
                break;
            }
        }
    }
    const QString finish = choice.value(QLatin1String("finish_reason")).toString();
    chunk.finishReason = finish;

    chunk.error = errorMessage(root.value(QLatin1String("error")));
    if (!chunk.error.isEmpty())
        return chunk; // whatever text rides along with an error is not for the post
    if (!choices.isArray() && !usage.isObject()) {
        chunk.malformed = true;
        return chunk;
    }

    QJsonValue message = choice.value(messageKey);
    if (!message.isObject())
        message = choice.value(otherKey);
    const QJsonObject fields = message.toObject();
    readContent(fields.value(QLatin1String("content")), &chunk.content, &chunk.reasoning);
    if (!message.isObject())
        readContent(choice.value(QLatin1String("text")), &chunk.content, &chunk.reasoning);
    for (const char* key : {"reasoning_content", "reasoning"}) {
        const QString reasoning = fields.value(QLatin1String(key)).toString();
        if (!reasoning.isEmpty()) {
            chunk.reasoning.append(reasoning);
            break; // servers that send both send the same text twice
        }
    }
    return chunk;
}

ChatChunk parse(const QByteArray& bytes, QLatin1String messageKey, QLatin1String otherKey)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        ChatChunk chunk;
        chunk.malformed = true;
        return chunk;
    }
    return parseObject(document.object(), messageKey, otherKey);
}

} // namespace

ChatChunk parseChatChunk(const QByteArray& data)
{
    if (data.trimmed() == "[DONE]") {
        ChatChunk chunk;
        chunk.done = true;
        return chunk;
    }
    return parse(data, QLatin1String("delta"), QLatin1String("message"));
}

ChatChunk parseChatCompletion(const QByteArray& body)
{
    return parse(body, QLatin1String("message"), QLatin1String("delta"));
}

} // namespace digest
