#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace digest::ui {

// One tag of TagChipsEdit: its text on a rounded background drawn from the palette (so it
// reads in the light and the dark theme alike) and a remove button (×) that Tab reaches.
class TagChip final : public QWidget
{
    Q_OBJECT
    // For tests and screen readers alike: what the chip's look tells.
    Q_PROPERTY(bool newToSite READ isNewToSite)
    Q_PROPERTY(bool followsModel READ followsModel)

public:
    enum class Kind {
        Plain,
        NewToSite,   // no other post of the site uses it: a likely typo
        FollowsModel // the model tag, replaced when another model generates
    };

    TagChip(const QString& tag, Kind kind, QWidget* parent = nullptr);

    QString tag() const { return m_tag; }
    bool isNewToSite() const { return m_kind == Kind::NewToSite; }
    bool followsModel() const { return m_kind == Kind::FollowsModel; }
    QToolButton* removeButton() const { return m_remove; }

signals:
    void removeRequested(const QString& tag);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyLook();

    QString m_tag;
    Kind m_kind;
    QLabel* m_mark = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_remove = nullptr;
};

} // namespace digest::ui
