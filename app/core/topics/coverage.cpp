#include "core/topics/coverage.h"

#include "core/outline/outline.h"
#include "core/post/frontmattervalues.h"
#include "core/post/newpost.h"
#include "core/post/pathpattern.h"
#include "core/post/postday.h"
#include "core/post/postfile.h"
#include "core/post/posttags.h"
#include "core/topics/titlematch.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace digest {

QDate coverageDayOf(const QString& fileName, const QString& text, const QTimeZone& siteZone)
{
    static const QRegularExpression namePrefix(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})"));
    if (const QRegularExpressionMatch name = namePrefix.match(fileName); name.hasMatch())
        return QDate::fromString(name.captured(1), Qt::ISODate);
    // A date and time with its zone belongs to the site's day it falls on (a post dated
    // 23:30Z is the next day's in Berlin); a bare date or a time without a zone is the site's
    // already, as Hugo reads it.
    static const QRegularExpression frontMatterDate(
        QStringLiteral(
            "^\\s*\"?date\"?\\s*[:=]\\s*[\"']?(\\d{4}-\\d{2}-\\d{2})"
            "([Tt ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}:?\\d{2}))?"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match =
        frontMatterDate.match(QStringView(text).first(std::min<qsizetype>(text.size(), 4000)));
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    if (match.capturedLength(2) == 0)
        return date;
    const QDateTime moment = QDateTime::fromString(
        match.captured(1) + match.captured(2).replace(u' ', u'T'), Qt::ISODateWithMs);
    return moment.isValid() ? postDay(moment, siteZone) : date;
}

CoverageIndex::PostTitles CoverageIndex::readPost(const QString& path, const QTimeZone& siteZone)
{
    const QFileInfo info(path);
    PostTitles post{info.lastModified(), info.size(), {}, {}};
    const Result<QString> text = PostFile::read(path);
    if (!text)
        return post;
    if (const Result<FrontMatterValues> values =
            FrontMatterReader::read(splitFrontMatter(text.value())))
        post.tags = values.value().tags();
    const Outline outline = parseOutline(text.value());
    const QDate date = coverageDayOf(info.fileName(), text.value(), siteZone);
    const auto add = [&](const QString& title) {
        if (!title.trimmed().isEmpty())
            post.titles.append({title, info.fileName(), date, titleTokens(title)});
    };
    for (const ConsequenceItem& item : outline.consequences)
        add(item.title);
    for (const TrendingTopic& topic : outline.trending)
        add(topic.title);
    return post;
}

CoverageIndex CoverageIndex::scan(const QString& postsFolder, const CoverageIndex& previous,
                                  const QTimeZone& siteZone)
{
    CoverageIndex index;
    index.m_folder = postsFolder;
    index.m_zone = siteZone.id();
    // Days read in another zone may differ: read every post again.
    const bool reuse = previous.m_zone == index.m_zone;
    if (postsFolder.isEmpty())
        return index;
    QDirIterator files(postsFolder, {QStringLiteral("*.md")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        const QFileInfo info = files.fileInfo();
        const auto known = previous.m_posts.constFind(path);
        if (reuse && known != previous.m_posts.cend() && known->modified == info.lastModified() &&
            known->size == info.size())
            index.m_posts.insert(path, *known);
        else
            index.m_posts.insert(path, readPost(path, siteZone));
    }
    return index;
}

std::optional<CoveredTitle> CoverageIndex::match(const QString& title, const QDate& before) const
{
    const QStringList tokens = titleTokens(title);
    const CoveredTitle* best = nullptr;
    double bestSimilarity = kSameTopicSimilarity;
    for (const PostTitles& post : m_posts) {
        for (const CoveredTitle& covered : post.titles) {
            if (covered.date.isValid() && before.isValid() && covered.date >= before)
                continue;
            const double similarity = titleSimilarity(tokens, covered.tokens);
            const bool newer = best && similarity == bestSimilarity && covered.date > best->date;
            if (similarity > bestSimilarity || (similarity >= bestSimilarity && !best) || newer) {
                best = &covered;
                bestSimilarity = similarity;
            }
        }
    }
    return best ? std::optional(*best) : std::nullopt;
}

qsizetype CoverageIndex::titleCount() const
{
    qsizetype count = 0;
    for (const PostTitles& post : m_posts)
        count += post.titles.size();
    return count;
}

QList<TagCount> CoverageIndex::tagCounts() const
{
    return tagCounts(QString());
}

QList<TagCount> CoverageIndex::tagCounts(const QString& exceptPost) const
{
    // The scan's paths are the folder's joined with each name; the open post's path may be
    // spelt otherwise (a relative or unclean path, a link to it).
    QString except = exceptPost.isEmpty() ? QString() : QFileInfo(exceptPost).absoluteFilePath();
    if (!except.isEmpty() && !m_posts.contains(except))
        except = QFileInfo(exceptPost).canonicalFilePath();
    // One entry per term. The key folds case as PostTags::sameTag compares (trimmed, case
    // folded), so one hash lookup finds the term whatever its spelling.
    struct Term
    {
        int posts = 0;
        QHash<QString, int> spellings; // how many posts write it so
    };
    QHash<QString, Term> terms;
    for (auto post = m_posts.cbegin(); post != m_posts.cend(); ++post) {
        if (!except.isEmpty() && post.key() == except)
            continue;
        QStringList seen; // a post tagged "GPT" and "gpt" uses the term once
        for (const QString& tag : post->tags) {
            const QString spelling = tag.trimmed();
            if (spelling.isEmpty() || PostTags::indexOf(seen, spelling) >= 0)
                continue;
            seen.append(spelling);
            Term& term = terms[spelling.toCaseFolded()];
            ++term.posts;
            ++term.spellings[spelling];
        }
    }
    QList<TagCount> counts;
    counts.reserve(terms.size());
    for (const Term& term : std::as_const(terms)) {
        QString best;
        int bestPosts = 0;
        for (auto spelling = term.spellings.cbegin(); spelling != term.spellings.cend();
             ++spelling) {
            // The most used spelling; among equals the first by name, so the choice is stable.
            if (spelling.value() > bestPosts ||
                (spelling.value() == bestPosts && spelling.key() < best)) {
                best = spelling.key();
                bestPosts = spelling.value();
            }
        }
        counts.append({best, term.posts});
    }
    std::sort(counts.begin(), counts.end(), [](const TagCount& a, const TagCount& b) {
        if (a.posts != b.posts)
            return a.posts > b.posts;
        const int byName = a.tag.compare(b.tag, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.tag < b.tag;
    });
    return counts;
}

std::function<QString(const QString&)> coveredByLookup(const CoverageIndex& index, const QDate& day,
                                                       const QString& ownFileName)
{
    const QString own = QFileInfo(ownFileName).fileName();
    return [index, day, own](const QString& title) {
        const std::optional<CoveredTitle> covered = index.match(title, day);
        return covered && covered->post != own ? covered->post : QString();
    };
}

QString sitePostsFolder(const QString& siteFolder, const QString& postPathPattern)
{
    // A pattern that names no file inside the site (absolute, or above it) has no posts there.
    if (siteFolder.isEmpty() || !NewPost::pathFor(postPathPattern, QDate(2000, 1, 1)))
        return QString();
    const QString folder = PathPattern::fixedFolder(postPathPattern);
    return folder.isEmpty() ? QDir::cleanPath(siteFolder) : QDir(siteFolder).filePath(folder);
}

} // namespace digest
