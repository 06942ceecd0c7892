#pragma once

#include "core/util/result.h"
#include "core/util/textedit.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace digest {

// One thing a proofreader would point at in a post, with its place and, when one edit mends
// it, that edit. Lines and columns are 1-based in the whole file (front matter included),
// columns in UTF-16 code units, as SourceRange counts them.
struct Problem
{
    enum class Severity { Error, Warning };

    int line = 0;
    int column = 0;
    // How many UTF-16 code units from (line, column) the problem spans; 0 for a point.
    int length = 0;
    Severity severity = Severity::Error;
    QString message;
    // The rule's stable id, kebab-case ("tags-duplicate").
    QString rule;
    // A one-step fix in the file's text (positions as TextEdit counts them), and its label.
    std::optional<TextEdit> fix;
    QString fixLabel;

    bool operator==(const Problem&) const = default;
};

// A generated slot whose generation did not end well (cut off by the token limit, the stream
// dropped) and whose text is still what the generation wrote. The drafter knows them.
struct UnfinishedSlot
{
    // 1-based line and column of the slot's text in the file.
    int line = 0;
    int column = 0;
    QString slotId;
    // Why, for people: "cut off at the token limit", "the stream dropped".
    QString reason;

    bool operator==(const UnfinishedSlot&) const = default;
};

struct LintContext
{
    // The file's name (a path will do): its YYYY-MM-DD prefix is the post's day.
    QString fileName;
    // The site's notice line; empty means the built-in archetype's.
    QString disclaimer;
    // The model used to write the post; empty when unknown.
    QString model;
    QTimeZone siteZone = QTimeZone::utc();
    QDateTime now;
    // Generated slots left unfinished (rule slot-incomplete).
    QList<UnfinishedSlot> unfinishedSlots;
    // The earlier post that already covered a topic with this title, else empty (rule
    // topic-covered); unset means the rule is off.
    std::function<QString(const QString& title)> coveredBy;
    // Whether a word is spelt right (rule spelling); unset means the rule is off.
    std::function<bool(const QString& word)> isWordCorrect;
};

// Every problem of the post, sorted by line and column. Pure: reads nothing but its arguments.
QList<Problem> lintPost(const QString& text, const LintContext& context);

// The notice line of an archetype's text (the first body line that is a quote), or empty.
QString noticeLineOf(const QString& archetypeText);

// The notice the posts of a site must carry: the first quote of its archetype for `section`
// (Archetype::find); empty when the site has none and the built-in one is used (lintPost's
// default). Fails when the site's archetype cannot be read.
Result<QString> siteNotice(const QString& siteFolder,
                           const QString& section = QStringLiteral("posts"));

// Every rule id lintPost() can report, in the order of the documentation.
QStringList lintRuleIds();

} // namespace digest
