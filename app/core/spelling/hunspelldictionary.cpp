#include "core/spelling/hunspelldictionary.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell.hxx>

namespace digest {
namespace {

class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(digest::SpellChecker)
};

// Hunspell keeps one UTF-8 table for the whole process, made by the first dictionary and freed
// by the last, with an unguarded count: two dictionaries opened or closed at once on two
// threads (a language read in the background while another is chosen) race on it, leak it or
// free it twice. Every Hunspell is made and destroyed under this lock.
QMutex& hunspellLifetimeLock()
{
    static QMutex lock;
    return lock;
}

} // namespace

QByteArray qtEncodingName(const QByteArray& hunspellName)
{
    const QByteArray name = hunspellName.trimmed().toUpper();
    if (name.isEmpty())
        return QByteArrayLiteral("ISO-8859-1"); // Hunspell's default without a SET line
    if (name.startsWith("ISO8859-"))
        return "ISO-8859-" + name.mid(8);
    if (name.startsWith("MICROSOFT-CP"))
        return "windows-" + name.mid(12);
    return name;
}

Result<std::unique_ptr<HunspellDictionary>> HunspellDictionary::open(const QString& affPath,
                                                                     const QString& dicPath)
{
    for (const QString& path : {affPath, dicPath}) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{
                Tr::tr("Cannot read the dictionary file %1: %2").arg(path, file.errorString())};
    }
    std::unique_ptr<Hunspell> hunspell;
    {
        const QMutexLocker locker(&hunspellLifetimeLock());
        hunspell = std::make_unique<Hunspell>(QFile::encodeName(affPath).constData(),
                                              QFile::encodeName(dicPath).constData());
    }
    const QByteArray encoding = qtEncodingName(QByteArray(hunspell->get_dic_encoding()));
    // Owned by the dictionary from here on, so that the error below also frees it under the lock.
    std::unique_ptr<HunspellDictionary> dictionary(
        new HunspellDictionary(std::move(hunspell), encoding));
    if (!QStringEncoder(encoding.constData()).isValid())
        return Error{Tr::tr("The dictionary %1 is written in %2, which this program cannot read.")
                         .arg(dicPath, QString::fromLatin1(encoding))};
    return dictionary;
}

HunspellDictionary::HunspellDictionary(std::unique_ptr<Hunspell> hunspell, QByteArray encoding)
    : m_hunspell(std::move(hunspell))
    , m_encoding(std::move(encoding))
{}

HunspellDictionary::~HunspellDictionary()
{
    const QMutexLocker locker(&hunspellLifetimeLock());
    m_hunspell.reset();
}

std::optional<std::string> HunspellDictionary::encoded(const QString& word) const
{
    QStringEncoder encoder(m_encoding.constData(), QStringConverter::Flag::Stateless);
    const QByteArray bytes = encoder.encode(word);
    // Qt's Latin-1 encoder writes '?' for what it cannot write and reports no error: a word
    // that does not come back the same cannot be written.
    QStringDecoder decoder(m_encoding.constData(), QStringConverter::Flag::Stateless);
    if (encoder.hasError() || QString(decoder.decode(bytes)) != word)
        return std::nullopt;
    return bytes.toStdString();
}

std::optional<bool> HunspellDictionary::spell(const QString& word)
{
    const std::optional<std::string> bytes = encoded(word);
    if (!bytes)
        return std::nullopt;
    return m_hunspell->spell(*bytes);
}

QStringList HunspellDictionary::suggest(const QString& word, int limit)
{
    const std::optional<std::string> bytes = encoded(word);
    if (!bytes)
        return {};
    QStringList result;
    for (const std::string& suggestion : m_hunspell->suggest(*bytes)) {
        if (result.size() >= limit)
            break;
        QStringDecoder decoder(m_encoding.constData(), QStringConverter::Flag::Stateless);
        result.append(
            decoder.decode(QByteArrayView(suggestion.data(), qsizetype(suggestion.size()))));
    }
    return result;
}

} // namespace digest
