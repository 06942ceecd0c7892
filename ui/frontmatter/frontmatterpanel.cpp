#include "ui/frontmatter/frontmatterpanel.h"

#include "core/lint/notice.h"
#include "core/post/archetype.h"
#include "core/post/frontmatter.h"
#include "core/post/frontmattervalues.h"
#include "core/post/posttags.h"
#include "core/post/postvisibility.h"
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "document/documentsession.h"
#include "document/postdocument.h"
#include "drafting/slotdrafter.h"
#include "ui/frontmatter/frontmatterform.h"
#include "ui/frontmatter/noticerow.h"
#include "ui/frontmatter/postdateedit.h"
#include "ui/frontmatter/tagchipsedit.h"

#include <QAction>
#include <QMainWindow>
#include <QScrollArea>
#include <QTextBlock>
#include <QTextDocument>
#include <QUndoStack>

#include <limits>

namespace digest::ui {
namespace {

constexpr int kClockMs = 60 * 1000;
const QString kTags = QStringLiteral("tags");

// The tag that follows the model, as the drafter would replace it (modeltag.h): the model it
// writes with when tagged, else the archetype's third tag when it names a model.
QString modelTagOf(const QStringList& tags, const QString& model)
{
    if (const qsizetype at = PostTags::indexOf(tags, model); !model.isEmpty() && at >= 0)
        return tags.at(at);
    constexpr qsizetype kModelIndex = 2;
    if (tags.size() > kModelIndex && Archetype::isModelName(tags.at(kModelIndex)))
        return tags.at(kModelIndex);
    return {};
}

} // namespace

FrontMatterPanel::FrontMatterPanel(Desk& desk, QMainWindow& window)
    : QDockWidget(tr("Front Matter"), &window)
    , m_desk(desk)
    , m_document(desk.session().document())
    , m_form(new FrontMatterForm(this))
{
    setObjectName(QStringLiteral("frontMatterDock"));
    toggleViewAction()->setText(tr("&Front Matter Panel"));
    toggleViewAction()->setObjectName(QStringLiteral("frontMatterPanelAction"));
    // Fields never squeezed below their height: a short window scrolls them instead.
    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Front matter"));
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);
    window.addDockWidget(Qt::TopDockWidgetArea, this);
    // The dock takes the height the form needs, folded or not.
    connect(m_form, &FrontMatterForm::foldToggled, this, [this, &window] {
        // Once the form is laid out again (the rows shown or hidden): the scroll area keeps the
        // form's old size hint, so ask the form itself, plus the dock's own title and frame.
        QTimer::singleShot(0, this, [this, &window] {
            const int chrome = height() - widget()->height();
            window.resizeDocks({this}, {m_form->sizeHint().height() + chrome}, Qt::Vertical);
        });
    });

    m_refresh.setSingleShot(true);
    m_refresh.setInterval(0);
    connect(&m_refresh, &QTimer::timeout, this, &FrontMatterPanel::refresh);
    // Only a change before the end of the notice can change what the panel shows: typing in
    // the body of a large post costs the panel nothing.
    connect(m_document.textDocument(), &QTextDocument::contentsChange, this, [this](int position) {
        if (position < m_headEnd)
            scheduleRefresh();
    });
    connect(&m_document, &PostDocument::reset, this, [this] {
        ++m_typingRun;
        m_form->clearMessages();
        scheduleRefresh();
    });
    m_clock.setInterval(kClockMs);
    connect(&m_clock, &QTimer::timeout, this, &FrontMatterPanel::refresh);
    m_clock.start();

    connect(m_form, &FrontMatterForm::textEdited, this, &FrontMatterPanel::writeTyped);
    connect(m_form, &FrontMatterForm::typingFinished, this, [this] { ++m_typingRun; });
    connect(m_form, &FrontMatterForm::flagEdited, this,
            [this](const QString& key, bool on) { write(key, on); });
    connect(m_form->dateEdit(), &PostDateEdit::dateEdited, this,
            [this](const QDateTime& date) { write(QStringLiteral("date"), date); });
    connect(m_form->tagsEdit(), &TagChipsEdit::message, this, [this](const QString& text) {
        m_form->setMessage(kTags, text);
        m_tagsRefusedAt = m_document.revision();
    });
    connect(m_form->tagsEdit(), &TagChipsEdit::tagsEdited, this, [this](const QStringList& tags) {
        // A refusal said while the same edit added other tags (a pasted "a, b, a") stays.
        const QString refusal =
            m_tagsRefusedAt == m_document.revision() ? m_form->message(kTags) : QString();
        write(kTags, tags);
        if (!refusal.isEmpty() && m_form->message(kTags).isEmpty())
            m_form->setMessage(kTags, refusal);
    });
    connect(m_form->noticeRow(), &NoticeRow::restoreRequested, this,
            &FrontMatterPanel::restoreNotice);
    // The zone and the notice come from the settings.
    connect(&desk.settings(), &Settings::changed, this, &FrontMatterPanel::scheduleRefresh);
    connect(&desk, &Desk::siteTagsChanged, this, &FrontMatterPanel::followSiteTags);
    followSiteTags();
    refresh();
}

FrontMatterPanel::~FrontMatterPanel() = default;

void FrontMatterPanel::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void FrontMatterPanel::refresh()
{
    m_refresh.stop();
    m_form->dateEdit()->setZone(m_desk.settings().siteTimeZone());
    const QString text = m_document.plainText();
    const FrontMatterSplit split = splitFrontMatter(text);
    // Until read otherwise, any change may matter (front matter being written, a notice added).
    m_headEnd = std::numeric_limits<int>::max();
    if (split.format == FrontMatterSplit::Format::None) {
        m_form->setUnavailable(tr("This post has no front matter: the fields are off."));
        return;
    }
    if (split.unterminated) {
        m_form->setUnavailable(tr("The front matter is not closed (%1): the fields are off until "
                                  "it is.")
                                   .arg(formatName(split.format)));
        return;
    }
    const Result<FrontMatterValues> values = FrontMatterReader::read(split);
    if (!values) {
        m_form->setUnavailable(tr("The front matter does not read: %1").arg(values.errorMessage()));
        return;
    }
    m_form->setUnavailable({});
    showValues(values.value(), text);
}

void FrontMatterPanel::showValues(const FrontMatterValues& values, const QString& text)
{
    m_form->showValues(values);
    const QTimeZone zone = m_desk.settings().siteTimeZone();
    m_form->setVisibility(describeVisibility(hugoVisibility(values, m_desk.now(), zone), zone));
    const SlotDrafter& drafter = m_desk.drafter();
    m_form->tagsEdit()->setModelTag(
        drafter.followModelTag() ? modelTagOf(values.tags(), drafter.endpoint().model) : QString());
    showNotice(text);
}

void FrontMatterPanel::showNotice(const QString& text)
{
    const QString site = siteNotice();
    const PostNotice notice = noticeOfPost(text, site);
    m_form->noticeRow()->show(notice.text, notice.line == 0, site);
    // Once the body carries the site's notice, changes after it change neither the front
    // matter nor the notice found (the first line that is the site's); an altered or missing
    // one may be mended anywhere.
    if (const QTextBlock block = m_document.textDocument()->findBlockByNumber(notice.line - 1);
        notice.text == site && block.isValid())
        m_headEnd = block.position() + block.length();
}

QString FrontMatterPanel::siteNotice() const
{
    return m_desk.siteNoticeLine();
}

void FrontMatterPanel::followSiteTags()
{
    m_form->tagsEdit()->setSiteTags(m_desk.siteTags());
}

void FrontMatterPanel::writeTyped(const QString& key, const QString& text)
{
    // One merge key per field and run: the run's values become one undo step.
    write(key, text, QStringLiteral("%1#%2").arg(key).arg(m_typingRun));
}

void FrontMatterPanel::write(const QString& key, const QVariant& value, const QString& mergeKey)
{
    const Status done = m_document.setFrontMatterValue(key, value, mergeKey);
    m_form->setMessage(key, done ? QString() : done.errorMessage());
    if (!done) {
        // The field shows the post's value again; a run of typing starts afresh after it.
        ++m_typingRun;
        refresh();
    }
}

void FrontMatterPanel::restoreNotice()
{
    const std::optional<TextEdit> edit = restoreNoticeEdit(m_document.plainText(), siteNotice());
    if (!edit)
        return;
    const Status done = m_document.replaceRange(*edit, tr("Restore the Site's Notice"));
    if (!done)
        m_form->setMessage(QStringLiteral("notice"), done.errorMessage());
    refresh();
}

} // namespace digest::ui
