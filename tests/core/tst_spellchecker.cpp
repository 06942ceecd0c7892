// The spell checker (issue 10) with the system's real Hunspell dictionaries: Debian's en_US,
// and a small ISO-8859-1 dictionary written here to show that words reach Hunspell in the
// dictionary's own encoding.

#include "core/spelling/spellchecker.h"
#include "filesizelimit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <atomic>
#include <latch>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using digest::SpellChecker;

namespace {

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestSpellChecker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString dictionaryPath(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!SpellChecker::availableLanguages().contains(u"en_US"_s))
            QFAIL("hunspell-en-us is not installed (dev.sh installs it)");
    }

    void offUntilALanguageIsSet()
    {
        SpellChecker checker(dictionaryPath(u"off.txt"_s));
        QVERIFY(!checker.isEnabled());
        QVERIFY(checker.isCorrect(u"recieve"_s));
        QCOMPARE(checker.suggestions(u"recieve"_s), QStringList());
    }

    void theDebianDictionaryJudges()
    {
        SpellChecker checker(dictionaryPath(u"plain.txt"_s));
        QVERIFY(checker.setLanguage(u"en_US"_s).ok());
        QCOMPARE(checker.language(), u"en_US"_s);
        QVERIFY(!checker.isCorrect(u"recieve"_s));
        QVERIFY(checker.isCorrect(u"receive"_s));
        QVERIFY(checker.isCorrect(u"Receive"_s));
        QVERIFY(checker.isCorrect(u"doesn't"_s));
        QVERIFY(checker.isCorrect(u"doesn’t"_s));
        QVERIFY(checker.suggestions(u"recieve"_s).contains(u"receive"_s));
        QVERIFY(checker.suggestions(u"recieve"_s, 2).size() <= 2);
        QVERIFY(checker.setLanguage(QString()).ok());
        QVERIFY(!checker.isEnabled());
        QVERIFY(checker.isCorrect(u"recieve"_s));
    }

    void theProjectsWordsAreRight()
    {
        SpellChecker checker(dictionaryPath(u"project.txt"_s));
        QVERIFY(checker.setLanguage(u"en_US"_s).ok());
        for (const QString& word : {u"arXiv"_s, u"LLMs"_s, u"tokenizer"_s, u"Tokenizer"_s,
                                    u"multimodal"_s, u"PyTorch"_s, u"RLHF"_s})
            QVERIFY2(checker.isCorrect(word), qPrintable(word));
        // The list is exact about case inside a word.
        QVERIFY(!checker.isCorrect(u"Arxiv"_s));
    }

    void aPersonalWordIsRightAtOnceAndAfterARestart()
    {
        const QString path = m_dir.filePath(u"sub/folder/dictionary.txt"_s);
        {
            SpellChecker checker(path);
            QVERIFY(checker.setLanguage(u"en_US"_s).ok());
            QVERIFY(!checker.isCorrect(u"frobnicator"_s));
            QSignalSpy changed(&checker, &SpellChecker::changed);
            QVERIFY(checker.addToPersonalDictionary(u"frobnicator"_s).ok());
            QCOMPARE(changed.size(), 1);
            QVERIFY(checker.isCorrect(u"frobnicator"_s));
            QVERIFY(checker.isCorrect(u"Frobnicator"_s));
            QVERIFY(checker.addToPersonalDictionary(u"Zürichsee"_s).ok());
            QVERIFY(checker.addToPersonalDictionary(u"frobnicator"_s).ok()); // once in the file
            QVERIFY(!checker.addToPersonalDictionary(u"two words"_s).ok());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), u"frobnicator\nZürichsee\n"_s);
        SpellChecker later(path);
        QVERIFY(later.setLanguage(u"en_US"_s).ok());
        QVERIFY(later.isCorrect(u"frobnicator"_s));
        QVERIFY(later.isCorrect(u"Zürichsee"_s));
        QCOMPARE(later.personalWords(), QStringList({u"frobnicator"_s, u"Zürichsee"_s}));
    }

    void aDictionaryThatCannotBeWrittenSaysSo()
    {
        const QString blocker = m_dir.filePath(u"file"_s);
        writeBytes(blocker, "not a folder");
        SpellChecker checker(blocker + u"/dictionary.txt"_s);
        const digest::Status added = checker.addToPersonalDictionary(u"frobnicator"_s);
        QVERIFY(!added.ok());
        QVERIFY2(added.errorMessage().contains(u"personal dictionary"_s),
                 qPrintable(added.errorMessage()));
    }

    void aFullDiskKeepsTheDictionaryAsItWas()
    {
        const QString path = dictionaryPath(u"dictionary.txt"_s);
        SpellChecker checker(path);
        QVERIFY(checker.addToPersonalDictionary(u"frobnicator"_s).ok());
        digest::Status added = digest::Done{};
        {
            // Less than the list: a failed write must not leave it empty or cut.
            const digest::test::FileSizeLimit full{4};
            added = checker.addToPersonalDictionary(u"quuxification"_s);
        }
        QVERIFY(!added.ok());
        QVERIFY2(added.errorMessage().contains(u"File too large"_s),
                 qPrintable(added.errorMessage()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("frobnicator\n"));
        QCOMPARE(checker.personalWords(), QStringList{u"frobnicator"_s});
    }

    void aMissingLanguageIsAClearError()
    {
        SpellChecker checker(dictionaryPath(u"missing.txt"_s));
        QVERIFY(checker.setLanguage(u"en_US"_s).ok());
        const digest::Status status = checker.setLanguage(u"xx_YY"_s);
        QVERIFY(!status.ok());
        QVERIFY2(status.errorMessage().contains(u"xx_YY"_s), qPrintable(status.errorMessage()));
        QVERIFY2(status.errorMessage().contains(u"hunspell-xx-yy"_s),
                 qPrintable(status.errorMessage()));
        QVERIFY(!checker.isEnabled());
        QVERIFY(checker.isCorrect(u"recieve"_s));
    }

    // A dictionary declaring SET ISO8859-1 has its words in Latin-1 bytes: "café" must reach
    // Hunspell as 63 61 66 E9, and a word Latin-1 cannot write is not judged.
    void aLatin1DictionaryGetsLatin1Words()
    {
        QTemporaryDir folder;
        writeBytes(folder.filePath(u"xx_LATIN.aff"_s),
                   "SET ISO8859-1\nTRY esianrtolcdugmphbyfvkwz\n");
        writeBytes(folder.filePath(u"xx_LATIN.dic"_s), "2\ncaf\xe9\nna\xefve\n");
        qputenv("DICPATH", QFile::encodeName(folder.path()));
        const QStringList languages = SpellChecker::availableLanguages();
        SpellChecker checker(dictionaryPath(u"latin.txt"_s));
        const digest::Status status = checker.setLanguage(u"xx_LATIN"_s);
        qunsetenv("DICPATH");
        QVERIFY(languages.contains(u"xx_LATIN"_s));
        QVERIFY(languages.contains(u"en_US"_s));
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QVERIFY(checker.isCorrect(u"café"_s));
        QVERIFY(checker.isCorrect(u"naïve"_s));
        QVERIFY(!checker.isCorrect(u"cafe"_s));
        QVERIFY(checker.suggestions(u"cafè"_s).contains(u"café"_s));
        QVERIFY(checker.isCorrect(u"東京"_s));
    }

    // The proofreader asks from a worker thread while the GUI thread changes the language and
    // adds words: every answer is one of the two languages' (no crash, no torn state).
    void manyThreadsAskAtOnce()
    {
        SpellChecker checker(dictionaryPath(u"threads.txt"_s));
        QVERIFY(checker.setLanguage(u"en_US"_s).ok());
        const QStringList words = {u"receive"_s, u"recieve"_s, u"language"_s, u"langauge"_s,
                                   u"model"_s,   u"modle"_s,   u"LLMs"_s,     u"thread"_s};
        QList<int> rounds(8);
        std::iota(rounds.begin(), rounds.end(), 0);
        QFuture<int> wrong = QtConcurrent::mappedReduced(
            rounds,
            [&](int) {
                int misspelt = 0;
                for (int i = 0; i < 2000; ++i)
                    misspelt += checker.isCorrect(words.at(i % words.size())) ? 0 : 1;
                return misspelt;
            },
            [](int& total, int misspelt) { total += misspelt; });
        for (int i = 0; i < 20; ++i) {
            QVERIFY(checker.setLanguage(i % 2 ? u"en_US"_s : QString()).ok());
            QVERIFY(checker.addToPersonalDictionary(u"word%1x"_s.arg(i)).ok());
        }
        QVERIFY(checker.setLanguage(u"en_US"_s).ok());
        wrong.waitForFinished();
        // Three of eight words are misspelt: at most 3/8 of the answers say so.
        QVERIFY(wrong.result() <= 8 * 2000 * 3 / 8);
        QVERIFY(!checker.isCorrect(u"recieve"_s));
        QVERIFY(checker.isCorrect(u"word7x"_s));
    }

    // Hunspell's process-wide UTF-8 table is made by the first dictionary and freed by the last:
    // dictionaries opened and closed on many threads at once (a language read in the background
    // while another is chosen) must each judge right, and the sanitizer build sees no leak or
    // double free of that table. A tiny UTF-8 dictionary keeps the opening short, so the
    // threads, released together, meet where the table is made.
    void dictionariesOpenAndCloseOnManyThreadsAtOnce()
    {
        QTemporaryDir folder;
        writeBytes(folder.filePath(u"xx_UTF.aff"_s), "SET UTF-8\nTRY esianrtolcdugmphbyfvkwz\n");
        writeBytes(folder.filePath(u"xx_UTF.dic"_s), "2\ncaf\xc3\xa9\nmodel\n");
        qputenv("DICPATH", QFile::encodeName(folder.path()));
        constexpr int threadCount = 8;
        constexpr int rounds = 150;
        std::atomic<int> judgedRight = 0;
        for (int round = 0; round < rounds; ++round) {
            std::latch start(threadCount);
            std::vector<std::thread> threads;
            for (int t = 0; t < threadCount; ++t)
                threads.emplace_back([&, t] {
                    SpellChecker checker(dictionaryPath(u"many-%1.txt"_s.arg(t)));
                    start.arrive_and_wait();
                    if (checker.setLanguage(u"xx_UTF"_s).ok() && checker.isCorrect(u"café"_s) &&
                        !checker.isCorrect(u"modle"_s))
                        ++judgedRight;
                });
            for (std::thread& thread : threads)
                thread.join();
        }
        qunsetenv("DICPATH");
        QCOMPARE(judgedRight.load(), threadCount * rounds);
    }
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
