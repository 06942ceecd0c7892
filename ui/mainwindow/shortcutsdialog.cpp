#include "ui/mainwindow/shortcutsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace digest::ui {
namespace {

QString withoutMnemonic(QString text)
{
    static const QRegularExpression single(QStringLiteral("&(?!&)"));
    return text.remove(single).replace(QStringLiteral("&&"), QStringLiteral("&"));
}

void collectMenu(const QMenu& menu, const QString& path, QList<ShortcutEntry>& out,
                 QSet<const QAction*>& seen)
{
    for (QAction* action : menu.actions()) {
        if (action->isSeparator())
            continue;
        if (QMenu* sub = action->menu()) {
            collectMenu(*sub, path + QStringLiteral(" › ") + withoutMnemonic(sub->title()), out,
                        seen);
            continue;
        }
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        out.append({path, withoutMnemonic(action->text()), action->shortcuts(), action});
    }
}

// The panel an action outside the menus acts in: the nearest widget it is on, or above it,
// that has an accessible name.
QString panelOf(const QAction& action)
{
    for (QObject* object : action.associatedObjects()) {
        for (auto* widget = qobject_cast<QWidget*>(object); widget;
             widget = widget->parentWidget()) {
            if (widget->isWindow())
                break;
            // A panel, not one of its buttons or lists (Move Up is one line for both lists).
            if (!widget->accessibleName().isEmpty() && !qobject_cast<QAbstractButton*>(widget) &&
                !qobject_cast<QAbstractItemView*>(widget))
                return widget->accessibleName();
        }
    }
    return ShortcutsDialog::tr("Window");
}

} // namespace

QString keysText(const QList<QKeySequence>& keys)
{
    QStringList parts;
    for (const QKeySequence& key : keys)
        parts.append(key.toString(QKeySequence::NativeText));
    return parts.join(QStringLiteral(", "));
}

QList<ShortcutEntry> windowShortcuts(const QMainWindow& window)
{
    QList<ShortcutEntry> entries;
    QSet<const QAction*> seen;
    for (QAction* top : window.menuBar()->actions()) {
        if (QMenu* menu = top->menu())
            collectMenu(*menu, withoutMnemonic(menu->title()), entries, seen);
    }
    // The same name and keys in one panel (Move Up in each of its lists) is one line.
    QList<ShortcutEntry> others;
    QSet<QString> listed;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        ShortcutEntry entry{panelOf(*action), withoutMnemonic(action->text()), action->shortcuts(),
                            action};
        const QString key = entry.group + u'\n' + entry.text + u'\n' + keysText(entry.keys);
        if (listed.contains(key))
            continue;
        listed.insert(key);
        others.append(entry);
    }
    std::stable_sort(
        others.begin(), others.end(),
        [](const ShortcutEntry& a, const ShortcutEntry& b) { return a.group < b.group; });
    return entries + others;
}

ShortcutsDialog::ShortcutsDialog(const QMainWindow& window, QWidget* parent)
    : QDialog(parent)
    , m_entries(windowShortcuts(window))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Filter by action, key or menu"));
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilter);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsList"));
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    fill();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy as Text"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyShortcuts"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(plainText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(520, 600);
    m_filter->setFocus();
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::fill()
{
    QTreeWidgetItem* group = nullptr;
    for (const ShortcutEntry& entry : std::as_const(m_entries)) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_tree, {entry.group});
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto* item = new QTreeWidgetItem(group, {entry.text, keysText(entry.keys)});
        item->setData(0, Qt::UserRole, QVariant::fromValue<QObject*>(entry.action.data()));
    }
    m_tree->expandAll();
}

void ShortcutsDialog::setFilter(const QString& text)
{
    const QString wanted = text.trimmed();
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(wanted, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool match = groupMatches ||
                               item->text(0).contains(wanted, Qt::CaseInsensitive) ||
                               item->text(1).contains(wanted, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
    if (m_filter->text() != text)
        m_filter->setText(text);
}

QString ShortcutsDialog::plainText() const
{
    QStringList lines;
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        if (!lines.isEmpty())
            lines.append(QString());
        lines.append(group->text(0));
        for (int i = 0; i < group->childCount(); ++i) {
            const QTreeWidgetItem* item = group->child(i);
            if (!item->isHidden())
                lines.append(item->text(0) + u'\t' + item->text(1));
        }
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace digest::ui
