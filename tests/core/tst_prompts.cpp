// The requests that fill a post's slots: the templates' placeholders, the bounded thread text,
// and untrusted topic text that must reach the model as written, never expanded again.

#include "core/generation/prompts.h"

#include <QTest>

using digest::ChatMessage;
using digest::PromptTemplates;
using digest::SlotKind;
using digest::SlotRequest;

class tst_Prompts : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAskForOneParagraphWithoutDecoration();
    void topicRequestCarriesTitleLinkAndText();
    void predictionRequestNamesTheEvent();
    void placeholdersInTopicTextStayLiteral();
    void unknownPlaceholdersAndBracesAreKept();
    void threadTextIsCutAtAWordBoundary_data();
    void threadTextIsCutAtAWordBoundary();
    void longThreadIsBoundedInTheMessage();
    void emptySystemPromptSendsOnlyTheUserMessage();
};

void tst_Prompts::defaultsAskForOneParagraphWithoutDecoration()
{
    const PromptTemplates templates = PromptTemplates::defaults();
    QVERIFY(templates.system.contains(QStringLiteral("one paragraph")));
    QVERIFY(templates.system.contains(QStringLiteral("no heading")));
    QVERIFY(templates.system.contains(QStringLiteral("no list")));
    for (const QString& topic : {templates.benefits, templates.ramifications}) {
        QVERIFY(topic.contains(QStringLiteral("{title}")));
        QVERIFY(topic.contains(QStringLiteral("{link}")));
        QVERIFY(topic.contains(QStringLiteral("{text}")));
    }
    QVERIFY(templates.benefits.contains(QStringLiteral("benefits")));
    QVERIFY(templates.ramifications.contains(QStringLiteral("ramifications")));
    QVERIFY(templates.prediction.contains(QStringLiteral("{event}")));
    QVERIFY(templates.prediction.contains(QStringLiteral("Month YYYY")));
}

void tst_Prompts::topicRequestCarriesTitleLinkAndText()
{
    SlotRequest request;
    request.kind = SlotKind::Ramifications;
    request.title = QStringLiteral("Open weights for a 70B model");
    request.link = QStringLiteral("https://example.org/thread/1");
    request.text = QStringLiteral("The weights are out under a permissive licence.");
    const QList<ChatMessage> messages =
        digest::buildSlotMessages(PromptTemplates::defaults(), request);
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).role, QStringLiteral("system"));
    QCOMPARE(messages.at(0).content, PromptTemplates::defaults().system);
    QCOMPARE(messages.at(1).role, QStringLiteral("user"));
    const QString& user = messages.at(1).content;
    QVERIFY(user.contains(QStringLiteral("Title: Open weights for a 70B model")));
    QVERIFY(user.contains(QStringLiteral("Link: https://example.org/thread/1")));
    QVERIFY(user.contains(QStringLiteral("The weights are out under a permissive licence.")));
    QVERIFY(user.contains(QStringLiteral("ramifications")));
    QVERIFY(!user.contains(u'{'));
}

void tst_Prompts::predictionRequestNamesTheEvent()
{
    SlotRequest request;
    request.kind = SlotKind::Prediction;
    request.event = QStringLiteral("Technological Singularity");
    const QList<ChatMessage> messages =
        digest::buildSlotMessages(PromptTemplates::defaults(), request);
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages.at(1).content.contains(QStringLiteral(
        "Predict when the following event will happen: Technological Singularity.")));
    QVERIFY(!messages.at(1).content.contains(QStringLiteral("{event}")));
}

void tst_Prompts::placeholdersInTopicTextStayLiteral()
{
    PromptTemplates templates;
    templates.system = QStringLiteral("sys {title}");
    templates.benefits = QStringLiteral("T={title} L={link} X={text}");
    SlotRequest request;
    request.kind = SlotKind::Benefits;
    request.title = QStringLiteral("Why {text} and {link} matter");
    request.link = QStringLiteral("https://example.org/{title}");
    request.text = QStringLiteral("body {event} {title}");
    request.event = QStringLiteral("EVENT");
    const QList<ChatMessage> messages = digest::buildSlotMessages(templates, request);
    QCOMPARE(messages.at(0).content, QStringLiteral("sys Why {text} and {link} matter"));
    QCOMPARE(messages.at(1).content,
             QStringLiteral("T=Why {text} and {link} matter L=https://example.org/{title} "
                            "X=body {event} {title}"));
}

void tst_Prompts::unknownPlaceholdersAndBracesAreKept()
{
    const QList<std::pair<QString, QString>> values{{QStringLiteral("title"), QStringLiteral("A")}};
    QCOMPARE(digest::expandTemplate(u"{title} {unknown} { } {{title}} {", values),
             QStringLiteral("A {unknown} { } {A} {"));
}

void tst_Prompts::threadTextIsCutAtAWordBoundary_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short enough") << QStringLiteral("  one two  ") << 7
                                  << QStringLiteral("one two");
    QTest::newRow("cut between words")
        << QStringLiteral("alpha beta gamma delta") << 11 << QStringLiteral("alpha beta…");
    QTest::newRow("cut inside a word goes back")
        << QStringLiteral("alpha beta gamma") << 14 << QStringLiteral("alpha beta…");
    QTest::newRow("one long word") << QStringLiteral("abcdefghij") << 5 << QStringLiteral("abcd…");
    QTest::newRow("no room") << QStringLiteral("abc") << 0 << QString();
    // "😀" is two UTF-16 code units: never split.
    QTest::newRow("surrogate pair") << QStringLiteral("ab😀cdef") << 4 << QStringLiteral("ab…");
}

void tst_Prompts::threadTextIsCutAtAWordBoundary()
{
    QFETCH(QString, text);
    QFETCH(int, limit);
    QFETCH(QString, expected);
    const QString bounded = digest::boundedText(text, limit);
    QCOMPARE(bounded, expected);
    QVERIFY(bounded.size() <= limit);
}

void tst_Prompts::longThreadIsBoundedInTheMessage()
{
    QString text;
    for (int i = 0; i < 1000; ++i)
        text += QStringLiteral("word%1 ").arg(i);
    SlotRequest request;
    request.title = QStringLiteral("T");
    request.text = text;
    PromptTemplates templates;
    templates.benefits = QStringLiteral("[{text}]");
    const QString user = digest::buildSlotMessages(templates, request).constLast().content;
    QVERIFY(user.endsWith(QStringLiteral("…]")));
    QVERIFY(user.size() <= SlotRequest::kDefaultTextLimit + 2);
    QVERIFY(user.size() > SlotRequest::kDefaultTextLimit - 12);
    QVERIFY(user.startsWith(QStringLiteral("[word0 word1 ")));
    // Whole words only: the last one before the ellipsis is in the original text.
    const QString lastWord = user.chopped(2).section(u' ', -1);
    QVERIFY(text.contains(lastWord + u' '));

    request.textLimit = 20;
    QCOMPARE(digest::buildSlotMessages(templates, request).constLast().content,
             QStringLiteral("[word0 word1 word2…]"));
}

void tst_Prompts::emptySystemPromptSendsOnlyTheUserMessage()
{
    PromptTemplates templates = PromptTemplates::defaults();
    templates.system = QStringLiteral("  ");
    SlotRequest request;
    request.title = QStringLiteral("T");
    const QList<ChatMessage> messages = digest::buildSlotMessages(templates, request);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).role, QStringLiteral("user"));
}

QTEST_GUILESS_MAIN(tst_Prompts)
#include "tst_prompts.moc"
