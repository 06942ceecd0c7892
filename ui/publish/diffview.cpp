#include "ui/publish/diffview.h"

#include <QEvent>
#include <QFontDatabase>
#include <QSyntaxHighlighter>

namespace digest::ui {

// Colours a unified diff line by line from its first characters.
class DiffHighlighter final : public QSyntaxHighlighter
{
public:
    explicit DiffHighlighter(QTextDocument* document)
        : QSyntaxHighlighter(document)
    {}

    // Dark backgrounds take light text on deep tints; light ones the other way round.
    void setDark(bool dark)
    {
        if (dark == m_dark && m_ready)
            return;
        m_dark = dark;
        m_ready = true;
        m_added = format(dark ? QColor(0x81, 0xc7, 0x84) : QColor(0x1b, 0x5e, 0x20),
                         dark ? QColor(0x1b, 0x33, 0x20) : QColor(0xe6, 0xf4, 0xe7));
        m_removed = format(dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xb7, 0x1c, 0x1c),
                           dark ? QColor(0x3d, 0x1e, 0x1e) : QColor(0xfd, 0xe8, 0xea));
        m_hunk = format(dark ? QColor(0x80, 0xcb, 0xc4) : QColor(0x00, 0x5f, 0x87), {});
        m_header = format({}, {});
        m_header.setFontWeight(QFont::Bold);
        rehighlight();
    }

protected:
    void highlightBlock(const QString& text) override
    {
        if (text.startsWith(QLatin1String("+++")) || text.startsWith(QLatin1String("---")) ||
            text.startsWith(QLatin1String("diff ")) || text.startsWith(QLatin1String("index ")) ||
            text.startsWith(QLatin1String("new file")))
            setFormat(0, int(text.size()), m_header);
        else if (text.startsWith(QLatin1Char('+')))
            setFormat(0, int(text.size()), m_added);
        else if (text.startsWith(QLatin1Char('-')))
            setFormat(0, int(text.size()), m_removed);
        else if (text.startsWith(QLatin1String("@@")))
            setFormat(0, int(text.size()), m_hunk);
    }

private:
    static QTextCharFormat format(const QColor& foreground, const QColor& background)
    {
        QTextCharFormat format;
        if (foreground.isValid())
            format.setForeground(foreground);
        if (background.isValid())
            format.setBackground(background);
        return format;
    }

    bool m_dark = false;
    bool m_ready = false;
    QTextCharFormat m_added;
    QTextCharFormat m_removed;
    QTextCharFormat m_hunk;
    QTextCharFormat m_header;
};

DiffView::DiffView(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new DiffHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_highlighter->setDark(palette().color(QPalette::Base).lightness() < 128);
}

DiffView::~DiffView() = default;

void DiffView::setDiff(const QString& diff)
{
    setPlainText(diff);
}

void DiffView::changeEvent(QEvent* event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->setDark(palette().color(QPalette::Base).lightness() < 128);
}

} // namespace digest::ui
