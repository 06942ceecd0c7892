#include "core/spelling/spellchecker.h"

#include "core/post/postfile.h"
#include "core/spelling/hunspelldictionary.h"
#include "core/version.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace digest {
namespace {

const QLatin1String kSystemFolder("/usr/share/hunspell");

// Hunspell's dictionaries write the apostrophe as ASCII; a post often has the typographic one.
QString plainApostrophes(QString word)
{
    return word.replace(u'’', u'\'');
}

bool isWordForTheList(const QString& word)
{
    if (word.isEmpty() || word.size() > 100)
        return false;
    for (const QChar c : word) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return true;
}

} // namespace

QString SpellChecker::defaultPersonalDictionaryPath()
{
    // Not AppDataLocation itself: digestctl has another application name, and both programs
    // share one dictionary (the editor's AppDataLocation is this folder).
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QString::fromLatin1(kOrganizationName) + u'/' +
                               QString::fromLatin1(kApplicationName) +
                               QStringLiteral("/dictionary.txt"));
}

QStringList SpellChecker::dictionaryFolders()
{
    QStringList folders =
        qEnvironmentVariable("DICPATH").split(QDir::listSeparator(), Qt::SkipEmptyParts);
    folders.append(kSystemFolder);
    folders.removeDuplicates();
    return folders;
}

QStringList SpellChecker::availableLanguages()
{
    QStringList languages;
    for (const QString& folder : dictionaryFolders()) {
        const QDir dir(folder);
        for (const QFileInfo& aff : dir.entryInfoList({QStringLiteral("*.aff")}, QDir::Files)) {
            if (QFileInfo::exists(dir.filePath(aff.completeBaseName() + QStringLiteral(".dic"))))
                languages.append(aff.completeBaseName());
        }
    }
    languages.sort();
    languages.removeDuplicates();
    return languages;
}

SpellChecker::SpellChecker(const QString& personalDictionaryPath, QObject* parent)
    : QObject(parent)
    , m_personalPath(personalDictionaryPath)
{
    for (const QString& word : projectWords())
        m_extraWords.insert(word);
    // Read safely: a FIFO or a device named as the dictionary must not hang the start.
    if (const Result<QByteArray> bytes = PostFile::readBytes(m_personalPath); bytes) {
        const QStringList lines = QString::fromUtf8(bytes.value()).split(u'\n');
        for (const QString& line : lines) {
            const QString word = line.trimmed();
            if (isWordForTheList(word) && !m_personalList.contains(word)) {
                m_personalList.append(word);
                m_extraWords.insert(word);
            }
        }
    }
}

SpellChecker::~SpellChecker() = default;

struct SpellChecker::Opened
{
    // Shared, so that it can travel in a QFuture; only ever held by one owner at a time.
    std::shared_ptr<HunspellDictionary> dictionary;
    Status status = Done{};
};

SpellChecker::Opened SpellChecker::open(const QString& code)
{
    Opened opened;
    if (code.isEmpty())
        return opened;
    QString aff;
    QString dic;
    for (const QString& folder : dictionaryFolders()) {
        const QDir dir(folder);
        if (QFileInfo::exists(dir.filePath(code + QStringLiteral(".aff"))) &&
            QFileInfo::exists(dir.filePath(code + QStringLiteral(".dic")))) {
            aff = dir.filePath(code + QStringLiteral(".aff"));
            dic = dir.filePath(code + QStringLiteral(".dic"));
            break;
        }
    }
    if (aff.isEmpty()) {
        // Debian names the package after the language in lower case with a dash.
        const QString package = QStringLiteral("hunspell-") + code.toLower().replace(u'_', u'-');
        opened.status =
            Error{tr("No spelling dictionary for \"%1\" in %2; install %3 or choose "
                     "another language.")
                      .arg(code, dictionaryFolders().join(QStringLiteral(", ")), package)};
        return opened;
    }
    Result<std::unique_ptr<HunspellDictionary>> read = HunspellDictionary::open(aff, dic);
    if (read)
        opened.dictionary = std::move(read).value();
    else
        opened.status = Error{read.errorMessage()};
    return opened;
}

Status SpellChecker::install(const QString& code, Opened opened)
{
    bool changedNow = false;
    {
        QMutexLocker lock(&m_mutex);
        const QString language = opened.dictionary ? code : QString();
        changedNow = language != m_language || opened.dictionary || m_dictionary;
        m_dictionary = std::move(opened.dictionary);
        m_language = language;
    }
    if (changedNow)
        emit changed();
    return opened.status;
}

Status SpellChecker::setLanguage(const QString& code)
{
    ++m_languageRequest;
    return install(code, open(code));
}

void SpellChecker::setLanguageInBackground(const QString& code,
                                           std::function<void(const Status&)> done)
{
    const int request = ++m_languageRequest;
    QtConcurrent::run([code] {
        return open(code);
    }).then(this, [this, code, request, done = std::move(done)](const Opened& opened) {
        if (request != m_languageRequest)
            return; // another language was chosen while this one was read
        const Status status = install(code, opened);
        if (done)
            done(status);
    });
}

QString SpellChecker::language() const
{
    QMutexLocker lock(&m_mutex);
    return m_language;
}

bool SpellChecker::isExtraWord(const QString& word) const
{
    if (m_extraWords.contains(word))
        return true;
    // "Tokenizer" opening a sentence is the listed "tokenizer".
    if (word.size() > 1 && word.at(0).isUpper()) {
        const QString lowered = word.at(0).toLower() + word.mid(1);
        if (m_extraWords.contains(lowered))
            return true;
    }
    return false;
}

bool SpellChecker::isCorrect(const QString& word) const
{
    const QString plain = plainApostrophes(word);
    QMutexLocker lock(&m_mutex);
    if (!m_dictionary || plain.isEmpty() || isExtraWord(plain) || isExtraWord(word))
        return true;
    return m_dictionary->spell(plain).value_or(true);
}

QStringList SpellChecker::suggestions(const QString& word, int limit) const
{
    QMutexLocker lock(&m_mutex);
    if (!m_dictionary || limit <= 0)
        return {};
    return m_dictionary->suggest(plainApostrophes(word), limit);
}

std::function<bool(const QString&)> SpellChecker::wordChecker() const
{
    return [this](const QString& word) {
        return isCorrect(word);
    };
}

Status SpellChecker::addToPersonalDictionary(const QString& word)
{
    const QString trimmed = word.trimmed();
    if (!isWordForTheList(trimmed))
        return Error{tr("\"%1\" is not one word; the dictionary takes single words.").arg(word)};
    QStringList words;
    {
        QMutexLocker lock(&m_mutex);
        if (m_personalList.contains(trimmed))
            return Done{};
        words = m_personalList;
    }
    words.append(trimmed);
    QDir().mkpath(QFileInfo(m_personalPath).absolutePath());
    // The one safe write: a full disk never leaves the user's list empty.
    if (const Status written =
            PostFile::writeBytes(m_personalPath, (words.join(u'\n') + u'\n').toUtf8());
        !written)
        return Error{tr("Cannot write the personal dictionary: %1").arg(written.errorMessage())};
    {
        QMutexLocker lock(&m_mutex);
        m_personalList = words;
        m_extraWords.insert(trimmed);
    }
    emit changed();
    return Done{};
}

QStringList SpellChecker::personalWords() const
{
    QMutexLocker lock(&m_mutex);
    return m_personalList;
}

} // namespace digest
