#include "output.h"

#include <cerrno>

namespace digest::cli {
namespace {

// The first error writing to standard output (errno), 0 while there was none.
int g_stdoutError = 0;

} // namespace

void print(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    const bool written =
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size()) &&
        std::fflush(stream) == 0;
    if (!written && stream == stdout && g_stdoutError == 0)
        g_stdoutError = errno != 0 ? errno : EIO;
}

int fail(const QString& message, int code)
{
    QString line = message;
    line.replace(u'\n', u' ');
    print(stderr, QStringLiteral("digestctl: %1\n").arg(line));
    return code;
}

int finishOutput(int code)
{
    if (std::fflush(stdout) != 0 && g_stdoutError == 0)
        g_stdoutError = errno;
    if (std::ferror(stdout) && g_stdoutError == 0)
        g_stdoutError = EIO;
    if (g_stdoutError == 0)
        return code;
    fail(Tr::tr("cannot write to standard output: %1").arg(qt_error_string(g_stdoutError)));
    return code == Success ? Failure : code;
}

} // namespace digest::cli
