#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <curl/curl.h>
#include <functional>
#include <map>
#include <memory>

class QSocketNotifier;

namespace digest {

struct HttpTransfer;

// libcurl's multi interface driven by the Qt event loop of the thread it lives in: libcurl
// names the sockets to watch (a QSocketNotifier each) and when to wake it (a QTimer), and
// curl_multi_socket_action() does the rest. Many transfers run at once, never blocking the
// thread. It owns the running transfers.
class CurlMulti final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CurlMulti)

public:
    // Runs once for every transfer that ends, after libcurl let go of it: CURLE_OK, libcurl's
    // error, or CURLE_ABORTED_BY_CALLBACK for a stop().
    using DoneHandler = std::function<void(HttpTransfer& transfer, CURLcode result)>;

    CurlMulti(long maxConnections, long maxConnectionsPerHost, DoneHandler done,
              QObject* parent = nullptr);
    // Transfers still running end without their done handler.
    ~CurlMulti() override;

    void start(std::unique_ptr<HttpTransfer> transfer);
    // Ends a running transfer; from inside a libcurl callback, as soon as that returns.
    void stop(quint64 transferId);
    bool isRunning(quint64 transferId) const { return m_transfers.contains(transferId); }

private:
    struct Watch
    {
        QSocketNotifier* read = nullptr;
        QSocketNotifier* write = nullptr;
    };

    static int onSocket(CURL* easy, curl_socket_t socket, int what, void* self, void* socketData);
    static int onTimer(CURLM* multi, long timeoutMs, void* self);
    void watch(curl_socket_t socket, int what);
    void unwatch(curl_socket_t socket);
    void drive(curl_socket_t socket, int events);
    void reapFinished();
    void finish(quint64 transferId, CURLcode result);

    CURLM* m_multi = nullptr;
    DoneHandler m_done;
    QTimer m_timer;
    QHash<curl_socket_t, Watch> m_watches;
    std::map<quint64, std::unique_ptr<HttpTransfer>> m_transfers;
    // Inside curl_multi_socket_action(): libcurl forbids adding or removing handles now.
    int m_depth = 0;
};

} // namespace digest
