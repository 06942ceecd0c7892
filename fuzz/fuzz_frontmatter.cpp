// Fuzzes the front matter: the split into front matter and body, the reader of each format
// (yaml-cpp, toml++, QJsonDocument) and the editor that rewrites one value in place.
//
// Checked beyond "no crash": a post read and written back unedited is the same text (Post's
// promise), and an edit the editor accepts reads back.
#include "core/post/frontmattereditor.h"
#include "core/post/post.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

// The kinds of values the application writes: a title, the date, draft, tags, a nested key.
QList<std::pair<QString, QVariant>> edits()
{
    static const QList<std::pair<QString, QVariant>> list{
        {QStringLiteral("title"), QStringLiteral("A \"quoted\" title: with # and 'quotes'\n")},
        {QStringLiteral("date"),
         QDateTime(QDate(2026, 3, 1), QTime(6, 0), QTimeZone(QByteArrayLiteral("UTC")))},
        {QStringLiteral("draft"), true},
        {QStringLiteral("tags"), QStringList{QStringLiteral("AI"), QStringLiteral("x: y")}},
        {QStringLiteral("cover.alt"), QStringLiteral("alt")},
        {QStringLiteral("weight"), 42},
    };
    return list;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const digest::Post post = digest::Post::fromText(text);
    if (post.toText() != text)
        std::abort(); // a post written back unedited must be its file, to the byte
    const auto values = post.frontMatter();
    if (!values.ok())
        return 0;
    (void)values.value().title();
    (void)values.value().date();
    (void)values.value().tags();
    (void)values.value().cover();

    // One edit per input, chosen by its size, so that a reproducer replays the same edit.
    const auto list = edits();
    const auto& [path, value] = list.at(static_cast<qsizetype>(size % list.size()));
    digest::Post edited = post;
    const auto status = edited.setFrontMatterValue(path, value);
    if (status.ok() && !edited.frontMatter().ok())
        std::abort(); // the editor promises that what it wrote reads back
    return 0;
}
