// The desk's part in proofreading: what the rules know of the open post besides its text.
#include "core/generation/slotjob.h"
#include "core/lint/lint.h"
#include "core/post/archetype.h"
#include "core/post/newpost.h"
#include "core/settings/settings.h"
#include "core/topics/coverage.h"
#include "core/topics/topicboard.h"
#include "core/util/startuptiming.h"
#include "desk/desk.h"
#include "desk/proofreader.h"
#include "drafting/slotdrafter.h"

#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

namespace digest {

LintContext Desk::lintContext() const
{
    LintContext context;
    const PostDocument& document = m_session->document();
    context.fileName = document.path().isEmpty() ? m_session->suggestedPath() : document.path();
    // Empty for the built-in notice, as LintContext has it.
    context.disclaimer = configuredNoticeLine();
    // The model must be tagged only once the drafter wrote with it into this post (with the
    // tag following the model): an older post opened to be read was written by another.
    if (m_drafter->followModelTag() && m_drafter->totalUsage() != SlotUsage{})
        context.model = m_drafter->endpoint().model;
    context.siteZone = m_settings->siteTimeZone();
    context.now = m_clock();
    context.unfinishedSlots = m_drafter->unfinishedSlots();
    // The index of the topic board's last refresh, else the desk's own scan.
    if (const CoverageIndex& coverage = this->coverage(); coverage.postCount() > 0) {
        const QDate day = coverageDayOf(QFileInfo(context.fileName).fileName(),
                                        document.plainText(), context.siteZone);
        context.coveredBy =
            coveredByLookup(coverage, day.isValid() ? day : postDay(), context.fileName);
    }
    return context;
}

QString Desk::configuredNoticeLine() const
{
    // The notice set in the site settings wins over the archetype's.
    if (!m_settings->siteDisclaimer().isEmpty())
        return m_settings->siteDisclaimer();
    const QString site = siteFolder();
    if (site.isEmpty())
        return QString();
    QString section = NewPost::sectionOf(m_settings->postPathPattern());
    if (section.isEmpty())
        section = QStringLiteral("posts");
    // An archetype that cannot be read leaves the built-in notice; New Post says why.
    const Result<QString> notice = siteNotice(site, section);
    return notice ? notice.value() : QString();
}

QString Desk::siteNoticeLine() const
{
    const QString configured = configuredNoticeLine();
    return configured.isEmpty() ? noticeLineOf(Archetype::builtIn().text()) : configured;
}

const CoverageIndex& Desk::coverage() const
{
    return m_topics->coverage().postCount() > 0 ? m_topics->coverage() : m_siteCoverage;
}

void Desk::updateSiteTags()
{
    const QList<TagCount> tags = coverage().tagCounts(m_session->document().path());
    if (tags == m_siteTags)
        return;
    m_siteTags = tags;
    emit siteTagsChanged();
}

void Desk::scanSiteCoverage()
{
    const QString folder = sitePostsFolder(siteFolder(), m_settings->postPathPattern());
    const int scan = ++m_coverageScan;
    if (folder.isEmpty()) {
        m_siteCoverage = {};
        m_proofreader->schedule();
        updateSiteTags();
        return;
    }
    timing::mark("coverage scan started");
    QtConcurrent::run([folder, previous = m_siteCoverage, zone = m_settings->siteTimeZone()] {
        return CoverageIndex::scan(folder, previous, zone);
    }).then(this, [this, scan](const CoverageIndex& index) {
        timing::mark("coverage scan finished");
        if (scan != m_coverageScan)
            return; // the site changed while this one read
        m_siteCoverage = index;
        m_proofreader->schedule();
        updateSiteTags();
    });
}

} // namespace digest
