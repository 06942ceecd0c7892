#pragma once

#include "core/util/result.h"

#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace digest {

class HunspellDictionary;

// Whether a word is spelt right, by a Hunspell dictionary of the system (hunspell-en-us and the
// like, in /usr/share/hunspell or the folders of DICPATH), the project's own AI vocabulary and
// the user's personal dictionary, a UTF-8 file of one word per line. isCorrect() and
// suggestions() may be called from any thread, also while the GUI thread changes the language
// or adds a word: the proofreader checks a post on a worker thread. Hunspell stays inside the
// .cpp (its header is not one of ours to publish).
class SpellChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpellChecker)

public:
    // The personal dictionary that the editor and digestctl share.
    static QString defaultPersonalDictionaryPath();
    // Where dictionaries are looked for: the folders of DICPATH (':'-separated), then the
    // system's.
    static QStringList dictionaryFolders();
    // The languages with a dictionary (an .aff and a .dic file): "de_DE", "en_US", ... sorted.
    static QStringList availableLanguages();
    // The built-in words of AI news that a general dictionary lacks ("LLMs", "arXiv", ...).
    static QStringList projectWords();

    // Off until setLanguage(); the personal dictionary is read from `personalDictionaryPath`
    // (missing is empty).
    explicit SpellChecker(const QString& personalDictionaryPath = defaultPersonalDictionaryPath(),
                          QObject* parent = nullptr);
    ~SpellChecker() override;

    // Loads the language's dictionary ("en_US"); "" turns spelling off. On failure (no such
    // dictionary, an unreadable one) the checker is off and the error says what to install.
    Status setLanguage(const QString& code);
    // setLanguage() with the dictionary read on a worker thread (tens of milliseconds, and
    // megabytes, that the start of the window should not wait for): until it is read the
    // checker stays as it is (off at the start: every word right, no marks), then changed()
    // says that words may read otherwise, and `done` gets the status on this object's thread.
    // A later setLanguage() or setLanguageInBackground() wins over one still reading.
    void setLanguageInBackground(const QString& code, std::function<void(const Status&)> done = {});
    // The language in use, "" when off.
    QString language() const;
    bool isEnabled() const { return !language().isEmpty(); }

    // Whether the word is spelt right; every word is when spelling is off. A word the
    // dictionary cannot even write (letters outside its encoding) is not judged: true.
    bool isCorrect(const QString& word) const;
    // At most `limit` spellings the dictionary would offer instead; none when off.
    QStringList suggestions(const QString& word, int limit = 8) const;
    // isCorrect() as a function that the lint context and the proofreader take. It refers to
    // this checker: the checker has to outlive every copy.
    std::function<bool(const QString&)> wordChecker() const;

    // Adds the word to the personal dictionary and writes the file at once (all of it,
    // atomically); the word is right from now on, in this and later sessions.
    Status addToPersonalDictionary(const QString& word);
    QStringList personalWords() const;
    QString personalDictionaryPath() const { return m_personalPath; }

signals:
    // The language changed or a word was added: what was checked may read otherwise now.
    void changed();

private:
    struct Opened;
    // Finds and reads the language's dictionary; any thread.
    static Opened open(const QString& code);
    // Puts what open() read in use and returns its status.
    Status install(const QString& code, Opened opened);
    bool isExtraWord(const QString& word) const;

    const QString m_personalPath;
    mutable QMutex m_mutex;
    // Guarded by m_mutex: the dictionary, its language, the personal words.
    std::shared_ptr<HunspellDictionary> m_dictionary;
    QString m_language;
    QStringList m_personalList;
    QSet<QString> m_extraWords;
    // Counts the language changes asked for, so that a dictionary read late is not installed
    // over a newer choice. GUI thread only.
    int m_languageRequest = 0;
};

} // namespace digest
