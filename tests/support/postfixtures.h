#pragma once

// The sample daily post the proofreading and publishing tests start from: one builder, so that
// every test's post is the same text byte for byte unless the test says how it differs (lines
// and columns in their assertions depend on it).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace digest::test {

// One numbered item of "Possible consequences of current developments".
struct SampleItem
{
    QString title;
    QString benefit;
    QString ramification;
};

// The site's notice line, as the canonical format has it.
QString sampleNotice();
// "Open weights model tops a benchmark" and "Chip export rules tighten".
SampleItem openWeightsItem();
SampleItem chipExportItem();

struct SamplePost
{
    QString draft = QStringLiteral("false");
    QString author = QStringLiteral("Blog Agent"); // no author line when empty
    QStringList tags = {QStringLiteral("daily ai summary"), QStringLiteral("automated content"),
                        QStringLiteral("gpt-4o-mini")};
    QStringList extraFrontMatter; // lines after the tags, e.g. "showToc: true"
    QString notice = sampleNotice();
    QList<SampleItem> items = {openWeightsItem()};
    QString after; // the text after the last item (further sections)

    // The post with "\n" line endings, ending in a newline.
    QString text() const;
    QByteArray bytes() const { return text().toUtf8(); }
};

} // namespace digest::test
