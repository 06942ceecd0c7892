// Spelling in the window (issue 10): the desk's spell checker follows the setting
// spelling/language, and Edit > Spelling Language shows and changes it.

#include "core/settings/settings.h"
#include "core/spelling/spellchecker.h"
#include "desk/desk.h"
#include "desk/proofreader.h"
#include "document/documentsession.h"
#include "document/postdocument.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/spelling/spellingmenu.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using digest::Desk;
using digest::Settings;
using digest::ui::SpellingMenu;

class tst_SpellingMenu final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Desk> m_desk;

    QAction* action(const QMenu& menu, const QString& code) const
    {
        return menu.findChild<QAction*>(u"spelling-"_s + (code.isEmpty() ? u"off"_s : code));
    }

    // The languages the menu shows checked, by their codes ("off" for Off).
    static QStringList checked(const QMenu& menu)
    {
        QStringList codes;
        for (const QAction* action : menu.actions()) {
            if (action->isChecked())
                codes.append(action->objectName().mid(9));
        }
        return codes;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QStringList languages = digest::SpellChecker::availableLanguages();
        if (!languages.contains(u"en_US"_s) || !languages.contains(u"de_DE"_s))
            QFAIL("hunspell-en-us and hunspell-de-de are not installed (dev.sh installs them)");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // Test mode: the personal dictionary is under ~/.qttest, each test starts without one.
        const QString dictionary = digest::SpellChecker::defaultPersonalDictionaryPath();
        QVERIFY(dictionary.contains(u".qttest"_s));
        QFile::remove(dictionary);
        m_desk = std::make_unique<Desk>(std::make_unique<Settings>(m_dir->filePath(u"s.ini"_s)));
    }

    void cleanup()
    {
        m_desk.reset();
        m_dir.reset();
    }

    void theDesksCheckerFollowsTheSetting()
    {
        digest::SpellChecker& checker = m_desk->spellChecker();
        // The desk loads its dictionary once its first events run.
        QTRY_COMPARE(checker.language(), u"en_US"_s);
        QVERIFY(!checker.isCorrect(u"recieve"_s));
        m_desk->settings().setSpellingLanguage(u"de_DE"_s);
        QCOMPARE(checker.language(), u"de_DE"_s);
        QVERIFY(checker.isCorrect(u"Rechtschreibung"_s));
        QVERIFY(!checker.isCorrect(u"Rechtschriebung"_s));
        m_desk->settings().setSpellingLanguage(QString());
        QVERIFY(!checker.isEnabled());
        QCOMPARE(m_desk->spellingError(), QString());
        m_desk->settings().setSpellingLanguage(u"xx_YY"_s);
        QVERIFY(!checker.isEnabled());
        QVERIFY2(m_desk->spellingError().contains(u"xx_YY"_s), qPrintable(m_desk->spellingError()));
    }

    // The proofreader spells with the desk's checker: a new language or a word added to the
    // dictionary proofreads the post again.
    void theProofreaderSpellsWithTheDesksChecker()
    {
        const QString post = u"---\ntitle: \"x\"\ndate: 2025-06-10T05:00:00Z\n---\n"
                             u"Zorblax and Qwertzuiop wrote it.\n"_s;
        m_desk->session().document().load(post, m_dir->filePath(u"2025-06-10-x.md"_s));
        digest::Proofreader& proofreader = m_desk->proofreader();
        proofreader.setDelay(std::chrono::milliseconds(0));
        const auto misspelt = [&proofreader] {
            QStringList words;
            for (const digest::Problem& problem : proofreader.problems()) {
                if (problem.rule == u"spelling")
                    words.append(
                        u"%1:%2+%3"_s.arg(problem.line).arg(problem.column).arg(problem.length));
            }
            return words;
        };
        QTRY_COMPARE(misspelt(), QStringList({u"5:1+7"_s, u"5:13+10"_s}));
        QVERIFY(m_desk->addToDictionary(u"Zorblax"_s).ok());
        QTRY_COMPARE(misspelt(), QStringList({u"5:13+10"_s}));
        m_desk->settings().setSpellingLanguage(QString());
        QTRY_COMPARE(misspelt(), QStringList());
        m_desk->settings().setSpellingLanguage(u"de_DE"_s);
        QTRY_VERIFY(misspelt().contains(u"5:13+10"_s));
    }

    void theMenuShowsAndChangesTheLanguage()
    {
        SpellingMenu menu(*m_desk);
        QVERIFY(action(menu, QString()));
        QVERIFY(action(menu, u"de_DE"_s));
        QCOMPARE(checked(menu), QStringList{u"en_US"_s});
        QCOMPARE(action(menu, u"en_US"_s)->text(), SpellingMenu::languageLabel(u"en_US"_s));
        QVERIFY(action(menu, u"en_US"_s)->text().contains(u"(en_US)"_s));

        action(menu, u"de_DE"_s)->trigger();
        QCOMPARE(m_desk->settings().spellingLanguage(), u"de_DE"_s);
        QCOMPARE(m_desk->spellChecker().language(), u"de_DE"_s);
        QCOMPARE(checked(menu), QStringList{u"de_DE"_s});

        action(menu, QString())->trigger();
        QCOMPARE(m_desk->settings().spellingLanguage(), QString());
        QVERIFY(!m_desk->spellChecker().isEnabled());
        QCOMPARE(checked(menu), QStringList{u"off"_s});

        // Changed elsewhere (another window, a hand-edited file read again): the menu follows.
        m_desk->settings().setSpellingLanguage(u"en_US"_s);
        QCOMPARE(checked(menu), QStringList{u"en_US"_s});
    }

    void aLanguageThatIsNotInstalledShowsAsSuch()
    {
        m_desk->settings().setSpellingLanguage(u"xx_YY"_s);
        SpellingMenu menu(*m_desk);
        QAction* missing = action(menu, u"xx_YY"_s);
        QVERIFY(missing);
        QVERIFY(missing->isChecked());
        QVERIFY(!missing->isEnabled());
        QVERIFY(missing->text().contains(u"not installed"_s));
        QVERIFY(missing->toolTip().contains(u"hunspell-xx-yy"_s));
        action(menu, u"en_US"_s)->trigger();
        QVERIFY(!action(menu, u"xx_YY"_s));
        QCOMPARE(m_desk->spellChecker().language(), u"en_US"_s);
    }

    // The window's problems panel offers "Add “word” to Dictionary" on a spelling problem; the
    // word is written to the personal dictionary and the post proofread again.
    void theProblemsPanelAddsAWordToTheDictionary()
    {
        digest::ui::MainWindow window(*m_desk);
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_desk->session().document().load(
            u"---\ntitle: \"x\"\ndate: 2025-06-10T05:00:00Z\n---\nZorblax wrote it.\n"_s,
            m_dir->filePath(u"2025-06-10-x.md"_s));
        auto* view = window.findChild<QTreeView*>(u"problemsView"_s);
        QVERIFY(view);
        const auto spellingRow = [this] {
            const QList<digest::Problem> problems = m_desk->proofreader().problems();
            for (qsizetype i = 0; i < problems.size(); ++i) {
                if (problems.at(i).rule == u"spelling")
                    return int(i);
            }
            return -1;
        };
        QTRY_VERIFY(spellingRow() >= 0);
        QTRY_COMPARE(view->model()->rowCount(), int(m_desk->proofreader().problems().size()));
        const QModelIndex index = view->model()->index(spellingRow(), 0);
        view->scrollTo(index);
        QStringList offered;
        QTimer::singleShot(0, this, [&offered] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            for (QAction* action : menu->actions()) {
                offered.append(action->text());
                if (action->text() == u"Add “Zorblax” to Dictionary"_s)
                    action->trigger();
            }
            menu->close();
        });
        emit view->customContextMenuRequested(view->visualRect(index).center());
        QVERIFY2(offered.contains(u"Add “Zorblax” to Dictionary"_s),
                 qPrintable(offered.join(u'|')));
        QVERIFY(m_desk->spellChecker().personalWords().contains(u"Zorblax"_s));
        QTRY_COMPARE(spellingRow(), -1);
        QFile dictionary(digest::SpellChecker::defaultPersonalDictionaryPath());
        QVERIFY(dictionary.open(QIODevice::ReadOnly));
        QCOMPARE(dictionary.readAll(), QByteArray("Zorblax\n"));
    }

    void theEditMenuHasIt()
    {
        digest::ui::MainWindow window(*m_desk);
        QMenu* edit = nullptr;
        for (QAction* top : window.menuBar()->actions()) {
            if (top->menu() && top->menu()->findChild<SpellingMenu*>())
                edit = top->menu();
        }
        QVERIFY(edit);
        QVERIFY(edit->actions().contains(edit->findChild<SpellingMenu*>()->menuAction()));
    }
};

QTEST_MAIN(tst_SpellingMenu)
#include "tst_spellingmenu.moc"
