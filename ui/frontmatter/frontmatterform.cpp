#include "ui/frontmatter/frontmatterform.h"

#include "core/post/frontmattervalues.h"
#include "ui/frontmatter/noticerow.h"
#include "ui/frontmatter/postdateedit.h"
#include "ui/frontmatter/tagchipsedit.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace digest::ui {
namespace {

const QString kTitle = QStringLiteral("title");
const QString kAuthor = QStringLiteral("author");
const QString kDate = QStringLiteral("date");
const QString kDraft = QStringLiteral("draft");
const QString kTags = QStringLiteral("tags");
const QString kImage = QStringLiteral("cover.image");
const QString kAlt = QStringLiteral("cover.alt");
const QString kHidden = QStringLiteral("cover.hidden");

// Shows `text` unless the field shows it already, keeping the cursor's place.
void showText(QLineEdit* field, const QString& text)
{
    if (field->text() == text)
        return;
    const int cursor = field->cursorPosition();
    field->setText(text);
    field->setCursorPosition(int(qMin<qsizetype>(cursor, text.size())));
}

QLabel* label(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* result = new QLabel(text, parent);
    result->setBuddy(buddy);
    buddy->setAccessibleName(QString(text).remove(u'&').remove(u':'));
    return result;
}

} // namespace

FrontMatterForm::FrontMatterForm(QWidget* parent)
    : QWidget(parent)
    , m_fields(new QWidget(this))
    , m_unavailable(new QLabel(this))
    , m_visibility(new QLabel(this))
    , m_date(new PostDateEdit(this))
    , m_tags(new TagChipsEdit(this))
    , m_notice(new NoticeRow(this))
    , m_fold(new QToolButton(this))
{
    m_unavailable->setObjectName(QStringLiteral("frontMatterUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->hide();
    m_visibility->setObjectName(QStringLiteral("visibility"));
    m_visibility->setWordWrap(true);
    m_tags->setObjectName(QStringLiteral("tagsEdit"));

    QLineEdit* title = addLine(kTitle, QStringLiteral("titleEdit"));
    QLineEdit* author = addLine(kAuthor, QStringLiteral("authorEdit"));
    QLineEdit* image = addLine(kImage, QStringLiteral("coverImageEdit"));
    QLineEdit* alt = addLine(kAlt, QStringLiteral("coverAltEdit"));
    image->setPlaceholderText(tr("Image path or URL"));
    alt->setPlaceholderText(tr("What the image shows"));
    QCheckBox* draft = addFlag(kDraft, tr("&Draft"), QStringLiteral("draftCheck"));
    QCheckBox* hidden = addFlag(kHidden, tr("&Hidden"), QStringLiteral("coverHiddenCheck"));
    hidden->setToolTip(tr("The cover is not shown on the post's page"));

    auto* grid = new QGridLayout(m_fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(4);
    grid->addWidget(label(tr("&Title:"), title, m_fields), 0, 0);
    grid->addWidget(cell(title, kTitle), 0, 1);
    grid->addWidget(label(tr("A&uthor:"), author, m_fields), 0, 2);
    grid->addWidget(cell(author, kAuthor), 0, 3);
    grid->addWidget(label(tr("Da&te:"), m_date, m_fields), 1, 0);
    grid->addWidget(cell(m_date, kDate), 1, 1);
    // Draft and whether Hugo lists the post, side by side: the one often explains the other.
    auto* listing = new QWidget(m_fields);
    auto* listingRow = new QHBoxLayout(listing);
    listingRow->setContentsMargins(0, 0, 0, 0);
    listingRow->addWidget(cell(draft, kDraft));
    listingRow->addWidget(m_visibility, 1);
    grid->addWidget(listing, 1, 2, 1, 2);
    grid->addWidget(label(tr("Ta&gs:"), m_tags, m_fields), 2, 0);
    grid->addWidget(cell(m_tags, kTags), 2, 1, 1, 3);
    grid->addWidget(label(tr("&Cover:"), image, m_fields), 3, 0);
    grid->addWidget(cell(image, kImage), 3, 1);
    grid->addWidget(label(tr("A&lt:"), alt, m_fields), 3, 2);
    auto* altAndHidden = new QWidget(m_fields);
    auto* altRow = new QHBoxLayout(altAndHidden);
    altRow->setContentsMargins(0, 0, 0, 0);
    altRow->addWidget(cell(alt, kAlt), 1);
    altRow->addWidget(cell(hidden, kHidden));
    grid->addWidget(altAndHidden, 3, 3);
    grid->addWidget(new QLabel(tr("Notice:"), m_fields), 4, 0);
    grid->addWidget(cell(m_notice, QStringLiteral("notice")), 4, 1, 1, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(3, 2);
    // Folded, the panel keeps its first row: title and author.
    for (int i = 0; i < grid->count(); ++i) {
        int row = 0, column = 0, rows = 0, columns = 0;
        grid->getItemPosition(i, &row, &column, &rows, &columns);
        if (row > 0 && grid->itemAt(i)->widget())
            m_foldable.append(grid->itemAt(i)->widget());
    }
    m_fold->setObjectName(QStringLiteral("foldButton"));
    m_fold->setAccessibleName(tr("Fold the front matter panel"));
    m_fold->setAutoRaise(true);
    connect(m_fold, &QToolButton::clicked, this, [this] {
        setFolded(!m_folded);
        emit foldToggled(m_folded);
    });
    grid->addWidget(m_fold, 0, 4, Qt::AlignTop);
    setFolded(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_fields);
    layout->addStretch(1);
}

QLineEdit* FrontMatterForm::addLine(const QString& key, const QString& objectName)
{
    auto* field = new QLineEdit(m_fields);
    field->setObjectName(objectName);
    field->setClearButtonEnabled(false);
    m_lines.insert(key, field);
    connect(field, &QLineEdit::textEdited, this,
            [this, key](const QString& text) { emit textEdited(key, text); });
    connect(field, &QLineEdit::editingFinished, this, &FrontMatterForm::typingFinished);
    field->installEventFilter(this);
    return field;
}

bool FrontMatterForm::eventFilter(QObject* watched, QEvent* event)
{
    // The post has one history. A field's own undo would leave the document's step in place
    // and write the old value again as a new one, so Undo and Redo go on to the window's
    // actions, which step the document's undo stack.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QCheckBox* FrontMatterForm::addFlag(const QString& key, const QString& text,
                                    const QString& objectName)
{
    auto* field = new QCheckBox(text, m_fields);
    field->setObjectName(objectName);
    m_flags.insert(key, field);
    // clicked(), not toggled(): showing a value is not an edit.
    connect(field, &QCheckBox::clicked, this, [this, key](bool on) { emit flagEdited(key, on); });
    return field;
}

QWidget* FrontMatterForm::cell(QWidget* field, const QString& key)
{
    auto* result = new QWidget(m_fields);
    auto* row = new QHBoxLayout(result);
    row->setContentsMargins(0, 0, 0, 0);
    // A check box keeps to its text; the message takes the room beside it.
    row->addWidget(field, qobject_cast<QCheckBox*>(field) ? 0 : 1);
    auto* message = new QLabel(result);
    message->setObjectName(QStringLiteral("message-") + key);
    message->setWordWrap(true);
    message->setStyleSheet(QStringLiteral("QLabel { color: #d9480f; }"));
    message->hide();
    row->addWidget(message, 1);
    m_messages.insert(key, message);
    return result;
}

void FrontMatterForm::showValues(const FrontMatterValues& values)
{
    showText(m_lines.value(kTitle), values.title());
    showText(m_lines.value(kAuthor), values.author());
    const Cover cover = values.cover();
    showText(m_lines.value(kImage), cover.image);
    showText(m_lines.value(kAlt), cover.alt);
    m_flags.value(kDraft)->setChecked(values.draft());
    m_flags.value(kHidden)->setChecked(cover.hidden);
    m_date->setDate(values.date().value);
    // The chips being edited stay as they are while they show the post's tags.
    if (m_tags->tags() != values.tags())
        m_tags->setTags(values.tags());
}

void FrontMatterForm::setFolded(bool folded)
{
    m_folded = folded;
    for (QWidget* widget : std::as_const(m_foldable))
        widget->setVisible(!folded);
    m_fold->setArrowType(folded ? Qt::DownArrow : Qt::UpArrow);
    m_fold->setToolTip(folded ? tr("Show all fields") : tr("Show the title and author only"));
}

void FrontMatterForm::setUnavailable(const QString& why)
{
    m_unavailable->setText(why);
    m_unavailable->setVisible(!why.isEmpty());
    m_fields->setEnabled(why.isEmpty());
}

void FrontMatterForm::setVisibility(const QString& text)
{
    m_visibility->setText(text);
}

void FrontMatterForm::setMessage(const QString& key, const QString& text)
{
    if (QLabel* message = m_messages.value(key)) {
        message->setText(text);
        message->setToolTip(text);
        message->setVisible(!text.isEmpty());
    }
}

void FrontMatterForm::clearMessages()
{
    for (QLabel* message : std::as_const(m_messages)) {
        message->clear();
        message->hide();
    }
}

QString FrontMatterForm::message(const QString& key) const
{
    const QLabel* label = m_messages.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace digest::ui
