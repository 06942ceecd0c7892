#pragma once

#include <QPlainTextEdit>

namespace digest::ui {

class DiffHighlighter;

// A unified diff to read: monospace, read-only, added lines green and removed ones red, in
// colours that follow the palette (light or dark theme).
class DiffView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiffView)

public:
    explicit DiffView(QWidget* parent = nullptr);
    ~DiffView() override;

    void setDiff(const QString& diff);

protected:
    void changeEvent(QEvent* event) override;

private:
    DiffHighlighter* m_highlighter = nullptr;
};

} // namespace digest::ui
