// The spelling rule (issue 10) with the real checker and Debian's en_US dictionary: prose is
// checked where the reader sees it, names and code are not; each misspelling is reported at
// its line, column and length. Over the corpus: how many per post, which words, how long.

#include "core/lint/lint.h"
#include "core/spelling/spellchecker.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using digest::LintContext;
using digest::Problem;
using digest::SpellChecker;

namespace {

const QString kNotice = u"> *Notice:* This post has been automatically generated and does not "
                        u"reflect the views of the site owner, nor does it claim to be accurate."_s;

// A post in the canonical format whose prose is spelt right, with every kind of text that is
// not prose to a dictionary.
const QString kNames = uR"(---
title: "[Daily Automated AI Summary] recieve qwzxt"
date: 2025-06-10T05:36:31Z
draft: false
author: "Blog Agent"
tags: ["daily ai summary", "automated content", "gpt-4o-mini", "qwzxt"]
---
%1

## Possible consequences of current developments

1. **OpenAI's GPT-4o tops [a benchmark](https://example.com/qwzxt-recieve) on arXiv**

   - *Benefits:*
     Researchers at <https://qwzxt.example.org/recieve> and www.qwzxt.com can study
     it with `qwzxt_recieve()`, writes @qwzxtbot in r/LocalLLaMA (mail qwzxt@example.com).

   - *Ramifications:*
     The model’s weights and the models' licenses change; see Node.js, e.g. the
     QWZXT and FooBarQux tools, 7B-qwzxt checkpoints, and #qwzxt on src/qwzxt.
     A state-of-the-art, well-known LLMs' tokenizer <span>qwzxt</span> doesn't help.

```python
def recieve(qwzxt): pass
```

## Currently trending topics

- [Open model release](https://example.com/1)
- ![diagram](https://example.com/qwzxt.png)

## GPT predicts future events

- **Artificial General Intelligence** (March 2031)
  - Systems match people at most tasks.
)"_s;

QString readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

// A spelling problem as the problems panel lists it: "line:column+length message".
using Spelling = QString;

Spelling spelling(int line, int column, const QString& word)
{
    return u"%1:%2+%3 “%4” may be misspelt"_s.arg(line).arg(column).arg(word.size()).arg(word);
}

} // namespace

class TestLintSpelling : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SpellChecker> m_checker;

    LintContext context(const QString& fileName = u"2025-06-10-ai-auto-summary.md"_s) const
    {
        LintContext context;
        context.fileName = fileName;
        context.now = QDateTime(QDate(2025, 6, 11), QTime(12, 0), QTimeZone::utc());
        context.isWordCorrect = m_checker->wordChecker();
        return context;
    }

    QStringList spellingOf(const QString& text) const { return spellingOf(text, context()); }

    static QStringList spellingOf(const QString& text, const LintContext& lintContext)
    {
        QStringList found;
        for (const Problem& problem : digest::lintPost(text, lintContext)) {
            if (problem.rule != u"spelling")
                continue;
            if (problem.severity != Problem::Severity::Warning || problem.fix)
                qFatal("a spelling problem is a warning without a fix");
            found.append(u"%1:%2+%3 %4"_s.arg(problem.line)
                             .arg(problem.column)
                             .arg(problem.length)
                             .arg(problem.message));
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_checker = std::make_unique<SpellChecker>(m_dir.filePath(u"dictionary.txt"_s));
        const digest::Status status = m_checker->setLanguage(u"en_US"_s);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QVERIFY(digest::lintRuleIds().contains(u"spelling"_s));
    }

    void namesCodeAndFrontMatterAreNotProse()
    {
        QCOMPARE(spellingOf(kNames.arg(kNotice)).join(u'\n'), QString());
    }

    // The site's notice is its fixed text, whatever the site writes in it.
    void theSitesNoticeIsNotChecked()
    {
        const QString notice = u"> *Notiz:* Diesr Beitrag wurde automatisch erstellt."_s;
        LintContext lintContext = context();
        lintContext.disclaimer = notice;
        QCOMPARE(spellingOf(kNames.arg(notice), lintContext).join(u'\n'), QString());
    }

    void offWithoutAChecker()
    {
        LintContext lintContext = context();
        lintContext.isWordCorrect = nullptr;
        QCOMPARE(spellingOf(kNames.arg(kNotice) + u"\nThey recieve it.\n"_s, lintContext),
                 QStringList());
    }

    void aMisspeltWordIsReportedWhereItIs_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");
        const QString study = u"     it with `qwzxt_recieve()`,"_s;
        QTest::newRow("consequence text")
            << u"     Researchers at"_s << u"     Researchers recieve at"_s
            << QStringList{spelling(15, 18, u"recieve"_s)};
        QTest::newRow("after code and twice")
            << study << u"     it with `qwzxt_recieve()` recieve recieve,"_s
            << QStringList{spelling(16, 32, u"recieve"_s), spelling(16, 40, u"recieve"_s)};
        QTest::newRow("link text, not its address")
            << u"[a benchmark]"_s << u"[a benchmrak]"_s
            << QStringList{spelling(12, 30, u"benchmrak"_s)};
        QTest::newRow("heading") << u"## Currently trending"_s << u"## Curently trending"_s
                                 << QStringList{spelling(27, 4, u"Curently"_s)};
        QTest::newRow("emphasis and a capital")
            << u"   - *Ramifications:*"_s << u"   - *Ramificatoins:*"_s
            << QStringList{spelling(18, 7, u"Ramificatoins"_s)};
        QTest::newRow("a part of a compound")
            << u"well-known"_s << u"well-knwon"_s << QStringList{spelling(21, 31, u"knwon"_s)};
        QTest::newRow("possessive")
            << u"The model’s"_s << u"The modle’s"_s << QStringList{spelling(19, 10, u"modle"_s)};
        // Columns count UTF-16 units: the quotes and the dash one each, the emoji two.
        QTest::newRow("after wide characters")
            << u"     Researchers at"_s << u"     “Quoted” — 🚀 researchers recieve at"_s
            << QStringList{spelling(15, 32, u"recieve"_s)};
        QTest::newRow("a flair written into a word")
            << u"## Currently trending"_s << u"## [R]eading and trendnig"_s
            << QStringList{spelling(27, 18, u"trendnig"_s)};
        QTest::newRow("image description")
            << u"![diagram]"_s << u"![a diagarm]"_s << QStringList{spelling(30, 7, u"diagarm"_s)};
    }
    void aMisspeltWordIsReportedWhereItIs()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QStringList, expected);
        QString text = kNames.arg(kNotice);
        QVERIFY2(text.count(before) == 1, qPrintable(before));
        text.replace(before, after);
        const QStringList found = spellingOf(text);
        QCOMPARE(found.join(u'\n'), expected.join(u'\n'));
    }

    void theProjectsAndThePersonalWordsAreRight()
    {
        const QString text = kNames.arg(kNotice) + u"\nMultimodal tokenizers and frobnicators.\n"_s;
        QCOMPARE(spellingOf(text).size(), 1);
        QVERIFY(m_checker->addToPersonalDictionary(u"frobnicators"_s).ok());
        QCOMPARE(spellingOf(text), QStringList());
    }

    void atMostTwoHundredAPost()
    {
        QStringList words;
        for (int i = 0; i < 300; ++i)
            words.append(u"qwzx"_s + QChar(u'a' + i % 26) + QChar(u'a' + i / 26));
        QCOMPARE(spellingOf(kNames.arg(kNotice) + u'\n' + words.join(u' ') + u'\n').size(), 200);
    }

    // The published posts: spelling warnings per post, the words flagged most, and the time it
    // takes (printed, not asserted).
    void corpus()
    {
        const QDir folder(QStringLiteral(DIGEST_CORPUS_DIR));
        if (!folder.exists())
            QSKIP(qPrintable(
                u"The corpus of published posts is not at %1."_s.arg(folder.absolutePath())));
        const QStringList names = folder.entryList({u"*.md"_s}, QDir::Files, QDir::Name);
        QList<QString> texts;
        for (const QString& name : names)
            texts.append(readFile(folder.filePath(name)));
        QList<int> perPost;
        QMap<QString, int> words;
        QElapsedTimer timer;
        timer.start();
        for (qsizetype i = 0; i < texts.size(); ++i) {
            int count = 0;
            const QStringList lines = texts.at(i).split(u'\n');
            for (const Problem& problem : digest::lintPost(texts.at(i), context(names.at(i)))) {
                if (problem.rule != u"spelling")
                    continue;
                ++count;
                ++words[lines.at(problem.line - 1).mid(problem.column - 1, problem.length)];
            }
            perPost.append(count);
        }
        const qint64 all = timer.elapsed();
        LintContext without = context();
        without.isWordCorrect = nullptr;
        timer.restart();
        for (const QString& text : texts)
            (void)digest::lintPost(text, without);
        const qint64 allWithout = timer.elapsed();
        QVERIFY(!perPost.isEmpty());
        std::sort(perPost.begin(), perPost.end());
        const int total = std::accumulate(perPost.cbegin(), perPost.cend(), 0);
        qInfo("%lld posts: %d spelling warnings, median %d per post, max %d, %d posts without",
              perPost.size(), total, perPost.at(perPost.size() / 2), perPost.last(),
              int(std::count(perPost.cbegin(), perPost.cend(), 0)));
        qInfo("lint of the corpus: %lld ms with spelling, %lld ms without", all, allWithout);
        QList<std::pair<int, QString>> frequent;
        for (auto it = words.cbegin(); it != words.cend(); ++it)
            frequent.append({-it.value(), it.key()});
        std::sort(frequent.begin(), frequent.end());
        QStringList top;
        for (qsizetype i = 0;
             i < qMin(frequent.size(),
                      qsizetype(qEnvironmentVariableIntValue("DIGEST_SPELLING_TOP") > 0
                                    ? qEnvironmentVariableIntValue("DIGEST_SPELLING_TOP")
                                    : 20));
             ++i)
            top.append(u"%1 %2"_s.arg(frequent.at(i).second).arg(-frequent.at(i).first));
        qInfo("most flagged: %s", qPrintable(top.join(u", "_s)));
    }

    // One post of about 6 KB, the size of a day's digest: how long its lint takes.
    void sixKilobytePost()
    {
        QString text = kNames.arg(kNotice);
        const QString paragraph = u"\nA new open model beats the previous benchmark, and "
                                  u"researchers wonder whether its tokenizer recieves credit.\n"_s;
        while (text.toUtf8().size() < 6000)
            text += paragraph;
        LintContext without = context();
        without.isWordCorrect = nullptr;
        constexpr int kRounds = 20;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kRounds; ++i)
            QVERIFY(!spellingOf(text).isEmpty());
        const double with = double(timer.nsecsElapsed()) / kRounds / 1e6;
        timer.restart();
        for (int i = 0; i < kRounds; ++i)
            (void)digest::lintPost(text, without);
        const double plain = double(timer.nsecsElapsed()) / kRounds / 1e6;
        qInfo("lint of a %lld-byte post: %.2f ms with spelling, %.2f ms without",
              text.toUtf8().size(), with, plain);
    }
};

QTEST_GUILESS_MAIN(TestLintSpelling)
#include "tst_lintspelling.moc"
