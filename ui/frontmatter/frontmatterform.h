#pragma once

#include <QHash>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace digest {
struct FrontMatterValues;
}

namespace digest::ui {

class NoticeRow;
class PostDateEdit;
class TagChipsEdit;

// The front-matter panel's fields: title, author, date (with the line saying whether Hugo lists
// the post), draft, tags, cover image, alt and hidden, and the notice. It shows values and
// says what the person edits; writing them into the post is FrontMatterPanel's job. Each field
// has a message beside it for an edit the post refused. The keys are the front matter's dotted
// paths: "title", "author", "date", "draft", "tags", "cover.image", "cover.alt", "cover.hidden";
// the notice's is "notice".
class FrontMatterForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontMatterForm)

public:
    explicit FrontMatterForm(QWidget* parent = nullptr);

    // Shows the values. A text field that already shows its value is left alone, so that the
    // one being typed in keeps its cursor; one that differs takes the value, keeping the
    // cursor where it was as far as the text goes.
    void showValues(const FrontMatterValues& values);
    // No values to show: the fields are disabled and `why` says so in one line. An empty `why`
    // enables them again.
    void setUnavailable(const QString& why);
    void setVisibility(const QString& text);
    // Folded, only the first row (title and author) shows; the arrow at its end folds and
    // unfolds.
    void setFolded(bool folded);
    bool isFolded() const { return m_folded; }
    // A message beside the field of `key`; empty hides it.
    void setMessage(const QString& key, const QString& text);
    void clearMessages();
    QString message(const QString& key) const;

    PostDateEdit* dateEdit() const { return m_date; }
    TagChipsEdit* tagsEdit() const { return m_tags; }
    NoticeRow* noticeRow() const { return m_notice; }

signals:
    // The person typed in a text field ("title", "author", "cover.image", "cover.alt").
    void textEdited(const QString& key, const QString& text);
    // The person left a text field (or pressed Enter in it): their run of typing ends.
    void typingFinished();
    // The person ticked or cleared "draft" or "cover.hidden".
    void flagEdited(const QString& key, bool on);
    // The person folded or unfolded the form.
    void foldToggled(bool folded);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* addLine(const QString& key, const QString& objectName);
    QCheckBox* addFlag(const QString& key, const QString& text, const QString& objectName);
    // The field with its message label beside it, as one cell.
    QWidget* cell(QWidget* field, const QString& key);

    QWidget* m_fields = nullptr;
    QLabel* m_unavailable = nullptr;
    QLabel* m_visibility = nullptr;
    QHash<QString, QLineEdit*> m_lines;
    QHash<QString, QCheckBox*> m_flags;
    QHash<QString, QLabel*> m_messages;
    PostDateEdit* m_date = nullptr;
    TagChipsEdit* m_tags = nullptr;
    NoticeRow* m_notice = nullptr;
    QToolButton* m_fold = nullptr;
    QList<QWidget*> m_foldable;
    bool m_folded = false;
};

} // namespace digest::ui
