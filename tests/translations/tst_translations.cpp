// German must be complete and in step with the code (issue 14): no unfinished, obsolete or
// vanished entry in translations/digest_editor_de.ts, and lupdate run on the sources (as the
// update_translations target runs it) into a copy of the .ts finds no string the .ts lacks and
// none it holds that the code dropped. The compiled .qm must be in the program and translate.
//
// It fails whenever a string is added or changed until the German for it is written: run
// `cmake --build build --target update_translations`, translate in Qt Linguist, commit the .ts.
#include "translators.h"

#include <QDebug>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Entry
{
    QString context;
    QString source;
    QString type; // of the <translation> element: "", "unfinished", "obsolete", "vanished"
};

QList<Entry> readTs(const QString& path, QString* error)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"context") {
            context.clear();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            entry = Entry{context, {}, {}};
        } else if (xml.name() == u"source") {
            entry.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            entry.type = xml.attributes().value(QStringLiteral("type")).toString();
            entries.append(entry);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QSet<QString> pairs(const QList<Entry>& entries)
{
    QSet<QString> set;
    for (const Entry& entry : entries)
        set.insert(entry.context + QStringLiteral(" | ") + entry.source);
    return set;
}

const QString kTs = QStringLiteral(DIGEST_SOURCE_DIR "/translations/digest_editor_de.ts");

} // namespace

class tst_Translations final : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryIsTranslated();
    void theTsIsInStepWithTheSources();
    void theGermanQmIsBuiltAndTranslates();
};

void tst_Translations::everyEntryIsTranslated()
{
    QString error;
    const QList<Entry> entries = readTs(kTs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > 100);
    QStringList open;
    for (const Entry& entry : entries)
        if (!entry.type.isEmpty())
            open.append(QStringLiteral("%1: %2 | %3").arg(entry.type, entry.context, entry.source));
    // Each one on a line of its own: Qt Test cuts a long failure message short.
    open.sort();
    for (const QString& entry : std::as_const(open))
        qInfo().noquote() << entry;
    QVERIFY2(open.isEmpty(),
             qPrintable(QStringLiteral("%1 entries not done (listed above)").arg(open.size())));
}

void tst_Translations::theTsIsInStepWithTheSources()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("digest_editor_de.ts"));
    QVERIFY(QFile::copy(kTs, copy));
    // The files translations/CMakeLists.txt gives lupdate: every .cpp and .h of app/ and ui/.
    QStringList arguments{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                          QStringLiteral("none"), QStringLiteral("-silent")};
    for (const char* include : {"", "/app", "/translations"})
        arguments << QStringLiteral("-I")
                  << QStringLiteral(DIGEST_SOURCE_DIR) + QLatin1String(include);
    int files = 0;
    for (const char* folder : {"/app", "/ui"}) {
        QDirIterator it(QStringLiteral(DIGEST_SOURCE_DIR) + QLatin1String(folder),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            arguments << it.next();
            ++files;
        }
    }
    QVERIFY(files > 100);
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(DIGEST_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120'000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QString error;
    const QList<Entry> updated = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QList<Entry> checkedIn = readTs(kTs, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // lupdate marks a string new to the .ts unfinished; -no-obsolete drops the ones gone.
    const QSet<QString> inCode = pairs(updated);
    const QSet<QString> inTs = pairs(checkedIn);
    QStringList missing = (inCode - inTs).values();
    QStringList gone = (inTs - inCode).values();
    missing.sort();
    gone.sort();
    // Each one on a line of its own: Qt Test cuts a long failure message short.
    for (const QString& pair : std::as_const(missing))
        qInfo().noquote() << "not in the .ts:" << pair;
    for (const QString& pair : std::as_const(gone))
        qInfo().noquote() << "no longer in the code:" << pair;
    QVERIFY2(missing.isEmpty() && gone.isEmpty(),
             qPrintable(QStringLiteral("%1 strings of the code are not in the .ts, %2 of the .ts "
                                       "are no longer in the code (listed above as context | "
                                       "source); run the update_translations target")
                            .arg(missing.size())
                            .arg(gone.size())));
}

void tst_Translations::theGermanQmIsBuiltAndTranslates()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/digest_editor_de.qm")));
    QTranslator german;
    QVERIFY(german.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("digest_editor"),
                        QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(german.translate("digest::ui::MainWindow", "&File"), QStringLiteral("&Datei"));

    // Installed through the application's own path, German and back.
    digest::installTranslators(*QCoreApplication::instance(), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("digest::ui::MainWindow", "&File"),
             QStringLiteral("&Datei"));
    digest::installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("digest::ui::MainWindow", "&File"),
             QStringLiteral("&File"));
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
