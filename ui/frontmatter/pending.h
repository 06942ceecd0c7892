#pragma once

// PLACEHOLDER, deleted once h12-tags ("TagChipsEdit ready") is merged: stand-ins with the APIs
// declared in i12-shared.md, so that the panel builds against them meanwhile. Nothing here is the
// real logic.

#include "core/lint/lint.h"
#include "core/post/archetype.h"
#include "core/post/frontmattervalues.h"
#include "core/util/textedit.h"
#include "desk/desk.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QTimeZone>

#include <optional>

namespace digest {

struct TagCount
{
    QString tag;
    int posts = 0;
    bool operator==(const TagCount&) const = default;
};

struct PostNotice
{
    int line = 0;
    QString text;
};

inline PostNotice noticeOfPost(const QString& postText)
{
    const FrontMatterSplit split = splitFrontMatter(postText);
    const QStringList lines = postText.mid(split.bodyOffset).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).startsWith(u'>'))
            return {split.bodyFirstLine + int(i) + 1, lines.at(i)};
    }
    return {};
}

inline std::optional<TextEdit> restoreNoticeEdit(const QString& postText, const QString& siteNotice)
{
    const FrontMatterSplit split = splitFrontMatter(postText);
    if (split.format == FrontMatterSplit::Format::None || split.unterminated)
        return std::nullopt;
    const PostNotice notice = noticeOfPost(postText);
    if (notice.text == siteNotice)
        return std::nullopt;
    if (notice.line == 0)
        return TextEdit{int(split.bodyOffset), 0, siteNotice + u'\n'};
    const int at = int(postText.indexOf(notice.text, split.bodyOffset));
    return TextEdit{at, int(notice.text.size()), siteNotice};
}

inline QString pendingSiteNoticeLine(const Desk& desk)
{
    const QString site = desk.lintContext().disclaimer;
    return site.isEmpty() ? noticeLineOf(Archetype::builtIn().text()) : site;
}

inline QList<TagCount> pendingSiteTags(const Desk&)
{
    return {};
}

} // namespace digest

namespace digest::ui {

class TagChipsEdit : public QWidget
{
    Q_OBJECT

public:
    explicit TagChipsEdit(QWidget* parent = nullptr)
        : QWidget(parent)
        , m_line(new QLineEdit(this))
    {
        m_line->setObjectName(QStringLiteral("pendingTagsLine"));
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_line);
        connect(m_line, &QLineEdit::editingFinished, this, [this] {
            if (tags() != m_tags) {
                m_tags = tags();
                emit tagsEdited(m_tags);
            }
        });
    }
    void setTags(const QStringList& tags)
    {
        m_tags = tags;
        m_line->setText(tags.join(QStringLiteral(", ")));
    }
    QStringList tags() const
    {
        QStringList tags;
        for (const QString& tag : m_line->text().split(u','))
            if (!tag.trimmed().isEmpty())
                tags.append(tag.trimmed());
        return tags;
    }
    void setSiteTags(const QList<TagCount>&) {}
    void setModelTag(const QString&) {}

signals:
    void tagsEdited(const QStringList& tags);
    void message(const QString& text);

private:
    QLineEdit* m_line;
    QStringList m_tags;
};

} // namespace digest::ui
