#include "topicfixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace digest::test {

QByteArray fixture(const QString& relativePath)
{
    QFile file(QStringLiteral(DIGEST_FIXTURES_DIR "/") + relativePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString writeSitePost(const QString& siteFolder, const QDate& date, const QStringList& consequences,
                      const QStringList& trending)
{
    return writeSitePostAt(
        siteFolder,
        QStringLiteral("content/posts/%1-ai-auto-summary.md").arg(date.toString(Qt::ISODate)), date,
        consequences, trending);
}

QString writeSitePostAt(const QString& siteFolder, const QString& relativePath, const QDate& date,
                        const QStringList& consequences, const QStringList& trending)
{
    const QString day = date.toString(Qt::ISODate);
    QString text = QStringLiteral("---\ntitle: \"[Daily Automated AI Summary]\"\n"
                                  "date: %1T05:30:00Z\ndraft: false\n---\n"
                                  "> *Notice:* This post has been automatically generated.\n\n"
                                  "## Possible consequences of current developments\n\n")
                       .arg(day);
    int number = 0;
    for (const QString& title : consequences)
        text += QStringLiteral("%1. **%2**\n\n   - *Benefits:*  \n     Good things.\n\n"
                               "   - *Ramifications:*  \n     Bad things.\n\n")
                    .arg(++number)
                    .arg(title);
    text += QStringLiteral("## Currently trending topics\n\n");
    for (const QString& title : trending)
        text += QStringLiteral("- %1\n").arg(title);
    text += QStringLiteral("\n## GPT predicts future events\n\n- **Something** (March 2031)  \n"
                           "  A paragraph.\n");
    const QString path = QDir(siteFolder).filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(text.toUtf8());
    return path;
}

QStringList coveredTopics(const QString& json)
{
    QStringList covered;
    for (const QJsonValue topic : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject object = topic.toObject();
        if (object.value(u"covered").toBool())
            covered << object.value(u"coveredOn").toString() + u' ' +
                           object.value(u"title").toString();
    }
    return covered;
}

} // namespace digest::test
