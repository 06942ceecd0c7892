#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace digest::test {

// A file of tests/fixtures, as bytes; empty when it is missing.
QByteArray fixture(const QString& relativePath);

// Writes content/posts/<date>-ai-auto-summary.md into the site folder: a post in the site's
// format whose consequence items and trending topics have these titles.
QString writeSitePost(const QString& siteFolder, const QDate& date, const QStringList& consequences,
                      const QStringList& trending);
// The same post at a path of its own, relative to the site folder (its folders are made).
QString writeSitePostAt(const QString& siteFolder, const QString& relativePath, const QDate& date,
                        const QStringList& consequences, const QStringList& trending);

// The topics `digestctl topics --json` marked covered, each as "DAY TITLE" (the day of the post
// that covered it).
QStringList coveredTopics(const QString& json);

} // namespace digest::test
