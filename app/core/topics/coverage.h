#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace digest {

// A topic title that a post of the site already used.
struct CoveredTitle
{
    QString title;
    // The post's file name and its day (invalid when neither its name nor its front matter
    // says).
    QString post;
    QDate date;
    QStringList tokens;

    bool operator==(const CoveredTitle&) const = default;
};

// A tag of the site's posts and how many posts carry it.
struct TagCount
{
    QString tag;
    int posts = 0;

    bool operator==(const TagCount&) const = default;
};

// The titles used by the site's posts (consequence items and trending topics, from each
// post's outline), to mark the day's topics that were covered before, and each post's tags
// (the site's tag census, for completion and "new to the site"). Scanning reads hundreds
// of posts: it runs on a worker thread, and a rescan reads again only files that changed.
class CoverageIndex final
{
public:
    // Reads every post (*.md) under postsFolder, reusing what `previous` read from files whose
    // size and time have not changed. A missing folder gives an empty index. A post's day is
    // the date its file name starts with, else its front matter date in the site's time zone.
    static CoverageIndex scan(const QString& postsFolder, const CoverageIndex& previous = {},
                              const QTimeZone& siteZone = QTimeZone::utc());

    // The most alike title of a post dated before `before` (today: the post being written is
    // not an earlier one), the newest post among equals; nothing below kSameTopicSimilarity.
    std::optional<CoveredTitle> match(const QString& title, const QDate& before) const;

    // Every tag of the site's posts with the number of posts using it, most used first, then
    // by name; spellings of one term (PostTags::sameTag) counted together under the most used
    // spelling.
    QList<TagCount> tagCounts() const;
    // The same without the post at `exceptPost` (the post being edited: a tag only it uses is
    // new to the site).
    QList<TagCount> tagCounts(const QString& exceptPost) const;

    QString folder() const { return m_folder; }
    qsizetype postCount() const { return m_posts.size(); }
    qsizetype titleCount() const;

    bool operator==(const CoverageIndex&) const = default;

private:
    struct PostTitles
    {
        QDateTime modified;
        qint64 size = 0;
        QList<CoveredTitle> titles;
        // As the front matter lists them; empty when it cannot be read.
        QStringList tags;

        bool operator==(const PostTitles&) const = default;
    };

    static PostTitles readPost(const QString& path, const QTimeZone& siteZone);

    QString m_folder;
    QByteArray m_zone;
    QHash<QString, PostTitles> m_posts;
};

// The day of a post for the coverage: the date its file name starts with, else its front
// matter date in the site's time zone; invalid when neither says.
QDate coverageDayOf(const QString& fileName, const QString& text,
                    const QTimeZone& siteZone = QTimeZone::utc());

// For the proofreader's topic-covered rule: the file name of the post before `day` that
// covered a title (CoverageIndex::match), else empty; the post named `ownFileName` is never
// its own earlier post. Holds a copy of the index, so it may run on any thread.
std::function<QString(const QString& title)>
coveredByLookup(const CoverageIndex& index, const QDate& day, const QString& ownFileName);

// Where the site keeps its posts: the folder of the post path pattern inside the site, up to
// its first folder with a date placeholder ("content/posts" for "content/posts/YYYY/MM/DD.md");
// the scan reads that folder's subfolders too, so the dated ones are found. Empty without a site
// or for a pattern that names no file in it.
QString sitePostsFolder(const QString& siteFolder, const QString& postPathPattern);

} // namespace digest
