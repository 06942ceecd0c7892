#pragma once

#include <QLabel>
#include <QMouseEvent>

namespace digest::ui {

// The status bar's count of problems ("2 errors, 1 warning"): a label like the others there,
// so that the bar keeps its height, which a click opens the Problems panel from.
class ProblemsSummary final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProblemsSummary)

public:
    explicit ProblemsSummary(QWidget* parent = nullptr)
        : QLabel(parent)
    {
        setObjectName(QStringLiteral("problemsSummary"));
        setCursor(Qt::PointingHandCursor);
        setToolTip(tr("Show the Problems panel"));
    }

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override
    {
        QLabel::mouseReleaseEvent(event);
        if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
            emit clicked();
    }
};

} // namespace digest::ui
