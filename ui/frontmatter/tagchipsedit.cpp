#include "ui/frontmatter/tagchipsedit.h"

#include "core/post/posttags.h"
#include "ui/frontmatter/flowlayout.h"
#include "ui/frontmatter/tagchip.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QToolButton>

namespace digest::ui {
namespace {

// The tag itself, for matching and for the field, beside the popup's "tag — N posts".
constexpr int kTagRole = Qt::UserRole + 1;

} // namespace

TagChipsEdit::TagChipsEdit(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Tags"));
    m_flow = new FlowLayout(this);
    m_field = new QLineEdit(this);
    m_field->setObjectName(QStringLiteral("tagField"));
    m_field->setAccessibleName(tr("New tag"));
    m_field->setAccessibleDescription(
        tr("Type a tag and press Enter or a comma to add it; Backspace in the empty field "
           "removes the last tag."));
    m_field->setPlaceholderText(tr("Add a tag…"));
    m_field->setMinimumWidth(m_field->fontMetrics().horizontalAdvance(u'M') * 8);
    m_field->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_field->installEventFilter(this);
    m_flow->addWidget(m_field);

    m_completions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_completions, this);
    m_completer->setCompletionRole(kTagRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setModelSorting(QCompleter::UnsortedModel);
    m_completer->setMaxVisibleItems(10);
    m_field->setCompleter(m_completer);
    // Queued: the field connects to the completer when it gets the focus, after this, and
    // writes the chosen tag into itself; then it is added.
    connect(
        m_completer, qOverload<const QString&>(&QCompleter::activated), this,
        [this](const QString&) { takeFieldText(); }, Qt::QueuedConnection);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        // Enter on a completion in the popup: the completer adds that one (above).
        QAbstractItemView* popup = m_completer->popup();
        if (popup->isVisible() && popup->currentIndex().isValid())
            return;
        popup->hide();
        takeFieldText();
    });
    connect(m_field, &QLineEdit::textEdited, this, &TagChipsEdit::onTextEdited);
    setFocusProxy(m_field);
}

void TagChipsEdit::setTags(const QStringList& tags)
{
    if (tags == m_tags)
        return;
    m_tags = tags;
    rebuildChips();
    rebuildCompletions();
}

void TagChipsEdit::setSiteTags(const QList<TagCount>& counts)
{
    if (counts == m_siteTags)
        return;
    m_siteTags = counts;
    rebuildChips();
    rebuildCompletions();
}

void TagChipsEdit::setModelTag(const QString& tag)
{
    if (tag == m_modelTag)
        return;
    m_modelTag = tag;
    rebuildChips();
}

void TagChipsEdit::rebuildChips()
{
    const bool fieldHadFocus = m_field->hasFocus();
    // Later: the chip's own remove button may be the one whose click is being delivered.
    // Taken out of the widget at once, so the layout and the focus chain forget it now.
    for (TagChip* chip : std::as_const(m_chips)) {
        chip->hide();
        chip->setParent(nullptr);
        chip->deleteLater();
    }
    m_chips.clear();
    for (const QString& tag : std::as_const(m_tags)) {
        TagChip::Kind kind = TagChip::Kind::Plain;
        // The model tag is the drafter's to keep right; a typo warning would be noise there.
        if (!m_modelTag.isEmpty() && PostTags::sameTag(tag, m_modelTag)) {
            kind = TagChip::Kind::FollowsModel;
        } else if (!m_siteTags.isEmpty()) {
            const bool known =
                std::any_of(m_siteTags.cbegin(), m_siteTags.cend(), [&tag](const TagCount& count) {
                    return PostTags::sameTag(count.tag, tag);
                });
            if (!known)
                kind = TagChip::Kind::NewToSite;
        }
        auto* chip = new TagChip(tag, kind, this);
        connect(chip, &TagChip::removeRequested, this, [this, chip](const QString& removed) {
            removeTag(removed, chip->removeButton()->hasFocus());
        });
        m_flow->insertWidget(int(m_chips.size()), chip);
        // At once, not when the layout gets to it: the keyboard moves to it next.
        chip->setVisible(true);
        m_chips.append(chip);
    }
    // Tab order follows the chips as shown, then the field.
    QWidget* previous = nullptr;
    for (TagChip* chip : std::as_const(m_chips)) {
        if (previous)
            setTabOrder(previous, chip->removeButton());
        previous = chip->removeButton();
    }
    if (previous)
        setTabOrder(previous, m_field);
    if (fieldHadFocus)
        m_field->setFocus();
    updateGeometry();
}

void TagChipsEdit::rebuildCompletions()
{
    m_completions->clear();
    for (const TagCount& count : std::as_const(m_siteTags)) {
        // What the post has already is not offered again.
        if (PostTags::indexOf(m_tags, count.tag) >= 0)
            continue;
        auto* item = new QStandardItem(
            count.posts == 1 ? tr("%1 — 1 post").arg(count.tag)
                             : tr("%1 — %n posts", nullptr, count.posts).arg(count.tag));
        item->setData(count.tag, kTagRole);
        item->setEditable(false);
        m_completions->appendRow(item);
    }
}

bool TagChipsEdit::addTyped(const QString& text)
{
    const Result<QStringList> added = PostTags::added(m_tags, text);
    if (!added) {
        emit message(added.errorMessage());
        return false;
    }
    m_tags = added.value();
    return true;
}

void TagChipsEdit::takeFieldText()
{
    const QString text = m_field->text();
    // Enter in an empty field adds nothing and says nothing.
    if (text.trimmed().isEmpty())
        return;
    if (!addTyped(text))
        return; // the typed text stays, to be mended
    m_field->clear();
    edited(m_tags);
}

void TagChipsEdit::onTextEdited(const QString& text)
{
    if (!text.contains(u','))
        return;
    // A comma ends a tag; a pasted "a, b, c" adds each, up to the first one refused.
    const QStringList parts = text.split(u',');
    const QStringList before = m_tags;
    qsizetype done = 0;
    for (; done < parts.size() - 1; ++done) {
        if (parts.at(done).trimmed().isEmpty())
            continue;
        if (!addTyped(parts.at(done)))
            break;
    }
    QStringList rest = parts.mid(done);
    // A refused tag stays as typed, without the comma that tried to add it.
    if (done < parts.size() - 1 && rest.size() == 2 && rest.last().isEmpty())
        rest.removeLast();
    m_field->setText(rest.join(u','));
    m_completer->popup()->hide();
    if (m_tags != before)
        edited(m_tags);
}

void TagChipsEdit::removeTag(const QString& tag, bool focusNext)
{
    const Result<QStringList> removed = PostTags::removed(m_tags, tag);
    if (!removed)
        return;
    const qsizetype at = PostTags::indexOf(m_tags, tag);
    m_tags = removed.value();
    edited(m_tags);
    // Keyboard users keep their place: the next chip's button, else the field.
    if (focusNext) {
        if (at < m_chips.size())
            m_chips.at(at)->removeButton()->setFocus();
        else
            m_field->setFocus();
    }
}

void TagChipsEdit::edited(const QStringList& tags)
{
    rebuildChips();
    rebuildCompletions();
    emit tagsEdited(tags);
}

bool TagChipsEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Backspace && key->modifiers() == Qt::NoModifier &&
            m_field->text().isEmpty() && !m_tags.isEmpty()) {
            // One tag per press: a held key that emptied the field stops there.
            if (!key->isAutoRepeat())
                removeTag(m_tags.constLast(), false);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace digest::ui
