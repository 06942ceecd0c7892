#pragma once

#include <QtGlobal>

#include <csignal>
#include <sys/resource.h>

namespace digest::test {

// Lowers the largest file this process may write, as a full disk stops a write; the limit is
// lifted again when it goes out of scope.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        // Going over the limit raises SIGXFSZ, which would end the test; the write fails.
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    Q_DISABLE_COPY_MOVE(FileSizeLimit)

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
};

} // namespace digest::test
