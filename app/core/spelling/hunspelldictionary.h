#pragma once

#include "core/util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Hunspell;

namespace digest {

// One Hunspell dictionary and the encoding its words are written in: Hunspell takes and gives
// bytes in the encoding the .aff file declares (SET UTF-8, SET ISO8859-1, ...), so every word
// is converted on the way in and out. Not thread-safe: SpellChecker holds its lock around it.
class HunspellDictionary final
{
public:
    static Result<std::unique_ptr<HunspellDictionary>> open(const QString& affPath,
                                                            const QString& dicPath);
    ~HunspellDictionary();
    HunspellDictionary(const HunspellDictionary&) = delete;
    HunspellDictionary& operator=(const HunspellDictionary&) = delete;

    // The encoding's name as Qt knows it ("UTF-8", "ISO-8859-1").
    QByteArray encoding() const { return m_encoding; }
    // Whether the dictionary knows the word; nullopt when the word cannot be written in the
    // dictionary's encoding.
    std::optional<bool> spell(const QString& word);
    QStringList suggest(const QString& word, int limit);

private:
    HunspellDictionary(std::unique_ptr<Hunspell> hunspell, QByteArray encoding);
    std::optional<std::string> encoded(const QString& word) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QByteArray m_encoding;
};

// The name Qt's converters know for an encoding a .aff file declares: Hunspell's "ISO8859-1"
// is "ISO-8859-1", "microsoft-cp1251" is "windows-1251".
QByteArray qtEncodingName(const QByteArray& hunspellName);

} // namespace digest
