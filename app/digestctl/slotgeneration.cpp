#include "slotgeneration.h"

#include "core/generation/chatclient.h"
#include "core/net/httpclient.h"
#include "output.h"

#include <QEventLoop>

namespace digest::cli {

QString outcomeSummary(const SlotOutcome& outcome)
{
    QString text = slotJobStateName(outcome.state);
    const SlotUsage& usage = outcome.usage;
    if (usage.promptTokens > 0 || usage.completionTokens > 0) {
        text += u", " + (usage.estimated ? Tr::tr("about %1 + %2 tokens (estimated)")
                                         : Tr::tr("%1 + %2 tokens"))
                            .arg(usage.promptTokens)
                            .arg(usage.completionTokens);
    }
    if (!outcome.message.isEmpty())
        text += u": " + outcome.message;
    return text;
}

QHash<QString, SlotOutcome> generateSlots(const QList<SlotTask>& tasks,
                                          const ChatEndpoint& endpoint, int jobs)
{
    HttpClientOptions options;
    // The queue is what limits the requests to the endpoint, not the HTTP client.
    options.maxConnectionsPerHost = std::max<long>(options.maxConnectionsPerHost, jobs);
    options.maxConnections = std::max<long>(options.maxConnections, jobs);
    HttpClient http(options);
    ChatClient client(http);
    GenerationQueue queue(client);
    queue.setLimitPerEndpoint(jobs);

    QHash<QString, SlotOutcome> outcomes;
    const qsizetype total = tasks.size();
    for (const SlotTask& task : tasks) {
        SlotJob* job = queue.enqueue(endpoint, task.messages, task.id, task.kind, task.event);
        const QString id = task.id;
        QObject::connect(job, &SlotJob::started,
                         [id] { print(stderr, Tr::tr("%1: asking the model").arg(id) + u'\n'); });
        QObject::connect(job, &SlotJob::stateChanged, [id](SlotJobState state) {
            if (state == SlotJobState::Waiting)
                print(stderr, Tr::tr("%1: waiting, the server asked to slow down").arg(id) + u'\n');
        });
        QObject::connect(job, &SlotJob::finished,
                         [id, total, &outcomes](const SlotOutcome& outcome) {
                             outcomes.insert(id, outcome);
                             print(stderr, QStringLiteral("[%1/%2] %3: %4\n")
                                               .arg(outcomes.size())
                                               .arg(total)
                                               .arg(id, outcomeSummary(outcome)));
                         });
    }
    if (!tasks.isEmpty()) {
        QEventLoop loop;
        QObject::connect(&queue, &GenerationQueue::idle, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return outcomes;
}

} // namespace digest::cli
