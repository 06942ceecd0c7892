#include "core/settings/generationsettings.h"
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "openaiserver.h"
#include "testhttpserver.h"
#include "ui/mainwindow/theme.h"
#include "ui/settings/modelpicker.h"
#include "ui/settings/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using digest::PromptTemplates;
using digest::Settings;
using digest::test::RefusingPort;
using digest::test::ScriptedResponse;
using digest::test::TestHttpServer;
using digest::ui::ModelPicker;
using digest::ui::SettingsDialog;
namespace openai = digest::test::openai;

namespace {

constexpr int kAnswerMs = 10'000;
constexpr auto kSecret = "sk-test-DO-NOT-SHOW-4f2a9c";

QStringList comboItems(const QComboBox* combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    return items;
}

} // namespace

class tst_ModelSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheSettingsAndWhereEmptyOnesComeFrom();
    void refreshListsTheServersModels();
    void unauthorizedSaysSoWithoutTheKey();
    void offlineEndpointSaysSo();
    void okWritesTheSettings();
    void cancelChangesNothing();
    void restoreDefaultsPutsTheDefaultPromptsBack();

private:
    template <typename T> T* find(const char* name) const
    {
        T* child = m_dialog->findChild<T*>(QLatin1String(name));
        if (!child)
            qWarning("no child %s", name);
        return child;
    }
    // Clicks Refresh and waits for the answer.
    bool refreshWith(const QString& baseUrl);
    void clickButton(QDialogButtonBox::StandardButton which);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<digest::Desk> m_desk;
    Settings* m_settings = nullptr;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void tst_ModelSettings::initTestCase()
{
    digest::test::clearProxyEnvironment();
}

void tst_ModelSettings::init()
{
    for (const char* name : {"OPENAI_BASE_URL", "OPENAI_MODEL", "OPENAI_API_KEY"})
        qunsetenv(name);
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestHttpServer>();
    m_desk = std::make_unique<digest::Desk>(
        std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini"))));
    m_settings = &m_desk->settings();
    m_dialog = std::make_unique<SettingsDialog>(*m_desk);
    m_dialog->showPage(SettingsDialog::Page::Model);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_ModelSettings::cleanup()
{
    m_dialog.reset();
    m_desk.reset();
    m_server.reset();
    qunsetenv("OPENAI_API_KEY");
}

bool tst_ModelSettings::refreshWith(const QString& baseUrl)
{
    find<QLineEdit>("baseUrlEdit")->setText(baseUrl);
    auto* picker = find<ModelPicker>("modelPicker");
    QSignalSpy refreshed(picker, &ModelPicker::refreshed);
    QTest::mouseClick(find<QPushButton>("modelRefreshButton"), Qt::LeftButton);
    return refreshed.wait(kAnswerMs);
}

void tst_ModelSettings::clickButton(QDialogButtonBox::StandardButton which)
{
    QTest::mouseClick(find<QDialogButtonBox>("settingsButtons")->button(which), Qt::LeftButton);
}

void tst_ModelSettings::showsTheSettingsAndWhereEmptyOnesComeFrom()
{
    // Fits a small screen.
    QVERIFY2(m_dialog->width() <= 800 && m_dialog->height() <= 600,
             qPrintable(QStringLiteral("%1×%2, at least %3×%4")
                            .arg(m_dialog->width())
                            .arg(m_dialog->height())
                            .arg(m_dialog->minimumSizeHint().width())
                            .arg(m_dialog->minimumSizeHint().height())));
    const QSize smallest = m_dialog->minimumSizeHint();
    QVERIFY2(smallest.width() <= 640 && smallest.height() <= 480,
             qPrintable(QStringLiteral("%1×%2").arg(smallest.width()).arg(smallest.height())));
    auto* baseUrl = find<QLineEdit>("baseUrlEdit");
    QCOMPARE(baseUrl->text(), QString());
    QCOMPARE(baseUrl->placeholderText(), QStringLiteral("http://localhost:11434/v1"));
    const QList<QLabel*> labels = m_dialog->findChildren<QLabel*>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](const QLabel* label) {
        return label->isVisible() && label->text().contains(u"OPENAI_BASE_URL");
    }));
    // No base URL, no key in the environment: says where one would come from.
    QTRY_VERIFY(find<QLabel>("apiKeyNote")->text().contains(u"OPENAI_API_KEY"));
    QCOMPARE(find<QDoubleSpinBox>("temperatureBox")->value(), m_settings->modelTemperature());
    QCOMPARE(find<QSpinBox>("maxTokensBox")->text(), QStringLiteral("Server default"));
    QCOMPARE(find<QSpinBox>("idleTimeoutBox")->value(), 120);
    QCOMPARE(find<QSpinBox>("parallelRequestsBox")->value(), 4);
    QCOMPARE(find<QDoubleSpinBox>("inputPriceBox")->text(), QStringLiteral("Unknown"));
    QVERIFY(find<QCheckBox>("tagFollowsModelBox")->isChecked());
    QCOMPARE(find<QPlainTextEdit>("promptBenefitsEdit")->toPlainText(),
             PromptTemplates::defaults().benefits);
    // The one field for a key hides what is typed, and starts empty.
    for (const QLineEdit* edit : m_dialog->findChildren<QLineEdit*>()) {
        if (edit->objectName() == u"apiKeyEdit") {
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            QCOMPARE(edit->text(), QString());
        } else {
            QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        }
    }
    // Plain http: nothing to trust.
    QVERIFY(!find<QPushButton>("trustCertificateButton")->isEnabled());
    QVERIFY(!find<QPushButton>("stopTrustingButton")->isEnabled());
}

void tst_ModelSettings::refreshListsTheServersModels()
{
    ScriptedResponse models =
        openai::models({QStringLiteral("qwen2.5:7b"), QStringLiteral("llama3.2:3b"),
                        QStringLiteral("mistral-small")});
    models.delayMs = 300;
    m_server->route(QString::fromLatin1(openai::modelsPath), models);

    find<QLineEdit>("baseUrlEdit")->setText(m_server->url(QStringLiteral("/v1/")).toString());
    auto* picker = find<ModelPicker>("modelPicker");
    auto* button = find<QPushButton>("modelRefreshButton");
    auto* status = find<QLabel>("modelStatus");
    QSignalSpy refreshed(picker, &ModelPicker::refreshed);
    QTest::mouseClick(button, Qt::LeftButton);
    // Busy while the server thinks: the button cannot be pressed twice, the line says why.
    QVERIFY(picker->isBusy());
    QVERIFY(!button->isEnabled());
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(u"127.0.0.1"), qPrintable(status->text()));
    QVERIFY(refreshed.wait(kAnswerMs));
    QCOMPARE(refreshed.at(0).at(0).toBool(), true);
    QVERIFY(button->isEnabled());

    auto* combo = find<QComboBox>("modelCombo");
    QCOMPARE(comboItems(combo),
             QStringList({QStringLiteral("llama3.2:3b"), QStringLiteral("mistral-small"),
                          QStringLiteral("qwen2.5:7b")}));
    // Nothing was chosen: the first one offered is.
    QCOMPARE(combo->currentText(), QStringLiteral("llama3.2:3b"));
    QVERIFY2(status->text().contains(u"Models offered: 3"), qPrintable(status->text()));
    QCOMPARE(m_server->requestCount(QString::fromLatin1(openai::modelsPath)), 1);
}

void tst_ModelSettings::unauthorizedSaysSoWithoutTheKey()
{
    qputenv("OPENAI_API_KEY", kSecret);
    // Some servers quote the key they refused.
    m_server->route(
        QString::fromLatin1(openai::modelsPath),
        openai::apiError(
            401, QStringLiteral("Incorrect API key provided: %1").arg(QLatin1String(kSecret)),
            QString(), QStringLiteral("invalid_api_key")));
    // Made after the variable is set, as the application would be.
    m_dialog = std::make_unique<SettingsDialog>(*m_desk);
    m_dialog->showPage(SettingsDialog::Page::Model);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QTRY_VERIFY(find<QLabel>("apiKeyNote")->text().contains(u"OPENAI_API_KEY"));
    QVERIFY(!find<QLabel>("apiKeyNote")->text().contains(QLatin1String(kSecret)));
    find<ModelPicker>("modelPicker")->setModel(QStringLiteral("typed-by-hand"));

    QVERIFY(refreshWith(m_server->url(QStringLiteral("/v1")).toString()));
    const QString message = find<QLabel>("modelStatus")->text();
    QVERIFY2(message.contains(u"401") && message.contains(u"key"), qPrintable(message));
    QVERIFY2(!message.contains(u"sk-test"), qPrintable(message));
    // The key went to the server, as a Bearer token.
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.at(0).header("Authorization"), QByteArray("Bearer ") + kSecret);
    // Whatever was typed stays.
    QCOMPARE(find<ModelPicker>("modelPicker")->model(), QStringLiteral("typed-by-hand"));
    for (const QWidget* widget : m_dialog->findChildren<QWidget*>()) {
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            QVERIFY(!label->text().contains(u"sk-test"));
    }
}

void tst_ModelSettings::offlineEndpointSaysSo()
{
    const RefusingPort closed;
    QVERIFY(refreshWith(QStringLiteral("http://127.0.0.1:%1/v1").arg(closed.port())));
    auto* status = find<QLabel>("modelStatus");
    QVERIFY(status->isVisible());
    QVERIFY2(!status->text().isEmpty(), "no message");
    QCOMPARE(find<QComboBox>("modelCombo")->count(), 0);
    QVERIFY(find<QPushButton>("modelRefreshButton")->isEnabled());

    // No base URL at all, and none in the environment: says how to configure one.
    QVERIFY(refreshWith(QString()));
    QVERIFY2(status->text().contains(u"OPENAI_BASE_URL"), qPrintable(status->text()));
}

void tst_ModelSettings::okWritesTheSettings()
{
    find<QLineEdit>("baseUrlEdit")->setText(QStringLiteral(" http://localhost:8080/v1 "));
    find<ModelPicker>("modelPicker")->setModel(QStringLiteral("qwen2.5:7b"));
    find<QDoubleSpinBox>("temperatureBox")->setValue(0.3);
    find<QSpinBox>("maxTokensBox")->setValue(800);
    find<QSpinBox>("idleTimeoutBox")->setValue(45);
    find<QSpinBox>("parallelRequestsBox")->setValue(2);
    find<QDoubleSpinBox>("inputPriceBox")->setValue(0.15);
    find<QDoubleSpinBox>("outputPriceBox")->setValue(0.6);
    find<QCheckBox>("tagFollowsModelBox")->setChecked(false);
    find<QPlainTextEdit>("promptPredictionEdit")->setPlainText(QStringLiteral("When? {event}"));

    QSignalSpy changed(m_settings, &Settings::changed);
    clickButton(QDialogButtonBox::Ok);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(changed.size(), 10);

    m_settings->sync();
    // Read back as the application will next time: from the file.
    const QString copy = m_dir->filePath(QStringLiteral("copy.ini"));
    QVERIFY(QFile::copy(m_settings->fileName(), copy));
    const Settings read(copy);
    QCOMPARE(read.modelBaseUrl(), QStringLiteral("http://localhost:8080/v1"));
    QCOMPARE(read.modelName(), QStringLiteral("qwen2.5:7b"));
    QCOMPARE(read.modelTemperature(), 0.3);
    QCOMPARE(read.modelMaxTokens(), 800);
    QCOMPARE(read.modelIdleTimeoutMs(), 45'000);
    QCOMPARE(read.modelParallelRequests(), 2);
    QCOMPARE(read.modelInputPricePerMillion(), 0.15);
    QCOMPARE(read.modelOutputPricePerMillion(), 0.6);
    QCOMPARE(read.modelTagFollowsModel(), false);
    PromptTemplates expected = PromptTemplates::defaults();
    expected.prediction = QStringLiteral("When? {event}");
    QCOMPARE(digest::promptTemplates(read), expected);
}

void tst_ModelSettings::cancelChangesNothing()
{
    m_settings->setModelIdleTimeoutMs(45'500);
    m_settings->setModelTemperature(0.333);
    m_settings->sync();
    m_dialog = std::make_unique<SettingsDialog>(*m_desk);
    m_dialog->showPage(SettingsDialog::Page::Model);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    find<QLineEdit>("baseUrlEdit")->setText(QStringLiteral("http://elsewhere:1234"));
    find<QSpinBox>("parallelRequestsBox")->setValue(9);
    find<QCheckBox>("tagFollowsModelBox")->setChecked(false);
    find<QPlainTextEdit>("promptSystemEdit")->setPlainText(QStringLiteral("Be brief."));
    QSignalSpy changed(m_settings, &Settings::changed);
    clickButton(QDialogButtonBox::Cancel);
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QCOMPARE(changed.size(), 0);
    m_settings->sync();
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(m_settings->modelBaseUrl(), QString());
    QCOMPARE(m_settings->modelParallelRequests(), 4);

    // OK without touching a field changes nothing either, not even a value the fields round.
    m_dialog = std::make_unique<SettingsDialog>(*m_desk);
    m_dialog->showPage(SettingsDialog::Page::Model);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    clickButton(QDialogButtonBox::Ok);
    QVERIFY2(changed.isEmpty(), qPrintable(changed.value(0).value(0).toString()));
    QCOMPARE(m_settings->modelIdleTimeoutMs(), 45'500);
    QCOMPARE(m_settings->modelTemperature(), 0.333);
}

void tst_ModelSettings::restoreDefaultsPutsTheDefaultPromptsBack()
{
    PromptTemplates mine = PromptTemplates::defaults();
    mine.system = QStringLiteral("Write like a pirate.");
    mine.ramifications = QStringLiteral("Risks of {title}?");
    digest::setPromptTemplates(*m_settings, mine);
    m_dialog = std::make_unique<SettingsDialog>(*m_desk);
    m_dialog->showPage(SettingsDialog::Page::Model);
    m_dialog->showPage(SettingsDialog::Page::Prompts);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    auto* system = find<QPlainTextEdit>("promptSystemEdit");
    QVERIFY(system->isVisible());
    QCOMPARE(system->toPlainText(), mine.system);
    const QString placeholders = find<QLabel>("promptPlaceholders")->text();
    for (const char* name : {"{title}", "{link}", "{text}", "{event}"})
        QVERIFY2(placeholders.contains(QLatin1String(name)), name);

    // The list picks which template shows.
    find<QListWidget>("promptList")->setCurrentRow(2);
    auto* ramifications = find<QPlainTextEdit>("promptRamificationsEdit");
    QVERIFY(ramifications->isVisible());
    QCOMPARE(ramifications->toPlainText(), mine.ramifications);

    QTest::mouseClick(find<QPushButton>("promptsRestoreDefaults"), Qt::LeftButton);
    QCOMPARE(ramifications->toPlainText(), PromptTemplates::defaults().ramifications);
    QCOMPARE(system->toPlainText(), PromptTemplates::defaults().system);
    // Not kept before OK.
    QCOMPARE(digest::promptTemplates(*m_settings), mine);
    // The restore is one step back in the field.
    ramifications->undo();
    QCOMPARE(ramifications->toPlainText(), mine.ramifications);
    ramifications->redo();

    clickButton(QDialogButtonBox::Ok);
    QCOMPARE(digest::promptTemplates(*m_settings), PromptTemplates::defaults());
    m_settings->sync();
    QFile file(m_settings->fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("prompts"));
}

// `--show [prompts] [dark] [refresh] [https://…]` opens the dialog for a person (or a screenshot)
// to look at.
int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.contains(QStringLiteral("--show"))) {
        QTemporaryDir dir;
        digest::Desk desk(std::make_unique<Settings>(dir.filePath(QStringLiteral("s.ini"))));
        if (arguments.contains(QStringLiteral("dark")))
            digest::ui::applyTheme(Settings::Theme::Dark);
        SettingsDialog dialog(desk);
        dialog.showPage(SettingsDialog::Page::Model);
        if (arguments.contains(QStringLiteral("prompts")))
            dialog.showPage(SettingsDialog::Page::Prompts);
        if (arguments.contains(QStringLiteral("refresh"))) {
            dialog.findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"))
                ->setText(QStringLiteral("http://127.0.0.1:9/v1"));
            dialog.findChild<ModelPicker*>()->refresh();
        }
        // `https://HOST:PORT` (say, of `openssl s_server`): that base URL, and Trust This
        // Certificate pressed, to look at the confirmation.
        const auto https = std::find_if(arguments.begin(), arguments.end(),
                                        [](const QString& a) { return a.startsWith(u"https://"); });
        if (https != arguments.end()) {
            dialog.findChild<QLineEdit*>(QStringLiteral("baseUrlEdit"))->setText(*https);
            dialog.findChild<QPushButton*>(QStringLiteral("trustCertificateButton"))->click();
        }
        dialog.show();
        return app.exec();
    }
    tst_ModelSettings test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_modelsettings.moc"
