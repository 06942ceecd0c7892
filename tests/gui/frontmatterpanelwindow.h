#pragma once

// The real window with its front-matter panel, and what the panel's tests do in it as a person
// would (tst_frontmatterpanel, tst_frontmatterformats).

#include "core/settings/settings.h"
#include "desk/desk.h"
#include "document/documentsession.h"
#include "document/postdocument.h"
#include "ui/frontmatter/frontmatterform.h"
#include "ui/frontmatter/frontmatterpanel.h"
#include "ui/frontmatter/tagchip.h"
#include "ui/frontmatter/tagchipsedit.h"
#include "ui/mainwindow/mainwindow.h"

#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using digest::ui::FrontMatterForm;
using digest::ui::FrontMatterPanel;
using digest::ui::MainWindow;
using digest::ui::TagChip;
using digest::ui::TagChipsEdit;

namespace digest::test {

inline constexpr int kPreviewTimeoutMs = 20000;

inline QString canonical()
{
    QFile file(QStringLiteral(DIGEST_FIXTURES_DIR "/canonical.md"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The lines of `before` and `after` that differ, as "N: before → after".
inline QStringList changedLines(const QString& before, const QString& after)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    QStringList changes;
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i))
            changes.append(u"%1: %2 → %3"_s.arg(i + 1).arg(a.value(i), b.value(i)));
    }
    return changes;
}

// Clicks a check box on its box, as a person does.
inline void clickBox(QCheckBox* box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

// Adds a tag the way a person does in the chips: typed into their field, then Enter.
inline void addTag(TagChipsEdit* chips, const QString& tag)
{
    chips->field()->setFocus();
    QTest::keyClicks(chips->field(), tag);
    QTest::keyClick(chips->field(), Qt::Key_Return);
}

// Removes a tag with its chip's × button.
inline bool removeTag(TagChipsEdit* chips, const QString& tag)
{
    for (TagChip* chip : chips->findChildren<TagChip*>()) {
        if (chip->tag() == tag) {
            QTest::mouseClick(chip->removeButton(), Qt::LeftButton);
            return true;
        }
    }
    return false;
}

// A desk with its settings in a temporary folder, its clock at 1 December 2026 12:00 UTC, and
// the main window on screen.
class PanelWindow
{
protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<digest::Desk> m_desk;
    std::unique_ptr<MainWindow> m_window;
    FrontMatterPanel* m_panel = nullptr;

    digest::PostDocument& document() const { return m_desk->session().document(); }
    QUndoStack* undo() const { return document().undoStack(); }
    template <typename T> T* field(const QString& name) const
    {
        return m_panel->findChild<T*>(name);
    }

    // Opens `text` as a post file in the window; the panel shows it.
    bool open(const QString& text, const QString& name = u"post.md"_s)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            return false;
        file.close();
        if (!m_window->openFile(path))
            return false;
        m_panel->refresh();
        return document().text() == text;
    }

    // Types `text` over the whole of a field's value, as a person does.
    void typeOver(QLineEdit* line, const QString& text)
    {
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, text);
    }

    // Opens the window; false when it did not show.
    bool start()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            return false;
        m_desk = std::make_unique<digest::Desk>(
            std::make_unique<digest::Settings>(m_dir->filePath(u"settings.ini"_s)),
            [] { return QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc()); });
        m_window = std::make_unique<MainWindow>(*m_desk);
        m_window->resize(1200, 800);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return false;
        m_panel = m_window->findChild<FrontMatterPanel*>(u"frontMatterDock"_s);
        return m_panel != nullptr;
    }
    void stop()
    {
        m_window.reset();
        m_desk.reset();
        m_dir.reset();
    }
};

} // namespace digest::test
