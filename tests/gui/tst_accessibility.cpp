// Accessibility of the main window (issue 14): every widget a person can reach in the window
// and its docks has a name a screen reader can say, and Tab goes from the topics to the editor
// and on to the preview and the panels. A real MainWindow on a real Desk, offscreen.
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "ui/editor/markdowneditor.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/preview/previewpane.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using digest::Settings;
using digest::ui::MainWindow;
using digest::ui::MarkdownEditor;

namespace {

// Whether a person can reach the widget: it takes the focus, or is a control or view of a kind
// a screen reader announces. Qt's own parts of a widget (a spin box's line edit, a scroll
// area's bars, "qt_"-named helpers) are announced through their owner.
bool reachable(const QWidget* widget)
{
    if (widget->objectName().startsWith(u"qt_") || qobject_cast<const QScrollBar*>(widget) ||
        qobject_cast<const QMenu*>(widget) || qobject_cast<const QHeaderView*>(widget))
        return false;
    // A field's clear button, a view's corner button, the page's own widgets in the preview
    // (Chromium names what the page shows).
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox*>(parent) ||
            qobject_cast<const QComboBox*>(parent) || qobject_cast<const QLineEdit*>(parent) ||
            qobject_cast<const QAbstractItemView*>(parent) || parent->inherits("QWebEngineView"))
            return false;
    }
    return widget->focusPolicy() != Qt::NoFocus || qobject_cast<const QAbstractButton*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) ||
           qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QComboBox*>(widget) ||
           widget->objectName() == u"previewPane";
}

// The name an assistive technology reads: the accessible name, or what Qt makes of the
// widget's own text (a button's label, a field's buddy label).
QString spokenName(QWidget* widget)
{
    if (!widget->accessibleName().trimmed().isEmpty())
        return widget->accessibleName();
    QAccessibleInterface* face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

QString pathOf(const QWidget* widget)
{
    QStringList parts;
    for (; widget; widget = widget->parentWidget())
        parts.prepend(QStringLiteral("%1(%2)").arg(
            QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
    return parts.join(QStringLiteral(" / "));
}

} // namespace

class tst_Accessibility final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyReachableWidgetHasAName();
    void tabGoesFromTheTopicsToTheEditorToThePanels();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<digest::Desk> m_desk;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Accessibility::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("XDG_CACHE_HOME", m_dir->filePath(QStringLiteral("cache")).toUtf8());
    m_desk = std::make_unique<digest::Desk>(
        std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini"))));
    m_window = std::make_unique<MainWindow>(*m_desk);
    m_window->resize(1100, 700);
    QSignalSpy painted(m_window.get(), &MainWindow::editorPainted);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // A post open, so that the panels that follow it (front matter, outline) have their
    // fields; the preview made after the editor's first paint.
    m_window->newPost();
    QVERIFY(painted.count() > 0 || painted.wait(10000));
    QTRY_VERIFY(m_window->findChild<QWidget*>(QStringLiteral("preview")));
}

void tst_Accessibility::cleanup()
{
    m_window.reset();
    m_desk.reset();
    qunsetenv("XDG_CACHE_HOME");
}

void tst_Accessibility::everyReachableWidgetHasAName()
{
    QStringList nameless;
    int checked = 0;
    // The window's children include its docks, toolbar, menu bar and status bar.
    for (QWidget* widget : m_window->findChildren<QWidget*>()) {
        if (widget->window() != m_window.get() || !reachable(widget))
            continue;
        ++checked;
        if (spokenName(widget).isEmpty()) {
            // One line each: Qt Test cuts a long failure message short.
            qWarning("no accessible name: %s", qPrintable(pathOf(widget)));
            nameless.append(pathOf(widget));
        }
    }
    QVERIFY2(nameless.isEmpty(), qPrintable(QStringLiteral("%1 of %2 reachable widgets have no "
                                                           "accessible name (listed above)")
                                                .arg(nameless.size())
                                                .arg(checked)));
    QVERIFY2(checked >= 20, qPrintable(QString::number(checked)));
}

void tst_Accessibility::tabGoesFromTheTopicsToTheEditorToThePanels()
{
    m_window->findChild<QWidget*>(QStringLiteral("problemsDock"))->show();
    // The preview's page is in front once it has loaded.
    auto* preview = m_window->findChild<digest::ui::PreviewPane*>();
    QTRY_VERIFY_WITH_TIMEOUT(preview->isPreviewShown(), 15000);
    // The focus chain as Tab walks it, from the window: only what Tab stops at, each named by
    // the pane it is in (topics, outline, editor, preview, a dock).
    const QStringList panes = {QStringLiteral("topics"), QStringLiteral("outline"),
                               QStringLiteral("markdownEditor"), QStringLiteral("previewPane"),
                               QStringLiteral("problemsDock")};
    const auto paneOf = [&panes](const QWidget* widget) {
        for (; widget; widget = widget->parentWidget()) {
            if (panes.contains(widget->objectName()))
                return widget->objectName();
        }
        return QString();
    };
    QStringList chain;
    QWidget* widget = m_window.get();
    do {
        widget = widget->nextInFocusChain();
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)) {
            const QString pane = paneOf(widget);
            if (!pane.isEmpty() && (chain.isEmpty() || chain.last() != pane))
                chain.append(pane);
        }
    } while (widget != m_window.get());
    const QString order = chain.join(QStringLiteral(" → "));
    const auto at = [&chain](const char* name) {
        return chain.indexOf(QLatin1String(name));
    };
    qInfo("Tab order: %s", qPrintable(order));
    QVERIFY2(at("topics") == 0, qPrintable(order));
    QVERIFY2(at("markdownEditor") > at("topics"), qPrintable(order));
    QVERIFY2(at("previewPane") > at("markdownEditor"), qPrintable(order));
    QVERIFY2(at("problemsDock") > at("markdownEditor"), qPrintable(order));
    // Each pane is one stretch of the chain: Tab does not leave a pane and come back.
    QCOMPARE(QSet<QString>(chain.cbegin(), chain.cend()).size(), chain.size());
    // The editor keeps Tab for indenting: Alt+2, Alt+3 are its ways out (tst_keyboard).
    auto* editor = m_window->findChild<MarkdownEditor*>();
    QVERIFY(!editor->tabChangesFocus());
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
