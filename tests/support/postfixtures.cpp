#include "postfixtures.h"

using namespace Qt::StringLiterals;

namespace digest::test {

QString sampleNotice()
{
    return u"> *Notice:* This post has been automatically generated and does not reflect the "
           u"views of the site owner, nor does it claim to be accurate."_s;
}

SampleItem openWeightsItem()
{
    return {u"Open weights model tops a benchmark"_s, u"Researchers can study it closely."_s,
            u"Misuse becomes easier."_s};
}

SampleItem chipExportItem()
{
    return {u"Chip export rules tighten"_s, u"Supply chains diversify."_s,
            u"Prices rise for everyone."_s};
}

QString SamplePost::text() const
{
    QStringList quoted;
    for (const QString& tag : tags)
        quoted.append(u'"' + tag + u'"');
    QString out = u"---\ntitle: \"[Daily Automated AI Summary]\"\ndate: 2025-06-10T05:36:31Z\n"_s;
    out += u"draft: "_s + draft + u'\n';
    if (!author.isEmpty())
        out += u"author: \""_s + author + u"\"\n"_s;
    out += u"tags: ["_s + quoted.join(u", "_s) + u"]\n"_s;
    for (const QString& line : extraFrontMatter)
        out += line + u'\n';
    out += u"---\n"_s + notice + u"\n\n## Possible consequences of current developments\n"_s;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const SampleItem& item = items.at(i);
        out +=
            u"\n%1. **%2**\n\n   - *Benefits:*\n     %3\n\n   - *Ramifications:*\n     %4\n"_s.arg(
                QString::number(i + 1), item.title, item.benefit, item.ramification);
    }
    return out + after;
}

} // namespace digest::test
