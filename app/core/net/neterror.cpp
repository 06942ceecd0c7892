#include "core/net/neterror.h"

namespace digest {

QString netErrorName(NetError error)
{
    switch (error) {
    case NetError::None:
        return QStringLiteral("none");
    case NetError::HostNotFound:
        return QStringLiteral("host-not-found");
    case NetError::Unreachable:
        return QStringLiteral("unreachable");
    case NetError::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case NetError::Timeout:
        return QStringLiteral("timeout");
    case NetError::Tls:
        return QStringLiteral("tls");
    case NetError::UntrustedCertificate:
        return QStringLiteral("untrusted-certificate");
    case NetError::HttpStatus:
        return QStringLiteral("http-status");
    case NetError::TooManyRedirects:
        return QStringLiteral("too-many-redirects");
    case NetError::Truncated:
        return QStringLiteral("truncated");
    case NetError::Malformed:
        return QStringLiteral("malformed");
    case NetError::TooLarge:
        return QStringLiteral("too-large");
    case NetError::UnsupportedUrl:
        return QStringLiteral("unsupported-url");
    case NetError::Cancelled:
        return QStringLiteral("cancelled");
    case NetError::Other:
        break;
    }
    return QStringLiteral("other");
}

bool isTransient(NetError error)
{
    switch (error) {
    case NetError::HostNotFound:
    case NetError::Unreachable:
    case NetError::ConnectionRefused:
    case NetError::Timeout:
    case NetError::Truncated:
        return true;
    default:
        return false;
    }
}

} // namespace digest
