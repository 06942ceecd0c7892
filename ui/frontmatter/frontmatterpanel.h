#pragma once

#include <QDockWidget>
#include <QTimer>

#include <limits>

class QMainWindow;

namespace digest {
class Desk;
class PostDocument;
struct FrontMatterValues;
} // namespace digest

namespace digest::ui {

class FrontMatterForm;

// The front-matter panel (View › Front Matter Panel): the open post's title, date in the
// site's zone and whether Hugo lists the post now, draft, author, tags, cover, and its notice
// against the site's. A dock above the editor and the preview.
//
// Both ways, while typing in either: a change of the text shows in the fields (read again
// once per turn of the event loop, whatever the number of changes, and only for a change
// before the end of the notice line, so typing in a large post's body costs nothing); a
// change in a field is a format-preserving edit of that value through
// PostDocument::setFrontMatterValue. A run of typing in one field is one undo step (a merge
// key per run, which ends when the field is left or another command comes between); draft,
// hidden, each tag added or removed, a date and restoring the notice are one step each. An
// edit the post refuses says why beside its field, which shows the post's value again.
class FrontMatterPanel final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FrontMatterPanel)

public:
    FrontMatterPanel(Desk& desk, QMainWindow& window);
    ~FrontMatterPanel() override;

    FrontMatterForm* form() const { return m_form; }
    // Reads the post now rather than at the next turn of the event loop.
    void refresh();

private:
    void scheduleRefresh();
    void showValues(const FrontMatterValues& values, const QString& text);
    void showNotice(const QString& text);
    // Sets a value through the document; a refusal shows beside the field, which shows the
    // post's value again.
    void write(const QString& key, const QVariant& value, const QString& mergeKey = {});
    void writeTyped(const QString& key, const QString& text);
    void restoreNotice();
    void followSiteTags();
    QString siteNotice() const;

    Desk& m_desk;
    PostDocument& m_document;
    FrontMatterForm* m_form = nullptr;
    QTimer m_refresh;
    // Whether Hugo lists the post changes with the clock too.
    QTimer m_clock;
    // Where the text stops mattering to the panel, as of the last reading: the end of the
    // notice line.
    int m_headEnd = std::numeric_limits<int>::max();
    // The revision of the text when the chips last refused a tag.
    int m_tagsRefusedAt = -1;
    // The number of the present run of typing; a new one starts when a field is left.
    int m_typingRun = 0;
};

} // namespace digest::ui
