// The model settings' API key row and TLS trust (issue 9, points 6 and 7): the key typed into
// a password field, kept in the system's secret store or not at all (never in the settings
// file, a label or a message), and a server with a self-signed certificate trusted by a CA
// file or by the pin of the certificate the person looked at. No secret service runs here, as
// on CI: the session bus address leads nowhere.

#include "core/generation/chatendpoint.h"
#include "core/settings/settings.h"
#include "desk/desk.h"
#include "openaiserver.h"
#include "testcertificates.h"
#include "testhttpserver.h"
#include "ui/settings/modelpicker.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/tlstrustfield.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using digest::Settings;
using digest::test::ScopedEnvironment;
using digest::test::TestHttpServer;
using digest::ui::ModelPicker;
using digest::ui::SettingsDialog;
using digest::ui::TlsTrustField;
namespace openai = digest::test::openai;

namespace {

using Variables = QList<std::pair<QByteArray, QByteArray>>;

constexpr int kAnswerMs = 15'000;
constexpr auto kTypedKey = "sk-typed-NEVER-SHOWN-7d1e";
constexpr auto kEnvironmentKey = "sk-env-other-3b9a";

} // namespace

class tst_ModelSettingsTrust final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void keyWithoutSecretStoreFailsInlineAndIsWrittenNowhere();
    void refreshSendsTheTypedKey();
    void untrustedCertificateSaysHowToTrustIt();
    void trustThisCertificatePinsItForTheEndpoint();
    void caFileTrustsTheServer();

private:
    template <typename T> T* find(const char* name) const
    {
        T* child = m_dialog->findChild<T*>(QLatin1String(name));
        if (!child)
            qWarning("no child %s", name);
        return child;
    }
    void openDialog();
    // Clicks Refresh and waits for the answer; whether the models came.
    bool refresh();
    QString status() const { return find<QLabel>("modelStatus")->text(); }
    void clickOk();
    QByteArray settingsFile() const;
    // No label of the dialog shows the text.
    bool labelsShow(const QString& text) const;
    // A TLS server with a self-signed certificate of its own, offering one model.
    bool startTlsServer();
    QString tlsBaseUrl() const { return m_tlsServer->url(QStringLiteral("/v1")).toString(); }
    QString identity(const QString& baseUrl) const;

    QTemporaryDir m_certificates;
    std::unique_ptr<ScopedEnvironment> m_noSessionBus;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<TestHttpServer> m_tlsServer;
    std::unique_ptr<digest::Desk> m_desk;
    Settings* m_settings = nullptr;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void tst_ModelSettingsTrust::initTestCase()
{
    digest::test::clearProxyEnvironment();
    QStandardPaths::setTestModeEnabled(true);
    // No session bus, hence no secret store, even on a developer's desktop.
    m_noSessionBus = std::make_unique<ScopedEnvironment>(Variables{
        {"DBUS_SESSION_BUS_ADDRESS",
         "unix:path=" + m_certificates.filePath(QStringLiteral("no-bus")).toLocal8Bit()}});
}

void tst_ModelSettingsTrust::init()
{
    for (const char* name : {"OPENAI_BASE_URL", "OPENAI_MODEL", "OPENAI_API_KEY"})
        qunsetenv(name);
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<TestHttpServer>();
    m_server->route(QString::fromLatin1(openai::modelsPath),
                    openai::models({QStringLiteral("qwen2.5:7b")}));
    m_desk = std::make_unique<digest::Desk>(
        std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini"))));
    m_settings = &m_desk->settings();
}

void tst_ModelSettingsTrust::cleanup()
{
    m_dialog.reset();
    m_desk.reset();
    m_server.reset();
    m_tlsServer.reset();
    qunsetenv("OPENAI_API_KEY");
}

void tst_ModelSettingsTrust::openDialog()
{
    m_dialog = std::make_unique<SettingsDialog>(*m_desk);
    m_dialog->showPage(SettingsDialog::Page::Model);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

bool tst_ModelSettingsTrust::refresh()
{
    QSignalSpy refreshed(find<ModelPicker>("modelPicker"), &ModelPicker::refreshed);
    QTest::mouseClick(find<QPushButton>("modelRefreshButton"), Qt::LeftButton);
    return refreshed.wait(kAnswerMs) && refreshed.at(0).at(0).toBool();
}

void tst_ModelSettingsTrust::clickOk()
{
    QTest::mouseClick(find<QDialogButtonBox>("settingsButtons")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

QByteArray tst_ModelSettingsTrust::settingsFile() const
{
    m_settings->sync();
    QFile file(m_settings->fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool tst_ModelSettingsTrust::labelsShow(const QString& text) const
{
    const QList<QLabel*> labels = m_dialog->findChildren<QLabel*>();
    return std::any_of(labels.begin(), labels.end(),
                       [&text](const QLabel* label) { return label->text().contains(text); });
}

bool tst_ModelSettingsTrust::startTlsServer()
{
    const QString certificate = m_certificates.filePath(QStringLiteral("server.crt"));
    const QString key = m_certificates.filePath(QStringLiteral("server.key"));
    if (!QFile::exists(certificate) &&
        !digest::test::makeSelfSignedCertificate(certificate, key, QStringLiteral("127.0.0.1")))
        return false;
    m_tlsServer = std::make_unique<TestHttpServer>(certificate, key);
    m_tlsServer->route(QString::fromLatin1(openai::modelsPath),
                       openai::models({QStringLiteral("local-model")}));
    return m_tlsServer->isListening();
}

QString tst_ModelSettingsTrust::identity(const QString& baseUrl) const
{
    digest::ChatEndpoint endpoint;
    endpoint.baseUrl = baseUrl;
    return endpoint.identity();
}

void tst_ModelSettingsTrust::keyWithoutSecretStoreFailsInlineAndIsWrittenNowhere()
{
    const QString baseUrl = m_server->url(QStringLiteral("/v1")).toString();
    m_settings->setModelBaseUrl(baseUrl);
    openDialog();
    // Opening the dialog reads the store, which is not there.
    auto* note = find<QLabel>("apiKeyNote");
    QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(u"No secret store available"), kAnswerMs);
    auto* edit = find<QLineEdit>("apiKeyEdit");
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QCOMPARE(edit->text(), QString());
    QVERIFY2(edit->placeholderText().contains(u"secret store"),
             qPrintable(edit->placeholderText()));
    QVERIFY(!find<QPushButton>("apiKeyForgetButton")->isEnabled());

    QTest::keyClicks(edit, QLatin1String(kTypedKey));
    clickOk();
    // The dialog stays open and says why the key was not kept, and what to do instead.
    QTRY_VERIFY_WITH_TIMEOUT(note->text().contains(u"not saved"), kAnswerMs);
    QVERIFY2(note->text().contains(u"OPENAI_API_KEY"), qPrintable(note->text()));
    QVERIFY(m_dialog->isVisible());
    QVERIFY(m_dialog->result() != QDialog::Accepted);
    QVERIFY(find<QDialogButtonBox>("settingsButtons")->button(QDialogButtonBox::Ok)->isEnabled());
    // The rest of the settings were kept; the key went nowhere.
    QCOMPARE(m_settings->modelBaseUrl(), baseUrl);
    QVERIFY(!settingsFile().isEmpty());
    QVERIFY(!settingsFile().contains(kTypedKey));
    QVERIFY(!settingsFile().contains("sk-typed"));
    QVERIFY(!labelsShow(QLatin1String(kTypedKey)));
    QVERIFY(!labelsShow(QStringLiteral("sk-typed")));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);

    // Cancel after the failure: still nothing with the key anywhere.
    QTest::mouseClick(find<QDialogButtonBox>("settingsButtons")->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    QVERIFY(!settingsFile().contains("sk-typed"));
}

void tst_ModelSettingsTrust::refreshSendsTheTypedKey()
{
    qputenv("OPENAI_API_KEY", kEnvironmentKey);
    openDialog();
    find<QLineEdit>("baseUrlEdit")->setText(m_server->url(QStringLiteral("/v1")).toString());
    QVERIFY(refresh());
    // Nothing typed: the environment's key.
    QCOMPARE(m_server->requests().at(0).header("Authorization"),
             QByteArray("Bearer ") + kEnvironmentKey);

    QTest::keyClicks(find<QLineEdit>("apiKeyEdit"), QLatin1String(kTypedKey));
    QVERIFY2(refresh(), qPrintable(status()));
    // Typed: that one, not kept anywhere yet.
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requests().at(1).header("Authorization"), QByteArray("Bearer ") + kTypedKey);
    QVERIFY(!labelsShow(QStringLiteral("sk-typed")));
    QVERIFY(!settingsFile().contains("sk-typed"));
}

void tst_ModelSettingsTrust::untrustedCertificateSaysHowToTrustIt()
{
    if (!digest::test::hasOpenssl())
        QSKIP("the openssl command is not installed: no certificate can be made");
    QVERIFY(startTlsServer());
    openDialog();
    find<QLineEdit>("baseUrlEdit")->setText(tlsBaseUrl());
    QVERIFY(find<QPushButton>("trustCertificateButton")->isEnabled());
    QVERIFY(!refresh());
    QVERIFY2(status().contains(u"CA file") && status().contains(u"Trust this certificate"),
             qPrintable(status()));
    // No request reached the server it does not trust.
    QCOMPARE(m_tlsServer->requests().size(), 0);
}

void tst_ModelSettingsTrust::trustThisCertificatePinsItForTheEndpoint()
{
    if (!digest::test::hasOpenssl())
        QSKIP("the openssl command is not installed: no certificate can be made");
    QVERIFY(startTlsServer());
    openDialog();
    find<QLineEdit>("baseUrlEdit")->setText(tlsBaseUrl());
    auto* trust = find<TlsTrustField>("tlsTrustField");
    QSignalSpy shown(trust, &TlsTrustField::certificateShown);
    QTest::mouseClick(find<QPushButton>("trustCertificateButton"), Qt::LeftButton);
    QVERIFY(shown.wait(kAnswerMs));
    QCOMPARE(shown.at(0).at(0).toBool(), true);

    // The confirmation is modal over the dialog and does not block it.
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())));
    const QByteArray fingerprint =
        digest::test::openssl({QStringLiteral("x509"), QStringLiteral("-in"),
                               m_certificates.filePath(QStringLiteral("server.crt")),
                               QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                               QStringLiteral("-sha256")})
            .trimmed();
    QVERIFY(fingerprint.contains('='));
    const QString details = box->informativeText();
    QVERIFY2(details.contains(QString::fromLatin1(fingerprint.mid(fingerprint.indexOf('=') + 1))),
             qPrintable(details));
    QVERIFY2(details.contains(u"CN = 127.0.0.1") && details.contains(u"Self-signed") &&
                 details.contains(u"Valid from"),
             qPrintable(details));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(find<QPushButton>("stopTrustingButton")->isEnabled());
    QVERIFY(find<QLabel>("trustStatus")->text().contains(u"sha256//"));

    // Trusted at once for Refresh, kept only on OK.
    QVERIFY2(refresh(), qPrintable(status()));
    QCOMPARE(find<QComboBox>("modelCombo")->currentText(), QStringLiteral("local-model"));
    const QString endpoint = identity(tlsBaseUrl());
    QCOMPARE(m_settings->modelPinnedPublicKey(endpoint), QString());
    clickOk();
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const QString pin = m_settings->modelPinnedPublicKey(endpoint);
    QVERIFY2(pin.startsWith(u"sha256//"), qPrintable(pin));
    // For that endpoint only.
    QCOMPARE(m_settings->modelPinnedPublicKey(identity(QStringLiteral("https://example.com/v1"))),
             QString());

    // Opened again: trusted; Stop Trusting and OK remove the pin.
    openDialog();
    QVERIFY2(refresh(), qPrintable(status()));
    QTest::mouseClick(find<QPushButton>("stopTrustingButton"), Qt::LeftButton);
    QVERIFY(!find<QPushButton>("stopTrustingButton")->isEnabled());
    QVERIFY(!refresh());
    clickOk();
    QCOMPARE(m_settings->modelPinnedPublicKey(endpoint), QString());
}

void tst_ModelSettingsTrust::caFileTrustsTheServer()
{
    if (!digest::test::hasOpenssl())
        QSKIP("the openssl command is not installed: no certificate can be made");
    QVERIFY(startTlsServer());
    openDialog();
    find<QLineEdit>("baseUrlEdit")->setText(tlsBaseUrl());
    const QString certificate = m_certificates.filePath(QStringLiteral("server.crt"));
    QTest::keyClicks(find<QLineEdit>("caFileEdit"), certificate);
    QVERIFY2(refresh(), qPrintable(status()));
    clickOk();
    QCOMPARE(m_settings->modelCaFile(identity(tlsBaseUrl())), certificate);
    QCOMPARE(m_settings->modelPinnedPublicKey(identity(tlsBaseUrl())), QString());
}

QTEST_MAIN(tst_ModelSettingsTrust)

#include "tst_modelsettingstrust.moc"
