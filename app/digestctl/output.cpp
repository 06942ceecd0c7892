#include "output.h"

namespace digest::cli {

void print(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int fail(const QString& message, int code)
{
    QString line = message;
    line.replace(u'\n', u' ');
    print(stderr, QStringLiteral("digestctl: %1\n").arg(line));
    return code;
}

} // namespace digest::cli
