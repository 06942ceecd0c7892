#pragma once

#include <QObject>

namespace digest::ui {

// The one object the preview page's script can reach (over QWebChannel): it reports where the
// reader has scrolled the preview to, as a line of the post file.
class ScrollBridge final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScrollBridge)

public:
    explicit ScrollBridge(QObject* parent = nullptr)
        : QObject(parent)
    {}

    // Called by the page: `line` is 1-based, with a fraction for "part way into the line".
    Q_INVOKABLE void previewScrolled(double line) { emit scrolledToLine(line); }

signals:
    void scrolledToLine(double line);
};

} // namespace digest::ui
