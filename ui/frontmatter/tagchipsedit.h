#pragma once

#include "core/topics/coverage.h"

#include <QStringList>
#include <QWidget>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace digest::ui {

class FlowLayout;
class TagChip;

// A post's tags as chips, each with its remove button, and a field after them to type a new
// one (Enter or a comma adds it, Backspace in the empty field removes the last). Completion
// offers the site's tags, most used first; a tag no other post of the site uses is marked as a
// likely typo, and the model tag as following the model. Adding goes through PostTags::added,
// so a tag the post has in any case is refused (message()) and the typed text stays.
class TagChipsEdit : public QWidget
{
    Q_OBJECT

public:
    explicit TagChipsEdit(QWidget* parent = nullptr);

    // Shows them; emits nothing.
    void setTags(const QStringList& tags);
    QStringList tags() const { return m_tags; }
    // Completion, and "new to the site" (only once they are known: a non-empty list).
    void setSiteTags(const QList<TagCount>& counts);
    // Marks that chip as following the model.
    void setModelTag(const QString& tag);

    // The field a new tag is typed in, and the completer on it (for the panel and the tests).
    QLineEdit* field() const { return m_field; }
    QCompleter* completer() const { return m_completer; }

signals:
    // The user added or removed a tag.
    void tagsEdited(const QStringList& tags);
    // A refusal ("already tagged …").
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildChips();
    void rebuildCompletions();
    // Adds the typed tag; false (message() said why) when refused.
    bool addTyped(const QString& text);
    void takeFieldText();
    void onTextEdited(const QString& text);
    void removeTag(const QString& tag, bool focusNext);
    void edited(const QStringList& tags);

    QStringList m_tags;
    QList<TagCount> m_siteTags;
    QString m_modelTag;
    FlowLayout* m_flow = nullptr;
    QList<TagChip*> m_chips;
    QLineEdit* m_field = nullptr;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_completions = nullptr;
};

} // namespace digest::ui
