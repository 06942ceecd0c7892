#include "core/settings/generationsettings.h"
#include "core/settings/settings.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using digest::PromptTemplates;
using digest::Settings;
using digest::TopicSection;
using digest::TopicSource;

namespace {

// One setting changed to a value other than its default.
struct Change
{
    const char* key = nullptr;
    std::function<void(Settings&)> apply;
};

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QList<TopicSource> someSources()
{
    return {{QUrl(QStringLiteral("https://example.org/r/LocalLLaMA/top.json?t=day")),
             TopicSection::Consequences},
            {QUrl(QStringLiteral("https://example.org/feed.xml")), TopicSection::Trending}};
}

// Every setting, each changed away from its default.
QList<std::pair<QByteArray, Change>> everyChange()
{
    using namespace digest::SettingKey;
    return {
        {"last folder",
         {LastFolder,
          [](Settings& s) {
              s.setLastFolder(QStringLiteral("/srv/a"));
          }}},
        {"site folder",
         {SiteFolder,
          [](Settings& s) {
              s.setSiteFolder(QStringLiteral("/srv/site"));
          }}},
        {"post path pattern",
         {PostPathPattern,
          [](Settings& s) {
              s.setPostPathPattern(QStringLiteral("content/YYYY/MM-DD.md"));
          }}},
        {"site time zone",
         {SiteTimeZone,
          [](Settings& s) {
              s.setSiteTimeZone(QTimeZone(QByteArrayLiteral("Europe/Berlin")));
          }}},
        {"git remote",
         {GitRemote,
          [](Settings& s) {
              s.setGitRemote(QStringLiteral("upstream"));
          }}},
        {"git branch",
         {GitBranch,
          [](Settings& s) {
              s.setGitBranch(QStringLiteral("gh-pages"));
          }}},
        {"commit template",
         {CommitTemplate,
          [](Settings& s) {
              s.setCommitTemplate(QStringLiteral("digest {date}: {title}"));
          }}},
        {"build with hugo",
         {BuildWithHugo,
          [](Settings& s) {
              s.setBuildWithHugo(true);
          }}},
        {"review branch pattern",
         {ReviewBranchPattern,
          [](Settings& s) {
              s.setReviewBranchPattern(QStringLiteral("review/YYYYMMDD"));
          }}},
        {"site disclaimer",
         {SiteDisclaimer,
          [](Settings& s) {
              s.setSiteDisclaimer(QStringLiteral("Written with a model; checked by a person."));
          }}},
        {"editor font size",
         {EditorFontSize,
          [](Settings& s) {
              s.setEditorFontSize(13);
          }}},
        {"wrap lines",
         {WrapLines,
          [](Settings& s) {
              s.setWrapLines(false);
          }}},
        {"remote images",
         {RemoteImages,
          [](Settings& s) {
              s.setRemoteImages(true);
          }}},
        {"scroll sync",
         {ScrollSync,
          [](Settings& s) {
              s.setScrollSync(false);
          }}},
        {"topic sources",
         {TopicSources,
          [](Settings& s) {
              s.setTopicSources(someSources());
          }}},
        // An ini file keeps a list of one as a plain string: it must still read as that list.
        {"one topic source",
         {TopicSources,
          [](Settings& s) {
              s.setTopicSources(someSources().mid(0, 1));
          }}},
        {"keep flair",
         {TopicTitlesKeepFlair,
          [](Settings& s) {
              s.setTopicTitlesKeepFlair(true);
          }}},
        {"fetch on start",
         {FetchTopicsOnStart,
          [](Settings& s) {
              s.setFetchTopicsOnStart(false);
          }}},
        {"connect timeout",
         {NetworkConnectTimeout,
          [](Settings& s) {
              s.setNetworkConnectTimeoutMs(1500);
          }}},
        {"timeout",
         {NetworkTimeout,
          [](Settings& s) {
              s.setNetworkTimeoutMs(4000);
          }}},
        {"theme",
         {Theme,
          [](Settings& s) {
              s.setTheme(Settings::Theme::Dark);
          }}},
        {"model base url",
         {ModelBaseUrl,
          [](Settings& s) {
              s.setModelBaseUrl(QStringLiteral("http://localhost:11434/v1"));
          }}},
        {"model name",
         {ModelName,
          [](Settings& s) {
              s.setModelName(QStringLiteral("qwen2.5:7b"));
          }}},
        {"temperature",
         {ModelTemperature,
          [](Settings& s) {
              s.setModelTemperature(0.25);
          }}},
        {"max tokens",
         {ModelMaxTokens,
          [](Settings& s) {
              s.setModelMaxTokens(600);
          }}},
        {"idle timeout",
         {ModelIdleTimeout,
          [](Settings& s) {
              s.setModelIdleTimeoutMs(45'000);
          }}},
        {"input price",
         {ModelInputPrice,
          [](Settings& s) {
              s.setModelInputPricePerMillion(0.15);
          }}},
        {"output price",
         {ModelOutputPrice,
          [](Settings& s) {
              s.setModelOutputPricePerMillion(0.6);
          }}},
        {"parallel requests",
         {ModelParallelRequests,
          [](Settings& s) {
              s.setModelParallelRequests(12);
          }}},
        {"tag follows model",
         {ModelTagFollowsModel,
          [](Settings& s) {
              s.setModelTagFollowsModel(false);
          }}},
        {"system prompt",
         {PromptSystem,
          [](Settings& s) {
              s.setPromptSystem(QStringLiteral("You are terse.\nVery terse."));
          }}},
        {"benefits prompt",
         {PromptBenefits,
          [](Settings& s) {
              s.setPromptBenefits(QStringLiteral("Good sides of {title} ({link}):\n\n{text}"));
          }}},
        {"ramifications prompt",
         {PromptRamifications,
          [](Settings& s) {
              s.setPromptRamifications(QStringLiteral("Risks of {title}; \"quoted\", = and #"));
          }}},
        {"prediction prompt",
         {PromptPrediction,
          [](Settings& s) {
              s.setPromptPrediction(QStringLiteral("When will {event} happen?"));
          }}},
    };
}

} // namespace

Q_DECLARE_METATYPE(Change)

class tst_Settings final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void typedValuesRoundTripThroughTheIniFile();
    void defaultsComeBackWhenNothingIsStored();
    void changedIsEmittedOnceForANewValue_data();
    void changedIsEmittedOnceForANewValue();
    void changedIsNotEmittedForTheSameValue_data();
    void changedIsNotEmittedForTheSameValue();
    void themeIsStoredByName();
    void themeReadsHandWrittenNames_data();
    void themeReadsHandWrittenNames();
    void siteTimeZoneDefaultsToUtcAndInvalidIdsReadAsUtc();
    void handEditedNumbersOutOfRangeReadAsTheDefault();
    void promptTemplatesEqualToTheDefaultsAreNotStored();
    void emptyRequestTemplatesReadAsTheDefault();
    // Spelling.
    void spellingIsUsEnglishUntilTurnedOff();
    // Autosave.
    void autosaveIsEveryFiveSecondsUntilTurnedOff();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void tst_Settings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("settings.ini"));
}

void tst_Settings::typedValuesRoundTripThroughTheIniFile()
{
    const QTimeZone berlin(QByteArrayLiteral("Europe/Berlin"));
    QVERIFY(berlin.isValid());
    {
        Settings settings(m_path);
        for (const auto& [name, change] : everyChange()) {
            if (name != "one topic source")
                change.apply(settings);
        }
        settings.sync();
    }
    // Read from the file's text, not from what QSettings keeps of the files it wrote.
    const QString copy = m_dir->filePath(QStringLiteral("copy.ini"));
    QVERIFY(QFile::copy(m_path, copy));

    const Settings read(copy);
    QCOMPARE(read.lastFolder(), QStringLiteral("/srv/a"));
    QCOMPARE(read.siteFolder(), QStringLiteral("/srv/site"));
    QCOMPARE(read.postPathPattern(), QStringLiteral("content/YYYY/MM-DD.md"));
    QCOMPARE(read.siteTimeZone(), berlin);
    QCOMPARE(read.gitRemote(), QStringLiteral("upstream"));
    QCOMPARE(read.gitBranch(), QStringLiteral("gh-pages"));
    QCOMPARE(read.commitTemplate(), QStringLiteral("digest {date}: {title}"));
    QCOMPARE(read.buildWithHugo(), true);
    QCOMPARE(read.reviewBranchPattern(), QStringLiteral("review/YYYYMMDD"));
    QCOMPARE(read.siteDisclaimer(), QStringLiteral("Written with a model; checked by a person."));
    QCOMPARE(read.editorFontSize(), 13);
    QCOMPARE(read.wrapLines(), false);
    QCOMPARE(read.remoteImages(), true);
    QCOMPARE(read.scrollSync(), false);
    QCOMPARE(read.topicSources(), someSources());
    QCOMPARE(read.topicTitlesKeepFlair(), true);
    QCOMPARE(read.fetchTopicsOnStart(), false);
    QCOMPARE(read.networkConnectTimeoutMs(), 1500);
    QCOMPARE(read.networkTimeoutMs(), 4000);
    QCOMPARE(read.theme(), Settings::Theme::Dark);
    QCOMPARE(read.modelBaseUrl(), QStringLiteral("http://localhost:11434/v1"));
    QCOMPARE(read.modelName(), QStringLiteral("qwen2.5:7b"));
    QCOMPARE(read.modelTemperature(), 0.25);
    QCOMPARE(read.modelMaxTokens(), 600);
    QCOMPARE(read.modelIdleTimeoutMs(), 45'000);
    QCOMPARE(read.modelInputPricePerMillion(), 0.15);
    QCOMPARE(read.modelOutputPricePerMillion(), 0.6);
    QCOMPARE(read.modelParallelRequests(), 12);
    QCOMPARE(read.modelTagFollowsModel(), false);
    QCOMPARE(digest::tokenPrices(read), (digest::TokenPrices{0.15, 0.6}));
    const PromptTemplates templates = digest::promptTemplates(read);
    QCOMPARE(templates.system, QStringLiteral("You are terse.\nVery terse."));
    QCOMPARE(templates.benefits, QStringLiteral("Good sides of {title} ({link}):\n\n{text}"));
    QCOMPARE(templates.ramifications, QStringLiteral("Risks of {title}; \"quoted\", = and #"));
    QCOMPARE(templates.prediction, QStringLiteral("When will {event} happen?"));

    // A list of one source is a list of one source after the file, and no sources is none (not
    // the defaults): the person removed them.
    const auto roundTrip = [this](const QList<TopicSource>& sources, const QString& name) {
        const QString path = m_dir->filePath(name);
        {
            Settings settings(path);
            settings.setTopicSources(sources);
            settings.sync();
        }
        const QString copied = path + QStringLiteral(".copy");
        return QFile::copy(path, copied) ? Settings(copied).topicSources() : QList<TopicSource>();
    };
    QCOMPARE(roundTrip(someSources().mid(0, 1), QStringLiteral("one.ini")),
             someSources().mid(0, 1));
    QCOMPARE(roundTrip({}, QStringLiteral("none.ini")), QList<TopicSource>());
}

void tst_Settings::defaultsComeBackWhenNothingIsStored()
{
    Settings settings(m_path);
    QCOMPARE(settings.fileName(), m_path);
    QCOMPARE(settings.format(), QSettings::IniFormat);
    QCOMPARE(settings.lastFolder(), QDir::homePath());
    QCOMPARE(settings.siteFolder(), QString());
    QVERIFY(!Settings::defaultPostPathPattern().isEmpty());
    QCOMPARE(settings.postPathPattern(), Settings::defaultPostPathPattern());
    QCOMPARE(settings.siteTimeZone(), QTimeZone::utc());
    QCOMPARE(settings.gitRemote(), QStringLiteral("origin"));
    QCOMPARE(settings.gitBranch(), QString());
    QCOMPARE(settings.commitTemplate(), QStringLiteral("post: {date} daily AI summary"));
    QCOMPARE(settings.buildWithHugo(), false);
    QCOMPARE(settings.reviewBranchPattern(), QStringLiteral("digest/YYYY-MM-DD"));
    QCOMPARE(settings.siteDisclaimer(), QString());
    QCOMPARE(settings.editorFontSize(), 0);
    QCOMPARE(settings.wrapLines(), true);
    QCOMPARE(settings.remoteImages(), false);
    QCOMPARE(settings.scrollSync(), true);
    QCOMPARE(settings.topicSources().size(), 2);
    QCOMPARE(settings.topicSources(), Settings::defaultTopicSources());
    QCOMPARE(settings.topicTitlesKeepFlair(), false);
    QCOMPARE(settings.fetchTopicsOnStart(), true);
    QCOMPARE(settings.networkConnectTimeoutMs(), 10'000);
    QCOMPARE(settings.networkTimeoutMs(), 30'000);
    QCOMPARE(settings.theme(), Settings::Theme::System);
    QCOMPARE(settings.modelInputPricePerMillion(), 0.0);
    QCOMPARE(settings.modelOutputPricePerMillion(), 0.0);
    QCOMPARE(settings.modelParallelRequests(), 4);
    QCOMPARE(settings.modelTagFollowsModel(), true);
    QCOMPARE(digest::promptTemplates(settings), PromptTemplates::defaults());

    // Reading the defaults writes nothing: a later change of a default reaches every user who
    // never chose otherwise.
    settings.sync();
    QCOMPARE(readAll(m_path), QByteArray());
}

void tst_Settings::changedIsEmittedOnceForANewValue_data()
{
    QTest::addColumn<Change>("change");
    for (const auto& [name, change] : everyChange())
        QTest::newRow(name.constData()) << change;
}

void tst_Settings::changedIsEmittedOnceForANewValue()
{
    QFETCH(Change, change);
    Settings settings(m_path);
    QSignalSpy changed(&settings, &Settings::changed);
    change.apply(settings);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QLatin1String(change.key));
}

void tst_Settings::changedIsNotEmittedForTheSameValue_data()
{
    changedIsEmittedOnceForANewValue_data();
}

void tst_Settings::changedIsNotEmittedForTheSameValue()
{
    QFETCH(Change, change);
    {
        Settings settings(m_path);
        change.apply(settings);
        QSignalSpy changed(&settings, &Settings::changed);
        change.apply(settings);
        QCOMPARE(changed.size(), 0);
        settings.sync();
    }
    // The same value again after the application started anew: what the file holds is the
    // value the person chose, whatever type the file gives it back as. (A copy, because
    // QSettings keeps the files it wrote in memory for the rest of the process.)
    const QString copy = m_dir->filePath(QStringLiteral("restarted.ini"));
    QVERIFY(QFile::copy(m_path, copy));
    Settings restarted(copy);
    QSignalSpy changed(&restarted, &Settings::changed);
    change.apply(restarted);
    QCOMPARE(changed.size(), 0);
}

void tst_Settings::themeIsStoredByName()
{
    {
        Settings settings(m_path);
        settings.setTheme(Settings::Theme::Dark);
        settings.sync();
    }
    const QString text = QString::fromUtf8(readAll(m_path));
    QVERIFY2(text.contains(QStringLiteral("theme=Dark")), qPrintable(text));
    QCOMPARE(Settings(m_path).theme(), Settings::Theme::Dark);
}

void tst_Settings::themeReadsHandWrittenNames_data()
{
    QTest::addColumn<QByteArray>("stored");
    QTest::addColumn<Settings::Theme>("theme");
    // Lower case is what the settings stored before they stored the enum's own names.
    QTest::newRow("dark") << QByteArray("dark") << Settings::Theme::Dark;
    QTest::newRow("LIGHT") << QByteArray("LIGHT") << Settings::Theme::Light;
    QTest::newRow("system") << QByteArray("system") << Settings::Theme::System;
    QTest::newRow("garbage") << QByteArray("solarized") << Settings::Theme::System;
    QTest::newRow("a number") << QByteArray("2") << Settings::Theme::System;
    QTest::newRow("empty") << QByteArray() << Settings::Theme::System;
}

void tst_Settings::themeReadsHandWrittenNames()
{
    QFETCH(QByteArray, stored);
    QFETCH(Settings::Theme, theme);
    QVERIFY(writeAll(m_path, "[window]\ntheme=" + stored + '\n'));
    QCOMPARE(Settings(m_path).theme(), theme);
}

void tst_Settings::siteTimeZoneDefaultsToUtcAndInvalidIdsReadAsUtc()
{
    // The computer is far from UTC: a zone that fell back to the local one would show.
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Asia/Tokyo");
    const auto restore = qScopeGuard([&] {
        if (oldTz.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", oldTz);
    });
    const QDateTime instant(QDate(2026, 11, 30), QTime(23, 30), Qt::UTC);

    QCOMPARE(Settings(m_path).siteTimeZone(), QTimeZone::utc());

    // A name this system does not know, and a value emptied by hand.
    for (const QByteArray& stored : {QByteArray("Mars/Olympus_Mons"), QByteArray("")}) {
        const QString path =
            m_dir->filePath(QString::fromLatin1("zone-" + stored.toHex() + ".ini"));
        QVERIFY(writeAll(path, "[site]\ntimeZone=" + stored + '\n'));
        const QTimeZone zone = Settings(path).siteTimeZone();
        QVERIFY2(zone.isValid(), stored.constData());
        QVERIFY2(zone.offsetFromUtc(instant) == 0,
                 qPrintable(QStringLiteral("'%1' reads as %2")
                                .arg(QString::fromLatin1(stored), QString::fromUtf8(zone.id()))));
    }

    const QString tokyo = m_dir->filePath(QStringLiteral("tokyo.ini"));
    QVERIFY(writeAll(tokyo, "[site]\ntimeZone=Asia/Tokyo\n"));
    QCOMPARE(Settings(tokyo).siteTimeZone(), QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
}

void tst_Settings::handEditedNumbersOutOfRangeReadAsTheDefault()
{
    QVERIFY(writeAll(m_path, "[network]\nconnectTimeoutMs=-5\ntimeoutMs=soon\n"
                             "[model]\ntemperature=7\nmaxTokens=-3\nidleTimeoutMs=0\n"));
    const Settings settings(m_path);
    const Settings defaults(m_dir->filePath(QStringLiteral("none.ini")));
    QCOMPARE(settings.networkConnectTimeoutMs(), defaults.networkConnectTimeoutMs());
    QCOMPARE(settings.networkTimeoutMs(), defaults.networkTimeoutMs());
    // A temperature outside 0..2 would be refused by every server; no negative token limit.
    QCOMPARE(settings.modelTemperature(), defaults.modelTemperature());
    QCOMPARE(settings.modelMaxTokens(), 0);
    QCOMPARE(settings.modelIdleTimeoutMs(), defaults.modelIdleTimeoutMs());
    QVERIFY(defaults.modelBaseUrl().isEmpty() && defaults.modelName().isEmpty());

    // No negative price, no parallel requests without a limit or below one.
    QVERIFY(writeAll(m_path, "[model]\ninputPricePerMillion=-2\noutputPricePerMillion=free\n"
                             "parallelRequests=0\n"));
    QCOMPARE(Settings(m_path).modelInputPricePerMillion(), 0.0);
    QCOMPARE(Settings(m_path).modelOutputPricePerMillion(), 0.0);
    QCOMPARE(Settings(m_path).modelParallelRequests(), 4);
    const QString many = m_dir->filePath(QStringLiteral("many.ini"));
    QVERIFY(writeAll(many, "[model]\nparallelRequests=100000\n"));
    QCOMPARE(Settings(many).modelParallelRequests(), Settings::kMaxParallelRequests);
}

void tst_Settings::promptTemplatesEqualToTheDefaultsAreNotStored()
{
    const PromptTemplates defaults = PromptTemplates::defaults();
    PromptTemplates edited = defaults;
    edited.benefits = QStringLiteral("Benefits of {title}?");
    {
        Settings settings(m_path);
        QSignalSpy changed(&settings, &Settings::changed);
        digest::setPromptTemplates(settings, edited);
        // Only the template that differs is a change, and only it is written.
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QLatin1String(digest::SettingKey::PromptBenefits));
        settings.sync();
        const QString text = QString::fromUtf8(readAll(m_path));
        QVERIFY2(text.contains(QStringLiteral("benefits=")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("system=")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("prediction=")), qPrintable(text));

        // Back to the default: the stored one goes, and that is a change too.
        changed.clear();
        digest::setPromptTemplates(settings, defaults);
        QCOMPARE(changed.size(), 1);
        settings.sync();
    }
    const QString text = QString::fromUtf8(readAll(m_path));
    QVERIFY2(!text.contains(QStringLiteral("benefits=")), qPrintable(text));
    const QString copy = m_dir->filePath(QStringLiteral("copy.ini"));
    QVERIFY(QFile::copy(m_path, copy));
    QCOMPARE(digest::promptTemplates(Settings(copy)), defaults);
}

void tst_Settings::emptyRequestTemplatesReadAsTheDefault()
{
    Settings settings(m_path);
    PromptTemplates empty;
    digest::setPromptTemplates(settings, empty);
    const PromptTemplates read = digest::promptTemplates(settings);
    // A request without words asks the model nothing; a system prompt may well be left out.
    QCOMPARE(read.system, QString());
    QCOMPARE(read.benefits, PromptTemplates::defaults().benefits);
    QCOMPARE(read.ramifications, PromptTemplates::defaults().ramifications);
    QCOMPARE(read.prediction, PromptTemplates::defaults().prediction);
}

void tst_Settings::spellingIsUsEnglishUntilTurnedOff()
{
    {
        Settings settings(m_path);
        QCOMPARE(settings.spellingLanguage(), QStringLiteral("en_US"));
        QSignalSpy changed(&settings, &Settings::changed);
        settings.setSpellingLanguage(QStringLiteral("de_DE"));
        settings.setSpellingLanguage(QStringLiteral("de_DE"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(),
                 QLatin1String(digest::SettingKey::SpellingLanguage));
        QCOMPARE(settings.spellingLanguage(), QStringLiteral("de_DE"));
        // Off is a value of its own, not the default.
        settings.setSpellingLanguage(QString());
        settings.sync();
    }
    QCOMPARE(Settings(m_path).spellingLanguage(), QString());
}

void tst_Settings::autosaveIsEveryFiveSecondsUntilTurnedOff()
{
    {
        Settings settings(m_path);
        QCOMPARE(settings.autosaveSeconds(), 5);
        QSignalSpy changed(&settings, &Settings::changed);
        settings.setAutosaveSeconds(0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(),
                 QLatin1String(digest::SettingKey::AutosaveSeconds));
        settings.sync();
    }
    QCOMPARE(Settings(m_path).autosaveSeconds(), 0);
    {
        Settings settings(m_path);
        settings.setAutosaveSeconds(-3);
        QCOMPARE(settings.autosaveSeconds(), 0);
        settings.setAutosaveSeconds(1'000'000);
        QCOMPARE(settings.autosaveSeconds(), Settings::kMaxAutosaveSeconds);
    }
    // A hand edit that is not a number reads as the default.
    {
        QSettings raw(m_path, QSettings::IniFormat);
        raw.setValue(QLatin1String(digest::SettingKey::AutosaveSeconds), QStringLiteral("soon"));
    }
    QCOMPARE(Settings(m_path).autosaveSeconds(), 5);
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
