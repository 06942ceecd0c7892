// The dialog in which the user answers git's credential questions (issue 10): a password field
// for a secret, the question as git asked it, "Remember for this session"; and the whole way
// from the real digest-askpass program through an AskpassServer to the dialog and back.
#include "core/askpass/askpassprotocol.h"
#include "core/askpass/askpassserver.h"
#include "ui/publish/credentialsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

using digest::AskpassQuestion;
using digest::AskpassServer;
using digest::ui::CredentialsDialog;
using digest::ui::credentialsResponder;

namespace {

const QString passwordPrompt = QStringLiteral("Password for 'https://editor@git.example': ");
const QString userPrompt = QStringLiteral("Username for 'https://git.example': ");

AskpassQuestion question(const QString& prompt)
{
    return {prompt, digest::askpass::promptAsksForSecret(prompt), {}};
}

// digest-askpass started as git starts it, asking `server`.
class Helper
{
public:
    Helper(const AskpassServer& server, const QString& prompt)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString& entry : server.environment())
            environment.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
        m_process.setProcessEnvironment(environment);
        m_process.start(QStringLiteral(DIGEST_ASKPASS_PATH), {prompt});
    }
    bool finished() const { return m_process.state() == QProcess::NotRunning; }
    QProcess& process() { return m_process; }

private:
    QProcess m_process;
};

CredentialsDialog* openDialog()
{
    return qobject_cast<CredentialsDialog*>(QApplication::activeModalWidget());
}

// The dialog runs its own event loop inside the server's responder, so the test acts on it
// from a timer that fires in that loop, as the user's clicks would.
void whenDialogOpens(std::function<void(CredentialsDialog&)> act)
{
    auto* poll = new QTimer(qApp);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        if (CredentialsDialog* dialog = openDialog()) {
            poll->deleteLater();
            poll->stop();
            act(*dialog);
        }
    });
    poll->start(20);
}

} // namespace

class TestCredentialsDialog : public QObject
{
    Q_OBJECT

private slots:
    void secretIsTypedIntoAPasswordField();
    void userNameIsShownAsTyped();
    void answerGoesThroughTheHelperAndIsRememberedForTheSession();
    void cancelMakesTheHelperFail();
};

void TestCredentialsDialog::secretIsTypedIntoAPasswordField()
{
    CredentialsDialog dialog(question(passwordPrompt));
    dialog.show();
    auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("credentialsField"));
    QVERIFY(field);
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("credentialsQuestion"))->text(),
             QStringLiteral("Password for 'https://editor@git.example'"));
    QTest::keyClicks(field, QStringLiteral("t0ken"));
    QCOMPARE(dialog.answer(), QStringLiteral("t0ken"));
    QVERIFY(!dialog.rememberForSession());
    // What is shown is not what was typed.
    QVERIFY(field->displayText() != field->text());
}

void TestCredentialsDialog::userNameIsShownAsTyped()
{
    CredentialsDialog dialog(question(userPrompt));
    dialog.show();
    auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("credentialsField"));
    QCOMPARE(field->echoMode(), QLineEdit::Normal);
    QTest::keyClicks(field, QStringLiteral("editor"));
    QCOMPARE(field->displayText(), QStringLiteral("editor"));
}

void TestCredentialsDialog::answerGoesThroughTheHelperAndIsRememberedForTheSession()
{
    AskpassServer server;
    server.setResponder(credentialsResponder(nullptr, server));
    bool shown = false;
    whenDialogOpens([&shown](CredentialsDialog& dialog) {
        shown = true;
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("credentialsField")),
                         QStringLiteral("s3cret"));
        dialog.findChild<QCheckBox*>(QStringLiteral("credentialsRemember"))->setChecked(true);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    Helper helper(server, passwordPrompt);

    QTRY_VERIFY_WITH_TIMEOUT(helper.finished(), 10'000);
    QCOMPARE(helper.process().exitCode(), 0);
    QCOMPARE(helper.process().readAllStandardOutput(), QByteArray("s3cret\n"));
    QVERIFY(shown);

    // The same question again in this session: answered without a dialog.
    shown = false;
    Helper again(server, passwordPrompt);
    QTRY_VERIFY_WITH_TIMEOUT(again.finished(), 10'000);
    QVERIFY(!shown);
    QCOMPARE(again.process().readAllStandardOutput(), QByteArray("s3cret\n"));

    // Forgotten (the remote refused it): asked again.
    server.forgetRemembered();
    whenDialogOpens([&shown](CredentialsDialog& dialog) {
        shown = true;
        dialog.reject();
    });
    Helper third(server, passwordPrompt);
    QTRY_VERIFY_WITH_TIMEOUT(third.finished(), 10'000);
    QVERIFY(shown);
    QCOMPARE(third.process().exitCode(), 1);
}

void TestCredentialsDialog::cancelMakesTheHelperFail()
{
    AskpassServer server;
    server.setResponder(credentialsResponder(nullptr, server));
    QLineEdit::EchoMode echo = QLineEdit::Password;
    whenDialogOpens([&echo](CredentialsDialog& dialog) {
        echo = dialog.findChild<QLineEdit*>(QStringLiteral("credentialsField"))->echoMode();
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    });
    Helper helper(server, userPrompt);
    QTRY_VERIFY_WITH_TIMEOUT(helper.finished(), 10'000);
    QCOMPARE(helper.process().exitCode(), 1);
    QCOMPARE(
        helper.process().readAllStandardError(),
        QByteArray("digest-askpass: the user cancelled \"Username for 'https://git.example'\"\n"));
}

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
