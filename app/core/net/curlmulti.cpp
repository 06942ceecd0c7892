#include "core/net/curlmulti.h"

#include "core/net/httptransfer.h"

#include <QSocketNotifier>

#include <limits>
#include <utility>
#include <vector>

namespace digest {
namespace {

void dispose(QSocketNotifier* notifier)
{
    // It may be the one whose signal is being delivered right now.
    if (notifier) {
        notifier->setEnabled(false);
        notifier->deleteLater();
    }
}

} // namespace

CurlMulti::CurlMulti(long maxConnections, long maxConnectionsPerHost, DoneHandler done,
                     QObject* parent)
    : QObject(parent)
    , m_multi(curl_multi_init())
    , m_done(std::move(done))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { drive(CURL_SOCKET_TIMEOUT, 0); });
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMulti::onSocket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMulti::onTimer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, maxConnections);
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, maxConnectionsPerHost);
}

CurlMulti::~CurlMulti()
{
    for (auto& [id, transfer] : m_transfers)
        curl_multi_remove_handle(m_multi, transfer->easy);
    m_transfers.clear();
    curl_multi_cleanup(m_multi);
    for (const Watch& watch : std::as_const(m_watches)) {
        delete watch.read;
        delete watch.write;
    }
}

void CurlMulti::start(std::unique_ptr<HttpTransfer> transfer)
{
    if (m_depth > 0) {
        // Called from a receiver of a reply's signal: add it once libcurl has returned.
        auto owned = std::make_shared<std::unique_ptr<HttpTransfer>>(std::move(transfer));
        QTimer::singleShot(0, this, [this, owned] {
            // Its reply may have been deleted in the meantime: nobody waits for it then.
            if ((*owned)->reply)
                start(std::move(*owned));
        });
        return;
    }
    const quint64 id = transfer->id;
    CURL* easy = transfer->easy;
    m_transfers.emplace(id, std::move(transfer));
    if (const CURLMcode code = curl_multi_add_handle(m_multi, easy); code != CURLM_OK)
        finish(id, CURLE_FAILED_INIT);
}

void CurlMulti::stop(quint64 transferId)
{
    const auto found = m_transfers.find(transferId);
    if (found == m_transfers.end())
        return;
    if (m_depth > 0) {
        QTimer::singleShot(0, this, [this, transferId] { stop(transferId); });
        return;
    }
    finish(transferId, CURLE_ABORTED_BY_CALLBACK);
}

int CurlMulti::onSocket(CURL*, curl_socket_t socket, int what, void* self, void*)
{
    auto* multi = static_cast<CurlMulti*>(self);
    if (what == CURL_POLL_REMOVE)
        multi->unwatch(socket);
    else
        multi->watch(socket, what);
    return 0;
}

int CurlMulti::onTimer(CURLM*, long timeoutMs, void* self)
{
    auto* multi = static_cast<CurlMulti*>(self);
    // libcurl asks not to be called back from inside this callback: a zero timeout runs from
    // the event loop.
    if (timeoutMs < 0)
        multi->m_timer.stop();
    else
        multi->m_timer.start(int(std::min<long>(timeoutMs, std::numeric_limits<int>::max())));
    return 0;
}

void CurlMulti::watch(curl_socket_t socket, int what)
{
    Watch& watch = m_watches[socket];
    const auto ensure = [this, socket](QSocketNotifier*& notifier, QSocketNotifier::Type type,
                                       bool wanted, int event) {
        if (!wanted) {
            if (notifier)
                notifier->setEnabled(false);
            return;
        }
        if (!notifier) {
            notifier = new QSocketNotifier(qintptr(socket), type, this);
            connect(notifier, &QSocketNotifier::activated, this,
                    [this, socket, event] { drive(socket, event); });
        }
        notifier->setEnabled(true);
    };
    ensure(watch.read, QSocketNotifier::Read, what == CURL_POLL_IN || what == CURL_POLL_INOUT,
           CURL_CSELECT_IN);
    ensure(watch.write, QSocketNotifier::Write, what == CURL_POLL_OUT || what == CURL_POLL_INOUT,
           CURL_CSELECT_OUT);
}

void CurlMulti::unwatch(curl_socket_t socket)
{
    const Watch watch = m_watches.take(socket);
    dispose(watch.read);
    dispose(watch.write);
}

void CurlMulti::drive(curl_socket_t socket, int events)
{
    int running = 0;
    ++m_depth;
    curl_multi_socket_action(m_multi, socket, events, &running);
    --m_depth;
    reapFinished();
}

void CurlMulti::reapFinished()
{
    // Collect first: a done handler may start or stop transfers, which invalidates libcurl's
    // messages.
    std::vector<std::pair<quint64, CURLcode>> done;
    int left = 0;
    while (CURLMsg* message = curl_multi_info_read(m_multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        HttpTransfer* transfer = nullptr;
        curl_easy_getinfo(message->easy_handle, CURLINFO_PRIVATE, &transfer);
        if (transfer)
            done.emplace_back(transfer->id, message->data.result);
    }
    for (const auto& [id, result] : done)
        finish(id, result);
}

void CurlMulti::finish(quint64 transferId, CURLcode result)
{
    const auto found = m_transfers.find(transferId);
    if (found == m_transfers.end())
        return;
    const std::unique_ptr<HttpTransfer> transfer = std::move(found->second);
    m_transfers.erase(found);
    curl_multi_remove_handle(m_multi, transfer->easy);
    m_done(*transfer, result);
}

} // namespace digest
